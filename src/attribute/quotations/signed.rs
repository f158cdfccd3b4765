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
        let s = cx.sentence_after()?;
        let next = &cx.sentences[s];
        // (a dash first, before any tokenizing; or a user's construction,
        // which may open with anything)
        if !next.span.slice(text).starts_with(['—', '―', '–', '-']) && w.constructions.is_empty()
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
