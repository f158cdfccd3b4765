//! `attrib audit`: how well each document's statements are sourced.
//!
//! Per document and in total: quotations, scare quotes, claims and
//! statements, cited and not (the words of [`super::counts`]), citation
//! entries per outlet and statements citing each outlet, statements by
//! speaker, malformed entries and unknown outlets with their location,
//! cross-references, and the uncited statements with their location.

use super::counts::{is_statement, Counts, Statements, UNNAMED};
use super::extract::all_records;
use super::visible::visible;
use crate::attribute::{Kind, SpeakerKind};
use crate::citations::{BlockKind, Entry};
use crate::document::Document;
use crate::extract::Extraction;
use crate::span::Span;
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::{self, Write};

/// The first line of the text report: what its numbers count.
const LEGEND: &str = "counts: quotations are direct and partial, scare quotes are apart; \
statements are quotations and claims, cited when a citation entry covers them";

/// The speaker kind a claim with no speaker is counted under.
const UNSOURCED: &str = "unsourced";

/// Speakers listed per document and in total.
const TOP_SPEAKERS: usize = 5;

pub use super::location::{Location, Locator};

/// One finding with its place: an uncited statement, a malformed entry,
/// an unknown outlet or a cross-reference.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub id: String,
    #[serde(flatten)]
    pub at: Location,
}

/// The audit of one document (and, summed, of all of them). The JSON keys
/// say what each number counts (see [`super::counts`]).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    pub doc: String,
    /// `quotations` (direct and partial), `scare_quotes`, `claims`, and
    /// the cited quotations and claims.
    #[serde(flatten)]
    pub counts: Counts,
    /// Quotations and claims.
    pub statements: usize,
    pub statements_cited: usize,
    /// Citation entries per normalized outlet (as written when unknown;
    /// `(unnamed)` for a missing name).
    pub citation_entries_by_outlet: BTreeMap<String, usize>,
    /// Statements covered by an entry of each outlet, once per statement.
    pub statements_by_outlet: BTreeMap<String, usize>,
    /// Statements per speaker, most first, the first few.
    pub statements_by_speaker: Vec<(String, usize)>,
    /// Claims by the kind of their speaker (`person`, `organization`,
    /// `group`, `anonymous`, `unknown`), and `unsourced` for those with none
    /// (`it has been reported that …`): where a sourcing audit starts.
    pub claims_by_speaker_kind: BTreeMap<String, usize>,
    pub malformed: Vec<Finding>,
    pub unknown_outlets: Vec<Finding>,
    pub cross_references: Vec<Finding>,
    pub uncited: Vec<Finding>,
    /// Statements whose speaker is an anonymous source.
    pub anonymous: Vec<Finding>,
    /// Statements with no speaker at all.
    pub unsourced: Vec<Finding>,
    /// Every speaker and outlet count, for the total.
    #[serde(skip)]
    tally: Statements,
}

