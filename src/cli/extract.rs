//! `attrib extract`: the inputs are read on their own thread and handed
//! to the library's pipeline, which extracts on `--jobs` threads and
//! writes in input order.

use super::read::Reader;
use attrib::input::Inputs;
use attrib::pipeline::{self, Options};
use attrib::{Document, Extractor};
use std::io::{self, BufWriter};

/// Runs the extraction of `inputs` as `reader` reads them; returns
/// whether every input was read (or the bad ones were to be skipped).
pub fn run(
    extractor: &Extractor,
    reader: &mut Reader,
    inputs: &Inputs,
    o: Options,
) -> io::Result<bool> {
    let (tx, rx) = attrib::queue::queue(o.jobs);
    let stdout = io::stdout();
    let mut w = BufWriter::new(stdout.lock());
    let mut progress = crate::progress::Progress::new();
    let (read, written) = std::thread::scope(|s| {
        let producer = s.spawn(move || {
            let send = |doc: Document| {
                tx.send(doc)
                    .map_err(|_| io::Error::from(io::ErrorKind::BrokenPipe))
            };
            reader
                .documents_of(inputs, |_, doc| send(doc))
                .map(|()| reader.finish())
        });
        let written = pipeline::run(extractor, rx, &mut w, o, |n| progress.document(n));
        let read = producer.join().expect("the reader thread does not panic");
        (read, written)
    });
    progress.finish();
    written?;
    read
}
