//! `attrib audit`: how well each document's statements are sourced.
//!
//! Per document and in total: quotations and claims with and without a
//! citation, citation entries per outlet, malformed entries and unknown
//! outlets with their location, cross-references, the most quoted
//! speakers, and the uncited statements with their location.

use crate::attribute::{Attribution, Kind};
use crate::citations::BlockKind;
use crate::document::Document;
use crate::extract::Extraction;
use crate::span::Span;
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::{self, Write};

/// Longest excerpt shown beside a location, in characters.
/// Speakers listed per document and in total.
const TOP_SPEAKERS: usize = 5;

pub use super::location::{location, Location};

/// One finding with its place: an uncited statement, a malformed entry,
/// an unknown outlet or a cross-reference.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub id: String,
    #[serde(flatten)]
    pub at: Location,
}

/// The audit of one document (and, summed, of all of them).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    pub doc: String,
    pub quotations: usize,
    pub quotations_cited: usize,
    pub claims: usize,
    pub claims_cited: usize,
    /// Citation entries per normalized outlet (as written when unknown;
    /// `(unnamed)` for a missing name).
    pub outlets: BTreeMap<String, usize>,
    pub malformed: Vec<Finding>,
    pub unknown_outlets: Vec<Finding>,
    pub cross_references: Vec<Finding>,
    /// Statements (quotations and claims) per speaker, most first.
    pub speakers: Vec<(String, usize)>,
    pub uncited: Vec<Finding>,
}

impl Report {
    /// The audit of one document; `file` names it in locations.
    pub fn of(file: &str, doc: &Document, ex: &Extraction) -> Report {
        let text = &doc.text;
        let at = |s: Span| location(file, text, s);
        let mut r = Report {
            doc: doc.id.clone(),
            ..Report::default()
        };
        let statements = ex
            .quotations
            .iter()
            .zip(&ex.links)
            .enumerate()
            .map(|(i, (a, l))| (format!("q{}", i + 1), a, !l.is_empty()))
            .chain(
                ex.claims
                    .iter()
                    .zip(&ex.claim_links)
                    .enumerate()
                    .map(|(i, (a, l))| (format!("k{}", i + 1), a, !l.is_empty())),
            )
            .filter(|(_, a, _)| a.kind != Kind::Scare);
        let mut speakers: BTreeMap<String, usize> = BTreeMap::new();
        for (id, a, cited) in statements {
            let claim = a.kind == Kind::Claim;
            match (claim, cited) {
                (false, c) => {
                    r.quotations += 1;
                    r.quotations_cited += usize::from(c);
                }
                (true, c) => {
                    r.claims += 1;
                    r.claims_cited += usize::from(c);
                }
            }
            if let Some(name) = speaker_name(text, a) {
                *speakers.entry(name).or_default() += 1;
            }
            if !cited {
                r.uncited.push(Finding {
                    id,
                    at: at(a.span()),
                });
            }
        }
        r.speakers = top(speakers, TOP_SPEAKERS);
        for (bi, b) in ex.citations.iter().enumerate() {
            let id = format!("c{}", bi + 1);
            if b.kind == BlockKind::CrossReference {
                r.cross_references.push(Finding { id, at: at(b.span) });
                continue;
            }
            for e in &b.entries {
                let outlet = match (&e.outlet, e.source) {
                    (Some(o), _) => o.clone(),
                    (None, Some(s)) => s.slice(text).to_string(),
                    (None, None) => "(unnamed)".to_string(),
                };
                *r.outlets.entry(outlet).or_default() += 1;
                if e.malformed {
                    r.malformed.push(Finding {
                        id: id.clone(),
                        at: at(b.span),
                    });
                }
                if e.unknown_outlet {
                    r.unknown_outlets.push(Finding {
                        id: id.clone(),
                        at: at(e.span),
                    });
                }
            }
        }
        r
    }

    /// Adds another document's counts (findings stay per document).
    fn add(&mut self, o: &Report, speakers: &mut BTreeMap<String, usize>) {
        self.quotations += o.quotations;
        self.quotations_cited += o.quotations_cited;
        self.claims += o.claims;
        self.claims_cited += o.claims_cited;
        for (k, v) in &o.outlets {
            *self.outlets.entry(k.clone()).or_default() += v;
        }
        for (k, v) in &o.speakers {
            *speakers.entry(k.clone()).or_default() += v;
        }
    }
}

