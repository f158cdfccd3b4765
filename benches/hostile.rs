//! Hostile-input benchmark: documents built to hurt, each timed end to end
//! (extraction with claims, JSONL output) against a normal document of the
//! same size (the corpus articles run together). The aim: every case
//! within 3× the normal time, i.e. cost linear in the input whatever its
//! shape.
//!
//! Run with `cargo bench --bench hostile`.

mod common;

use attrib::output::extract::write_jsonl;
use attrib::{Document, Extractor};
use common::*;
use std::time::Instant;

/// Random bytes from a fixed seed (xorshift).
fn random_bytes(n: usize) -> Vec<u8> {
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

/// `unit` repeated to about `bytes`.
fn fill(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes.div_ceil(unit.len()))
}

/// Best seconds of three to extract `text` and write its JSONL.
fn time(ex: &Extractor, text: &str) -> f64 {
    let mut best = f64::MAX;
    for _ in 0..3 {
        let t = Instant::now();
        let d = Document::new("h", text.to_string());
        let found = ex.extract(&d);
        let mut out = Vec::new();
        write_jsonl(&mut out, &d, &found).expect("write to memory");
        best = best.min(t.elapsed().as_secs_f64());
    }
    best
}

fn main() {
    let corpus = corpus_texts().join("\n\n");
    let normal = |bytes: usize| -> String {
        let mut s = fill(&(corpus.clone() + "\n\n"), bytes);
        let mut end = bytes.min(s.len());
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        s.truncate(end);
        s
    };
    let article = corpus_texts().remove(0);
    let big = |s: &str| fill(&(s.to_string() + "\n\n"), 2_000_000);
    let cases: Vec<(&str, String)> = vec![
        (
            "10,000 unbalanced quote marks",
            "He said “no ".repeat(10_000),
        ),
        ("10,000 straight quotes in a row", "\"".repeat(10_000)),
        (
            "2 MB of words, no full stop or break",
            fill("word ", 2_000_000),
        ),
        ("100,000 parentheses", "(AP, ".repeat(100_000)),
        (
            "quotes nested 1,000 deep",
            "“a ‘b ".repeat(500) + &"c’ d” ".repeat(500),
        ),
        ("1 MB of one cue word", fill("said ", 1_000_000)),
        (
            "1 MB of random bytes (lossy)",
            String::from_utf8_lossy(&random_bytes(1_000_000)).into_owned(),
        ),
        ("UTF-8 BOM", big(&format!("\u{feff}{article}"))),
        ("CRLF line ends", big(&article.replace('\n', "\r\n"))),
        ("NUL bytes", big(&article.replace(". ", ".\0 "))),
        (
            "a `they said` after every quotation",
            fill("“we act,” they said, and ", 1_000_000),
        ),
    ];
    let ex = Extractor::default();
    println!(
        "{:<40} {:>9} {:>10} {:>10} {:>6}",
        "case", "bytes", "ms", "normal ms", "ratio"
    );
    let mut worst: f64 = 0.0;
    for (name, text) in &cases {
        let t = time(&ex, text);
        let n = time(&ex, &normal(text.len()));
        let ratio = t / n;
        worst = worst.max(ratio);
        println!(
            "{name:<40} {:>9} {:>10.1} {:>10.1} {:>5.2}×{}",
            text.len(),
            t * 1e3,
            n * 1e3,
            ratio,
            if ratio > 3.0 { "  OVER 3×" } else { "" }
        );
    }
    println!("worst ratio: {worst:.2}× (aim: at most 3×)");
    if let Some(rss) = peak_rss_mib() {
        println!("peak RSS: {rss:.1} MiB");
    }
}
