//! `interrupted`: `“…,” Ivanov said, “…”` — a quotation that opens right
//! after the previous one's attribution is its second half.

use super::continuation::names_someone;
use super::cue_after::CueAfter;
use super::{Construction, Outcome, QuoteContext};
use crate::attribute::layout::sentence_at;
use crate::lexicon::classes::Class;
use crate::rule::RuleId;
use crate::span::Span;

/// Words a rest of the attribution may run to before the second half
/// (`he said of the two leaders, “…”`).
const REST_WORDS: usize = 12;

pub struct Interrupted;

impl Construction for Interrupted {
    fn rules(&self) -> &'static [RuleId] {
        &[RuleId::Interrupted]
    }

    fn apply(&self, cx: &QuoteContext) -> Option<Outcome> {
        let (text, q, w) = (cx.text, cx.q, cx.w);
        let pe = cx.prev_attr_end?;
        let last = cx.out.last()?;
        if last.paragraph != q.paragraph {
            return None;
        }
        let gap = Span::new(pe.min(q.outer.start), q.outer.start).slice(text);
        let bare = gap.trim().trim_matches([',', ':', ';', '—', '–']).trim();
        // (a quotation with an attribution of its own after it is no
        // second half: `“A,” she said, but in the end, “B,” said Roe.`)
        let own_cue = || CueAfter.apply(cx).is_some();
        if bare.is_empty() {
            return (!own_cue()).then_some(Outcome::Joins);
        }
        // `“…,” he said of the plan, “…”` / `“…,” she said, and “…”`: the
        // rest of the attribution's own sentence leads on, when it is
        // short (`of the two leaders,`) and holds no second cue (`,
        // adding,` starts a quotation of its own)
        // (asked only in the attribution's own sentence: the gap can be
        // long, and its words are not wanted otherwise)
        let same_sentence =
            cx.open_s.is_some() && sentence_at(cx.sentences, pe.saturating_sub(1)) == cx.open_s;
        if !same_sentence {
            return None;
        }
        let words: Vec<&str> = gap
            .split(|c: char| !crate::chars::is_alnum(c))
            .filter(|x| !x.is_empty())
            .take(REST_WORDS + 1)
            .collect();
        let leads_on = (gap.trim_end().ends_with([',', ':', '—', '–'])
            || matches!(bare, "and" | "but" | "then"))
            && words.len() <= REST_WORDS
            // (a cue that is as often a noun, after a word of its noun
            // phrase, is no second cue: `a planner who ran the county
            // forecast`; `, warning,` is)
            && !words.iter().enumerate().any(|(i, x)| {
                let x = crate::tokens::lower(x);
                let noun = i > 0
                    && w.word_classes(&x).any(Class::CUE_NOUN)
                    && !w.cue_word(&crate::tokens::lower(words[i - 1]));
                // (a participle of the topic, `speaking of the fleet,`,
                // `referring to the vote,`, before a second half that goes
                // on in lower case, introduces nothing of its own)
                let topic = x.ends_with("ing")
                    && words
                        .get(i + 1)
                        .is_some_and(|n| crate::tokens::is_any(n, &["of", "about", "to", "on"]))
                    && !cx.shape().first_upper;
                w.cue_word(&x) && !noun && !topic
            });
        (leads_on && !names_someone(gap, w) && !own_cue()).then_some(Outcome::Joins)
    }
}
