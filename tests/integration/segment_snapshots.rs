//! Pins the sentences of every segmentation fixture and corpus article.

use crate::common::{doc, with_snapshots};
use attrib::{segment, Lexicon};
use std::fmt::Write;
use std::path::Path;

fn render(path: &Path) -> String {
    let d = doc(path);
    let lx = Lexicon::builtin();
    let mut out = String::new();
    if let Some(h) = &d.metadata.headline {
        writeln!(out, "headline: {h}").unwrap();
    }
    if let Some(p) = &d.metadata.publication {
        writeln!(out, "publication: {p}").unwrap();
    }
    for s in segment::sentences(&d, &lx) {
        let o = d.chars.offsets(s.span);
        writeln!(
            out,
            "p{} s{} [{}..{}] {}",
            s.paragraph,
            s.index,
            o.char_start,
            o.char_end,
            s.span.slice(&d.text)
        )
        .unwrap();
    }
    out
}

#[test]
fn segment_fixtures() {
    with_snapshots(|| {
        insta::glob!("../../fixtures", "segment/*.txt", |path| {
            insta::assert_snapshot!("segment", render(path));
        });
    });
}

#[test]
fn segment_corpus() {
    with_snapshots(|| {
        insta::glob!("../../corpus", "*.txt", |path| {
            insta::assert_snapshot!("segment", render(path));
        });
    });
}
