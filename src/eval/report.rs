//! The eval report: scores, the per-rule breakdown, findings with
//! `file:line`, written for people or as JSON, and compared with a saved
//! baseline.

use super::statement::Statement;
use crate::output::location::Locator;
use crate::output::visible::visible;
use crate::span::Span;
use serde::{Deserialize, Serialize};
use std::io::{self, Write};

/// Precision, recall and F1 of one measure.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Metric {
    pub name: String,
    pub tp: usize,
    pub system: usize,
    pub gold: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

/// `a / b`, or `empty` when there is nothing to divide: nothing found of
/// nothing to find is a perfect score, not an undefined one.
pub fn ratio(a: usize, b: usize, empty: f64) -> f64 {
    if b == 0 {
        empty
    } else {
        round(a as f64 / b as f64)
    }
}

fn round(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

impl Metric {
    pub fn new(name: &str, tp: usize, system: usize, gold: usize) -> Metric {
        let precision = ratio(tp, system, if gold == 0 { 1.0 } else { 0.0 });
        let recall = ratio(tp, gold, if system == 0 { 1.0 } else { 0.0 });
        let f1 = if precision + recall == 0.0 {
            0.0
        } else {
            round(2.0 * precision * recall / (precision + recall))
        };
        Metric {
            name: name.to_string(),
            tp,
            system,
            gold,
            precision,
            recall,
            f1,
        }
    }
}

/// How often a rule fired and how often it was right: its statement
/// paired with a gold one by overlap, with the same speaker.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RuleScore {
    pub rule: String,
    pub fired: usize,
    pub correct: usize,
    /// `None` (null) for a rule that never fired.
    pub precision: Option<f64>,
}

/// A statement eval reports: a miss, a false positive, or a wrong speaker
/// (the gold statement, with attrib's speaker as `attrib_speaker`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Finding {
    pub doc: String,
    pub file: String,
    pub line: usize,
    pub kind: String,
    pub char_start: usize,
    pub char_end: usize,
    pub speaker: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attrib_speaker: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gold_line: Option<usize>,
    pub excerpt: String,
}

impl Finding {
    /// The finding of statement `s`, placed by `at` (its document's).
    pub fn new(at: &Locator, s: &Statement, attrib_speaker: Option<String>) -> Finding {
        let start = at.byte_offset(s.char_start);
        let end = at.byte_offset(s.char_end.max(s.char_start));
        let at = at.at(Span::new(start, end));
        Finding {
            doc: s.doc.clone(),
            file: at.file,
            line: at.line,
            kind: s.kind.clone(),
            char_start: s.char_start,
            char_end: s.char_end,
            speaker: s.speaker.clone(),
            attrib_speaker,
            rule: s.rule.clone(),
            gold_line: s.line,
            excerpt: at.excerpt,
        }
    }
}

/// Everything `attrib eval` found.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Report {
    pub documents: usize,
    pub gold_records: usize,
    /// Gold records of documents that were not among the inputs.
    pub gold_unscored: usize,
    pub system_records: usize,
    pub metrics: Vec<Metric>,
    pub rules: Vec<RuleScore>,
    pub missed: Vec<Finding>,
    pub false_positives: Vec<Finding>,
    pub wrong_speaker: Vec<Finding>,
}

/// A measure whose F1 fell by more than the tolerance.
#[derive(Debug, Clone, PartialEq)]
pub struct Drop {
    pub name: String,
    pub baseline: f64,
    pub now: f64,
}

impl Report {
    pub fn metric(&self, name: &str) -> Option<&Metric> {
        self.metrics.iter().find(|m| m.name == name)
    }

    /// The measures whose F1 is lower than in `baseline` by more than
    /// `tolerance`; measures the baseline lacks are not compared.
    pub fn drops(&self, baseline: &Report, tolerance: f64) -> Vec<Drop> {
        self.metrics
            .iter()
            .filter_map(|m| {
                let b = baseline.metric(&m.name)?;
                // a hair of slack so that rounding never fails a gate
                (b.f1 - m.f1 > tolerance + 1e-9).then(|| Drop {
                    name: m.name.clone(),
                    baseline: b.f1,
                    now: m.f1,
                })
            })
            .collect()
    }

    pub fn write_json(&self, w: &mut impl Write) -> io::Result<()> {
        serde_json::to_writer_pretty(&mut *w, self)?;
        writeln!(w)
    }

