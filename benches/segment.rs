//! Segmentation benchmark: throughput on the corpus repeated to 5 MB, peak
//! memory, and the English Golden Rules report.
//!
//! Run with `cargo bench --bench segment`.

mod common;

use attrib::{segment, Lexicon};
use common::*;

fn main() {
    let lx = Lexicon::builtin();
    let (docs, bytes) = corpus_documents(5_000_000);
    let mut n = 0;
    let mbs = best_mb_per_s(bytes, 5, || {
        n = docs.iter().map(|d| segment::sentences(d, &lx).len()).sum();
    });
    println!(
        "segment: {:.1} MB in {} documents, {} sentences: {:.0} MB/s (one thread, best of 5)",
        bytes as f64 / 1e6,
        docs.len(),
        n,
        mbs
    );
    if let Some(rss) = peak_rss_mib() {
        println!(
            "peak RSS: {rss:.1} MiB (input held in memory: {:.1} MiB)",
            bytes as f64 / 1048576.0
        );
    }
    golden_rules(&lx);
}

fn golden_rules(lx: &Lexicon) {
    let Some(shared) = shared() else {
        println!("golden rules: skipped (../shared not found beside the checkout)");
        return;
    };
    let path = shared.join("golden_rules_en.json");
    let cases: Vec<serde_json::Value> = match std::fs::read_to_string(&path) {
        Ok(s) => serde_json::from_str(&s).expect("golden rules JSON"),
        Err(_) => {
            println!("golden rules: skipped ({} not found)", path.display());
            return;
        }
    };
    let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut pass = 0;
    let mut failed = Vec::new();
    for c in &cases {
        let text = c["text"].as_str().unwrap_or("");
        let want: Vec<String> = c["sentences"]
            .as_array()
            .map(|a| a.iter().filter_map(|s| s.as_str()).map(norm).collect())
            .unwrap_or_default();
        let got: Vec<String> = segment::split_text(text, lx)
            .iter()
            .map(|s| norm(s.slice(text)))
            .collect();
        if got == want {
            pass += 1;
        } else {
            failed.push((c["name"].as_str().unwrap_or("?").to_string(), want, got));
        }
    }
    println!("golden rules: PASS {pass} / {}", cases.len());
    for (name, want, got) in failed {
        println!("  FAIL {name}\n    want {want:?}\n    got  {got:?}");
    }
}
