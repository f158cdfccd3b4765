//! Pins the quotations of every fixture and corpus article, as the JSON
//! records users get (pretty-printed for review).

use crate::common::{doc, with_snapshots};
use attrib::output::extract::{blocks, claim_records, records};
use attrib::Extractor;
use std::path::Path;

/// Which output of a file a snapshot pins.
#[derive(Clone, Copy)]
enum Part {
    Quotations,
    Claims,
    Citations,
}

fn render_part(path: &Path, part: Part) -> serde_json::Value {
    let d = doc(path);
    let ex = Extractor {
        claims: true,
        ..Extractor::default()
    }
    .extract(&d);
    let v = match part {
        Part::Quotations => serde_json::to_value(records(&d, &ex)),
        Part::Claims => serde_json::to_value(claim_records(&d, &ex)),
        Part::Citations => serde_json::to_value(blocks(&d, &ex)),
    };
    v.expect("output serializes")
}

fn render(path: &Path) -> serde_json::Value {
    render_part(path, Part::Quotations)
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
            insta::assert_json_snapshot!("citations", render_part(path, Part::Citations));
        });
        insta::glob!("../../corpus", "*.txt", |path| {
            insta::assert_json_snapshot!("citations", render_part(path, Part::Citations));
        });
    });
}

#[test]
fn claim_fixtures_and_corpus() {
    with_snapshots(|| {
        insta::glob!("../../fixtures", "claims/*.txt", |path| {
            insta::assert_json_snapshot!("claims", render_part(path, Part::Claims));
        });
        insta::glob!("../../corpus", "*.txt", |path| {
            insta::assert_json_snapshot!("claims", render_part(path, Part::Claims));
        });
    });
}

#[test]
fn audit_of_the_corpus() {
    use attrib::output::audit::{Audit, Report};
    let ex = Extractor {
        claims: true,
        ..Extractor::default()
    };
    let mut audit = Audit::default();
    let mut paths: Vec<_> = std::fs::read_dir(crate::common::root().join("corpus"))
        .expect("corpus")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    for p in &paths {
        let d = doc(p);
        let name = format!("corpus/{}", p.file_name().unwrap().to_string_lossy());
        audit.push(Report::of(&name, &d, &ex.extract(&d)));
    }
    audit.finish();
    let mut out = Vec::new();
    audit.write_text(&mut out).expect("write");
    with_snapshots(|| insta::assert_snapshot!("audit_corpus", String::from_utf8_lossy(&out)));
}
