//! The hand-written JSONL writer writes every record byte for byte as
//! serde_json writes the same `Record`: on every fixture and corpus
//! article, on PolNeAR train when `../shared` is beside the checkout, and
//! with metadata carried from JSONL input.

use crate::common::{all_texts, doc};
use attrib::output::extract::{claim_records, records};
use attrib::output::json;
use attrib::{Document, Extractor};

fn check(ex: &Extractor, d: &Document) -> usize {
    let out = ex.extract(d);
    let mut n = 0;
    for r in records(d, &out).into_iter().chain(claim_records(d, &out)) {
        let mut ours = Vec::new();
        json::record(&mut ours, &r);
        let serde = serde_json::to_vec(&r).unwrap();
        assert_eq!(
            String::from_utf8_lossy(&ours),
            String::from_utf8_lossy(&serde),
            "{} {}",
            d.id,
            r.id
        );
        n += 1;
    }
    n
}

#[test]
fn records_are_written_as_serde_json_writes_them() {
    let ex = Extractor::default();
    let mut n = 0;
    for path in all_texts() {
        n += check(&ex, &doc(&path));
    }
    if let Some(dir) = crate::common::polnear_texts() {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let text = std::fs::read_to_string(e.path()).unwrap();
            n += check(&ex, &Document::new("p", text));
        }
    }
    assert!(n > 100, "{n} records");
}

#[test]
fn metadata_and_odd_characters_are_written_alike() {
    let ex = Extractor::default();
    let text = "Minister speaks\n\n“Tabs\tand a \\ here,” said Jane Smith, a spokeswoman.\n\n\
                The minister said that the \u{1}control characters\u{1f} were fine, \
                according to Reuters.";
    let mut d = Document::new("id \"1\"\n", text);
    let meta = serde_json::json!({"url": "https://example.org/a?b=\"c\"", "n": [1, 2.5, null], "t": {"x": true}});
    d.meta = meta.as_object().cloned();
    assert!(check(&ex, &d) >= 2);
}
