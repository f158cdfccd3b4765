//! Speaker noun phrases: a name with its title ("Russian Foreign Minister
//! Igor Ivanov"), a pronoun, an organization ("the Kremlin press service"),
//! a group or anonymous source ("experts", "unnamed Defense Ministry
//! sources"), or a role ("the Russian defense minister").

use super::tokens::Tok;
use super::Words;
use crate::lexicon::MONTHS;
use crate::span::Span;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    Person,
    Organization,
    Group,
    Anonymous,
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    /// The whole mention.
    pub span: Span,
    pub kind: SpeakerKind,
    /// The person's name inside the mention, when it has one.
    pub name: Option<Span>,
    /// Title or role words before the name, or an apposition after it.
    pub role: Option<Span>,
    pub pronoun: bool,
}

pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "this", "these", "those", "one",
    "another", "two", "three", "several", "many", "some", "other", "both", "most",
];
pub const CONNECTORS: &[&str] = &[
    "of", "for", "at", "to", "de", "van", "von", "der", "bin", "al", "la", "le", "da", "du", "and",
];
pub const PRONOUNS: &[&str] = &["he", "she", "they", "we", "i", "it"];
/// Capitalised words that name a time, never a speaker (`On Monday,`).
const CALENDAR: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tonight",
];

/// A calendar word (`May` excepted: it is also a name).
fn calendar(word: &str) -> bool {
    CALENDAR.contains(&word) || (word != "may" && MONTHS.contains(&word))
}
const HONORIFICS: &[&str] = &["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr."];

use super::tokens::{lower, Lower};

fn is_cap(t: &str) -> bool {
    t.chars().next().is_some_and(char::is_uppercase)
}

/// A token that can be part of a speaker phrase.
/// Whether [`after`] from token `i` can only read that one word: the next
/// token is no word that could go on a speaker phrase (a name, a noun of
/// the lexicon, a connector) and no comma before an apposition, and the
/// word itself opens nothing (a determiner or pronoun).
pub fn lone_word(text: &str, toks: &[Tok], i: usize, w: &Words) -> bool {
    let l = lower(toks[i].text(text));
    if DETERMINERS.contains(&l.as_str()) || PRONOUNS.contains(&l.as_str()) {
        return false;
    }
    match toks.get(i + 1) {
        None => true,
        Some(n) if !n.word => n.text(text) != ",",
        Some(n) => {
            let nt = n.text(text);
            let nl = lower(nt);
            !is_cap(nt) && !w.nouns.contains(nl.as_str()) && !CONNECTORS.contains(&nl.as_str())
        }
    }
}

fn np_word(t: &str, w: &Words) -> bool {
    is_cap(t) || w.nouns.contains(lower(t).as_str())
}

/// The phrase that ends just before token `end` (exclusive), walking back.
pub fn before(text: &str, toks: &[Tok], end: usize, w: &Words) -> Option<Phrase> {
    let last = end.checked_sub(1)?;
    let t = toks[last].text(text);
    if !toks[last].word {
        return None;
    }
    let l = lower(t);
    if PRONOUNS.contains(&l.as_str()) {
        return Some(pronoun(toks[last].span));
    }
    if !np_word(t, w) || DETERMINERS.contains(&l.as_str()) || w.cue_word(&l) {
        return None;
    }
    // `Why not just say`: a function word alone is nobody
    if w.starters.contains(t)
        && (last == 0 || !toks[last - 1].word || !is_cap(toks[last - 1].text(text)))
    {
        return None;
    }
    let mut start = last;
    while start > 0 && last - start < 10 {
        let p = &toks[start - 1];
        let pt = p.text(text);
        let pl = lower(pt);
        if !p.word {
            break;
        }
        if DETERMINERS.contains(&pl.as_str()) {
            start -= 1;
            break;
        }
        if CONNECTORS.contains(&pl.as_str()) && pl != "and" {
            // `ambassador to Russia`, `head of the department`
            if start >= 2 && np_word(toks[start - 2].text(text), w) {
                start -= 1;
                continue;
            }
            break;
        }
        if np_word(pt, w)
            && (!w.cue_word(&pl) || (start >= 2 && is_cap(pt)))
            && !PRONOUNS.contains(&pl.as_str())
        {
            start -= 1;
            continue;
        }
        break;
    }
    // a capitalised word opening a sentence may be a function word
    while start < last
        && w.starters.contains(toks[start].text(text))
        && !is_cap_name_start(text, toks, start, w)
    {
        start += 1;
    }
    Some(classify(text, &toks[start..=last], w))
}

