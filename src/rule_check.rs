//! Runs the example sentences of rule entries (read by
//! [`crate::lexicon::examples`]) through the extractor, for `attrib rules
//! check` and the test suite: above extraction and output, as it reads
//! their records.

use crate::document::Document;
use crate::extract::Extractor;
use crate::lexicon::examples::{parse_expect, Clause, Example};
use crate::output::extract::{claim_records, records, Record};
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
        Clause::NoSpeaker => sp.is_none(),
        Clause::Uncited => r.citations.is_empty(),
        Clause::Nothing | Clause::Sentences(_) | Clause::CrossReference => true,
    }
}

/// What an example gave instead of what it expects, or `None` when it
/// holds.
pub fn check(ex: &Example, extractor: &Extractor) -> Option<String> {
    let clauses = match parse_expect(&ex.expect) {
        Ok(c) => c,
        Err(e) => return Some(e),
    };
    let doc = Document::new("example", ex.text.clone());
    let found = extractor.extract(&doc);
    let recs: Vec<Record> = records(&doc, &found)
        .into_iter()
        .chain(claim_records(&doc, &found))
        .collect();
    for c in &clauses {
        if let Clause::Sentences(n) = c {
            let got = segment::sentences(&doc, &extractor.lexicon).len();
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
        return (!recs.is_empty()).then(|| format!("records: {}", describe(&recs)));
    }
    let wanted: Vec<&Clause> = clauses
        .iter()
        .filter(|c| !matches!(c, Clause::Sentences(_) | Clause::CrossReference))
        .collect();
    if wanted.is_empty() || recs.iter().any(|r| wanted.iter().all(|c| holds(c, r))) {
        None
    } else {
        Some(format!("records: {}", describe(&recs)))
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
        };
        let x = Extractor::default();
        assert_eq!(check(&ex("direct; speaker Lavrov; cue said"), &x), None);
        let miss = check(&ex("direct; speaker Putin"), &x).unwrap();
        assert!(miss.contains("[direct; speaker Lavrov"), "{miss}");
        assert!(check(&ex("nothing"), &x).is_some());
        assert_eq!(check(&ex("sentences 1"), &x), None);
        assert!(check(&ex("sentences 2"), &x).is_some());
    }
}
