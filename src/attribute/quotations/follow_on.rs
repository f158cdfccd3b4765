//! `follow-on`: `Bell said politicians failed to see themselves as others
//! did. “We need figures we trust.”` — a quoted sentence with no cue of its
//! own, opening its sentence right after one whose subject reports
//! speech, speaks for that subject.

use super::{speaker_of, Construction, Outcome, QuoteContext};
use crate::attribute::cues::{self, Found};
use crate::attribute::layout;
use crate::attribute::phrase::SpeakerKind;
use crate::attribute::Kind;
use crate::rule::RuleId;

pub struct FollowOn;

impl Construction for FollowOn {
    fn rules(&self) -> &'static [RuleId] {
        &[RuleId::FollowOn]
    }

    fn apply(&self, cx: &QuoteContext) -> Option<Outcome> {
        let shape = cx.shape();
        if !(cx.full_sentence() && shape.ends_clause && shape.starts_sentence) {
            return None;
        }
        let f = follow_on(cx, cx.open_s?)?;
        Some(Outcome::Record {
            kind: Kind::Direct,
            rule: RuleId::FollowOn,
            confidence: 0.6,
            speaker: Some(speaker_of(cx.tracker, cx.text, &f.phrase, f.cue)),
            cue: Some(f.cue),
            continues: None,
        })
    }
}

/// Longest sentence, in bytes, read for a follow-on's speaker (a sentence
/// with no end mark can run for megabytes).
const FOLLOW_ON_REACH: usize = 2000;

/// The attribution of the sentence before sentence `s` when it can speak
/// for the cue-less quotation opening `s`: in the same paragraph, or
/// ending the paragraph before one that the quotation opens; holding no
/// quotation mark of its own (a quotation there has its own record, and
/// continuation follows from it); with a reporting verb whose subject is a
/// person, an organisation or an anonymous source (`Bell said …`, `The
/// ministry warned that …`; a group, `supporters cheered`, is a crowd the
/// writer describes, and the words after it are seldom all of theirs). A
/// narrator's sentence about someone who does not speak (`Bell left the
/// room.`) gives none.
fn follow_on(cx: &QuoteContext, s: usize) -> Option<Found> {
    let (text, sentences) = (cx.text, cx.sentences);
    let prev = sentences.get(s.checked_sub(1)?)?;
    let same = prev.paragraph == sentences[s].paragraph;
    if !(same
        || (prev.paragraph + 1 == sentences[s].paragraph && layout::opens_paragraph(cx.doc, cx.q)))
    {
        return None;
    }
    // (a quotation there has its own record, and continuation follows
    // from it; scare quotes are no one's words: `which party "best
    // deserves" their trust`)
    let marks = prev
        .span
        .slice(text)
        .contains(['"', '\u{201c}', '\u{201d}', '\u{ab}', '\u{bb}']);
    let mut inside = cx
        .out
        .iter()
        .rev()
        .take_while(|a| a.span().end > prev.span.start)
        .peekable();
    let scare_only = inside.peek().is_some()
        && inside.all(|a| a.kind == Kind::Scare && a.span().start >= prev.span.start);
    let quoted = marks && !scare_only;
    if prev.span.len() > FOLLOW_ON_REACH || quoted {
        return None;
    }
    let toks = cx.sentence_toks.window(s - 1, text, prev.span, cx.w);
    let f = cues::first_cue(text, &toks, 0, cx.w)?;
    let speaks = matches!(
        f.phrase.kind,
        SpeakerKind::Person | SpeakerKind::Organization | SpeakerKind::Anonymous
    );
    speaks.then_some(f)
}
