//! JSONL records written by hand, byte for byte as serde_json writes the
//! same [`Record`] (a test holds the two together on every corpus record).
//!
//! JSONL output is about twice the size of its input, nearly all of it
//! quoted text, and serde_json escapes a string a byte at a time through
//! a table; that, with the maps `#[serde(flatten)]` makes, was a tenth of
//! the time of `attrib extract`. Here a string is checked for characters
//! to escape eight bytes at a time and copied in runs.

use super::extract::{CitedBy, Record, SpeakerOut, TextSpan};
use crate::chars::eight;
use crate::span::Offsets;

/// `s` as a JSON string: `"`, `\` and control characters escaped as
/// serde_json escapes them; everything else, non-ASCII included, as is.
pub fn string(out: &mut Vec<u8>, s: &str) {
    let b = s.as_bytes();
    out.reserve(b.len() + 2);
    out.push(b'"');
    let mut run = 0;
    let mut i = 0;
    while i < b.len() {
        // (the run from `run` is copied when an escape or the end is met)
        // (eight bytes at a time to the next that may need one, in a loop
        // of its own)
        while eight::at(b, i).is_some_and(|x| !needs_escape(x)) {
            i += 8;
        }
        if i >= b.len() {
            break;
        }
        let c = b[i];
        if let Some(e) = escape(c) {
            out.extend_from_slice(&b[run..i]);
            out.extend_from_slice(e.as_bytes());
            run = i + 1;
        } else if c < 0x20 {
            out.extend_from_slice(&b[run..i]);
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.extend_from_slice(b"\\u00");
            out.push(HEX[usize::from(c >> 4)]);
            out.push(HEX[usize::from(c & 0xf)]);
            run = i + 1;
        }
        i += 1;
    }
    out.extend_from_slice(&b[run..]);
    out.push(b'"');
}

/// The short escape of a byte that has one.
fn escape(c: u8) -> Option<&'static str> {
    Some(match c {
        b'"' => "\\\"",
        b'\\' => "\\\\",
        b'\n' => "\\n",
        b'\r' => "\\r",
        b'\t' => "\\t",
        0x08 => "\\b",
        0x0c => "\\f",
        _ => return None,
    })
}

/// Whether any of the eight bytes of `x` is `"`, `\` or below 0x20.
fn needs_escape(x: u64) -> bool {
    // (all three tests made, with no branch between them: nearly every
    // chunk passes all three)
    eight::has_below(x, 0x20) | eight::has(x, b'"') | eight::has(x, b'\\')
}

/// `0.0`, `0.01`, … `1.0` as serde_json writes them.
fn hundredths() -> &'static [String; 101] {
    static FORMS: std::sync::OnceLock<[String; 101]> = std::sync::OnceLock::new();
    FORMS.get_or_init(|| {
        std::array::from_fn(|k| serde_json::to_string(&(k as f64 / 100.0)).unwrap_or_default())
    })
}

/// A JSON object being written: `{`, then keys and values, then `}`.
struct Object<'o> {
    out: &'o mut Vec<u8>,
    first: bool,
}

impl<'o> Object<'o> {
    fn new(out: &'o mut Vec<u8>) -> Object<'o> {
        out.push(b'{');
        Object { out, first: true }
    }

    /// Writes `"k":` (and the comma before it) and hands back the buffer
    /// for the value. Keys are this module's own, with nothing to escape,
    /// and short: written with one copy.
    #[inline]
    fn key(&mut self, k: &str) -> &mut Vec<u8> {
        let mut b = [0u8; 24];
        debug_assert!(k.len() <= b.len() - 4, "key {k} too long");
        let n = k.len().min(b.len() - 4);
        b[0] = b',';
        b[1] = b'"';
        b[2..2 + n].copy_from_slice(&k.as_bytes()[..n]);
        b[2 + n] = b'"';
        b[3 + n] = b':';
        let from = usize::from(self.first);
        self.first = false;
        self.out.extend_from_slice(&b[from..4 + n]);
        self.out
    }

    fn str(&mut self, k: &str, v: &str) {
        string(self.key(k), v);
    }

    fn opt_str(&mut self, k: &str, v: Option<&str>) {
        match v {
            Some(v) => self.str(k, v),
            None => self.key(k).extend_from_slice(b"null"),
        }
    }

    #[inline]
    fn num(&mut self, k: &str, v: usize) {
        let mut b = itoa::Buffer::new();
        self.key(k).extend_from_slice(b.format(v).as_bytes());
    }

    fn bool(&mut self, k: &str, v: bool) {
        let v: &[u8] = if v { b"true" } else { b"false" };
        self.key(k).extend_from_slice(v);
    }

    /// A score, written as serde_json writes an `f64` (shortest form that
    /// reads back the same).
    fn float(&mut self, k: &str, v: f64) {
        let out = self.key(k);
        // scores are hundredths from 0 to 1: their forms are written once,
        // by serde_json itself, and copied after
        let k = (v * 100.0).round();
        if (0.0..=100.0).contains(&k) && k / 100.0 == v {
            out.extend_from_slice(hundredths()[k as usize].as_bytes());
        } else if serde_json::to_writer(&mut *out, &v).is_err() {
            out.extend_from_slice(b"null");
        }
    }

    /// The four offsets of a span, as `#[serde(flatten)]` writes them.
    fn offsets(&mut self, o: &Offsets) {
        self.num("start", o.start);
        self.num("end", o.end);
        self.num("char_start", o.char_start);
        self.num("char_end", o.char_end);
    }

    fn end(self) {
        self.out.push(b'}');
    }
}

fn text_span(out: &mut Vec<u8>, t: &TextSpan) {
    let mut o = Object::new(out);
    o.str("text", t.text);
    o.offsets(&t.offsets);
    o.end();
}

fn speaker(out: &mut Vec<u8>, s: &SpeakerOut) {
    let mut o = Object::new(out);
    o.opt_str("name", s.name);
    o.str("mention", s.mention);
    o.offsets(&s.offsets);
    o.str("kind", s.kind.name());
    o.opt_str("role", s.role);
    o.str("resolved_by", s.resolved_by);
    o.end();
}

fn cited_by(out: &mut Vec<u8>, c: &CitedBy) {
    let mut o = Object::new(out);
    let e = &c.entry;
    o.opt_str("source", e.source);
    o.opt_str("outlet", e.outlet);
    o.opt_str("date", e.date);
    o.opt_str("date_iso", e.date_iso.as_deref());
    if let Some(i) = e.interviewer {
        o.str("interviewer", i);
    }
    o.str("scope", c.scope.name());
    o.str("block_id", &c.block_id);
    o.end();
}

/// `[a,b,…]`, each item written by `item`.
fn array<T>(out: &mut Vec<u8>, items: &[T], mut item: impl FnMut(&mut Vec<u8>, &T)) {
    out.push(b'[');
    for (i, t) in items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        item(out, t);
    }
    out.push(b']');
}

