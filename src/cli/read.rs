//! Reading the inputs of every subcommand the same way: text files,
//! directories, stdin or JSONL lines, gzip-compressed or not, with every
//! bad input named on stderr and the rest read.

use attrib::document::{Headline, Layout, MAX_BYTES};
use attrib::input::jsonl::{self, Fields};
use attrib::input::{self, Format, InputError};
use attrib::output::counts::plural;
use attrib::Document;
use std::io;
use std::path::PathBuf;

/// How inputs are read, and what went wrong so far.
#[derive(Debug)]
pub struct Reader<'a> {
    /// Replace invalid UTF-8 with U+FFFD instead of rejecting the input.
    pub lossy: bool,
    /// Bad inputs are skipped and counted: they do not fail the run.
    pub skip_bad: bool,
    /// The format the user chose; `None` reads each file by its extension.
    pub format: Option<Format>,
    /// The fields of JSONL lines.
    pub fields: Fields,
    /// How the top of a document is read (headline or body text).
    pub layout: Layout<'a>,
    bad_files: usize,
    bad_lines: usize,
}

impl<'a> Reader<'a> {
    pub fn new(lossy: bool, skip_bad: bool) -> Reader<'a> {
        Reader {
            lossy,
            skip_bad,
            format: None,
            fields: Fields::default(),
            layout: Layout::AUTO,
            bad_files: 0,
            bad_lines: 0,
        }
    }

    /// The headline rule, with `reports` telling reporting verbs.
    pub fn headline(&mut self, headline: Headline, reports: &'a (dyn Fn(&str) -> bool + Sync)) {
        self.layout = Layout { headline, reports };
    }

    fn bad_file(&mut self, e: &InputError) {
        say!("attrib: error: {e}");
        self.bad_files += 1;
    }

    /// Every document of `paths`, in order, with the name that locates it
    /// (`file`, or `file:line` for a JSONL line). Text files are read
    /// whole; JSONL a line at a time, each line's document handed on
    /// before the next is read.
    pub fn documents(
        &mut self,
        paths: &[PathBuf],
        f: impl FnMut(&str, Document) -> io::Result<()>,
    ) -> io::Result<()> {
        let found = self.inputs(paths);
        self.documents_of(&found, f)
    }

    /// The inputs `paths` name (folders walked), as [`Reader::documents`]
    /// reads them: for a caller that looks at them first.
    pub fn inputs(&self, paths: &[PathBuf]) -> input::Inputs {
        input::collect(paths, self.format)
    }

    /// [`Reader::documents`] of inputs already found (each folder walked
    /// once).
    pub fn documents_of(
        &mut self,
        found: &input::Inputs,
        mut f: impl FnMut(&str, Document) -> io::Result<()>,
    ) -> io::Result<()> {
        for w in &found.warnings {
            say!("attrib: warning: {w}");
        }
        for e in &found.errors {
            self.bad_file(e);
        }
        let guessed: Vec<_> = found.inputs.iter().filter(|i| i.guessed).collect();
        if let Some(g) = guessed.first() {
            let more = match guessed.len() - 1 {
                0 => String::new(),
                n => format!(" and {}", plural(n, "more *.jsonl input")),
            };
            say!(
                "attrib: reading {}{more} as JSONL, one article a line, by the extension (--input-format sets the format)",
                g.source.name()
            );
        }
        let fields = Fields {
            lossy: self.lossy,
            ..self.fields.clone()
        };
        for i in &found.inputs {
            match i.format {
                Format::Text => match input::read_with(&i.source, self.lossy) {
                    Ok(text) => {
                        let doc = Document::with_layout(i.source.id(), text, &self.layout);
                        f(&i.source.name(), doc)?
                    }
                    Err(e) => self.bad_file(&e),
                },
                Format::Jsonl => {
                    let name = i.source.name();
                    let mut bad_lines = 0;
                    let read =
                        jsonl::for_each(&i.source, &fields, &self.layout, |line, doc| match doc {
                            Ok(doc) if doc.text.len() > MAX_BYTES => {
                                say!(
                                    "attrib: error: {}",
                                    input::too_long(format!("{name}:{line}"))
                                );
                                bad_lines += 1;
                                Ok(())
                            }
                            Ok(doc) => f(&format!("{name}:{line}"), doc),
                            Err(e) => {
                                say!("attrib: error: {e}");
                                bad_lines += 1;
                                Ok(())
                            }
                        })?;
                    self.bad_lines += bad_lines;
                    if let Err(e) = read {
                        self.bad_file(&e);
                    }
                }
            }
        }
        Ok(())
    }

    /// Whether the run is clean: nothing was bad, or bad inputs were to be
    /// skipped (then a summary goes to stderr).
    pub fn finish(&self) -> bool {
        let bad = self.bad_files + self.bad_lines;
        if bad > 0 && self.skip_bad {
            say!(
                "attrib: skipped {} ({}, {}); everything else was processed",
                plural(bad, "bad input"),
                plural(self.bad_files, "file"),
                plural(self.bad_lines, "JSONL line")
            );
        }
        bad == 0 || self.skip_bad
    }
}
