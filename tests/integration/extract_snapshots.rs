//! Pins the quotations of every fixture and corpus article, as the JSON
//! records users get (pretty-printed for review).

use crate::common::{doc, with_snapshots};
use attrib::output::extract::records;
use attrib::Extractor;
use std::path::Path;

fn render(path: &Path) -> serde_json::Value {
    let d = doc(path);
    let ex = Extractor::default().extract(&d);
    serde_json::to_value(records(&d, &ex)).expect("records serialize")
}

#[test]
fn extract_quote_fixtures() {
    with_snapshots(|| {
        insta::glob!("../../fixtures", "quotes/*.txt", |path| {
            insta::assert_json_snapshot!("extract", render(path));
        });
    });
}

#[test]
fn extract_speaker_fixtures() {
    with_snapshots(|| {
        insta::glob!("../../fixtures", "speakers/*.txt", |path| {
            insta::assert_json_snapshot!("extract", render(path));
        });
    });
}

#[test]
fn extract_corpus() {
    with_snapshots(|| {
        insta::glob!("../../corpus", "*.txt", |path| {
            insta::assert_json_snapshot!("extract", render(path));
        });
    });
}
