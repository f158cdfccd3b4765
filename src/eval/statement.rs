//! The statements eval compares: gold lines read from JSONL, and attrib's
//! own records, both in one shape.

use crate::document::Document;
use crate::extract::Extraction;
use crate::output::extract::{claim_records, records, Record};
use serde_json::Value;

/// One quotation or claim, as eval sees it: where it stands (code points),
/// who said it, and the outlets it is cited to.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    pub doc: String,
    pub kind: String,
    pub char_start: usize,
    pub char_end: usize,
    pub speaker: Option<String>,
    pub outlets: Vec<String>,
    /// The rule that found it (system statements only).
    pub rule: Option<String>,
    /// Its line in the gold file (gold statements only).
    pub line: Option<usize>,
    /// What the gold line says its spans slice to (`parts`, or `text` when
    /// there are no parts), checked against the document.
    pub expect: Vec<(usize, usize, String)>,
}

impl Statement {
    pub fn is_claim(&self) -> bool {
        self.kind == "claim"
    }

    pub fn len(&self) -> usize {
        self.char_end - self.char_start
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A gold line that cannot be used, with where it is.
pub use crate::line_error::LineError as GoldError;

const KINDS: [&str; 4] = ["direct", "partial", "scare", "claim"];

/// Reads a gold file: one record a line in attrib's record format, of
/// which only `doc`, `kind`, `char_start`, `char_end`, `speaker.name` (or
/// `speaker.mention` when the name is null) and `citations[].outlet` count;
/// blank lines are skipped, any other field is ignored. Every bad line is
/// reported, not just the first.
pub fn read_gold(file: &str, text: &str) -> (Vec<Statement>, Vec<GoldError>) {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let err = |message: String| GoldError {
            file: file.to_string(),
            line: i + 1,
            message,
        };
        let parsed = serde_json::from_str::<Value>(line)
            .map_err(|e| format!("not valid JSON ({e})"))
            .and_then(|v| statement(&v));
        match parsed {
            Ok(mut s) => {
                s.line = Some(i + 1);
                out.push(s);
            }
            Err(message) => errors.push(err(message)),
        }
    }
    (out, errors)
}

fn statement(v: &Value) -> Result<Statement, String> {
    let obj = v.as_object().ok_or("a record must be a JSON object")?;
    let string = |k: &str| match obj.get(k) {
        Some(Value::String(s)) => Ok(s.clone()),
        Some(_) => Err(format!("field `{k}` must be a string")),
        None => Err(format!("missing field `{k}`")),
    };
    let number = |k: &str| match obj.get(k) {
        Some(Value::Number(n)) => n
            .as_u64()
            .map(|n| n as usize)
            .ok_or_else(|| format!("field `{k}` must be a whole number ≥ 0")),
        Some(_) => Err(format!("field `{k}` must be a number")),
        None => Err(format!("missing field `{k}`")),
    };
    let kind = string("kind")?;
    if !KINDS.contains(&kind.as_str()) {
        return Err(format!(
            "field `kind` is `{kind}`, not one of {}",
            KINDS.join(", ")
        ));
    }
    let (char_start, char_end) = (number("char_start")?, number("char_end")?);
    if char_end < char_start {
        return Err(format!(
            "char_end {char_end} is before char_start {char_start}"
        ));
    }
    let speaker = match obj.get("speaker") {
        None | Some(Value::Null) => None,
        Some(Value::Object(sp)) => match (sp.get("name"), sp.get("mention")) {
            (Some(Value::String(n)), _) | (_, Some(Value::String(n))) => Some(n.clone()),
            _ => return Err("field `speaker` needs a string `name` or `mention`".into()),
        },
        Some(_) => return Err("field `speaker` must be an object or null".into()),
    };
    let outlets = match obj.get("citations") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(cs)) => cs
            .iter()
            // an outlet the lexicon does not know is written `"outlet":
            // null` with its name in `source`, as the system side reads it
            .filter_map(|c| {
                match c
                    .get("outlet")
                    .filter(|o| !o.is_null())
                    .or_else(|| c.get("source"))
                {
                    Some(Value::String(o)) => Some(Ok(o.clone())),
                    None | Some(Value::Null) => None,
                    Some(_) => Some(Err("`citations[].outlet` must be a string or null")),
                }
            })
            .collect::<Result<_, _>>()?,
        Some(_) => return Err("field `citations` must be an array".into()),
    };
    Ok(Statement {
        doc: string("doc")?,
        kind,
        char_start,
        char_end,
        speaker,
        outlets,
        rule: None,
        line: None,
        expect: expected_slices(obj, char_start, char_end)?,
    })
}

fn expected_slices(
    obj: &serde_json::Map<String, Value>,
    char_start: usize,
    char_end: usize,
) -> Result<Vec<(usize, usize, String)>, String> {
    match (obj.get("parts"), obj.get("text")) {
        (Some(Value::Array(parts)), _) => parts
            .iter()
            .map(|p| {
                match (
                    p.get("char_start").and_then(Value::as_u64),
                    p.get("char_end").and_then(Value::as_u64),
                    p.get("text").and_then(Value::as_str),
                ) {
                    (Some(a), Some(b), Some(t)) if a <= b => {
                        Ok((a as usize, b as usize, t.to_string()))
                    }
                    _ => Err("each of `parts` needs char_start ≤ char_end and a text".into()),
                }
            })
            .collect(),
        (_, Some(Value::String(t))) => Ok(vec![(char_start, char_end, t.clone())]),
        _ => Ok(Vec::new()),
    }
}

/// Checks a gold statement against its document's characters (`chars`,
/// made once per document): its offsets lie inside the text and its
/// `parts` (or `text`) are what their offsets slice.
pub fn check_offsets(s: &Statement, chars: &[char]) -> Result<(), String> {
    let end = s.expect.iter().map(|e| e.1).fold(s.char_end, usize::max);
    if end > chars.len() {
        return Err(format!(
            "char_end {end} is past the end of document `{}` ({} characters)",
            s.doc,
            chars.len()
        ));
    }
    for (a, b, t) in &s.expect {
        let got: String = chars[*a..*b].iter().collect();
        if &got != t {
            return Err(format!("{a}..{b} slices to {got:?}, not to {t:?}"));
        }
    }
    Ok(())
}

/// attrib's quotations and claims of one document as statements.
pub fn system(doc: &Document, ex: &Extraction) -> Vec<Statement> {
    records(doc, ex)
        .iter()
        .chain(claim_records(doc, ex).iter())
        .map(of_record)
        .collect()
}

fn of_record(r: &Record) -> Statement {
    Statement {
        doc: r.doc.to_string(),
        kind: format!("{:?}", r.kind).to_lowercase(),
        char_start: r.offsets.char_start,
        char_end: r.offsets.char_end,
        speaker: r
            .speaker
            .as_ref()
            .map(|s| s.name.unwrap_or(s.mention).to_string()),
        outlets: r
            .citations
            .iter()
            .filter_map(|c| c.entry.outlet.or(c.entry.source))
            .map(str::to_string)
            .collect(),
        rule: Some(r.rule.to_string()),
        line: None,
        expect: Vec::new(),
    }
}
