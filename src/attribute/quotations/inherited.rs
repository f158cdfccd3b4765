//! A cue of the previous speaker's own clause, after an earlier quotation
//! of the same sentence: `X said the plan was “…,” adding that it is “…”`
//! (`cue-participle`), `… warned that “…” lay ahead and that “…”`
//! (`coordinated-clause`).

use super::{Construction, Outcome, QuoteContext};
use crate::attribute::cues;
use crate::rule::RuleId;

pub struct Inherited;

impl Construction for Inherited {
    fn rules(&self) -> &'static [RuleId] {
        &[RuleId::CueParticiple, RuleId::CoordinatedClause]
    }

    fn apply(&self, cx: &QuoteContext) -> Option<Outcome> {
        let text = cx.text;
        let b = cx.before().filter(|b| b.after_earlier)?;
        let stretch = &b.toks[b.from..];
        let (cue, rule) = cues::leading_cue(text, stretch, cx.w)
            .map(|c| (c, RuleId::CueParticiple))
            .or_else(|| {
                cues::coordinated_clause(text, stretch).map(|c| (c, RuleId::CoordinatedClause))
            })?;
        let speaker = cx.out.last()?.speaker.as_deref()?.clone();
        Some(Outcome::Inherited { speaker, cue, rule })
    }
}
