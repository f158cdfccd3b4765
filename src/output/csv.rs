//! `--format csv`: one row a quotation or claim, flat columns, RFC 4180
//! quoting, so spreadsheets and pandas read it as it is.
//!
//! A CSV file has one header, written before the first row, while JSONL
//! input is a stream whose lines may carry different fields. So the
//! `meta` fields get their columns from the first document (or from
//! `--meta-columns`), one `meta.KEY` column each, and a last `meta`
//! column holds, as a JSON object, any field of a later line that has no
//! column of its own: nothing is lost, and nothing waits for the end of
//! the input.

use super::extract::{all_records, Record};
use crate::document::Document;
use crate::extract::Extraction;
use serde_json::{Map, Value};
use std::io::{self, Write};

/// The columns every row has; the README documents each.
pub const COLUMNS: &[&str] = &[
    "doc",
    "id",
    "kind",
    "speaker",
    "role",
    "speaker_kind",
    "mention",
    "text",
    "cue",
    "outlets",
    "dates",
    "date_iso",
    "rule",
    "confidence",
    "char_start",
    "char_end",
];

/// The `meta` fields that have columns of their own, and whether cells
/// are guarded against formulas: fixed for the run.
#[derive(Debug, Clone, Default)]
pub struct Columns {
    /// None: no meta columns at all (text input, no `--meta-columns`).
    meta: Option<Vec<String>>,
    /// Cells exactly as the input has them (`--csv-raw`): no [`guard`].
    raw: bool,
}

impl Columns {
    /// No meta columns.
    pub const NONE: Columns = Columns {
        meta: None,
        raw: false,
    };

    /// The `chosen` keys, else the keys of the first document's `meta`
    /// (in name order); with JSONL input whose first line has none, only
    /// the last `meta` column, so the fields of later lines are not lost;
    /// none for text input.
    pub fn new(
        first: Option<&Document>,
        chosen: Option<&[String]>,
        jsonl: bool,
        raw: bool,
    ) -> Columns {
        let keys = match (chosen, first.and_then(|d| d.meta.as_ref())) {
            (Some(c), _) => Some(c.iter().filter(|k| !k.is_empty()).cloned().collect()),
            (None, Some(m)) => Some(m.keys().cloned().collect()),
            (None, None) => jsonl.then(Vec::new),
        };
        Columns { meta: keys, raw }
    }

    fn header(&self) -> Vec<String> {
        let mut h: Vec<String> = COLUMNS.iter().map(|c| c.to_string()).collect();
        if let Some(keys) = &self.meta {
            h.extend(keys.iter().map(|k| format!("meta.{k}")));
            h.push("meta".to_string());
        }
        h
    }

    /// A document's meta cells, the same on each of its rows: one a
    /// column, then the rest as JSON (built once a document, not a row).
    fn cells(&self, meta: Option<&Map<String, Value>>) -> Vec<String> {
        let Some(keys) = &self.meta else {
            return Vec::new();
        };
        let empty = Map::new();
        let meta = meta.unwrap_or(&empty);
        let mut row: Vec<String> = keys
            .iter()
            .map(|k| meta.get(k).map_or(String::new(), cell))
            .collect();
        let rest: Map<String, Value> = meta
            .iter()
            .filter(|(k, _)| !keys.contains(k))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        row.push(if rest.is_empty() {
            String::new()
        } else {
            Value::Object(rest).to_string()
        });
        row
    }
}

/// A meta value as a cell: a string as it is, null as nothing, anything
/// else as its JSON.
fn cell(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        v => v.to_string(),
    }
}

pub fn write_header(w: &mut impl Write, c: &Columns) -> io::Result<()> {
    write_row(w, c.header().into_iter())
}

/// The rows of one document: quotations, then claims.
pub fn write_rows(
    w: &mut impl Write,
    doc: &Document,
    ex: &Extraction,
    c: &Columns,
) -> io::Result<()> {
    let meta = c.cells(doc.meta.as_ref());
    for r in all_records(doc, ex) {
        let mut cells = row(&r);
        cells.extend(meta.iter().cloned());
        if c.raw {
            write_row(w, cells.into_iter())?;
        } else {
            write_row(w, cells.into_iter().map(guard))?;
        }
    }
    Ok(())
}

