//! What the outputs count, in one vocabulary, so that the audit report,
//! the table's header and the HTML page's panel give the same numbers for
//! the same words (the README defines them in the audit section):
//!
//! - **quotations**: records of kind `direct` or `partial`;
//! - **scare quotes**: records of kind `scare`, counted apart: a quoted
//!   term reports no speech, has no speaker and is never cited;
//! - **claims**: records of kind `claim`;
//! - **statements**: quotations and claims;
//! - a statement is **cited** when some citation entry covers it;
//! - **citation entries** of an outlet: entries in the text that name it;
//! - **statements citing an outlet**: statements covered by at least one
//!   entry naming it, each counted once however many entries do.

use super::extract::{EntryName, Record};
use crate::attribute::Kind;
use crate::Extraction;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// What a statement with no speaker is filed under.
pub const NO_SPEAKER: &str = "(no speaker)";
/// What a citation entry that lost its outlet's name is filed under.
pub const UNNAMED: &str = "(unnamed)";

/// Records by kind, and how many statements are cited.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Counts {
    pub quotations: usize,
    pub quotations_cited: usize,
    pub scare_quotes: usize,
    pub claims: usize,
    pub claims_cited: usize,
}

impl Counts {
    pub fn add_record(&mut self, r: &Record) {
        self.add_kind(r.kind, !r.citations.is_empty());
    }

    /// The counts of one extraction, read from its attributions and links
    /// (no record built: the table counts before it writes).
    pub fn of(ex: &Extraction) -> Counts {
        let mut c = Counts::default();
        for (list, links) in [(&ex.quotations, &ex.links), (&ex.claims, &ex.claim_links)] {
            for (i, a) in list.iter().enumerate() {
                // (cited as a record is: a linked block with an entry)
                let cited = links
                    .get(i)
                    .is_some_and(|ls| ls.iter().any(|l| !ex.citations[l.block].entries.is_empty()));
                c.add_kind(a.kind, cited);
            }
        }
        c
    }

    fn add_kind(&mut self, kind: Kind, cited: bool) {
        let cited = usize::from(cited);
        match kind {
            Kind::Scare => self.scare_quotes += 1,
            Kind::Claim => {
                self.claims += 1;
                self.claims_cited += cited;
            }
            Kind::Direct | Kind::Partial => {
                self.quotations += 1;
                self.quotations_cited += cited;
            }
        }
    }

    pub fn add(&mut self, o: &Counts) {
        self.quotations += o.quotations;
        self.quotations_cited += o.quotations_cited;
        self.scare_quotes += o.scare_quotes;
        self.claims += o.claims;
        self.claims_cited += o.claims_cited;
    }

    pub fn statements(&self) -> usize {
        self.quotations + self.claims
    }

    pub fn statements_cited(&self) -> usize {
        self.quotations_cited + self.claims_cited
    }

    /// `7 quotations, 1 scare quote, 8 claims` (claims left out when they
    /// were not looked for).
    pub fn summary(&self, claims: bool) -> String {
        let mut s = format!(
            "{}, {}",
            plural(self.quotations, "quotation"),
            plural(self.scare_quotes, "scare quote")
        );
        if claims {
            s.push_str(", ");
            s.push_str(&plural(self.claims, "claim"));
        }
        s
    }
}

pub fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// Whether a record is a statement (a quotation or a claim), not a scare
/// quote.
pub fn is_statement(r: &Record) -> bool {
    r.kind != Kind::Scare
}

/// The name a statement is counted under by speaker (the canonical name,
/// else the mention, else [`NO_SPEAKER`]); none for a scare quote, which
/// is no statement.
pub fn speaker_key<'a>(r: &Record<'a>) -> Option<&'a str> {
    if !is_statement(r) {
        return None;
    }
    Some(
        r.speaker
            .as_ref()
            .map_or(NO_SPEAKER, |s| s.name.unwrap_or(s.mention)),
    )
}

/// A citation entry's outlet: normalized, else as written, else [`UNNAMED`].
pub fn outlet_name<'a>(e: &EntryName<'a>) -> &'a str {
    e.outlet.or(e.source).unwrap_or(UNNAMED)
}

/// The outlets a record cites, each once, in the order of its entries.
pub fn outlets_cited<'a>(r: &Record<'a>) -> Vec<&'a str> {
    let mut names: Vec<&str> = Vec::new();
    for c in &r.citations {
        let o = outlet_name(&c.entry);
        if !names.contains(&o) {
            names.push(o);
        }
    }
    names
}

/// Names with counts, in order of first appearance (the HTML page gives
/// each speaker its color by that order).
#[derive(Debug, Clone, Default)]
pub struct Tally {
    list: Vec<(String, usize)>,
    index: HashMap<String, usize>,
}

impl Tally {
    pub fn add(&mut self, key: &str, n: usize) {
        match self.index.get(key) {
            Some(&i) => self.list[i].1 += n,
            None => {
                self.index.insert(key.to_string(), self.list.len());
                self.list.push((key.to_string(), n));
            }
        }
    }

    pub fn merge(&mut self, o: &Tally) {
        for (k, n) in &o.list {
            self.add(k, *n);
        }
    }

    /// Where a name first appeared among the others.
    pub fn position(&self, key: &str) -> Option<usize> {
        self.index.get(key).copied()
    }

    /// Most first, then by name; at most `n`.
    pub fn top(&self, n: usize) -> Vec<(String, usize)> {
        let mut v = self.list.clone();
        v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        v.truncate(n);
        v
    }

    pub fn by_name(&self) -> BTreeMap<String, usize> {
        self.list.iter().cloned().collect()
    }
}

/// The counts of some records: by kind, statements by speaker and
/// statements citing each outlet.
#[derive(Debug, Clone, Default)]
pub struct Statements {
    pub counts: Counts,
    pub by_speaker: Tally,
    pub by_outlet: Tally,
}

impl Statements {
    /// Counts one record; gives the speaker key and the outlets it was
    /// counted under (for the HTML page's filters).
    pub fn add<'a>(&mut self, r: &Record<'a>) -> (Option<&'a str>, Vec<&'a str>) {
        self.counts.add_record(r);
        let key = speaker_key(r);
        if let Some(k) = key {
            self.by_speaker.add(k, 1);
        }
        let outlets = outlets_cited(r);
        for o in &outlets {
            self.by_outlet.add(o, 1);
        }
        (key, outlets)
    }

    pub fn merge(&mut self, o: &Statements) {
        self.counts.add(&o.counts);
        self.by_speaker.merge(&o.by_speaker);
        self.by_outlet.merge(&o.by_outlet);
    }
}
