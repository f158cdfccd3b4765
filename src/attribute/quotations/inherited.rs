//! A cue of the previous speaker's own clause, after an earlier quotation
//! of the same sentence: `X said the plan was “…,” adding that it is “…”`
//! (`cue-participle`), `… warned that “…” lay ahead and that “…”`
//! (`coordinated-clause`).

use super::{Construction, Outcome, QuoteContext};
use crate::attribute::cues;
use crate::attribute::Kind;
use crate::lexicon::Class;
use crate::rule::RuleId;
use crate::tokens::Tok;

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
        let sentence = cx.open_s?;
        let Some((cue, rule)) = cues::leading_cue(text, stretch, cx.w)
            .map(|c| (c, RuleId::CueParticiple))
            .or_else(|| {
                cues::coordinated_clause(text, stretch).map(|c| (c, RuleId::CoordinatedClause))
            })
        else {
            return same_report(cx, stretch, sentence);
        };
        // (the speaker of the sentence's last quotation that is speech,
        // past quoted terms)
        let n = cx.out.len();
        let k = (0..n)
            .rev()
            .take_while(|&k| cx.out[k].sentence as usize == sentence)
            .find(|&k| cx.out[k].kind != Kind::Scare)?;
        let speaker = cx.out[k].speaker.as_deref()?.clone();
        // (`and that “…”` is a further part of the same report when it
        // follows that record's quotation right away)
        let continues = (rule == RuleId::CoordinatedClause && k + 1 == n).then_some(k);
        Some(Outcome::Inherited {
            speaker,
            cue,
            rule,
            continues,
        })
    }
}

/// Most words between two quoted parts of one report.
const LINK_WORDS: usize = 6;

/// `Roe said the plan was “rushed” and “badly costed”`, `Roe says “the
/// game has changed” because “nobody plays it the old way”`: a quotation
/// a few words after the one before it in the same sentence, with no
/// reporting verb or sentence break between them, is a further quoted
/// part of the same report, when that one was speech attributed by a cue
/// before it. It takes the report's speaker and cue and goes on from it.
fn same_report(cx: &QuoteContext, stretch: &[Tok], sentence: usize) -> Option<Outcome> {
    let text = cx.text;
    let prev = cx.out.last()?;
    if prev.sentence as usize != sentence
        || cx.titled
        || prev.kind == Kind::Scare
        || prev.attr_end().is_some()
        || prev.span().end > cx.q.outer.start
        || cx.prev_outer_end > cx.q.outer.start
        || stretch.iter().filter(|t| t.word).count() > LINK_WORDS
        || stretch.iter().any(|t| {
            (t.word && t.is(Class::CUE))
                || matches!(t.text(text), "." | ";" | ":" | "?" | "!" | "(" | ")")
                || crate::tokens::is_dash(t.text(text))
        })
    {
        return None;
    }
    let speaker = prev.speaker.as_deref()?.clone();
    Some(Outcome::Inherited {
        speaker,
        cue: prev.cue?,
        rule: RuleId::CoordinatedClause,
        continues: Some(cx.out.len() - 1),
    })
}
