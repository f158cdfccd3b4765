//! Runs the example sentences of rule entries (read by
//! [`crate::lexicon::examples`]) through the extractor, for `attrib rules
//! check` and the test suite: above extraction and output, as it reads
//! their records.

use crate::attribute::Kind;
use crate::document::{Document, Headline, Layout};
use crate::extract::Extractor;
use crate::lexicon::examples::{clauses, Clause, Example};
use crate::output::extract::{all_records, Record};
use crate::segment;

fn holds(c: &Clause, r: &Record) -> bool {
    let sp = r.speaker.as_ref();
    match c {
        Clause::Kind(k) => format!("{:?}", r.kind).eq_ignore_ascii_case(k),
        Clause::Speaker(n) => sp.is_some_and(|s| s.name.unwrap_or(s.mention) == n),
        Clause::Mention(m) => sp.is_some_and(|s| s.mention == m),
        Clause::Role(x) => sp.and_then(|s| s.role) == Some(x.as_str()),
        Clause::SpeakerKind(k) => {
            sp.is_some_and(|s| format!("{:?}", s.kind).eq_ignore_ascii_case(k))
        }
        Clause::Cue(x) => r.cue.as_ref().is_some_and(|cue| cue.text == x),
        Clause::Outlet(o) => r
            .citations
            .iter()
            .any(|c| c.entry.outlet == Some(o.as_str())),
        Clause::Rule(x) => r.rule == x,
        Clause::Text(x) => r.text == x.as_str(),
        // (the record's share is rounded to hundredths already)
        Clause::QuotedShare(n) => (r.quoted_share * 100.0).round() >= f64::from(*n),
        Clause::NoSpeaker => sp.is_none(),
        Clause::Headline => r.headline,
        Clause::Uncited => r.citations.is_empty(),
        Clause::Nothing | Clause::Sentences(_) | Clause::CrossReference => true,
    }
}

/// A paragraph put before every example, to see that it moves each
/// offset by exactly its length and changes nothing else: one sentence,
/// with no quotation, cue, name or citation, and a character of two bytes
/// (so byte and character offsets move by different amounts).
pub const LEAD: &str = "The café by the river opened early that day.\n\n";

/// What an example gave instead of what it expects (for a counter-example,
/// the record it must not give), or `None` when it holds; and whether the
/// same text after [`LEAD`] gives the same records, moved.
pub fn check(ex: &Example, extractor: &Extractor) -> Option<String> {
    let clauses = match clauses(ex) {
        Ok(c) => c,
        Err(e) => return Some(e),
    };
    // (a counter-example of a rule that does not exist would always hold)
    for c in &clauses {
        if let Clause::Rule(x) = c {
            let known = crate::rule::RuleId::from_name(x).is_some()
                || extractor.lexicon.user_rules().any(|r| r.name() == x);
            if !known {
                return Some(format!("no rule `{x}` (built in or added by a rules file)"));
            }
        }
    }
    let doc = read(extractor, ex.text.clone());
    let found = extractor.extract(&doc);
    let recs: Vec<Record> = all_records(&doc, &found).collect();
    // (a lead before a headline makes it body text: an example that
    // opens with one is not moved)
    let headline =
        doc.metadata.headline_span.is_some() || doc.paragraphs.first().is_some_and(|p| p.headline);
    expected(ex, extractor, &clauses, &doc, &found, &recs).or_else(|| {
        (!headline)
            .then(|| moved_by_lead(ex, extractor, &recs))
            .flatten()
    })
}

/// An example's text as `extract` reads a document: the headline rule
/// knows the lexicon's reporting verbs.
fn read(extractor: &Extractor, text: String) -> Document {
    let reports = extractor.lexicon.cue_word_test();
    let layout = Layout {
        headline: Headline::Auto,
        reports: &reports,
    };
    Document::with_layout("example", text, &layout)
}

/// What the records of an example lack (or, for a counter-example, hold).
fn expected(
    ex: &Example,
    extractor: &Extractor,
    clauses: &[Clause],
    doc: &Document,
    found: &crate::extract::Extraction,
    recs: &[Record],
) -> Option<String> {
    if ex.negative {
        return recs
            .iter()
            .find(|r| clauses.iter().all(|c| holds(c, r)))
            .map(|r| {
                format!(
                    "the record it must not give: {}",
                    describe(std::slice::from_ref(r))
                )
            });
    }
    for c in clauses {
        if let Clause::Sentences(n) = c {
            let got = segment::sentences(doc, &extractor.lexicon).len();
            if got != *n {
                return Some(format!("{got} sentences, not {n}"));
            }
        }
    }
    let pointer = found
        .citations
        .iter()
        .any(|b| b.kind == crate::citations::BlockKind::CrossReference);
    if clauses.contains(&Clause::CrossReference) && !pointer {
        return Some("no cross-reference".into());
    }
    if clauses.contains(&Clause::Nothing) {
        return (!recs.is_empty()).then(|| format!("records: {}", describe(recs)));
    }
    let wanted: Vec<&Clause> = clauses.iter().filter(|c| c.is_of_a_record()).collect();
    if wanted.is_empty() || recs.iter().any(|r| wanted.iter().all(|c| holds(c, r))) {
        None
    } else {
        Some(format!("records: {}", describe(recs)))
    }
}

