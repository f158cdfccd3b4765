//! `--format csv`: one row a quotation or claim, flat columns, RFC 4180
//! quoting, so spreadsheets and pandas read it as it is.

use super::extract::{claim_records, records, Record};
use crate::document::Document;
use crate::extract::Extraction;
use std::io::{self, Write};

/// The header row; the README documents each column.
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
    "rule",
    "confidence",
    "char_start",
    "char_end",
];

pub fn write_header(w: &mut impl Write) -> io::Result<()> {
    write_row(w, COLUMNS.iter().map(|c| c.to_string()))
}

/// The rows of one document: quotations, then claims.
pub fn write_rows(w: &mut impl Write, doc: &Document, ex: &Extraction) -> io::Result<()> {
    for r in records(doc, ex).into_iter().chain(claim_records(doc, ex)) {
        write_row(w, row(&r).into_iter())?;
    }
    Ok(())
}

fn row(r: &Record) -> Vec<String> {
    let sp = r.speaker.as_ref();
    // several citation entries share one cell, `; ` between them
    let outlets: Vec<&str> = r
        .citations
        .iter()
        .map(|c| c.entry.outlet.or(c.entry.source).unwrap_or(""))
        .collect();
    let dates: Vec<&str> = r
        .citations
        .iter()
        .map(|c| c.entry.date.unwrap_or(""))
        .collect();
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
        outlets.join("; "),
        dates.join("; "),
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
}
