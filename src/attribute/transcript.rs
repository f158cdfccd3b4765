//! Interview transcripts: paragraphs that open with a speaker's label and
//! a colon (`HOST: Let me ask you …`, `SMITH: Well, …`, `Jo Roe: …`) or
//! with `Q:` and `A:`. Each turn is its speaker's own words, a direct
//! quotation without marks (rule `transcript`).
//!
//! A label is a turn only where the document reads as a transcript: two
//! turns or more, by two labels or more, each label a person the article
//! names (`SMITH` → `Ann Smith`), a role (`HOST`, `MODERATOR`) or `Q`/`A`.
//! So a dateline (`LONDON: …`), a heading (`UPDATE: …`) or a fact box
//! (`Tickets: …`) is none, and an article without labels pays one look at
//! each paragraph's first bytes.

use super::entities::Tracker;
use super::layout::sentence_at;
use super::phrase::SpeakerKind;
use super::{Attribution, Kind, Packed, Speaker, Words};
use crate::document::Document;
use crate::lexicon::Class;
use crate::rule::RuleId;
use crate::segment::Sentence;
use crate::span::Span;
use crate::tokens::lower;
use std::collections::HashMap;

/// The longest label, in bytes (`SEN. ELIZABETH WARREN-SMITH`).
const LABEL_BYTES: usize = 40;
/// The most words a label has.
const LABEL_WORDS: usize = 4;

/// A paragraph that opens with a label and a colon.
pub struct Turn {
    pub label: Span,
    pub colon: Span,
    /// The words after the colon, and any paragraphs without a label
    /// between this turn and the next.
    pub parts: Vec<Span>,
    pub paragraph: usize,
}

/// Whether a label is `Q` or `A` (the question and the answer).
fn question_or_answer(label: &str) -> Option<bool> {
    match label {
        "Q" => Some(true),
        "A" => Some(false),
        _ => None,
    }
}

/// The label opening paragraph text `t`, and where its colon stands: one
/// to four words, each capitalised (`Jo Roe`, `MR. SMITH`, `O'BRIEN`), then
/// a colon, a space and words that are no quotation (`ROE: “…”` is a
/// colon's introduction, read as such).
fn label(t: &str) -> Option<(usize, usize)> {
    // (most paragraphs fail at their first character or find no colon in
    // their first bytes: asked of every paragraph, cheap first)
    if !t.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let head = &t.as_bytes()[..t.len().min(LABEL_BYTES + 1)];
    let colon = memchr::memchr(b':', head)?;
    let name = &t[..colon];
    let word_ok = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))
    };
    if name.split(' ').count() > LABEL_WORDS || !name.split(' ').all(word_ok) {
        return None;
    }
    let rest = &t[colon + 1..];
    let content = rest.trim_start_matches([' ', '\t']);
    if content.len() == rest.len() || content.chars().nth(1).is_none() {
        return None;
    }
    if content.starts_with(['"', '“', '\'', '‘', '«']) {
        return None;
    }
    // (words, not a figure or a heading: `Clinton: 547.`, `Iowa: Tim
    // Albrecht, Brad Anderson, …` has no verb in lower case either)
    let lower_words = content
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .take(2)
        .count();
    if lower_words < 2 {
        return None;
    }
    Some((colon, colon + 1 + (rest.len() - content.len())))
}

/// Whether paragraph text `t` opens with a label whose words are a
/// quotation (`ROE: “We will win.”`).
fn quoted_after_label(t: &str) -> bool {
    let head = &t.as_bytes()[..t.len().min(LABEL_BYTES + 1)];
    memchr::memchr(b':', head).is_some_and(|colon| {
        t[colon + 1..]
            .trim_start_matches([' ', '\t'])
            .starts_with(['"', '“', '\'', '‘', '«'])
    })
}

