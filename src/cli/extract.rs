//! `attrib extract`: documents are read on one thread, extracted and
//! rendered on a pool of `--jobs` threads in batches, and written in input
//! order.
//!
//! A batch is whatever has been read when the writer is ready for more,
//! up to a limit: a fast input fills batches and keeps every core busy, a
//! trickle (a pipe fed a line at a time) goes out a document at a time, so
//! a streaming consumer never waits on a batch. Memory holds at most the
//! queue and one batch, whatever the size of the input.

use super::read::Reader;
use attrib::input::jsonl::Fields;
use attrib::output::{csv, extract as out, html};
use attrib::{Document, Extraction, Extractor};
use rayon::prelude::*;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::sync::mpsc;

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

pub struct Options<'a> {
    pub paths: &'a [PathBuf],
    /// Read JSONL lines (with these fields) instead of text files.
    pub jsonl: Option<&'a Fields>,
    pub format: Format,
    pub jobs: usize,
    pub width: usize,
}

/// Documents in a batch, at most.
const BATCH_DOCS: usize = 256;
/// Bytes of text in a batch, at most (a batch of large articles stays
/// small in memory).
const BATCH_BYTES: usize = 16 << 20;

/// One document's output, rendered on a worker, or (for the HTML page,
/// whose panel counts span documents) its extraction, rendered in order.
enum Rendered {
    Bytes(Vec<u8>, usize),
    Later(Box<(Document, Extraction)>),
}

fn render(extractor: &Extractor, doc: Document, format: Format, width: usize) -> Rendered {
    let ex = extractor.extract(&doc);
    let mut b = Vec::with_capacity(doc.text.len() / 2);
    let written = match format {
        Format::Html => return Rendered::Later(Box::new((doc, ex))),
        Format::Csv => csv::write_rows(&mut b, &doc, &ex),
        Format::Table => out::write_table(&mut b, &doc, &ex, width),
        Format::Json => out::write_json(&mut b, &doc, &ex),
        Format::Jsonl => out::write_jsonl(&mut b, &doc, &ex),
        Format::Score => out::write_score(&mut b, &doc, &ex),
        Format::ScoreClaims => out::write_score_claims(&mut b, &doc, &ex),
    };
    written.expect("writing to memory cannot fail");
    Rendered::Bytes(b, doc.text.len())
}

/// Runs the extraction; returns whether every input was read (or the bad
/// ones were to be skipped).
pub fn run(extractor: &Extractor, reader: &mut Reader, o: &Options) -> io::Result<bool> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(o.jobs.max(1))
        .build()
        .map_err(io::Error::other)?;
    let (tx, rx) = mpsc::sync_channel::<Document>(o.jobs.max(1) * 8);
    let stdout = io::stdout();
    let mut w = BufWriter::new(stdout.lock());
    let mut page = html::Page::new();
    match o.format {
        Format::Csv => csv::write_header(&mut w)?,
        Format::Html => page.write_head(&mut w)?,
        _ => {}
    }
    let mut progress = crate::progress::Progress::new();
    // with JSONL input each batch leaves at once: attrib is a stream filter
    let stream = o.jsonl.is_some();

    let (read, written) = std::thread::scope(|s| {
        let producer = s.spawn(move || {
            let send = |doc: Document| {
                tx.send(doc)
                    .map_err(|_| io::Error::from(io::ErrorKind::BrokenPipe))
            };
            let r = match o.jsonl {
                Some(fields) => reader.jsonl(o.paths, fields, send),
                None => reader.documents(o.paths, |_, doc| send(doc)),
            };
            r.map(|()| reader.finish())
        });
        let mut write_all = || -> io::Result<()> {
            while let Ok(first) = rx.recv() {
                let mut batch = vec![first];
                let mut bytes = batch[0].text.len();
                while batch.len() < BATCH_DOCS && bytes < BATCH_BYTES {
                    match rx.try_recv() {
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
                        .map(|d| render(extractor, d, o.format, o.width))
                        .collect()
                } else {
                    pool.install(|| {
                        batch
                            .into_par_iter()
                            .map(|d| render(extractor, d, o.format, o.width))
                            .collect()
                    })
                };
                for r in done {
                    match r {
                        Rendered::Bytes(b, len) => {
                            progress.document(len);
                            w.write_all(&b)?;
                        }
                        Rendered::Later(pair) => {
                            let (doc, ex) = *pair;
                            progress.document(doc.text.len());
                            page.write_document(&mut w, &doc, &ex)?;
                        }
                    }
                }
                if stream {
                    w.flush()?;
                }
            }
            Ok(())
        };
        let written = write_all();
        // a failed writer drops the queue, which stops the reader
        drop(rx);
        let read = producer.join().expect("the reader thread does not panic");
        (read, written)
    });
    progress.finish();
    written?;
    if o.format == Format::Html {
        page.write_tail(&mut w)?;
    }
    w.flush()?;
    read
}
