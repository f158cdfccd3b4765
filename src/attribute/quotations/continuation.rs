//! `continuation`: a quotation with no cue of its own that goes on from
//! the last attributed one (same paragraph, or opening the next).

use super::{Construction, Outcome, QuoteContext};
use crate::attribute::cues;
use crate::attribute::layout::{opens_paragraph, sentence_at};
use crate::attribute::phrase::SpeakerKind;
use crate::attribute::{Attribution, Kind, Speaker, Words};
use crate::document::Document;
use crate::lexicon::classes::{LEADING_CONNECTIVES, PRONOUNS};
use crate::lexicon::Class;
use crate::quotes::Quote;
use crate::rule::RuleId;
use crate::segment::Sentence;
use crate::span::Span;
use crate::tokens::is_any;

/// Records looked back over for the quotation a new one continues.
const LOOK_BACK: usize = 8;
/// Longest stretch of narration, in bytes, a continuation may cross.
const MAX_BETWEEN: usize = 2000;

pub struct Continuation;

impl Construction for Continuation {
    fn rules(&self) -> &'static [RuleId] {
        &[RuleId::Continuation]
    }

    fn apply(&self, cx: &QuoteContext) -> Option<Outcome> {
        let full = cx.full_sentence() || after_opener(cx);
        let (pi, speaker, between) = find(cx.doc, cx.sentences, cx.out, cx.q, full, cx.w)?;
        if reports_between(cx, between) {
            return None;
        }
        Some(Outcome::Record {
            kind: Kind::Direct,
            rule: RuleId::Continuation,
            confidence: 0.8,
            speaker: Some(speaker),
            cue: None,
            continues: Some(pi),
        })
    }
}

/// Most tokens of an opener before a quotation that goes on from the
/// last one (`In Europe, by contrast, “…”`).
const OPENER_TOKENS: usize = 12;

/// `But “the rest is history.”`, `Now, “within the council there is a
/// sizable bloc for it.”`: a quoted clause of six words or more that ends
/// its sentence after nothing but a connective or an opener closed by a
/// comma, with no reporting verb, is the speaker's sentence as a whole
/// one is (the writer's lead-in is no clause of its own).
fn after_opener(cx: &QuoteContext) -> bool {
    let shape = cx.shape();
    if !shape.to_end || shape.words < 6 || shape.starts_sentence || cx.q.parts.len() > 1 {
        return false;
    }
    let Some(b) = cx.before() else {
        return false;
    };
    let toks = &b.toks[b.from..];
    if b.after_earlier || toks.is_empty() {
        return false;
    }
    let text = cx.text;
    let connective = |t: &crate::tokens::Tok| is_any(t.text(text), LEADING_CONNECTIVES);
    // (an adverbial, opened by a word the lexicon knows for a sentence's
    // opener: `The town, “…”` is a subject)
    let opener = toks.len() <= OPENER_TOKENS
        && toks.last().is_some_and(|t| t.text(text) == ",")
        && toks[0].is(Class::STARTER)
        && !toks[0].is(Class::DETERMINER.with(Class::PRONOUN))
        && toks
            .iter()
            .all(|t| !t.is(Class::CUE) && !cues::is_quote_mark(t.text(text)));
    opener || toks.iter().all(connective)
}