/// Every paragraph that opens with a label; unlabelled paragraphs between
/// two of them go on with the first (a long answer).
pub fn turns(doc: &Document) -> Vec<Turn> {
    let mut out: Vec<Turn> = Vec::new();
    let mut pending: Vec<Span> = Vec::new();
    // (paragraphs without a label go on with the turn before them)
    let mut collecting = false;
    for para in &doc.paragraphs {
        let t = para.span.slice(&doc.text);
        let start = para.span.start;
        match label(t) {
            Some((colon, content)) => {
                if let Some(prev) = out.last_mut() {
                    prev.parts.append(&mut pending);
                }
                pending.clear();
                collecting = true;
                out.push(Turn {
                    label: Span::new(start, start + colon),
                    colon: Span::new(start + colon, start + colon + 1),
                    parts: vec![Span::new(start + content, para.span.end).trim(&doc.text)],
                    paragraph: para.index,
                });
            }
            // (`ROE: “…”`: a speaker's own quotation, read by the
            // colon's introduction; it ends the turn before, which a
            // paragraph after it does not go on with)
            None if !out.is_empty() && quoted_after_label(t) => {
                if let Some(prev) = out.last_mut() {
                    prev.parts.append(&mut pending);
                }
                collecting = false;
            }
            None if collecting => {
                let s = para.span.trim(&doc.text);
                if !s.is_empty() {
                    pending.push(s);
                }
            }
            None => {}
        }
    }
    // (the shape of a dialogue before any name is looked up: two labels
    // or more, one back again; an article with a lone `Related: …` line
    // keeps no turn, and the tracker need not read on to it)
    let mut labels: Vec<&str> = out.iter().map(|t| t.label.slice(&doc.text)).collect();
    labels.sort_unstable();
    labels.dedup();
    if labels.len() < 2 || out.len() <= labels.len() {
        out.clear();
    }
    out
}

/// The speaker a label names, if it names one.
fn speaker_of_label(
    text: &str,
    turn: &Turn,
    tracker: &Tracker,
    w: &Words,
    lead: &Lead,
) -> Option<Speaker> {
    let label = turn.label.slice(text);
    let mut speaker = Speaker {
        name: None,
        mention: turn.label,
        kind: SpeakerKind::Person,
        role: None,
        resolved_by: "transcript",
    };
    if let Some(question) = question_or_answer(label) {
        speaker.name = if question {
            lead.interviewer.clone()
        } else {
            lead.interviewee.clone()
        };
        return Some(speaker);
    }
    let last = label.rsplit(' ').next().unwrap_or(label);
    let last = last.trim_end_matches('.');
    // a person the article names, by surname (`SMITH`, `Ms. Smith`)
    if let Some(name) = tracker.person_by_surname(&lower(last), turn.label.start) {
        speaker.name = Some(name.to_string());
        return Some(speaker);
    }
    // a role (`HOST`, `Moderator`, `CO-HOST`)
    let role = lower(last.rsplit('-').next().unwrap_or(last));
    if label.split(' ').count() <= 2 && w.word_classes(&role).any(Class::TITLE) {
        speaker.role = Some(turn.label);
        return Some(speaker);
    }
    None
}

/// Who the lead names: the interviewee (the person it names most often
/// before the first turn) and, when it names one other person, the
/// interviewer.
struct Lead {
    interviewee: Option<String>,
    interviewer: Option<String>,
}

impl Lead {
    fn read(tracker: &Tracker, before: usize) -> Lead {
        // (name → mentions, first mention; a map, as a long lead may name
        // many)
        let mut by_name: HashMap<&str, (usize, usize)> = HashMap::new();
        for (k, name) in tracker.people_before(before).enumerate() {
            by_name.entry(name).or_insert((0, k)).0 += 1;
        }
        let mut counts: Vec<(&str, usize, usize)> =
            by_name.into_iter().map(|(n, (c, k))| (n, c, k)).collect();
        // (most mentions first; among equals, the first named)
        counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
        // (a tie names no one: who answers is not known)
        let tie = counts.len() >= 2 && counts[0].1 == counts[1].1;
        Lead {
            interviewee: counts.first().filter(|_| !tie).map(|c| c.0.to_string()),
            interviewer: (counts.len() == 2 && !tie).then(|| counts[1].0.to_string()),
        }
    }
}

