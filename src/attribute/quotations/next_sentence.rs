//! `cue-next-sentence`: a quotation that ends its sentence may have its
//! attribution as the next sentence when the segmenter could not join
//! them (`“…?” Will Roe, the county chairman, said of it.`).

use super::{cue_after_end, Construction, Outcome, QuoteContext};
use crate::attribute::cues;
use crate::lexicon::classes::ADDRESSEES;
use crate::lexicon::Class;
use crate::rule::RuleId;
use crate::span::Span;
use crate::tokens::{self, Tok};

pub struct NextSentence;

impl Construction for NextSentence {
    fn rules(&self) -> &'static [RuleId] {
        &[RuleId::CueNextSentence]
    }

    fn apply(&self, cx: &QuoteContext) -> Option<Outcome> {
        let (text, w) = (cx.text, cx.w);
        let s = cx.sentence_after()?;
        let ns = &cx.sentences[s];
        let end = ns.span.end.min(cx.next_start);
        let toks = cx
            .sentence_toks
            .window(s, text, Span::new(ns.span.start, end), w);
        // (a question's asker may go on to say whom and when: `“…?” Roe
        // asked the candidate on Sunday.`)
        let question = q_ends_question(cx);
        let mut f = cues::after(text, &toks, w).filter(|f| {
            ends_attribution(text, &toks, f.end_tok)
                || (question && tokens::is_word(f.cue.slice(text), "asked"))
        })?;
        f.rule = RuleId::CueNextSentence;
        let attr_end = cue_after_end(&toks, &f, end);
        Some(Outcome::Cue {
            found: f,
            attr_end: Some(attr_end),
            between: Vec::new(),
        })
    }
}

/// Whether the quotation is a question (its last words end with `?`).
fn q_ends_question(cx: &QuoteContext) -> bool {
    let q = cx.q;
    q.parts[q.parts.len() - 1]
        .slice(cx.text)
        .trim_end()
        .ends_with('?')
}

/// Words after `said of` that may still close an attribution (`said of
/// the county's new budget plan.`).
const OF_WORDS: usize = 6;

/// How far after a comma past the verb a `that` still opens its clause
/// (`said, twice, that`).
const THAT_AFTER_COMMA: usize = 5;

/// A whole attribution ends at its verb (`Roe said.`): a sentence that goes
/// on (`Roe said the plan …`) reports something new.
fn ends_attribution(text: &str, toks: &[Tok], mut after: usize) -> bool {
    // `Roe, the county chairman, said of it.`: what the words were about
    // (a few words after `of`) closes the attribution too
    if toks
        .get(after)
        .is_some_and(|t| tokens::is_word(t.text(text), "of"))
    {
        let stop = toks.len().min(after + 1 + OF_WORDS);
        let end = (after + 1..stop).find(|&k| !toks[k].word).unwrap_or(stop);
        if end > after + 1 && (end < stop || stop == toks.len()) {
            after = end;
        }
    }
    // `Roe asked him.`, `Roe told reporters.`: the one asked closes it too
    if toks
        .get(after)
        .is_some_and(|t| tokens::is_any(t.text(text), ADDRESSEES))
    {
        after += 1;
    }
    let opens_quote = toks
        .get(after + 1)
        .is_some_and(|t| cues::is_quote_mark(t.text(text)));
    // `He said, twice, that he …`: an aside and `that` open a clause it
    // reports, something new (not the `that` of another verb or clause:
    // `She said, adding that …`, `She said, and that was all.`)
    if toks.get(after).is_some_and(|t| t.text(text) == ",") {
        let window = &toks[after + 1..toks.len().min(after + THAT_AFTER_COMMA)];
        let that = window
            .iter()
            .take_while(|t| {
                !t.is(Class::CUE) && !tokens::is_any(t.text(text), &["and", "but", "or"])
            })
            .any(|t| tokens::is_word(t.text(text), "that"));
        if that {
            return false;
        }
    }
    toks.get(after)
        .is_none_or(|t| matches!(t.text(text), "." | "," | ";" | "!" | "?") && !opens_quote)
}
