//! A cue after the quotation, in its closing sentence: `“…,” Putin said.`
//! (`cue-after`), `“…,” said Fiona Hill, …` (`cue-after-inverted`), a
//! user's construction after it, `“…,” according to X.` (`according-to`), or
//! a dash and a name (`dash-after`).

use super::{cue_after_end, Construction, Outcome, QuoteContext};
use crate::attribute::{cues, pattern};
use crate::rule::RuleId;
use crate::span::Span;

pub struct CueAfter;

/// Fewest words of a quotation after a determiner or preposition that
/// reads as speech when a comma closes it, not as a title.
const TITLE_WORDS: usize = 5;

impl Construction for CueAfter {
    fn rules(&self) -> &'static [RuleId] {
        &[
            RuleId::CueAfter,
            RuleId::CueAfterInverted,
            RuleId::AccordingTo,
            RuleId::DashAfter,
        ]
    }

    fn apply(&self, cx: &QuoteContext) -> Option<Outcome> {
        let (text, q, w) = (cx.text, cx.q, cx.w);
        // (after a determiner or a preposition the quotation ends a phrase,
        // a title, unless it runs on as speech does, several words closed
        // by a comma before the attribution: `She was a “respected manager
        // and a friend,” Roe said.`)
        let speech = || {
            let shape = cx.shape();
            shape.words >= TITLE_WORDS
                && q.parts
                    .last()
                    .is_some_and(|p| p.slice(text).trim_end().ends_with(','))
        };
        let s = cx.close_s.filter(|_| !cx.titled || speech())?;
        let end = cx.sentences[s].span.end.min(cx.next_start);
        if end <= q.outer.end {
            return None;
        }
        let toks = cx
            .sentence_toks
            .window(s, text, Span::new(q.outer.end, end), w);
        // (a user's construction first: it is there to be used)
        let f = pattern::user_after(text, &toks, w)
            .or_else(|| cues::after(text, &toks, w))
            .or_else(|| cues::dash_after(text, &toks, w))?;
        let attr_end = cue_after_end(&toks, &f, end);
        // (a cue closed by a colon right before the next quotation leads
        // into that one; a quotation it follows that ends on a word, not on
        // the comma of speech, is the writer's phrase: `Granting a deal
        // would come “in time” she warned: “…”`)
        let rest = text.get(attr_end..cx.next_start.min(end)).unwrap_or("");
        let ends_on_word = q.parts.last().is_some_and(|p| {
            p.slice(text)
                .trim_end()
                .chars()
                .next_back()
                .is_some_and(crate::chars::is_alnum)
        });
        if ends_on_word && cx.next_start <= end && rest.trim() == ":" {
            return None;
        }
        Some(Outcome::Cue {
            found: f,
            attr_end: Some(attr_end),
            between: Vec::new(),
        })
    }
}
