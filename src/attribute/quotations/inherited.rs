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
        // (after any quoted term in between: `Ross said on “Morning
        // Talk,” adding, “…”`)
        let stretch = &b.toks[b.from..];
        let stretch = match stretch
            .iter()
            .rposition(|t| cues::is_quote_mark(t.text(text)))
        {
            Some(m) => &stretch[m + 1..],
            None => stretch,
        };
        let (cue, rule) = cues::leading_cue(text, stretch, cx.w)
            .map(|c| (c, RuleId::CueParticiple))
            .or_else(|| {
                cues::coordinated_clause(text, stretch).map(|c| (c, RuleId::CoordinatedClause))
            })?;
        // (the speaker of the sentence's last quotation that is speech,
        // past quoted terms)
        let sentence = cx.open_s?;
        let speaker = cx
            .out
            .iter()
            .rev()
            .take_while(|r| r.sentence as usize == sentence)
            .find(|r| r.kind != crate::attribute::Kind::Scare)?
            .speaker
            .as_deref()?
            .clone();
        Some(Outcome::Inherited { speaker, cue, rule })
    }
}
