//! Hostile-input benchmark: documents built to hurt, each timed end to end
//! (extraction with claims, JSONL output) against a normal document of the
//! same size (the corpus articles run together), and its peak memory
//! through the binary's pipeline (`pipeline::run`, JSONL to a sink) as a
//! multiple of its size. The aims: every case within 3× the normal time,
//! i.e. cost linear in the input whatever its shape, and within 20× its
//! size in memory. `out/in` is the JSONL written per byte read (about 2
//! for news), `per out` the case's time per byte written over normal
//! text's (a case dense with quotations writes fifteen to thirty times
//! what news of its size writes, every byte of it a record asked for:
//! its time is bound by its output, and this column reads that cost),
//! and `growth` the time of the whole case over that of its first half
//! (2 is linear).
//!
//! Users' constructions are held to the same aims: the cases run again
//! with a rules file of sixteen constructions built to cost (repeats over
//! any token around the speaker, on both sides of the quotation), against
//! the built-in rules on normal text.
//!
//! Run with `cargo bench --bench hostile`.

#[path = "../src/allocator.rs"]
mod allocator;
mod common;
#[path = "../tests/integration/hostile_cases.rs"]
mod hostile_cases;
#[path = "../tests/memory/peak.rs"]
mod peak;

use hostile_cases::fill;

use attrib::lexicon::{Lexicon, Sources};
use attrib::output::extract::write_jsonl;
use attrib::pipeline::Format;
use attrib::{Document, Extractor};
use common::*;
use std::time::Instant;

/// The binary's allocator, so the figures are the binary's, counted (the
/// count is two relaxed atomic additions an allocation).
#[global_allocator]
static GLOBAL: peak::Counting<allocator::MiMalloc> = peak::Counting::new(allocator::MiMalloc);

/// Seconds a case must take for its growth to be read.
const GROWTH_FLOOR: f64 = 1e-3;

/// Peak memory of a case, at most this many times its size.
const MEMORY_AIM: f64 = 20.0;

/// Timings a case takes the best of: a case runs for tens of
/// milliseconds, where one run in three can be a tenth slower.
const ROUNDS: usize = 7;

/// Best seconds of [`ROUNDS`] to extract `text` and write its JSONL, and
/// the bytes written.
fn time(ex: &Extractor, text: &str) -> (f64, usize) {
    let mut best = f64::MAX;
    let mut written = 0;
    for _ in 0..ROUNDS {
        let t = Instant::now();
        let d = Document::new("h", text.to_string());
        let found = ex.extract(&d);
        // written as the binary writes, in chunks to a stream, not gathered
        // in memory (a case dense with quotations writes thirty times its
        // size: gathering it would time the growth of one buffer)
        let mut out = Counted(0);
        write_jsonl(&mut out, &d, &found).expect("write to a sink");
        best = best.min(t.elapsed().as_secs_f64());
        written = out.0;
    }
    (best, written)
}

/// A writer that keeps only the number of bytes written to it.
struct Counted(usize);