    pub fn write_text(&self, w: &mut impl Write, baseline: Option<&Report>) -> io::Result<()> {
        writeln!(
            w,
            "{} documents, {} gold records, {} attrib records",
            self.documents, self.gold_records, self.system_records
        )?;
        if self.gold_unscored > 0 {
            writeln!(
                w,
                "({} gold records of documents not among the inputs left out)",
                self.gold_unscored
            )?;
        }
        writeln!(w)?;
        let then = if baseline.is_some() {
            "  baseline F1"
        } else {
            ""
        };
        writeln!(
            w,
            "{:<20} {:>9} {:>6} {:>6} {:>6} {:>6} {:>6}{then}",
            "measure", "precision", "recall", "F1", "tp", "attrib", "gold"
        )?;
        for m in &self.metrics {
            write!(
                w,
                "{:<20} {:>9.3} {:>6.3} {:>6.3} {:>6} {:>6} {:>6}",
                m.name, m.precision, m.recall, m.f1, m.tp, m.system, m.gold
            )?;
            match baseline.and_then(|b| b.metric(&m.name)) {
                Some(b) => writeln!(w, "  {:>11.3}", b.f1)?,
                None => writeln!(w)?,
            }
        }
        writeln!(
            w,
            "\n{:<36} {:>6} {:>8} {:>9}",
            "rule", "fired", "correct", "precision"
        )?;
        for r in &self.rules {
            let precision = r.precision.map_or("-".to_string(), |p| format!("{p:.3}"));
            writeln!(
                w,
                "{:<36} {:>6} {:>8} {:>9}",
                r.rule, r.fired, r.correct, precision
            )?;
        }
        write_findings(w, "missed", &self.missed)?;
        write_findings(w, "false positives", &self.false_positives)?;
        write_findings(w, "wrong speaker", &self.wrong_speaker)
    }
}

fn write_findings(w: &mut impl Write, title: &str, fs: &[Finding]) -> io::Result<()> {
    writeln!(w, "\n{title} ({})", fs.len())?;
    for f in fs {
        let who = match (&f.speaker, &f.attrib_speaker) {
            (g, Some(a)) => format!("{} (attrib: {a})", g.as_deref().unwrap_or("-")),
            (g, None) => g.as_deref().unwrap_or("-").to_string(),
        };
        let who = visible(&who);
        let rule = f
            .rule
            .as_deref()
            .map_or(String::new(), |r| format!(" [{}]", visible(r)));
        writeln!(
            w,
            "  {}:{}: {} {who}{rule}: {}",
            visible(&f.file),
            f.line,
            visible(&f.kind),
            visible(&f.excerpt)
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(f1s: &[(&str, usize, usize, usize)]) -> Report {
        Report {
            documents: 1,
            gold_records: 0,
            gold_unscored: 0,
            system_records: 0,
            metrics: f1s
                .iter()
                .map(|&(n, tp, s, g)| Metric::new(n, tp, s, g))
                .collect(),
            rules: Vec::new(),
            missed: Vec::new(),
            false_positives: Vec::new(),
            wrong_speaker: Vec::new(),
        }
    }

    #[test]
    fn scores_of_empty_sets_are_defined() {
        let m = Metric::new("x", 0, 0, 0);
        assert_eq!((m.precision, m.recall, m.f1), (1.0, 1.0, 1.0));
        let m = Metric::new("x", 0, 3, 0);
        assert_eq!((m.precision, m.recall, m.f1), (0.0, 0.0, 0.0));
        let m = Metric::new("x", 0, 0, 3);
        assert_eq!((m.precision, m.recall, m.f1), (0.0, 0.0, 0.0));
        let m = Metric::new("x", 3, 4, 6);
        assert_eq!((m.precision, m.recall, m.f1), (0.75, 0.5, 0.6));
    }

    #[test]
    fn a_drop_beyond_tolerance_is_reported_and_a_smaller_one_is_not() {
        let base = report(&[("a", 90, 100, 100), ("b", 50, 100, 100)]);
        let now = report(&[("a", 90, 101, 100), ("b", 40, 100, 100), ("c", 0, 1, 1)]);
        let drops = now.drops(&base, 0.005);
        assert_eq!(
            drops,
            vec![Drop {
                name: "b".into(),
                baseline: 0.5,
                now: 0.4
            }]
        );
        assert_eq!(now.drops(&base, 0.2), Vec::new());
    }
}
