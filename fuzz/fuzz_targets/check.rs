//! What every fuzz input must satisfy: extraction finishes without a
//! panic, every span of every record and citation block lies on char
//! boundaries inside the text and slices back to its text, and the
//! writers accept the result.

use attrib::output::extract::{blocks, claim_records, records, write_jsonl};
use attrib::output::html::Page;
use attrib::{Document, Extractor};
use std::sync::OnceLock;

fn extractor() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(Extractor::default)
}

/// [`check_document`] of `text` read as a text file is.
#[allow(dead_code)]
pub fn check(text: String) {
    check_document(Document::new("fuzz", text));
}

pub fn check_document(d: Document) {
    let found = extractor().extract(&d);
    let ok = |start: usize, end: usize, text: &str| {
        assert!(start <= end && end <= d.text.len(), "span {start}..{end} outside the text");
        assert!(
            d.text.is_char_boundary(start) && d.text.is_char_boundary(end),
            "span {start}..{end} off a char boundary"
        );
        assert_eq!(&d.text[start..end], text);
    };
    for r in records(&d, &found).into_iter().chain(claim_records(&d, &found)) {
        for p in &r.parts {
            ok(p.offsets.start, p.offsets.end, p.text);
            assert!(p.offsets.char_start <= p.offsets.char_end);
        }
        if let Some(s) = &r.speaker {
            ok(s.offsets.start, s.offsets.end, s.mention);
        }
        if let Some(c) = &r.cue {
            ok(c.offsets.start, c.offsets.end, c.text);
        }
    }
    for b in blocks(&d, &found) {
        ok(b.offsets.start, b.offsets.end, b.text);
        for e in &b.entries {
            ok(e.offsets.start, e.offsets.end, e.entry.source.unwrap_or(&d.text[e.offsets.start..e.offsets.end]));
        }
    }
    let mut out = Vec::new();
    write_jsonl(&mut out, &d, &found).expect("JSONL to memory");
    Page::new(true).write_document(&mut out, &d, &found).expect("HTML to memory");
}
