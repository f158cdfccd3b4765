//! `attrib eval`: attrib's records scored against a gold file of records
//! in the same format, for people who edit rules and want to know what a
//! change did.
//!
//! Quotations (direct, partial and scare) and claims are scored apart,
//! each by exact span and by overlap (sharing at least half of the longer
//! span, paired one to one). A speaker counts when its statement is paired
//! by overlap and the names agree ([`matching::same_speaker`]); a citation
//! counts when its statement is paired and the gold statement cites the
//! same outlet.

pub mod matching;
pub mod report;
pub mod statement;

pub use report::{Drop, Finding, Metric, Report, RuleScore};
pub use statement::{read_gold, GoldError, Statement};

use crate::output::location::Locator;
use std::collections::{BTreeMap, HashMap};

/// What eval needs of an input document: its id, where it was read from
/// (for `file:line` in findings) and its text.
pub struct Doc<'a> {
    pub id: &'a str,
    pub file: &'a str,
    pub text: &'a str,
}

/// Scores `system` against `gold` over the documents `docs`; gold
/// statements of other documents are left out (and counted). The per-rule
/// table lists every built-in rule and every rule of `added` (users'
/// constructions), those that never fired too.
pub fn evaluate(
    docs: &[Doc],
    gold: &[Statement],
    system: &[Statement],
    added: &[crate::rule::RuleId],
) -> Report {
    let index: HashMap<&str, usize> = docs.iter().enumerate().map(|(i, d)| (d.id, i)).collect();
    let mut gold_by: Vec<Vec<&Statement>> = vec![Vec::new(); docs.len()];
    let mut sys_by: Vec<Vec<&Statement>> = vec![Vec::new(); docs.len()];
    let mut unscored = 0;
    for g in gold {
        match index.get(g.doc.as_str()) {
            Some(&d) => gold_by[d].push(g),
            None => unscored += 1,
        }
    }
    for s in system {
        if let Some(&d) = index.get(s.doc.as_str()) {
            sys_by[d].push(s);
        }
    }
    let mut tally = Tally::default();
    for (d, doc) in docs.iter().enumerate() {
        // every finding of the document placed from one index of its lines
        let at = Locator::new(doc.file, doc.text);
        for claims in [false, true] {
            let g: Vec<&Statement> = gold_by[d]
                .iter()
                .copied()
                .filter(|s| s.is_claim() == claims)
                .collect();
            let s: Vec<&Statement> = sys_by[d]
                .iter()
                .copied()
                .filter(|s| s.is_claim() == claims)
                .collect();
            tally.add(&at, claims, &s, &g);
        }
    }
    tally.report(
        docs.len(),
        gold.len() - unscored,
        unscored,
        sys_by.iter().map(Vec::len).sum(),
        added,
    )
}

#[derive(Default)]
struct Tally {
    /// tp, system, gold for each metric, by name
    counts: BTreeMap<&'static str, [usize; 3]>,
    /// fired, correct for each rule
    rules: BTreeMap<String, [usize; 2]>,
    missed: Vec<Finding>,
    false_positives: Vec<Finding>,
    wrong_speaker: Vec<Finding>,
}

impl Tally {
    fn count(&mut self, name: &'static str, tp: usize, system: usize, gold: usize) {
        let c = self.counts.entry(name).or_default();
        c[0] += tp;
        c[1] += system;
        c[2] += gold;
    }

    fn add(&mut self, at: &Locator, claims: bool, sys: &[&Statement], gold: &[&Statement]) {
        let (exact, overlap) = if claims {
            ("claims_exact", "claims_overlap")
        } else {
            ("quotations_exact", "quotations_overlap")
        };
        self.count(
            exact,
            matching::exact(sys, gold).len(),
            sys.len(),
            gold.len(),
        );
        let pairs = matching::overlapping(sys, gold);
        self.count(overlap, pairs.len(), sys.len(), gold.len());

        let mut gold_of = vec![None; sys.len()];
        let mut paired_gold = vec![false; gold.len()];
        for &(s, g) in &pairs {
            gold_of[s] = Some(g);
            paired_gold[g] = true;
        }
        let with_speaker = |v: &[&Statement]| v.iter().filter(|s| s.speaker.is_some()).count();
        let mut speakers_right = 0;
        let (mut cited_right, mut cited_sys, mut cited_gold) = (0, 0, 0);
        for (i, s) in sys.iter().enumerate() {
            cited_sys += s.outlets.len();
            let right = match gold_of[i] {
                Some(g) => {
                    let g = gold[g];
                    let same = matching::same_speaker(s.speaker.as_deref(), g.speaker.as_deref());
                    if same && s.speaker.is_some() {
                        speakers_right += 1;
                    } else if !same {
                        self.wrong_speaker
                            .push(Finding::new(at, g, s.speaker.clone()));
                    }
                    let keys: Vec<String> =
                        g.outlets.iter().map(|o| matching::outlet_key(o)).collect();
                    let mut used = vec![false; keys.len()];
                    for o in &s.outlets {
                        let k = matching::outlet_key(o);
                        if let Some(j) = (0..keys.len()).find(|&j| !used[j] && keys[j] == k) {
                            used[j] = true;
                            cited_right += 1;
                        }
                    }
                    same
                }
                None => {
                    self.false_positives.push(Finding::new(at, s, None));
                    false
                }
            };
            let rule = s.rule.clone().unwrap_or_default();
            let r = self.rules.entry(rule).or_default();
            r[0] += 1;
            r[1] += usize::from(right);
        }
        for (g, paired) in gold.iter().zip(&paired_gold) {
            cited_gold += g.outlets.len();
            if !paired {
                self.missed.push(Finding::new(at, g, None));
            }
        }
        // speakers of quotations and claims together
        self.count(
            "speakers",
            speakers_right,
            with_speaker(sys),
            with_speaker(gold),
        );
        self.count("citations", cited_right, cited_sys, cited_gold);
    }

    fn report(
        self,
        documents: usize,
        gold: usize,
        unscored: usize,
        system: usize,
        added: &[crate::rule::RuleId],
    ) -> Report {
        let order = [
            "quotations_exact",
            "quotations_overlap",
            "speakers",
            "claims_exact",
            "claims_overlap",
            "citations",
        ];
        let metrics = order
            .iter()
            .map(|&name| {
                let [tp, s, g] = self.counts.get(name).copied().unwrap_or_default();
                Metric::new(name, tp, s, g)
            })
            .collect();
        // every rule, those that never fired too (a rule that stopped
        // firing is news)
        let mut counts = self.rules;
        for r in crate::rule::RuleId::ALL.iter().chain(added) {
            counts.entry(r.name().to_string()).or_default();
        }
        let mut rules: Vec<RuleScore> = counts
            .into_iter()
            .map(|(rule, [fired, correct])| RuleScore {
                precision: (fired > 0).then(|| report::ratio(correct, fired, 1.0)),
                rule,
                fired,
                correct,
            })
            .collect();
        rules.sort_by(|a, b| b.fired.cmp(&a.fired).then(a.rule.cmp(&b.rule)));
        Report {
            documents,
            gold_records: gold,
            gold_unscored: unscored,
            system_records: system,
            metrics,
            rules,
            missed: self.missed,
            false_positives: self.false_positives,
            wrong_speaker: self.wrong_speaker,
        }
    }
}