/// The records of a document's transcript, in text order: none unless two
/// turns or more, by two labels or more, name their speakers.
pub fn attribute(
    doc: &Document,
    sentences: &[Sentence],
    turns: Vec<Turn>,
    tracker: &Tracker,
    w: &Words,
) -> Vec<Attribution> {
    let text = &doc.text;
    let Some(first) = turns.first() else {
        return Vec::new();
    };
    let lead = Lead::read(tracker, first.label.start);
    let mut out = Vec::new();
    // (a label names one speaker all through: resolved once, at its first
    // turn, so a long transcript costs one lookup a label)
    let mut labels: HashMap<String, Option<Speaker>> = HashMap::new();
    for turn in turns {
        let l = turn.label.slice(text).to_uppercase();
        let known = labels
            .entry(l)
            .or_insert_with(|| speaker_of_label(text, &turn, tracker, w, &lead));
        let Some(speaker) = known.clone().map(|s| Speaker {
            mention: turn.label,
            role: s.role.map(|_| turn.label),
            ..s
        }) else {
            continue;
        };
        let sentence = sentence_at(sentences, turn.parts[0].start).unwrap_or(0);
        out.push(Attribution {
            kind: Kind::Direct,
            parts: turn.parts,
            closed: true,
            paragraph: turn.paragraph as u32,
            sentence: sentence as u32,
            speaker: Some(Box::new(speaker)),
            cue: Some(turn.colon),
            rule: RuleId::Transcript,
            confidence: 0.8,
            continues: Packed::NONE,
            attr_end: Packed::NONE,
            quoted_share: 1.0,
            related: Box::default(),
        });
    }
    // (a dialogue comes back to a speaker; a list names each once:
    // `Sanders: Win in a walk. Clinton: Keep it close.`)
    // (distinct speakers, not labels: `LEE:` and `MS. LEE:` are one)
    let mut who: Vec<String> = labels
        .iter()
        .filter_map(|(l, s)| {
            s.as_ref()
                .map(|s| s.name.clone().unwrap_or_else(|| l.clone()))
        })
        .collect();
    who.sort_unstable();
    who.dedup();
    let named = who.len();
    if named < 2 || out.len() <= named {
        out.clear();
    }
    out
}

/// Merges transcript records into the quotations (both in text order),
/// keeping each `continues` index pointing at the record it named.
pub fn merge(quotations: &mut Vec<Attribution>, turns: Vec<Attribution>) {
    if turns.is_empty() {
        return;
    }
    let old = std::mem::take(quotations);
    let mut new_index = Vec::with_capacity(old.len());
    let mut turns = turns.into_iter().peekable();
    for q in old {
        while turns
            .peek()
            .is_some_and(|t| t.span().start < q.span().start)
        {
            quotations.extend(turns.next());
        }
        new_index.push(quotations.len());
        quotations.push(q);
    }
    quotations.extend(turns);
    for q in quotations.iter_mut() {
        if let Some(c) = q.continues.get().filter(|_| q.rule != RuleId::Transcript) {
            q.continues = Packed::new(new_index.get(c).copied());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::label;

    #[test]
    fn a_label_is_a_few_capitalised_words_and_a_colon() {
        assert_eq!(label("HOST: Let me ask you."), Some((4, 6)));
        assert_eq!(label("Jo Roe: Well, not at all."), Some((6, 8)));
        assert_eq!(label("MR. O'BRIEN: Yes, we did."), Some((11, 13)));
        assert_eq!(label("Q: Why did you go?"), Some((1, 3)));
        // a figure or a list of names is no turn
        assert_eq!(label("Clinton: 547."), None);
        assert_eq!(label("Iowa: Tim Albrecht, Brad Anderson."), None);
        // a sentence, a quotation after the colon, no space, a lower-case word
        assert_eq!(label("The plan was simple: wait."), None);
        assert_eq!(label("ROE: “We will win.”"), None);
        assert_eq!(label("Time:10.30"), None);
        assert_eq!(label("Note from the editor: none."), None);
    }
}
