//! The whole run over many documents: documents arrive on a
//! [`queue`](crate::queue) (read by the caller on its own thread), are extracted and rendered on a pool
//! of `jobs` threads in batches, and are written in arrival order.
//!
//! A batch is whatever has been read when the writer is ready for more,
//! up to a limit: a fast input fills batches and keeps every core busy, a
//! trickle (a pipe fed a line at a time) goes out a document at a time, so
//! a streaming consumer never waits on a batch. Memory holds at most the
//! queue and one batch (each capped in documents and in bytes), whatever
//! the size of the input.
//!
//! (One task a document with an ordered writer, instead of batches, was
//! tried: on two cores it woke a thread for every document and ran slower;
//! a long queue makes the batches long enough that waiting for a batch's
//! slowest document costs little.)

use crate::output::{csv, extract as out, html};
use crate::queue::Receiver;
use crate::{Document, Extraction, Extractor};
use rayon::prelude::*;
use std::io::{self, Write};

/// What `extract` writes (see the README for each; the command line's
/// `--format`, with its help, is the binary's).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Format {
    Table,
    Json,
    Jsonl,
    Csv,
    Html,
    Score,
    ScoreClaims,
}

/// How a run writes.
#[derive(Clone, Copy, Debug)]
pub struct Options<'a> {
    pub format: Format,
    /// Threads for extraction and rendering.
    pub jobs: usize,
    /// Columns for `Format::Table`.
    pub width: usize,
    /// Flush after every batch, so a consumer of a stream never waits.
    pub stream: bool,
    /// Some input is JSONL (its lines may carry `meta`).
    pub jsonl: bool,
    /// The `meta` fields that get CSV columns (else the first document's).
    pub meta_columns: Option<&'a [String]>,
    /// CSV cells exactly as the input has them, with no guard against
    /// spreadsheet formulas (`--csv-raw`).
    pub csv_raw: bool,
}

/// What the formats other than CSV pass for its columns.
static NO_COLUMNS: csv::Columns = csv::Columns::NONE;

/// Documents in a batch, at most.
const BATCH_DOCS: usize = 256;
/// Bytes of text in a batch, at most (a batch of large articles stays
/// small in memory).
const BATCH_BYTES: usize = 16 << 20;

/// A document this large or larger is extracted on a worker but written
/// on the writer's side, straight into the output a record at a time:
/// its output, many times its size for text dense with quotations, is
/// never held whole in memory.
const STREAM_BYTES: usize = 64 << 10;

/// One document's output, rendered on a worker, or its extraction, to be
/// rendered in order on the writer's side (a large document, whose output
/// streams; and the HTML page, whose panel counts span documents).
enum Rendered {
    Bytes(Vec<u8>, usize),
    Later(Box<(Document, Extraction)>),
}

fn render(extractor: &Extractor, doc: Document, o: &Options, csv: &csv::Columns) -> Rendered {
    let ex = extractor.extract(&doc);
    if o.format == Format::Html || doc.text.len() >= STREAM_BYTES {
        return Rendered::Later(Box::new((doc, ex)));
    }
    // (JSON and JSONL with claims run to two or three times the text: one
    // allocation instead of a growing copy)
    let size = match o.format {
        Format::Json | Format::Jsonl => doc.text.len() * 3,
        _ => doc.text.len(),
    };
    let mut b = Vec::with_capacity(size + 1024);
    let written = match o.format {
        Format::Jsonl => {
            out::jsonl_into(&mut b, &doc, &ex);
            Ok(())
        }
        _ => write(&mut b, extractor, &doc, &ex, o, csv),
    };
    written.expect("writing to memory cannot fail");
    Rendered::Bytes(b, doc.text.len())
}

/// Writes one document's output (any format but HTML) to `w`.
fn write(
    w: &mut impl Write,
    extractor: &Extractor,
    doc: &Document,
    ex: &Extraction,
    o: &Options,
    csv: &csv::Columns,
) -> io::Result<()> {
    match o.format {
        Format::Html => unreachable!("the HTML page writes its own documents"),
        Format::Csv => csv::write_rows(w, doc, ex, csv),
        Format::Table => out::write_table(w, doc, ex, o.width, extractor.claims),
        Format::Json => out::write_json(w, doc, ex),
        Format::Jsonl => out::write_jsonl(w, doc, ex),
        Format::Score => out::write_score(w, doc, ex),
        Format::ScoreClaims => out::write_score_claims(w, doc, ex),
    }
}

/// Extracts every document that arrives on `docs` until the sender hangs
/// up, writing the output to `w` in arrival order; `seen` is told the size
/// of each document as it is written (for a progress line). On a write
/// error the receiver is dropped, so the sender's next send fails and it
/// can stop reading.
pub fn run(
    extractor: &Extractor,
    docs: Receiver,
    w: &mut impl Write,
    o: Options,
    mut seen: impl FnMut(usize),
) -> io::Result<()> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(o.jobs.max(1))
        .build()
        .map_err(io::Error::other)?;
    let mut page = html::Page::new(extractor.claims);
    if o.format == Format::Html {
        page.write_head(w)?;
    }
    // the CSV header waits for the first document, whose meta fields it names
    let mut columns: Option<csv::Columns> = None;
    while let Ok(first) = docs.recv() {
        if o.format == Format::Csv && columns.is_none() {
            let c = csv::Columns::new(Some(&first), o.meta_columns, o.jsonl, o.csv_raw);
            csv::write_header(w, &c)?;
            columns = Some(c);
        }
        let cols = columns.as_ref().unwrap_or(&NO_COLUMNS);
        let mut batch = vec![first];
        let mut bytes = batch[0].text.len();
        while batch.len() < BATCH_DOCS && bytes < BATCH_BYTES {
            match docs.try_recv() {
                Ok(d) => {
                    bytes += d.text.len();
                    batch.push(d);
                }
                Err(_) => break,
            }
        }
        let done: Vec<Rendered> = if batch.len() == 1 || o.jobs <= 1 {
            batch
                .into_iter()
                .map(|d| render(extractor, d, &o, cols))
                .collect()
        } else {
            pool.install(|| {
                batch
                    .into_par_iter()
                    .map(|d| render(extractor, d, &o, cols))
                    .collect()
            })
        };
        for r in done {
            match r {
                Rendered::Bytes(b, len) => {
                    seen(len);
                    w.write_all(&b)?;
                }
                Rendered::Later(pair) => {
                    let (doc, ex) = *pair;
                    seen(doc.text.len());
                    if o.format == Format::Html {
                        page.write_document(w, &doc, &ex)?;
                    } else {
                        write(w, extractor, &doc, &ex, &o, cols)?;
                    }
                }
            }
        }
        if o.stream {
            w.flush()?;
        }
    }
    match o.format {
        Format::Html => page.write_tail(w)?,
        Format::Csv if columns.is_none() => {
            csv::write_header(
                w,
                &csv::Columns::new(None, o.meta_columns, o.jsonl, o.csv_raw),
            )?;
        }
        _ => {}
    }
    w.flush()
}