fn is_cap_name_start(text: &str, toks: &[Tok], k: usize, w: &Words) -> bool {
    let t = toks[k].text(text);
    DETERMINERS.contains(&lower(t).as_str())
        && k + 1 < toks.len()
        && np_word(toks[k + 1].text(text), w)
}

/// The phrase that starts at token `start`; returns it and the index after.
pub fn after(text: &str, toks: &[Tok], start: usize, w: &Words) -> Option<(Phrase, usize)> {
    let first = toks.get(start)?;
    let t = first.text(text);
    let l = lower(t);
    if PRONOUNS.contains(&l.as_str()) {
        return Some((pronoun(first.span), start + 1));
    }
    let mut k = start;
    if DETERMINERS.contains(&l.as_str()) {
        k += 1;
    }
    let body = k;
    while k < toks.len() && k - start < 12 {
        let tk = &toks[k];
        let tt = tk.text(text);
        let tl = lower(tt);
        if !tk.word {
            break;
        }
        if CONNECTORS.contains(&tl.as_str()) && tl != "and" {
            let next = toks.get(k + 1).map(|n| n.text(text)).unwrap_or("");
            if k > body && (np_word(next, w) || DETERMINERS.contains(&lower(next).as_str())) {
                k += 1;
                if DETERMINERS.contains(&lower(next).as_str()) {
                    k += 1;
                }
                continue;
            }
            break;
        }
        // a capitalised word inside a name is no verb (`Washington Post`)
        if np_word(tt, w) && (!w.cue_word(&tl) || (k > start && is_cap(tt))) {
            k += 1;
            continue;
        }
        // lower-case modifiers before a head noun: `a senior administration official`
        if k > start
            && body == start + 1
            && k + 1 < toks.len()
            && tl.chars().all(char::is_alphabetic)
            && !w.cue_word(&tl)
        {
            let rest_head = (k + 1..toks.len().min(k + 4))
                .any(|j| w.heads.contains(lower(toks[j].text(text)).as_str()));
            if rest_head {
                k += 1;
                continue;
            }
        }
        break;
    }
    if k <= body {
        return None;
    }
    // `When`, `Ever`, `Wait`: a function word alone is nobody
    if k == start + 1 && w.starters.contains(t) {
        return None;
    }
    let mut phrase = classify(text, &toks[start..k], w);
    // apposition: `Fiona Hill, fellow at the Brookings Institution`
    if toks.get(k).is_some_and(|c| c.text(text) == ",") && phrase.kind == SpeakerKind::Person {
        if let Some(r) = apposition(text, toks, k + 1, w) {
            phrase.role = Some(r);
        }
    }
    Some((phrase, k))
}

/// An apposition after a comma: up to the next comma or the end.
pub fn apposition(text: &str, toks: &[Tok], from: usize, w: &Words) -> Option<Span> {
    let first = toks.get(from)?;
    let ft = lower(first.text(text));
    let starts_ok = matches!(ft.as_str(), "a" | "an" | "the")
        || w.titles.contains(ft.as_str())
        || (!is_cap(first.text(text)) && first.word);
    if !starts_ok || PRONOUNS.contains(&ft.as_str()) || w.cue_word(&ft) {
        return None;
    }
    let mut end = from;
    while end < toks.len() {
        let t = toks[end].text(text);
        if matches!(t, "," | "." | ";" | ":" | "?" | "!" | "(" | ")")
            || super::cues::is_quote_mark(t)
        {
            break;
        }
        end += 1;
    }
    (end > from).then(|| Span::new(first.span.start, toks[end - 1].span.end))
}

pub fn pronoun(span: Span) -> Phrase {
    Phrase {
        span,
        kind: SpeakerKind::Person,
        name: None,
        role: None,
        pronoun: true,
    }
}

pub fn classify(text: &str, toks: &[Tok], w: &Words) -> Phrase {
    let last = toks[toks.len() - 1].text(text);
    // `Rumsfeld’s mention of …`: the possessor is the speaker
    if let Some(stem) = last.strip_suffix("’s").or_else(|| last.strip_suffix("'s")) {
        if is_cap(stem) && !w.orgs.contains(lower(stem).as_str()) {
            let mut p = classify_tokens(text, toks, w);
            let end = toks[toks.len() - 1].span.start + stem.len();
            p.span = Span::new(p.span.start, end);
            p.kind = SpeakerKind::Person;
            p.name = Some(Span::new(
                p.name.map_or(toks[toks.len() - 1].span.start, |n| n.start),
                end,
            ));
            return p;
        }
    }
    classify_tokens(text, toks, w)
}

