//! Extraction benchmark: end-to-end `extract` (segmentation, quotations,
//! speakers, reported claims, citations) plus JSONL output, on the corpus
//! repeated to 5 MB, one thread; then the same without claims
//! (`--no-claims`).
//!
//! Run with `cargo bench --bench extract`.

mod common;

use attrib::output::extract::write_jsonl;
use attrib::Extractor;
use common::*;

fn main() {
    let (docs, bytes) = corpus_documents(5_000_000);
    let mut out = Vec::new();
    for (label, claims) in [("extract", true), ("extract --no-claims", false)] {
        let ex = Extractor {
            claims,
            ..Extractor::default()
        };
        let mbs = best_mb_per_s(bytes, 3, || {
            out.clear();
            for d in &docs {
                let found = ex.extract(d);
                write_jsonl(&mut out, d, &found).expect("write to memory");
            }
        });
        println!(
            "{label}: {:.1} MB in {} documents: {:.1} MB/s end to end with JSONL output (one thread, best of 3)",
            bytes as f64 / 1e6,
            docs.len(),
            mbs
        );
    }
    if let Some(rss) = peak_rss_mib() {
        println!(
            "peak RSS: {rss:.1} MiB (input held in memory: {:.1} MiB, output {:.1} MiB)",
            bytes as f64 / 1048576.0,
            out.len() as f64 / 1048576.0
        );
    }
}