/// Whether the example after [`LEAD`] gives the same records with every
/// offset moved by the lead's length (bytes and characters), and every
/// paragraph and sentence index by one.
fn moved_by_lead(ex: &Example, extractor: &Extractor, recs: &[Record]) -> Option<String> {
    moved_by(LEAD, ex, extractor, recs)
}

fn moved_by(lead: &str, ex: &Example, extractor: &Extractor, recs: &[Record]) -> Option<String> {
    let doc = read(extractor, format!("{lead}{}", ex.text));
    let found = extractor.extract(&doc);
    let led: Vec<Record> = all_records(&doc, &found).collect();
    let mut led = serde_json::to_value(&led).ok()?;
    unshift(&mut led, lead.len() as u64, lead.chars().count() as u64);
    let plain = serde_json::to_value(recs).ok()?;
    (led != plain).then(|| {
        format!(
            "after a paragraph before it, records not the same, moved: {} instead of {}",
            led, plain
        )
    })
}

/// Takes the lead back out of records' offsets and indexes.
fn unshift(v: &mut serde_json::Value, bytes: u64, chars: u64) {
    match v {
        serde_json::Value::Array(items) => {
            for i in items {
                unshift(i, bytes, chars);
            }
        }
        serde_json::Value::Object(o) => {
            for (k, x) in o.iter_mut() {
                let by = match k.as_str() {
                    "start" | "end" => bytes,
                    "char_start" | "char_end" => chars,
                    "paragraph" | "sentence" => 1,
                    _ => {
                        unshift(x, bytes, chars);
                        continue;
                    }
                };
                if let Some(n) = x.as_u64() {
                    *x = (n.wrapping_sub(by)).into();
                }
            }
        }
        _ => {}
    }
}

/// The records an example gave, in the expectation syntax.
fn describe(recs: &[Record]) -> String {
    if recs.is_empty() {
        return "none".into();
    }
    recs.iter()
        .map(|r| {
            let mut parts = vec![format!("{:?}", r.kind).to_lowercase()];
            if let Some(s) = &r.speaker {
                parts.push(format!("speaker {}", s.name.unwrap_or(s.mention)));
                if let Some(role) = s.role {
                    parts.push(format!("role {role}"));
                }
                parts.push(format!("speaker-kind {:?}", s.kind).to_lowercase());
            }
            if let Some(c) = &r.cue {
                parts.push(format!("cue {}", c.text));
            }
            for c in &r.citations {
                if let Some(o) = c.entry.outlet {
                    parts.push(format!("outlet {o}"));
                }
            }
            if r.kind == Kind::Partial {
                parts.push(format!("quoted-share {}", r.quoted_share));
            }
            parts.push(format!("rule {}", r.rule));
            format!("[{}]", parts.join("; "))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wrong_expectation_fails_and_says_what_came_out() {
        let ex = |expect: &str| Example {
            list: "cue_verbs",
            entry: "say".into(),
            file: "f".into(),
            line: 1,
            text: "“We are ready,” Lavrov said.".into(),
            expect: expect.into(),
            negative: false,
        };
        let x = Extractor::default();
        assert_eq!(check(&ex("direct; speaker Lavrov; cue said"), &x), None);
        let miss = check(&ex("direct; speaker Putin"), &x).unwrap();
        assert!(miss.contains("[direct; speaker Lavrov"), "{miss}");
        assert!(check(&ex("nothing"), &x).is_some());
        assert_eq!(check(&ex("sentences 1"), &x), None);
        assert!(check(&ex("sentences 2"), &x).is_some());
        // a counter-example fails on the record it names, and only on it
        let not = |expect: &str| Example {
            negative: true,
            ..ex(expect)
        };
        assert_eq!(check(&not("direct; speaker Putin"), &x), None);
        let got = check(&not("direct; speaker Lavrov"), &x).unwrap();
        assert!(
            got.contains("must not give: [direct; speaker Lavrov"),
            "{got}"
        );
    }

    #[test]
    fn a_lead_that_changes_the_records_is_found() {
        let ex = Example {
            list: "cue_verbs",
            entry: "say".into(),
            file: "f".into(),
            line: 1,
            text: "“We are ready,” he said.".into(),
            expect: "direct".into(),
            negative: false,
        };
        let x = Extractor::default();
        let doc = Document::new("example", ex.text.clone());
        let found = x.extract(&doc);
        let recs: Vec<Record> = all_records(&doc, &found).collect();
        assert_eq!(moved_by(LEAD, &ex, &x, &recs), None);
        // a named man before it: `he` is resolved to him, a change (a
        // woman would not be: `he` does not refer to her)
        let named = "Tom Park spoke on Monday.\n\n";
        assert_eq!(
            moved_by("Ana Park spoke on Monday.\n\n", &ex, &x, &recs),
            None
        );
        assert!(moved_by(named, &ex, &x, &recs).is_some());
        // and a lead of other lengths moves every offset by its own
        assert_eq!(moved_by("Rain.\n\n", &ex, &x, &recs), None);
    }
}