fn classify_tokens(text: &str, toks: &[Tok], w: &Words) -> Phrase {
    let span = Span::new(toks[0].span.start, toks[toks.len() - 1].span.end);
    let words: Vec<Lower> = toks.iter().map(|t| lower(t.text(text))).collect();
    let head = words.last().map(Lower::as_str).unwrap_or("");
    let head_raw = toks[toks.len() - 1].text(text);
    let anonymous = words.iter().any(|x| w.anonymous.contains(x.as_str()));
    let mut p = Phrase {
        span,
        kind: SpeakerKind::Unknown,
        name: None,
        role: None,
        pronoun: false,
    };
    if w.groups.contains(head) {
        p.kind = if anonymous {
            SpeakerKind::Anonymous
        } else {
            SpeakerKind::Group
        };
        return p;
    }
    if w.titles.contains(head) && !is_cap(head_raw)
        || (w.titles.contains(head) && words.len() > 1 && words[0] == "the")
    {
        p.kind = SpeakerKind::Person;
        p.role = Some(span);
        return p;
    }
    if w.orgs.contains(head) {
        p.kind = SpeakerKind::Organization;
        return p;
    }
    // `Scott Hawkins of Cheyenne`: a full name, then where the person is
    // from; `Secretary of State John Kerry` has a title before `of`
    if let Some(c) = words
        .iter()
        .position(|x| matches!(x.as_str(), "of" | "from"))
    {
        let name_run = toks[..c]
            .iter()
            .rev()
            .take_while(|t| {
                is_cap(t.text(text)) && !w.titles.contains(lower(t.text(text)).as_str())
            })
            .count();
        if c >= 2 && name_run >= 2 && name_run == c {
            p.kind = SpeakerKind::Person;
            p.name = Some(Span::new(toks[0].span.start, toks[c - 1].span.end));
            p.role = Some(Span::new(toks[c].span.start, span.end));
            return p;
        }
    }
    if is_cap(head_raw) {
        // the name is the run of capitalised non-title words at the end
        let mut k = toks.len();
        while k > 0 {
            let t = toks[k - 1].text(text);
            let l = lower(t);
            let particle = matches!(
                l.as_str(),
                "de" | "van" | "von" | "der" | "bin" | "al" | "la" | "le" | "da" | "du"
            );
            if (is_cap(t)
                && !w.titles.contains(l.as_str())
                && !w.orgs.contains(l.as_str())
                && !w.starters.contains(t)
                && !t.ends_with("’s")
                && !t.ends_with("'s"))
                || (particle && k < toks.len())
            {
                k -= 1;
            } else {
                break;
            }
        }
        if k == toks.len()
            || words[k..].iter().all(|x| calendar(x))
            // (`former Soviet`; a demonym alone may be a surname: `Cuban said`)
            || (k > 0 && k + 1 == toks.len() && w.demonyms.contains(words[k].as_str()))
        {
            return p;
        }
        // `ambassador to Poland Mark Hale`: the place belongs to the title
        if toks.len() - k >= 3 && k > 0 && CONNECTORS.contains(&words[k - 1].as_str()) {
            k += 1;
        }
        p.kind = SpeakerKind::Person;
        p.name = Some(Span::new(toks[k].span.start, span.end));
        if k > 0 {
            let mut rs = 0;
            while rs < k
                && (DETERMINERS.contains(&words[rs].as_str())
                    || HONORIFICS.contains(&words[rs].as_str()))
            {
                rs += 1;
            }
            if rs < k {
                p.role = Some(Span::new(toks[rs].span.start, toks[k - 1].span.end));
            }
        }
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribute::tokens::tokenize;

    /// `lone_word` at the first token of `t`.
    fn lone(t: &str) -> bool {
        let w = Words::default();
        lone_word(t, &tokenize(t, Span::new(0, t.len())), 0, &w)
    }

    #[test]
    fn a_lone_word_is_one_no_phrase_can_go_on_from() {
        assert!(lone("Moscow has said"));
        assert!(lone("Putin’s remarks"));
        assert!(lone("Lavrov."));
        // a name, a speaker noun, a connector or an apposition may follow
        assert!(!lone("Sergei Ivanov said"));
        assert!(!lone("Kremlin officials said"));
        assert!(!lone("Secretary of State"));
        assert!(!lone("Hill, a fellow"));
        // a determiner opens a phrase of its own
        assert!(!lone("These officials"));
    }
}