impl Report {
    /// The audit of one document; `file` names it in locations.
    pub fn of(file: &str, doc: &Document, ex: &Extraction) -> Report {
        let text = &doc.text;
        let locator = Locator::new(file, text);
        let at = |s: Span| locator.at(s);
        let mut r = Report {
            doc: doc.id.clone(),
            ..Report::default()
        };
        for rec in all_records(doc, ex) {
            r.tally.add(&rec);
            let finding = || Finding {
                id: rec.id.clone(),
                at: at(Span::new(rec.offsets.start, rec.offsets.end)),
            };
            if !is_statement(&rec) {
                continue;
            }
            if rec.citations.is_empty() {
                r.uncited.push(finding());
            }
            let kind = rec.speaker.as_ref().map(|s| s.kind);
            if rec.kind == Kind::Claim {
                let key = kind.map_or(UNSOURCED, |k| k.name());
                *r.claims_by_speaker_kind.entry(key.to_string()).or_default() += 1;
            }
            match kind {
                None => r.unsourced.push(finding()),
                Some(SpeakerKind::Anonymous) => r.anonymous.push(finding()),
                Some(_) => {}
            }
        }
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
                    (None, None) => UNNAMED.to_string(),
                };
                *r.citation_entries_by_outlet.entry(outlet).or_default() += 1;
                if e.malformed {
                    r.malformed.push(Finding {
                        id: id.clone(),
                        at: at(gap(text, e, b.span)),
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
        r.seal();
        r
    }

    /// Fills in what follows from the tally.
    fn seal(&mut self) {
        self.counts = self.tally.counts;
        self.statements = self.counts.statements();
        self.statements_cited = self.counts.statements_cited();
        self.statements_by_outlet = self.tally.by_outlet.by_name();
        self.statements_by_speaker = self.tally.by_speaker.top(TOP_SPEAKERS);
    }

    /// Adds another document's counts (findings stay per document).
    fn add(&mut self, o: &Report) {
        self.tally.merge(&o.tally);
        for (k, v) in &o.claims_by_speaker_kind {
            *self.claims_by_speaker_kind.entry(k.clone()).or_default() += v;
        }
        for (k, v) in &o.citation_entries_by_outlet {
            *self
                .citation_entries_by_outlet
                .entry(k.clone())
                .or_default() += v;
        }
    }
}

/// Where a malformed entry stands: from the separator before the gap its
/// name left to the end of its date (`;, November 18`), so that two
/// nameless entries of one block are two places, not the block twice.
fn gap(text: &str, e: &Entry, block: Span) -> Span {
    let end = e.date.map_or(block.end, |d| d.end).max(e.span.end);
    let before = text[..e.span.start].ends_with([',', ';']);
    Span::new(e.span.start - usize::from(before), end)
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
        for r in &self.documents {
            total.add(r);
        }
        total.seal();
        total.malformed = self.all(|r| &r.malformed);
        total.unknown_outlets = self.all(|r| &r.unknown_outlets);
        total.cross_references = self.all(|r| &r.cross_references);
        total.uncited = self.all(|r| &r.uncited);
        total.anonymous = self.all(|r| &r.anonymous);
        total.unsourced = self.all(|r| &r.unsourced);
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
        writeln!(w, "{LEGEND}\n")?;
        for r in &self.documents {
            write_report(w, r, false)?;
        }
        write_report(w, &self.total, true)
    }
}

fn write_report(w: &mut impl Write, r: &Report, total: bool) -> io::Result<()> {
    let c = &r.counts;
    writeln!(w, "== {}", visible(&r.doc))?;
    let cited = |n: usize, of: usize| format!("{n} cited, {} uncited", of - n);
    writeln!(
        w,
        "quotations:   {} ({})",
        c.quotations,
        cited(c.quotations_cited, c.quotations)
    )?;
    writeln!(w, "scare quotes: {}", c.scare_quotes)?;
    writeln!(
        w,
        "claims:       {} ({})",
        c.claims,
        cited(c.claims_cited, c.claims)
    )?;
    writeln!(
        w,
        "statements:   {} ({})",
        r.statements,
        cited(r.statements_cited, r.statements)
    )?;
    let named = |m: &BTreeMap<String, usize>| -> String {
        let list: Vec<String> = m
            .iter()
            .map(|(k, v)| format!("{} {v}", visible(k)))
            .collect();
        list.join(", ")
    };
    if !r.citation_entries_by_outlet.is_empty() {
        let list = named(&r.citation_entries_by_outlet);
        writeln!(w, "citation entries by outlet: {list}")?;
    }
    if !r.statements_by_outlet.is_empty() {
        let list = named(&r.statements_by_outlet);
        writeln!(w, "statements citing each outlet: {list}")?;
    }
    if !r.statements_by_speaker.is_empty() {
        let list: Vec<String> = r
            .statements_by_speaker
            .iter()
            .map(|(k, v)| format!("{} ({v})", visible(k)))
            .collect();
        writeln!(
            w,
            "statements by speaker, top {TOP_SPEAKERS}: {}",
            list.join(", ")
        )?;
    }
    if !r.claims_by_speaker_kind.is_empty() {
        let list = named(&r.claims_by_speaker_kind);
        writeln!(w, "claims by speaker kind: {list}")?;
    }
    let sections: [(&str, &Vec<Finding>); 6] = [
        ("malformed citation entries", &r.malformed),
        ("unknown outlets", &r.unknown_outlets),
        ("cross-references", &r.cross_references),
        ("uncited statements", &r.uncited),
        ("anonymous statements", &r.anonymous),
        ("unsourced statements", &r.unsourced),
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
                    visible(&f.at.file),
                    f.at.line,
                    f.at.col,
                    f.id,
                    visible(&f.at.excerpt)
                )?;
            }
        }
    }
    writeln!(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(speakers: &[(&str, usize)]) -> Report {
        let mut r = Report::default();
        for (name, n) in speakers {
            r.tally.by_speaker.add(name, *n);
        }
        r.seal();
        r
    }

    #[test]
    fn the_total_ranks_speakers_over_all_their_statements() {
        // F is sixth in each document, so in neither's top five, but first
        // over both
        let mut audit = Audit::default();
        audit.push(report(&[
            ("A", 3),
            ("B", 3),
            ("C", 3),
            ("D", 3),
            ("E", 3),
            ("F", 2),
        ]));
        audit.push(report(&[
            ("G", 3),
            ("H", 3),
            ("I", 3),
            ("J", 3),
            ("K", 3),
            ("F", 2),
        ]));
        audit.finish();
        assert_eq!(audit.total.statements_by_speaker[0], ("F".to_string(), 4));
    }
}
