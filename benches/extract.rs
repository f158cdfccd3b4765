//! Extraction benchmark: `attrib extract` end to end (segmentation,
//! quotations, speakers, reported claims, citations and JSONL output)
//! through the same pipeline the binary runs, on one thread and on all,
//! over the corpus repeated to 50 MB and over PolNeAR train (five times
//! over, about 20 MB) when `../shared` is beside the checkout; then one
//! thread without claims.
//!
//! Documents are made as they are fed (the input is never held whole) and
//! the output is counted, not kept, so the peak RSS printed at the end is
//! what the pipeline itself needs.
//!
//! Run with `cargo bench --bench extract`.

mod common;

#[path = "../src/allocator.rs"]
mod allocator;

/// The binary's allocator, so the figures are the binary's.
#[global_allocator]
static GLOBAL: allocator::MiMalloc = allocator::MiMalloc;

use attrib::pipeline::{self, Format, Options};
use attrib::{Document, Extractor};
use common::*;
use std::io::{self, Write};
use std::time::Instant;

const CORPUS_BYTES: usize = 50_000_000;
/// Passes over PolNeAR train.
const POLNEAR_ROUNDS: usize = 5;

/// Counts what is written.
struct Count(usize);

impl Write for Count {
    fn write(&mut self, b: &[u8]) -> io::Result<usize> {
        self.0 += b.len();
        Ok(b.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Seconds to run `texts` (cycled until `bytes` have been fed) through
/// the pipeline, and the output size.
fn run(ex: &Extractor, texts: &[String], bytes: usize, jobs: usize) -> (f64, usize) {
    let (tx, rx) = attrib::queue::queue(jobs);
    let mut out = Count(0);
    let start = Instant::now();
    std::thread::scope(|s| {
        s.spawn(move || {
            let mut fed = 0;
            for (i, t) in texts.iter().cycle().enumerate() {
                if fed >= bytes {
                    break;
                }
                fed += t.len();
                if tx.send(Document::new(i.to_string(), t.clone())).is_err() {
                    break;
                }
            }
        });
        let o = Options {
            format: Format::Jsonl,
            jobs,
            width: 100,
            stream: false,
            jsonl: false,
            meta_columns: None,
            csv_raw: false,
        };
        pipeline::run(ex, rx, &mut out, o, |_| {}).expect("write to a counter");
    });
    (start.elapsed().as_secs_f64(), out.0)
}

fn report(
    label: &str,
    ex: &Extractor,
    texts: &[String],
    bytes: usize,
    jobs: usize,
    rounds: usize,
) -> f64 {
    let mut best = f64::MAX;
    let mut out = 0;
    for _ in 0..rounds {
        let (t, o) = run(ex, texts, bytes, jobs);
        best = best.min(t);
        out = o;
    }
    let mbs = bytes as f64 / 1e6 / best;
    println!(
        "{label}: {:.1} MB, {jobs} thread{}: {mbs:.1} MB/s ({:.1} MB/s per thread), {:.1} MB of JSONL (best of {rounds})",
        bytes as f64 / 1e6,
        if jobs == 1 { "" } else { "s" },
        mbs / jobs as f64,
        out as f64 / 1e6,
    );
    mbs
}

fn main() {
    allocator::tune();
    let all = std::thread::available_parallelism().map_or(1, |n| n.get());
    let corpus = corpus_texts();
    let with_claims = Extractor::default();
    let one = report("corpus ×", &with_claims, &corpus, CORPUS_BYTES, 1, 2);
    if all > 1 {
        let many = report("corpus ×", &with_claims, &corpus, CORPUS_BYTES, all, 2);
        println!("  speed-up on {all} threads: {:.2}×", many / one);
    }
    let no_claims = Extractor {
        claims: false,
        ..Extractor::default()
    };
    report(
        "corpus × --no-claims",
        &no_claims,
        &corpus,
        CORPUS_BYTES,
        1,
        2,
    );

    match shared().map(|s| s.join("corpora/polnear-train/text")) {
        Some(dir) if dir.is_dir() => {
            let mut paths: Vec<_> = std::fs::read_dir(&dir)
                .unwrap()
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect();
            paths.sort();
            let texts: Vec<String> = paths.iter().map(|p| read(p)).collect();
            // (five times over, best of three: one pass takes a tenth of a
            // second, too short to time steadily, and on a shared machine a
            // run in two can be a tenth slower)
            let bytes = texts.iter().map(String::len).sum::<usize>() * POLNEAR_ROUNDS;
            report("PolNeAR train ×", &with_claims, &texts, bytes, 1, 3);
            if all > 1 {
                report("PolNeAR train ×", &with_claims, &texts, bytes, all, 3);
            }
        }
        _ => println!("PolNeAR train: skipped (../shared/corpora/polnear-train/text not found)"),
    }
    if let Some(rss) = peak_rss_mib() {
        println!("peak RSS: {rss:.1} MiB (input fed a document at a time, output counted)");
    }
}