fn row(r: &Record) -> Vec<String> {
    let sp = r.speaker.as_ref();
    // several citation entries share one cell, `; ` between them, in the
    // same order in every such column
    let joined = |f: &dyn Fn(&super::extract::CitedBy) -> String| -> String {
        r.citations.iter().map(f).collect::<Vec<_>>().join("; ")
    };
    let outlets = joined(&|c| c.entry.outlet.or(c.entry.source).unwrap_or("").to_string());
    let dates = joined(&|c| c.entry.date.unwrap_or("").to_string());
    let iso = joined(&|c| c.entry.date_iso.clone().unwrap_or_default());
    vec![
        r.doc.to_string(),
        r.id.clone(),
        name(&r.kind),
        sp.and_then(|s| s.name).unwrap_or("").to_string(),
        sp.and_then(|s| s.role).unwrap_or("").to_string(),
        sp.map(|s| name(&s.kind)).unwrap_or_default(),
        sp.map(|s| s.mention).unwrap_or("").to_string(),
        r.text.to_string(),
        r.cue.as_ref().map(|c| c.text).unwrap_or("").to_string(),
        outlets,
        dates,
        iso,
        r.rule.to_string(),
        r.confidence.to_string(),
        r.offsets.char_start.to_string(),
        r.offsets.char_end.to_string(),
    ]
}

/// The serde name of an enum value (`direct`, `group`), as in the JSON.
fn name<T: serde::Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// A cell that a spreadsheet would run as a formula gets a `'` in front,
/// as OWASP advises against CSV injection: one that starts with `=`, `+`,
/// `-`, `@`, a tab or a carriage return (`=HYPERLINK(…)` in a document id,
/// `+1+cmd|…` in a quotation). A plain number (`-12`, `-1.5e3`: a negative
/// `meta` number, or text that is nothing else) is left as it is: it can
/// run nothing, and a numeric column stays numeric. Every cell goes
/// through here; the numbers attrib writes (offsets, confidence) never
/// start with such a character.
fn guard(cell: String) -> String {
    match cell.as_bytes().first() {
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r') if !is_number(&cell) => {
            format!("'{cell}")
        }
        _ => cell,
    }
}

/// A number a spreadsheet reads as one: a sign, a digit, then nothing but
/// digits, a point and an exponent.
pub fn is_number(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() > 1
        && b[1].is_ascii_digit()
        && b.iter()
            .all(|c| c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'E' | b'+' | b'-'))
        && s.parse::<f64>().is_ok()
}

fn write_row(w: &mut impl Write, fields: impl Iterator<Item = String>) -> io::Result<()> {
    let mut first = true;
    for f in fields {
        if !first {
            w.write_all(b",")?;
        }
        first = false;
        write_field(w, &f)?;
    }
    w.write_all(b"\r\n")
}

/// RFC 4180: a field with a comma, quote or line break goes in double
/// quotes, its quotes doubled.
fn write_field(w: &mut impl Write, f: &str) -> io::Result<()> {
    if f.contains([',', '"', '\r', '\n']) {
        w.write_all(b"\"")?;
        w.write_all(f.replace('"', "\"\"").as_bytes())?;
        w.write_all(b"\"")
    } else {
        w.write_all(f.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_fields_that_need_it() {
        let mut out = Vec::new();
        write_row(
            &mut out,
            ["plain", "a, b", "say \"hi\"", "two\nlines"]
                .iter()
                .map(|s| s.to_string()),
        )
        .unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n"
        );
    }

    #[test]
    fn formulas_get_a_quote_and_numbers_do_not() {
        let g = |s: &str| guard(s.to_string());
        for formula in [
            "=1+1",
            "+1+cmd|' /C calc'!A0",
            "-2+3",
            "@SUM(A1)",
            "\tx",
            "\r=1",
            "-",
            "-1e",
        ] {
            assert_eq!(g(formula), format!("'{formula}"));
        }
        // (`+1`: a JSONL id the fuzz target csv_table met; a spreadsheet
        // reads it as the number 1, fuzz/regressions/csv_table)
        for kept in ["-12", "-1.5e3", "+1", "0.9", "Lavrov", "", "a=b", " =1"] {
            assert_eq!(g(kept), kept);
        }
        // the quote goes in first, then RFC 4180 quoting
        let mut out = Vec::new();
        write_row(&mut out, ["=a,b".to_string()].into_iter().map(guard)).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "\"'=a,b\"\r\n");
    }
}
