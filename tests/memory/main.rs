//! Peak memory of one large document, through the pipeline the binary
//! runs: writing the output adds little to what extraction holds (records
//! are written as they are made, and a large document's output streams to
//! the writer instead of being rendered into memory first), and the whole
//! stays within 20× the document. Its own test binary, for its own global allocator (one
//! that counts).

#[path = "../integration/hostile_cases.rs"]
mod hostile_cases;
mod peak;

use attrib::pipeline::Format;
use attrib::{Document, Extractor};
use peak::{peak_bytes, Counting};

#[global_allocator]
static COUNTER: Counting<std::alloc::System> = Counting::new(std::alloc::System);

/// Peak memory of one document, at most this many times its size.
const BOUND: f64 = 20.0;

/// What writing the output may add to extraction's own peak, in times the
/// document (it was up to 60× for dense quotations, the whole output and
/// all its records held at once), besides [`OUTPUT_FIXED`].
const OUTPUT_BOUND: f64 = 2.0;
/// Bytes the pipeline may add whatever the document (its thread pool, its
/// queue, a buffer), in times a document of this size.
const OUTPUT_FIXED: f64 = 64.0 * 1024.0;

/// The most bytes live at once while `text` is made into a document and
/// extracted, with nothing written.
fn extraction_peak(ex: &Extractor, text: &str) -> usize {
    let before = COUNTER.reset();
    let d = Document::new("h", text.to_string());
    let found = ex.extract(&d);
    drop((found, d));
    COUNTER.peak().saturating_sub(before)
}

/// Every hostile case (and the densest quotations; those in every format
/// but HTML), one after another in one test, so no other test's
/// allocations are counted.
#[test]
fn peak_memory_is_bounded_by_the_document() {
    let article = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/corpus/000_913ef665081771dd.txt"
    ))
    .expect("corpus article");
    let ex = Extractor::default();
    let mut wrong = Vec::new();
    for (name, text) in hostile_cases::cases(&article, 1_000_000) {
        let size = text.len() as f64;
        let formats: &[Format] = if name.contains("quotation") {
            &[
                Format::Jsonl,
                Format::Json,
                Format::Csv,
                Format::Table,
                Format::Score,
                Format::ScoreClaims,
            ]
        } else {
            &[Format::Jsonl]
        };
        let extraction = extraction_peak(&ex, &text) as f64 / size;
        for &f in formats {
            let ratio = peak_bytes(&COUNTER, &ex, &text, f) as f64 / size;
            eprintln!("{name:<40} {f:?}: {ratio:.1}× (extraction {extraction:.1}×)");
            if ratio > BOUND {
                wrong.push(format!("{name} ({f:?}): {ratio:.1}×, over {BOUND}×"));
            }
            if ratio > extraction + OUTPUT_BOUND + OUTPUT_FIXED / size {
                wrong.push(format!(
                    "{name} ({f:?}): output adds {:.1}× to extraction's {extraction:.1}×",
                    ratio - extraction
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}
