//! Shared helpers for the benchmark binaries.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::time::Instant;

pub fn crate_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The bundled corpus articles, in sorted order.
pub fn corpus_texts() -> Vec<String> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(crate_root().join("corpus"))
        .expect("corpus/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths.iter().map(|p| read(p)).collect()
}

pub fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// Repeats the texts until their total size reaches `min_bytes`.
pub fn repeat_to(texts: &[String], min_bytes: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut total = 0;
    while total < min_bytes {
        for t in texts {
            total += t.len();
            out.push(t.clone());
        }
    }
    out
}

/// Runs `f` `rounds` times and returns the best MB/s over `bytes`.
pub fn best_mb_per_s(bytes: usize, rounds: usize, mut f: impl FnMut()) -> f64 {
    let mut best = f64::MAX;
    for _ in 0..rounds {
        let t = Instant::now();
        f();
        best = best.min(t.elapsed().as_secs_f64());
    }
    bytes as f64 / 1e6 / best
}

/// Peak resident memory of this process in MiB (Linux), if known.
pub fn peak_rss_mib() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// `../shared` beside the checkout, when present.
pub fn shared() -> Option<PathBuf> {
    let p = crate_root().join("..").join("shared");
    p.is_dir().then_some(p)
}

/// The corpus repeated to at least `min_bytes`, as documents, and its size.
pub fn corpus_documents(min_bytes: usize) -> (Vec<attrib::Document>, usize) {
    let docs: Vec<attrib::Document> = repeat_to(&corpus_texts(), min_bytes)
        .into_iter()
        .enumerate()
        .map(|(i, t)| attrib::Document::new(i.to_string(), t))
        .collect();
    let bytes = docs.iter().map(|d| d.text.len()).sum();
    (docs, bytes)
}