fn speaker_name(text: &str, a: &Attribution) -> Option<String> {
    let s = a.speaker.as_ref()?;
    Some(
        s.name
            .clone()
            .unwrap_or_else(|| s.mention.slice(text).to_string()),
    )
}

fn top(counts: BTreeMap<String, usize>, n: usize) -> Vec<(String, usize)> {
    let mut v: Vec<(String, usize)> = counts.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v.truncate(n);
    v
}

/// What `--fail-on` may name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gate {
    Uncited,
    Malformed,
    UnknownOutlet,
}

/// Every document's report and their total.
#[derive(Debug, Default, Serialize)]
pub struct Audit {
    pub documents: Vec<Report>,
    pub total: Report,
}

impl Audit {
    pub fn push(&mut self, r: Report) {
        self.documents.push(r);
    }

    /// Sums the documents into the total.
    pub fn finish(&mut self) {
        let mut total = Report {
            doc: "(total)".to_string(),
            ..Report::default()
        };
        let mut speakers = BTreeMap::new();
        for r in &self.documents {
            total.add(r, &mut speakers);
        }
        total.speakers = top(speakers, TOP_SPEAKERS);
        total.malformed = self.all(|r| &r.malformed);
        total.unknown_outlets = self.all(|r| &r.unknown_outlets);
        total.cross_references = self.all(|r| &r.cross_references);
        total.uncited = self.all(|r| &r.uncited);
        self.total = total;
    }

    /// One kind of finding from every document, in order.
    fn all(&self, pick: impl Fn(&Report) -> &Vec<Finding>) -> Vec<Finding> {
        self.documents
            .iter()
            .flat_map(|r| pick(r).clone())
            .collect()
    }

    /// Whether a gate condition holds over all documents.
    pub fn fails(&self, gate: Gate) -> bool {
        match gate {
            Gate::Uncited => !self.total.uncited.is_empty(),
            Gate::Malformed => !self.total.malformed.is_empty(),
            Gate::UnknownOutlet => !self.total.unknown_outlets.is_empty(),
        }
    }

    pub fn write_json(&self, w: &mut impl Write) -> io::Result<()> {
        serde_json::to_writer(&mut *w, self)?;
        writeln!(w)
    }

    /// A report for people: a block per document, then the total.
    pub fn write_text(&self, w: &mut impl Write) -> io::Result<()> {
        for r in &self.documents {
            write_report(w, r, false)?;
        }
        write_report(w, &self.total, true)
    }
}

fn write_report(w: &mut impl Write, r: &Report, total: bool) -> io::Result<()> {
    writeln!(w, "== {}", r.doc)?;
    writeln!(
        w,
        "quotations: {} ({} cited, {} uncited)",
        r.quotations,
        r.quotations_cited,
        r.quotations - r.quotations_cited
    )?;
    writeln!(
        w,
        "claims:     {} ({} cited, {} uncited)",
        r.claims,
        r.claims_cited,
        r.claims - r.claims_cited
    )?;
    if !r.outlets.is_empty() {
        let list: Vec<String> = r.outlets.iter().map(|(k, v)| format!("{k} {v}")).collect();
        writeln!(w, "citation entries by outlet: {}", list.join(", "))?;
    }
    if !r.speakers.is_empty() {
        let list: Vec<String> = r
            .speakers
            .iter()
            .map(|(k, v)| format!("{k} ({v})"))
            .collect();
        writeln!(w, "most quoted: {}", list.join(", "))?;
    }
    let sections: [(&str, &Vec<Finding>); 4] = [
        ("malformed citation entries", &r.malformed),
        ("unknown outlets", &r.unknown_outlets),
        ("cross-references", &r.cross_references),
        ("uncited statements", &r.uncited),
    ];
    for (title, list) in sections {
        // the total repeats only the counts; the places are listed per document
        if list.is_empty() {
            continue;
        }
        writeln!(w, "{title}: {}", list.len())?;
        if !total {
            for f in list {
                writeln!(
                    w,
                    "  {}:{}:{} {} {}",
                    f.at.file, f.at.line, f.at.col, f.id, f.at.excerpt
                )?;
            }
        }
    }
    writeln!(w)
}