impl std::io::Write for Counted {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0 += std::hint::black_box(b).len();
        Ok(b.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The first half of `text` (cut at a character boundary).
fn half(text: &str) -> &str {
    let mut end = text.len() / 2;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// A rules file of constructions built to cost: each repeats over any
/// token around its speaker, on both sides of the quotation. A quarter
/// need a word that never comes, a quarter a cue and a day (passed over
/// where no token could be one: the required-step test), and half need no
/// token of any kind (`{<word>}` for a cue: matched in full at every
/// quotation).
fn costly_rules() -> String {
    let mut s = String::from("[constructions]\n");
    for i in 0..2 {
        s += &format!("never-after-{i} = QUOTE <any>* {{never{i}}} <any>* SPEAKER\n");
        s += &format!("never-before-{i} = <any>* SPEAKER <any>* {{never{i}}} <any>* QUOTE\n");
        s += &format!("costly-after-{i} = QUOTE <any>* SPEAKER <any>* CUE <any>* <calendar>\n");
        s += &format!("costly-before-{i} = <calendar> <any>* SPEAKER <any>* CUE <any>* QUOTE\n");
    }
    for i in 0..4 {
        let tail = " <any>".repeat(i + 1);
        s += &format!("bare-after-{i} = QUOTE <any>* {{<word>}} <any>* SPEAKER{tail}\n");
        s += &format!("bare-before-{i} = <any>* SPEAKER <any>* {{<word>}}{tail} QUOTE\n");
    }
    s
}

fn main() {
    allocator::tune();
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
    let cases = hostile_cases::cases(&corpus_texts().remove(0), 2_000_000);
    let ex = Extractor::default();
    println!(
        "{:<40} {:>9} {:>10} {:>10} {:>6} {:>8} {:>7} {:>7} {:>6}",
        "case", "bytes", "ms", "normal ms", "ratio", "memory", "out/in", "per out", "growth"
    );
    let mut worst: f64 = 0.0;
    let mut worst_memory: f64 = 0.0;
    let mut worst_growth: f64 = 0.0;
    let mut worst_per_out: f64 = 0.0;
    for (name, text) in &cases {
        let (t, written) = time(&ex, text);
        let (n, normal_written) = time(&ex, &normal(text.len()));
        // (read only where the case writes more than twice what normal
        // text writes: below, its time is its input's)
        let output_bound = written > 2 * normal_written;
        let per_out = (t / written.max(1) as f64) / (n / normal_written.max(1) as f64);
        if output_bound {
            worst_per_out = worst_per_out.max(per_out);
        }
        let ratio = t / n;
        let within = ratio <= 3.0 || (output_bound && per_out <= 3.0);
        // the time of the whole case over that of its first half: 2.0 is
        // linear; a quadratic path shows as 4 (read where the case takes a
        // millisecond or more: below, a timer's jitter is the figure)
        let growth = t / time(&ex, half(text)).0;
        let timed = t >= GROWTH_FLOOR;
        if timed {
            worst_growth = worst_growth.max(growth);
        }
        let growth = if timed {
            format!("{growth:.2}")
        } else {
            "-".to_string()
        };
        if !output_bound {
            worst = worst.max(ratio);
        }
        let per_out = if output_bound {
            format!("{per_out:.2}×")
        } else {
            "-".to_string()
        };
        let memory = peak::peak_bytes(&GLOBAL, &ex, text, Format::Jsonl) as f64 / text.len() as f64;
        worst_memory = worst_memory.max(memory);
        println!(
            "{name:<40} {:>9} {:>10.1} {:>10.1} {:>5.2}× {:>7.1}× {:>6.1}× {:>7} {:>6}{}{}",
            text.len(),
            t * 1e3,
            n * 1e3,
            ratio,
            memory,
            written as f64 / text.len() as f64,
            per_out,
            growth,
            if within { "" } else { "  OVER 3×" },
            if memory > MEMORY_AIM {
                "  OVER 20× IN MEMORY"
            } else {
                ""
            }
        );
    }
    // the cases again, with the costly constructions
    let mut sources = Sources::builtin();
    sources
        .apply("costly.rules", &costly_rules())
        .expect("the costly rules parse");
    let costly = Extractor::new(Lexicon::from_sources(&sources).expect("the costly rules load"));
    println!("\nwith 16 costly users' constructions (normal: the built-in rules on normal text)");
    let mut worst_rules: f64 = 0.0;
    for (name, text) in &cases {
        let (t, written) = time(&costly, text);
        let (n, normal_written) = time(&ex, &normal(text.len()));
        let output_bound = written > 2 * normal_written;
        let per_out = (t / written.max(1) as f64) / (n / normal_written.max(1) as f64);
        let ratio = t / n;
        let held = if output_bound { per_out } else { ratio };
        worst_rules = worst_rules.max(held);
        println!(
            "{name:<40} {:>9} {:>10.1} {:>10.1} {:>5.2}× {:>7}{}",
            text.len(),
            t * 1e3,
            n * 1e3,
            ratio,
            if output_bound {
                format!("{per_out:.2}×")
            } else {
                "-".to_string()
            },
            if held <= 3.0 { "" } else { "  OVER 3×" }
        );
    }
    let text = normal(2_000_000);
    let (t, _) = time(&costly, &text);
    let (n, _) = time(&ex, &text);
    println!(
        "{:<40} {:>9} {:>10.1} {:>10.1} {:>5.2}×",
        "normal text",
        text.len(),
        t * 1e3,
        n * 1e3,
        t / n
    );
    worst_rules = worst_rules.max(t / n);
    println!(
        "worst ratio: {worst:.2}× (aim: at most 3×; cases that write more than twice \
         what normal text writes are held to their time per byte written)"
    );
    println!("worst with the costly constructions: {worst_rules:.2}× (aim: at most 3×)");
    println!("worst time per byte written of those: {worst_per_out:.2}× normal text's");
    println!(
        "worst growth from half to whole: {worst_growth:.2} (linear: 2; cases of {} ms or more)",
        GROWTH_FLOOR * 1e3
    );
    println!("worst peak memory: {worst_memory:.1}× the document (aim: at most {MEMORY_AIM}×)");
    if let Some(rss) = peak_rss_mib() {
        println!("peak RSS: {rss:.1} MiB");
    }
}
