//! Reading the inputs of any subcommand: text files, directories, stdin or
//! JSONL lines, with every bad input named on stderr and the rest read.

use attrib::input::jsonl::{self, Fields};
use attrib::input::{self, InputError, Source};
use attrib::Document;
use std::io;
use std::path::PathBuf;

/// How inputs are read, and what went wrong so far.
#[derive(Debug, Default)]
pub struct Reader {
    /// Replace invalid UTF-8 with U+FFFD instead of rejecting the input.
    pub lossy: bool,
    /// Bad inputs are skipped and counted: they do not fail the run.
    pub skip_bad: bool,
    bad_files: usize,
    bad_lines: usize,
}

impl Reader {
    pub fn new(lossy: bool, skip_bad: bool) -> Reader {
        Reader {
            lossy,
            skip_bad,
            ..Reader::default()
        }
    }

    fn bad_file(&mut self, e: &InputError) {
        eprintln!("attrib: error: {e}");
        self.bad_files += 1;
    }

    /// Every text source of `paths` as a document, in order.
    pub fn documents(
        &mut self,
        paths: &[PathBuf],
        mut f: impl FnMut(&Source, Document) -> io::Result<()>,
    ) -> io::Result<()> {
        let (sources, errors) = input::collect(paths);
        for e in &errors {
            self.bad_file(e);
        }
        for source in &sources {
            match input::read_with(source, self.lossy) {
                Ok(text) => f(source, Document::new(source.id(), text))?,
                Err(e) => self.bad_file(&e),
            }
        }
        Ok(())
    }

    /// Every line of the JSONL sources of `paths` as a document, in order,
    /// a line at a time.
    pub fn jsonl(
        &mut self,
        paths: &[PathBuf],
        fields: &Fields,
        mut f: impl FnMut(Document) -> io::Result<()>,
    ) -> io::Result<()> {
        let (sources, errors) = input::collect_with(paths, "jsonl");
        for e in &errors {
            self.bad_file(e);
        }
        let fields = Fields {
            lossy: self.lossy,
            ..fields.clone()
        };
        for source in &sources {
            let mut bad_lines = 0;
            let read = jsonl::for_each(source, &fields, |line| match line {
                Ok(doc) => f(doc),
                Err(e) => {
                    eprintln!("attrib: error: {e}");
                    bad_lines += 1;
                    Ok(())
                }
            })?;
            self.bad_lines += bad_lines;
            if let Err(e) = read {
                self.bad_file(&e);
            }
        }
        Ok(())
    }

    /// Whether the run is clean: nothing was bad, or bad inputs were to be
    /// skipped (then a summary goes to stderr).
    pub fn finish(&self) -> bool {
        let bad = self.bad_files + self.bad_lines;
        if bad > 0 && self.skip_bad {
            eprintln!(
                "attrib: skipped {bad} bad input{} ({} file{}, {} JSONL line{}); everything else was processed",
                plural(bad),
                self.bad_files,
                plural(self.bad_files),
                self.bad_lines,
                plural(self.bad_lines)
            );
        }
        bad == 0 || self.skip_bad
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
