//! JSONL input for datasets: one article a line, `{"id": …, "text": …,
//! …}`. Read as a stream, a line at a time, so a corpus of millions of
//! articles never sits in memory at once; the other fields of a line ride
//! along to the output as `meta`.

use crate::document::{Document, Headline, Layout};
use crate::input::{self, InputError, Source};
use serde_json::{Map, Value};

/// Which fields of a line hold the id and the text, and what to do with
/// a line that is not UTF-8.
#[derive(Debug, Clone)]
pub struct Fields {
    pub id: String,
    pub text: String,
    /// The field holding the title: the document's headline is then that
    /// field's value (a line without it has none), and the text is read as
    /// body text from its first line.
    pub title: Option<String>,
    /// Replace invalid UTF-8 with U+FFFD instead of rejecting the line.
    pub lossy: bool,
}

impl Default for Fields {
    fn default() -> Fields {
        Fields {
            id: "id".to_string(),
            text: "text".to_string(),
            title: None,
            lossy: false,
        }
    }
}

/// Calls `f` with every line's number (from 1) and document, or with an
/// error naming the file and line; a bad line never stops the lines after it. Returns an error
/// only when the source cannot be read at all, or when `f` fails.
pub fn for_each(
    source: &Source,
    fields: &Fields,
    layout: &Layout,
    mut f: impl FnMut(usize, Result<Document, InputError>) -> std::io::Result<()>,
) -> std::io::Result<Result<(), InputError>> {
    let (mut reader, gzip) = match input::open(source) {
        Ok(r) => r,
        Err(e) => return Ok(Err(e)),
    };
    let name = source.name();
    let mut buf = Vec::new();
    let mut line_no = 0;
    loop {
        buf.clear();
        // (one long line leaves its room to no later one)
        buf.shrink_to(1 << 20);
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                return Ok(Err(InputError {
                    name: format!("{name}:{}", line_no + 1),
                    message: input::read_error(&e, gzip),
                }))
            }
        }
        line_no += 1;
        if buf.iter().all(u8::is_ascii_whitespace) {
            continue; // a blank line (or the last line end) is no record
        }
        f(
            line_no,
            document(&buf, fields, layout).map_err(|message| InputError {
                name: format!("{name}:{line_no}"),
                message,
            }),
        )?;
    }
    Ok(Ok(()))
}

/// One line's document, or what is wrong with the line.
pub fn document(line: &[u8], fields: &Fields, layout: &Layout) -> Result<Document, String> {
    let line = match std::str::from_utf8(line) {
        Ok(s) => std::borrow::Cow::Borrowed(s),
        Err(_) if fields.lossy => String::from_utf8_lossy(line),
        Err(e) => {
            return Err(format!(
                "invalid UTF-8 at byte {} of the line (--lossy replaces it)",
                e.valid_up_to()
            ))
        }
    };
    let value: Value = serde_json::from_str(&line).map_err(|e| {
        if e.is_syntax() || e.is_eof() {
            format!("not valid JSON ({e})")
        } else {
            e.to_string()
        }
    })?;
    let Value::Object(mut map) = value else {
        return Err("not a JSON object".to_string());
    };
    let id = match map.remove(&fields.id) {
        Some(Value::String(s)) => s,
        // an integer as written (serde_json writes back the digits it
        // read); any other number as written too, read again raw: through
        // a float, long ids would collide and `1e2` would become `100.0`
        Some(Value::Number(n)) if !n.is_f64() => n.to_string(),
        Some(Value::Number(_)) => raw_number(&line, &fields.id)?,
        Some(_) => return Err(format!("field `{}` is not a string or number", fields.id)),
        None => return Err(format!("no `{}` field", fields.id)),
    };
    let text = match map.remove(&fields.text) {
        Some(Value::String(s)) => s,
        Some(_) => return Err(format!("field `{}` is not a string", fields.text)),
        None => return Err(format!("no `{}` field", fields.text)),
    };
    let doc = match &fields.title {
        None => Document::with_layout(id, text, layout),
        Some(field) => {
            let title = match map.remove(field) {
                Some(Value::String(s)) => Some(s),
                None | Some(Value::Null) => None,
                Some(_) => return Err(format!("field `{field}` is not a string")),
            };
            // the title is not in the text: every paragraph is body text
            let body = Layout {
                headline: Headline::None,
                ..*layout
            };
            let mut doc = Document::with_layout(id, text, &body);
            doc.metadata.headline = title;
            doc
        }
    };
    let mut doc = doc;
    doc.meta = (!map.is_empty()).then_some(map);
    Ok(doc)
}

/// The text of the number in field `field` of a JSON object line, as
/// written (read again, raw: only lines with an id that is not an integer
/// in 64 bits pay for it).
fn raw_number(line: &str, field: &str) -> Result<String, String> {
    let map: std::collections::HashMap<std::borrow::Cow<str>, &serde_json::value::RawValue> =
        serde_json::from_str(line).map_err(|e| format!("not valid JSON ({e})"))?;
    map.get(field)
        .map(|raw| raw.get().to_string())
        .ok_or_else(|| format!("no `{field}` field"))
}

/// The fields a line carries besides id and text.
pub type Meta = Map<String, Value>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_id_text_and_meta() {
        let d = document(
            br#"{"id": 7, "text": "A. B.", "url": "u"}"#,
            &Fields::default(),
            &Layout::AUTO,
        )
        .unwrap();
        assert_eq!(d.id, "7");
        assert_eq!(d.text, "A. B.");
        assert_eq!(d.meta.unwrap()["url"], "u");
    }

    #[test]
    fn numeric_ids_are_kept_as_written() {
        // (long ones through a float would collide; 1e2 would be 100.0)
        for written in [
            "12345678901234567890123",
            "12345678901234567890124",
            "1e2",
            "-0.50",
            "7",
            "-0",
            "-9223372036854775808",
            "18446744073709551615",
            "18446744073709551616",
        ] {
            let line = format!(r#"{{"id": {written}, "text": ""}}"#);
            let d = document(line.as_bytes(), &Fields::default(), &Layout::AUTO).unwrap();
            assert_eq!(d.id, written);
        }
    }

    #[test]
    fn names_what_is_wrong() {
        let f = Fields::default();
        assert!(document(b"{", &f, &Layout::AUTO)
            .unwrap_err()
            .starts_with("not valid JSON"));
        assert_eq!(
            document(b"[1]", &f, &Layout::AUTO).unwrap_err(),
            "not a JSON object"
        );
        let bad = b"{\"id\": \"a\", \"text\": \"x\xff\"}";
        assert!(document(bad, &f, &Layout::AUTO)
            .unwrap_err()
            .starts_with("invalid UTF-8 at byte 22"));
        let lossy = Fields {
            lossy: true,
            ..Fields::default()
        };
        assert_eq!(
            document(bad, &lossy, &Layout::AUTO).unwrap().text,
            "x\u{fffd}"
        );
        assert_eq!(
            document(br#"{"id": "a"}"#, &f, &Layout::AUTO).unwrap_err(),
            "no `text` field"
        );
        assert_eq!(
            document(br#"{"id": "a", "text": 3}"#, &f, &Layout::AUTO).unwrap_err(),
            "field `text` is not a string"
        );
    }
}
