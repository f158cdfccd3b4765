//! Sources named in running text: `told Reuters`, `was quoted yesterday by
//! Interfax`, `in an interview with the Financial Times`, `according to
//! Britain’s Guardian newspaper`, and unnamed ones (`according to agency
//! reports`).

use super::{Block, BlockKind, Entry};
use crate::lexicon::{Class, Lexicon};
use crate::span::Span;
use crate::tokens::{is_any, is_word};
use crate::tokens::{SentenceTokens, Tok};

/// Longest outlet name looked up, in words.
const NAME_WORDS: usize = 4;
/// How far before an outlet its trigger may stand, in tokens.
const TRIGGER_REACH: usize = 5;

/// Every inline source of the given sentences, in text order.
pub fn sources(text: &str, sentence_toks: &SentenceTokens, lx: &Lexicon) -> Vec<Block> {
    let mut out = Vec::new();
    for si in 0..sentence_toks.len() {
        let toks = sentence_toks.get(si);
        let mut i = 0;
        while i < toks.len() {
            // (most tokens open no outlet's name, are no `the` and no
            // `according`: passed over on their class bits and length, in
            // one tight scan)
            match toks[i..].iter().position(|t| {
                t.is(Class::OUTLET_START.with(Class::DETERMINER)) || t.span().len() == 9
            }) {
                Some(k) => i += k,
                None => break,
            }
            if let Some((name, outlet, next)) = outlet_at(text, toks, i, lx) {
                if triggered(text, toks, i) {
                    let mut b = inline_block(name, Some(outlet.to_string()), false);
                    b.entries[0].interviewer = journalist(text, toks, name, next, lx);
                    if let Some(j) = b.entries[0].interviewer {
                        b.span = Span::new(b.span.start, j.end);
                    }
                    out.push(b);
                }
                i = next;
                continue;
            }
            if let Some(span) = unnamed_at(text, toks, i).or_else(|| unnamed_outlet(text, toks, i))
            {
                out.push(inline_block(span, None, true));
            }
            i += 1;
        }
    }
    out
}

fn inline_block(span: Span, outlet: Option<String>, unnamed: bool) -> Block {
    // an unnamed source has no name to point at: a zero-length entry
    let at = if unnamed {
        Span::new(span.start, span.start)
    } else {
        span
    };
    Block {
        span,
        kind: BlockKind::Inline,
        entries: vec![Entry {
            source: (!unnamed).then_some(span),
            outlet,
            date: None,
            span: at,
            malformed: false,
            unknown_outlet: false,
            interviewer: None,
        }],
        malformed: false,
    }
}

/// The outlet named by the tokens from `i` (longest match first; `ABC’s`
/// counts as `ABC`): its span, normalized name and the index after it.
fn outlet_at<'l>(
    text: &str,
    toks: &[Tok],
    i: usize,
    lx: &'l Lexicon,
) -> Option<(Span, &'l str, usize)> {
    // outlet names open with a capital: no lookup for other words
    if !toks[i].is(Class::CAP) || !toks[i].is(Class::OUTLET_START) {
        return None;
    }
    let first = toks[i].text(text);
    let stem = first
        .strip_suffix("’s")
        .or_else(|| first.strip_suffix("'s"))
        .unwrap_or(first);
    let lengths = *lx.outlet_starts.get(stem)?;
    for n in (1..=NAME_WORDS.min(toks.len() - i)).rev() {
        if lengths & (1 << n) == 0 {
            continue;
        }
        let last = &toks[i + n - 1];
        if !toks[i..i + n].iter().all(|t| t.word) {
            continue;
        }
        let raw = Span::new(toks[i].span().start, last.span().end).slice(text);
        let name = raw
            .strip_suffix("’s")
            .or_else(|| raw.strip_suffix("'s"))
            .unwrap_or(raw);
        if let Some(o) = lx.outlet(name) {
            let span = Span::new(toks[i].span().start, toks[i].span().start + name.len());
            return Some((span, o, i + n));
        }
    }
    None
}

/// The outlet's journalist named right after its possessive: `ABC’s
/// Barbara Walters` (two or three capitalised words, not a function word).
fn journalist(text: &str, toks: &[Tok], name: Span, next: usize, lx: &Lexicon) -> Option<Span> {
    let owner = toks.get(next.checked_sub(1)?)?;
    // only a possessive outlet owns the name after it
    if owner.span().end == name.end {
        return None;
    }
    let n = toks[next..]
        .iter()
        .take(3)
        .take_while(|t| {
            let s = t.text(text);
            t.word && s.starts_with(char::is_uppercase) && !lx.starters.contains(s)
        })
        .count();
    (n >= 2).then(|| Span::new(toks[next].span().start, toks[next + n - 1].span().end))
}

/// A reporting construction right before the outlet: `told`, `quoted
/// (yesterday) by`, `interview (this week) with`, `according to`, `in`,
/// `to` (`speaking to`), with at most a few words between.
fn triggered(text: &str, toks: &[Tok], i: usize) -> bool {
    let floor = i.saturating_sub(TRIGGER_REACH);
    (floor..i).rev().any(|k| {
        let l = toks[k].text(text);
        let between_ok = toks[k + 1..i].iter().all(|t| t.word);
        between_ok
            && (is_any(l, &["told", "by", "with", "in", "to"])
                || (is_word(l, "according")
                    && toks.get(k + 1).is_some_and(|t| t.text(text) == "to")))
    })
}

/// `according to agency reports`, `according to media reports`: a source
/// the text leaves unnamed. Returns the span of the reports phrase.
fn unnamed_at(text: &str, toks: &[Tok], i: usize) -> Option<Span> {
    if toks[i].span().len() != "according".len()
        || !matches!(toks[i].text(text), "according" | "According")
        || toks.get(i + 1).map(|x| x.text(text)) != Some("to")
    {
        return None;
    }
    let t = |k: usize| toks.get(k).map(|x| x.text(text).to_lowercase());
    let mut k = i + 2;
    while t(k).is_some_and(|w| {
        matches!(
            w.as_str(),
            "agency" | "media" | "press" | "news" | "unconfirmed" | "local" | "some"
        )
    }) {
        k += 1;
    }
    (k > i + 2 || t(k).as_deref() == Some("reports"))
        .then_some(())
        .filter(|_| t(k).as_deref() == Some("reports"))
        .map(|_| Span::new(toks[i + 2].span().start, toks[k].span().end))
}

/// `the website quoted unnamed sources`, `the newspaper reported`: an
/// outlet the text does not name, as the subject of a reporting verb.
/// Returns the span of the noun phrase.
fn unnamed_outlet(text: &str, toks: &[Tok], i: usize) -> Option<Span> {
    // (`the` is a determiner, and the noun's class says it is listed)
    if !toks[i].is(Class::DETERMINER) || !matches!(toks[i].text(text), "the" | "The") {
        return None;
    }
    let noun = toks.get(i + 1)?;
    let verb = toks.get(i + 2)?;
    if !noun.is(Class::OUTLET_NOUN)
        || !matches!(
            verb.text(text),
            "quoted" | "reported" | "cited" | "said" | "quotes" | "reports" | "cites" | "says"
        )
    {
        return None;
    }
    Some(Span::new(toks[i].span().start, noun.span().end))
}
