//! Pins the quotations of every fixture and corpus article, as the JSON
//! records users get (pretty-printed for review).

use crate::common::{doc, with_snapshots};
use attrib::output::extract::{blocks, records};
use attrib::Extractor;
use std::path::Path;

/// The quotation records (`citations: false`) or citation blocks of a file.
fn render_part(path: &Path, citations: bool) -> serde_json::Value {
    let d = doc(path);
    let ex = Extractor::default().extract(&d);
    let v = if citations {
        serde_json::to_value(blocks(&d, &ex))
    } else {
        serde_json::to_value(records(&d, &ex))
    };
    v.expect("output serializes")
}

fn render(path: &Path) -> serde_json::Value {
    render_part(path, false)
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

#[test]
fn citation_fixtures_and_corpus() {
    with_snapshots(|| {
        insta::glob!("../../fixtures", "citations/*.txt", |path| {
            insta::assert_json_snapshot!("citations", render_part(path, true));
        });
        insta::glob!("../../corpus", "*.txt", |path| {
            insta::assert_json_snapshot!("citations", render_part(path, true));
        });
    });
}