/// One record as one JSON object (no line end).
pub fn record(out: &mut Vec<u8>, r: &Record) {
    let mut o = Object::new(out);
    o.str("doc", r.doc);
    o.str("id", &r.id);
    o.str("kind", r.kind.name());
    o.str("text", &r.text);
    o.offsets(&r.offsets);
    array(o.key("parts"), &r.parts, |b, t| text_span(b, t));
    o.bool("closed", r.closed);
    o.num("paragraph", r.paragraph);
    o.num("sentence", r.sentence);
    match &r.speaker {
        Some(s) => speaker(o.key("speaker"), s),
        None => o.key("speaker").extend_from_slice(b"null"),
    }
    match &r.cue {
        Some(c) => text_span(o.key("cue"), c),
        None => o.key("cue").extend_from_slice(b"null"),
    }
    o.str("rule", r.rule);
    o.float("confidence", r.confidence);
    o.float("quoted_share", r.quoted_share);
    o.opt_str("continues", r.continues.as_deref());
    array(o.key("citations"), &r.citations, |b, c| cited_by(b, c));
    o.opt_str("claim_id", r.claim_id.as_deref());
    array(o.key("quote_ids"), &r.quote_ids, |b, q| string(b, q));
    if r.headline {
        o.bool("headline", true);
    }
    if let Some(m) = r.meta {
        let out = o.key("meta");
        if serde_json::to_writer(&mut *out, m).is_err() {
            out.extend_from_slice(b"null");
        }
    }
    o.end();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn serde(s: &str) -> String {
        serde_json::to_string(s).unwrap()
    }

    fn ours(s: &str) -> String {
        let mut b = Vec::new();
        string(&mut b, s);
        String::from_utf8(b).unwrap()
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let mut every_byte = String::new();
        for c in 0u8..0x80 {
            every_byte.push(char::from(c));
        }
        let cases = [
            "",
            "plain",
            "exactly8",
            "“Curly” quotes, an em dash — and é",
            "\"quoted\" \\ back\\slash",
            "line\nbreak\r\n\ttab \u{8}\u{c}\u{1}\u{1f}",
            "seven b\"and more after the eighth byte\"",
            &every_byte,
        ];
        for s in cases {
            assert_eq!(ours(s), serde(s), "{s:?}");
        }
        // an escape at every position of an eight-byte chunk
        for at in 0..20 {
            for c in ["\"", "\\", "\n", "\u{0}"] {
                let s = format!("{}{c}{}", "a".repeat(at), "b".repeat(20 - at));
                assert_eq!(ours(&s), serde(&s), "{s:?}");
            }
        }
    }

    #[test]
    fn enum_names_are_serde_names() {
        use crate::attribute::{Kind, SpeakerKind};
        use crate::citations::Scope;
        fn serde(v: &impl serde::Serialize) -> String {
            serde_json::to_string(v).unwrap()
        }
        for k in [Kind::Direct, Kind::Partial, Kind::Scare, Kind::Claim] {
            assert_eq!(serde(&k), format!("\"{}\"", k.name()));
        }
        for k in [
            SpeakerKind::Person,
            SpeakerKind::Organization,
            SpeakerKind::Group,
            SpeakerKind::Anonymous,
            SpeakerKind::Unknown,
        ] {
            assert_eq!(serde(&k), format!("\"{}\"", k.name()));
        }
        for k in [Scope::Sentence, Scope::Paragraph, Scope::Inline] {
            assert_eq!(serde(&k), format!("\"{}\"", k.name()));
        }
    }

    #[test]
    fn scores_are_written_as_serde_json_writes_them() {
        for v in (0..=100).map(|k| f64::from(k) / 100.0).chain([
            0.123,
            -0.5,
            1.5,
            f64::NAN,
            0.7f32 as f64,
        ]) {
            let mut ours = Vec::new();
            let mut o = Object::new(&mut ours);
            o.float("x", v);
            o.end();
            let serde = format!("{{\"x\":{}}}", serde_json::to_string(&v).unwrap());
            assert_eq!(String::from_utf8(ours).unwrap(), serde, "{v}");
        }
    }

    #[test]
    fn needs_escape_is_exact() {
        for c in 0..=255u8 {
            let want = c < 0x20 || c == b'"' || c == b'\\';
            for at in 0..8 {
                let mut x = [b'a'; 8];
                x[at] = c;
                assert_eq!(needs_escape(u64::from_le_bytes(x)), want, "{c} at {at}");
            }
        }
    }
}
