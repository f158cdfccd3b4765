//! No cue and no speaker in reach: a whole quoted sentence (or a whole
//! quoted clause right after a reporting verb and `,` or `:`) is speech
//! with no speaker found (`unattributed`); anything else is a quoted term
//! (`scare`). Always decides: it ends the list of constructions.

use super::{Construction, Outcome, QuoteContext, HEAD_REACH};
use crate::attribute::{cues, Kind};
use crate::rule::RuleId;
use crate::span::Span;

pub struct Fallback;

impl Construction for Fallback {
    fn rules(&self) -> &'static [RuleId] {
        &[RuleId::Unattributed, RuleId::Scare]
    }

    fn apply(&self, cx: &QuoteContext) -> Option<Outcome> {
        let (kind, rule) = if (cx.full_sentence() || after_cue(cx)) && cx.shape().ends_clause {
            (Kind::Direct, RuleId::Unattributed)
        } else {
            (Kind::Scare, RuleId::Scare)
        };
        Some(Outcome::Record {
            kind,
            rule,
            confidence: 0.5,
            speaker: None,
            cue: None,
            continues: None,
        })
    }
}

/// A whole quoted clause right after a reporting verb and `,` or `:` (`…,
/// a spokesman in the capital, said, “I mean, a raid is a raid.”`) is
/// speech even when its speaker was not found.
fn after_cue(cx: &QuoteContext) -> bool {
    let (text, q, shape) = (cx.text, cx.q, cx.shape());
    shape.first_upper
        && shape.words >= 3
        && cx.open_s.is_some_and(|s| {
            // (the verb as the cue rules read it: `cited the report, “…”`
            // has none)
            let from = cx.sentences[s]
                .span
                .start
                .max(q.outer.start.saturating_sub(HEAD_REACH));
            let from = cx
                .sentence_toks
                .next_token_start(s, from)
                .min(q.outer.start);
            let toks = cx
                .sentence_toks
                .window(s, text, Span::new(from, q.outer.start), cx.w);
            cues::ends_with_cue(text, &toks, cx.w)
        })
}