/// The earlier record `q` continues and its speaker: the last direct one
/// with a speaker, in the same paragraph or the one before when `q` opens
/// its own, with no new speaker named in between. `full_sentence` says the
/// quotation is a whole quoted sentence; otherwise it must stand right
/// after the previous attribution.
fn find(
    doc: &Document,
    sentences: &[Sentence],
    out: &[Attribution],
    q: &Quote,
    full_sentence: bool,
    w: &Words,
) -> Option<(usize, Speaker, Span)> {
    let text = &doc.text;
    let right_after = out.last().is_some_and(|p| {
        p.kind == Kind::Direct
            && doc.paragraph_at(p.span().end) == q.paragraph as usize
            && p.attr_end().is_some_and(|e| {
                e <= q.outer.start
                    && Span::new(e, q.outer.start)
                        .slice(text)
                        .trim()
                        .trim_matches(['.', ',', ';'])
                        .trim()
                        .is_empty()
            })
    });
    if !(full_sentence || right_after) {
        return None;
    }
    // the quotation continued stands among the last few records; a run of
    // scare quotes between them ends the continuation (and keeps the look
    // back bounded)
    // (a quoted sentence also goes on from a partial quotation right
    // before it in its paragraph: `Arnold says she feels “honoured”. “We
    // have all been overwhelmed.”`)
    let last = out.len().checked_sub(1);
    let (pi, prev) = out
        .iter()
        .enumerate()
        .rev()
        .take(LOOK_BACK)
        .find(|&(i, a)| {
            a.speaker.is_some()
                && (a.kind == Kind::Direct
                    || (a.kind == Kind::Partial
                        && full_sentence
                        && Some(i) == last
                        && doc.paragraph_at(a.span().end) == q.paragraph as usize))
        })?;
    let prev_para = doc.paragraph_at(prev.span().end);
    let near = prev_para == q.paragraph as usize
        || (prev_para + 1 == q.paragraph as usize && opens_paragraph(doc, q));
    // a clause inside the attribution's own sentence (`…, after de Blasio
    // stated …`) names no new speaker
    let attr = prev.attr_end().unwrap_or(0).max(prev.span().end);
    let from = sentence_at(sentences, attr.saturating_sub(1))
        .map_or(attr, |k| sentences[k].span.end.max(attr));
    let between = Span::new(from.min(q.outer.start), q.outer.start);
    if !near || between.len() > MAX_BETWEEN || names_someone(between.slice(text), w) {
        return None;
    }
    // (nor does the attribution's sentence go on with another subject:
    // `“…,” Lopez said, and his aide cut in. “…”` is the aide's)
    let name = prev
        .speaker
        .as_ref()
        .and_then(|s| s.name.as_deref())
        .unwrap_or("");
    if attr < from && new_subject_after(Span::new(attr, from.min(q.outer.start)).slice(text), name)
    {
        return None;
    }
    let mut speaker = prev.speaker.clone()?;
    speaker.resolved_by = "continuation";
    Some((pi, *speaker, between))
}

/// Whether a whole sentence between the continued record and the
/// quotation reports someone's words with a subject the grammar names
/// (`Martin Bell, who won the seat, said politicians …`): a new speaker,
/// whose sentence the quotation may follow on (what [`names_someone`],
/// reading words only, misses when an apposition stands between name and
/// verb).
fn reports_between(cx: &QuoteContext, between: Span) -> bool {
    let first = cx
        .sentences
        .partition_point(|s| s.span.start < between.start);
    cx.sentences[first..]
        .iter()
        .enumerate()
        .take_while(|(_, s)| s.span.end <= between.end)
        .any(|(k, _)| {
            let toks = cx.sentence_toks.get(first + k);
            cues::first_cue(cx.text, toks, 0, cx.w).is_some_and(|f| {
                !f.phrase.pronoun
                    && matches!(
                        f.phrase.kind,
                        SpeakerKind::Person | SpeakerKind::Organization | SpeakerKind::Anonymous
                    )
            })
        })
}

/// Whether the rest of an attribution's sentence opens a clause with a
/// subject of its own after a conjunction: `, and his aide cut in`, `,
/// but the mayor interrupted` (not `, and he smiled` or `, and Lopez
/// smiled`: the speaker again).
fn new_subject_after(rest: &str, speaker: &str) -> bool {
    // (a clause of background, `, as the crowd cheered`, and a second
    // apposition, `, and a Republican who …`, say nothing of a speaker)
    ["and", "but"].iter().any(|c| {
        rest.match_indices(c).any(|(i, _)| {
            let after = &rest[i + c.len()..];
            rest[..i].trim_end().ends_with(',')
                && after.starts_with(' ')
                && after.split_whitespace().next().is_some_and(|w| {
                    let l = w.to_lowercase();
                    matches!(
                        l.as_str(),
                        "the" | "his" | "her" | "their" | "its" | "another"
                    ) || (w.starts_with(char::is_uppercase)
                        && !is_any(w, PRONOUNS)
                        && !speaker.split_whitespace().any(|n| n == w))
                })
        })
    })
}

/// Whether a stretch of text names a new speaker (a reporting verb with a
/// subject), which would end a run of continued quotations.
pub fn names_someone(s: &str, w: &Words) -> bool {
    let words: Vec<&str> = s
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|t| !t.is_empty())
        .collect();
    words.iter().enumerate().any(|(i, t)| {
        // (a capitalised cue word after a capital is a name's last word,
        // `the Anderson Forecast`, `the Drudge Report`)
        i > 0 && t.starts_with(char::is_lowercase) && w.cue_word(&t.to_lowercase()) && {
            let prev = words[i - 1];
            prev.chars().next().is_some_and(char::is_uppercase)
                || matches!(
                    prev.to_lowercase().as_str(),
                    "he" | "she" | "they" | "we" | "i"
                )
        }
    })
}
