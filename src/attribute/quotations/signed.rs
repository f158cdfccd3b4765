//! `“…” — Jane Roe`: the segmenter ends the sentence at the closing mark,
//! and the dash and the name after it are the next sentence, in the same
//! paragraph (`dash-after`, or a user's construction that opens there).

use super::{cue_after_end, Construction, Outcome, QuoteContext};
use crate::attribute::{cues, pattern};
use crate::rule::RuleId;
use crate::span::Span;

pub struct Signed;

impl Construction for Signed {
    fn rules(&self) -> &'static [RuleId] {
        &[RuleId::DashAfter]
    }

    fn apply(&self, cx: &QuoteContext) -> Option<Outcome> {
        let (text, w) = (cx.text, cx.w);
        let s = cx.sentence_after().or_else(|| signing_paragraph(cx))?;
        let next = &cx.sentences[s];
        // (a dash first, before any tokenizing; or a user's construction,
        // which may open with anything)
        if !next.span.slice(text).starts_with(crate::tokens::DASH_CHARS)
            && w.constructions.is_empty()
        {
            return None;
        }
        // (up to the next quotation: `— Jane Roe, a nurse at “St. Mary’s”`
        // leaves that one its own)
        let end = next.span.end.min(cx.next_start);
        let toks = cx
            .sentence_toks
            .window(s, text, Span::new(next.span.start, end), w);
        // (the attribution is the whole signing sentence; a user's, up to
        // the end of its match)
        let (found, attr_end) = if let Some(f) = pattern::user_after(text, &toks, w) {
            let e = cue_after_end(&toks, &f, end);
            (f, e)
        } else {
            (cues::dash_after(text, &toks, w)?, next.span.end)
        };
        Some(Outcome::Cue {
            found,
            attr_end: Some(attr_end),
            between: Vec::new(),
        })
    }
}

/// Longest line, in bytes, read as a signature on a paragraph of its own.
const SIGNATURE_BYTES: usize = 80;

/// `“…”` as a paragraph of its own, then `- Jane Roe.` as the next (quote
/// collections, fact-check lists): the sentence of that next paragraph,
/// when it is its paragraph's only one, short, and opens with a dash.
fn signing_paragraph(cx: &QuoteContext) -> Option<usize> {
    let (q, sentences) = (cx.q, cx.sentences);
    if cx.titled || !crate::attribute::layout::opens_paragraph(cx.doc, q) {
        return None;
    }
    let s = cx
        .close_s
        .filter(|&s| sentences[s].span.end <= q.outer.end + 1)?;
    let n = sentences.get(s + 1)?;
    let alone = sentences
        .get(s + 2)
        .is_none_or(|after| after.paragraph != n.paragraph);
    (n.paragraph == sentences[s].paragraph + 1
        && alone
        && n.span.len() <= SIGNATURE_BYTES
        && n.span.start < cx.next_start
        && n.span.slice(cx.text).starts_with(crate::tokens::DASH_CHARS))
    .then_some(s + 1)
}
