//! Reporting cues around a quotation: after it (`,” Putin said.`,
//! `,” said Fiona Hill, fellow at …`) or before it (`Lavrov said: “`,
//! `X told reporters that “`, `According to X, “`).

use super::pattern;
use super::phrase::{self, Phrase, SpeakerKind};
use super::Words;
use crate::lexicon::classes::{
    ARTICLES, BE_FORMS, CONTRACTED, LEADING_CONNECTIVES, PARTICLE_CLOSERS, RAISING, SUBORDINATORS,
};
use crate::lexicon::Class;
use crate::rule::RuleId;
use crate::span::Span;
use crate::tokens::Tok;

/// A cue and the speaker phrase it points at.
#[derive(Debug, Clone)]
pub struct Found {
    pub cue: Span,
    pub phrase: Phrase,
    pub rule: RuleId,
    /// Index of the first token after the attribution (cue-after only).
    pub end_tok: usize,
}

/// Tokens a participle looks back for its clause's reporting verb.
const CLAUSE_REACH: usize = 60;

pub fn is_quote_mark(t: &str) -> bool {
    matches!(
        t,
        "\"" | "“" | "”" | "‘" | "’" | "'" | "''" | "«" | "»" | "„"
    )
}

use crate::tokens::{ends_ci, is_any, is_dash, is_word, lower};

/// Whether token `k` is a reporting verb here. Two verbs report speech
/// only in one construction: `put` in `as X put it`, and `call` with an
/// object or `for`/`on` before the quotation (`called it “…”`, `called
/// for “…”`), never as a naming participle (`so-called`, `a plan called
/// “…”`, `was called “…”`).
pub fn cue_at(text: &str, toks: &[Tok], k: usize, w: &Words) -> bool {
    if !toks[k].is(Class::CUE) || name_not_verb(text, toks, k) {
        return false;
    }
    // (`That said, …`, `That being said, …`: a connective, no report)
    // (asked of every cue: lengths first)
    if k >= 1
        && toks[k].span().len() == 4
        && toks
            .get(k + 1)
            .is_some_and(|t| t.span().len() == 1 && t.text(text) == ",")
        && is_word(toks[k].text(text), "said")
        && ((is_word(toks[k - 1].text(text), "that")
            && (k == 1
                || !toks[k - 2].word
                || is_any(toks[k - 2].text(text), LEADING_CONNECTIVES)))
            || (k >= 2
                && is_word(toks[k - 1].text(text), "being")
                && is_word(toks[k - 2].text(text), "that")))
    {
        return false;
    }
    let Some(lemma) = w.lemma_name(toks[k].lemma).filter(|_| toks[k].word) else {
        return false;
    };
    if passive(text, toks, k, lemma)
        || after_preposition(text, toks, k)
        || adjective_after_possessive(text, toks, k, w)
        || noun_after_singular_name(text, toks, k, lemma, w)
        || noun_after_determiner(text, toks, k, lemma, w)
        || counted_plural(text, toks, k, lemma)
        || noun_before_verb(text, toks, k, w)
    {
        return false;
    }
    if let Some(p) = particle(toks[k].lemma, w) {
        return particle_closes(text, toks, k, p);
    }
    lemma != "call" || call_reports(text, toks, k)
}

/// `The strong jobs report has cleared the way`, `the committee report
/// was finalized`: a cue that is also a noun, right before an auxiliary
/// or a form of `be`, is that verb's subject (a reported clause opens with
/// its own subject); not after a pronoun (`the plan she claims was
/// stolen`), nor after a possessive, whose noun reports through the
/// copula (`the senator’s answer was that …`).
fn noun_before_verb(text: &str, toks: &[Tok], k: usize, w: &Words) -> bool {
    k > 0
        && toks.get(k + 1).is_some_and(|n| {
            n.is(Class::AUX) && is_any(n.text(text), crate::lexicon::classes::RELATIVE_VERBS)
        })
        && !toks[k - 1].is(Class::PRONOUN)
        && phrase::possessive_len(toks[k - 1].text(text)) == 0
        // (the noun of a phrase a determiner opens, `the jobs report`;
        // not a subject of its own, `What Roe claims is`, `What critics
        // claim is`)
        && (k.saturating_sub(4)..k).any(|j| toks[j].is(Class::DETERMINER))
        && !toks[k - 1].is(Class::CAP.with(Class::GROUP))
        && noun_form(toks[k].text(text), w)
}

/// Number words that count a plural noun after them.
const COUNTS: &[&str] = &[
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "dozen",
    "dozens",
    "hundreds",
    "thousands",
];

/// `the four states that voted`, `all 50 states`, `two reports`: a cue
/// word in -s after a number greater than one is a plural noun (a plural
/// subject would take `state`, not `states`); not after a label's
/// number (`Section 4 states that …`).
fn counted_plural(text: &str, toks: &[Tok], k: usize, lemma: &str) -> bool {
    // (asked of every cue word: a plural's length and last letter first,
    // from the span alone; then the word before, by its first byte, a
    // digit or the first letter of a word of COUNTS)
    let sp = toks[k].span();
    if sp.len() != lemma.len() + 1 || text.as_bytes()[sp.end - 1] | 0x20 != b's' {
        return false;
    }
    let Some(n) = k.checked_sub(1).map(|j| toks[j].text(text)) else {
        return false;
    };
    let first = n.as_bytes().first().copied().unwrap_or(0);
    if !(first.is_ascii_digit()
        || matches!(first | 0x20, b't' | b'f' | b's' | b'e' | b'n' | b'd' | b'h'))
    {
        return false;
    }
    let digits = n.starts_with(|c: char| c.is_ascii_digit())
        && n.bytes().all(|b| b.is_ascii_digit() || b == b',');
    let label = k >= 2 && toks[k - 2].is(Class::CAP) && !toks[k - 2].is(Class::FUNCTION);
    (digits && n != "1" && !label) || is_any(n, COUNTS)
}

/// `the United States` is a name, not a verb: a capitalised cue word
/// stands only where a sentence or clause opens.
fn name_not_verb(text: &str, toks: &[Tok], k: usize) -> bool {
    toks[k].is(Class::CAP)
        && k > 0
        && !matches!(toks[k - 1].text(text), "," | ":" | ";" | "—" | "–" | "(")
        && !is_quote_mark(toks[k - 1].text(text))
}

/// A passive reporting verb has its speaker elsewhere (`the deal was
/// described as …`), except `was quoted as saying`.
fn passive(text: &str, toks: &[Tok], k: usize, lemma: &str) -> bool {
    let t = toks[k].text(text);
    k > 0
        && lemma != "quote"
        && (t.ends_with("ed") || is_any(t, &["told", "said", "written", "read"]))
        && toks[..k]
            .iter()
            .rev()
            .take(3)
            .take_while(|p| p.word)
            // (`be` and `being` are no auxiliaries of the class; for the
            // rest, the class spares the comparisons)
            .any(|p| {
                let t = p.text(text);
                (p.is(Class::AUX) && is_any(t, BE_FORMS)) || is_any(t, &["be", "being"])
            })
}

/// `the executive in charge of …`, `a drop in reported crime`: right
/// after a preposition a cue word is a noun or an adjective (its -ing form
/// goes on as a verb: `by saying`, `without adding`).
fn after_preposition(text: &str, toks: &[Tok], k: usize) -> bool {
    // (the class first, asked of every cue; in lower case, not a name's
    // word, `From said`; nor one that is also a noun or particle, `a voice
    // over says`, `to say`)
    k > 0
        && toks[k - 1].is(Class::PREPOSITION)
        && !toks[k - 1].is(Class::CAP)
        && !is_any(toks[k - 1].text(text), &["to", "like", "over", "about", "through"])
        && !ends_ci(toks[k].text(text), "ing")
        // (a preposition a relative clause leaves at its end is no
        // phrase's: `The people she worked with said`)
        && !toks[k.saturating_sub(4)..k - 1]
            .iter()
            .any(|t| t.is(Class::PRONOUN))
}

/// `Roe’s claim`, `the union’s reports`: a cue that is also a noun, after
/// a possessive (not a contraction: `he’s said`).
pub fn possessor_noun(text: &str, toks: &[Tok], k: usize, w: &Words) -> bool {
    after_possessive(text, toks, k) && noun_form(toks[k].text(text), w)
}

/// Whether a possessive stands right before token `k` (`Roe’s`, `the
/// group’s`; not a contraction, `he’s`).
fn after_possessive(text: &str, toks: &[Tok], k: usize) -> bool {
    let Some(p) = k.checked_sub(1).map(|j| toks[j].text(text)) else {
        return false;
    };
    let stem = &p[..p.len() - phrase::possessive_len(p)];
    stem.len() < p.len() && !is_any(stem, CONTRACTED)
}

/// Whether cue word `t`, or the singular of it, is also a noun of the
/// lexicon (`claim`, `reports`).
fn noun_form(t: &str, w: &Words) -> bool {
    w.word_classes(&lower(t.strip_suffix('s').unwrap_or(t)))
        .any(Class::CUE_NOUN)
}

/// `the congressman’s alleged affair`, `the group’s stated aim`, `Roe’s
/// remarks`: a past participle or a plural in -s after a possessive is an
/// adjective or a noun (`he’s said` is a verb; `the senator’s answer was
/// that …` reports through its noun).
fn adjective_after_possessive(text: &str, toks: &[Tok], k: usize, w: &Words) -> bool {
    if !after_possessive(text, toks, k) {
        return false;
    }
    // (a plural only of a cue that is also a noun, `remarks`, `claims`: a
    // name in the possessive says and warns, `Moody’s says …`)
    let t = toks[k].text(text);
    t.ends_with("ed")
        || t.strip_suffix('s')
            .is_some_and(|base| w.word_classes(&lower(base)).any(Class::CUE_NOUN))
}

/// `Full text below:`, `Home state …`: a base form right after a singular
/// capitalised word opening a clause is a noun (a verb would agree: `Roe
/// texts`); after a plural (`Democrats say`), a pronoun (`I say`), a group
/// (`People say`) or names joined by `and` it is a verb. (A verb that needs
/// a particle, `As Professor Roe put it`, and one whose past is its base,
/// `Smith read a statement:`, are verbs there.)
fn noun_after_singular_name(text: &str, toks: &[Tok], k: usize, lemma: &str, w: &Words) -> bool {
    let t = toks[k].text(text);
    if k == 0
        || !is_word(t, lemma)
        || particle(toks[k].lemma, w).is_some()
        || w.lemma_use(toks[k].lemma).is_some_and(|u| u.past_is_base)
    {
        return false;
    }
    let mut r = k;
    while r > 0 && toks[r - 1].word && toks[r - 1].is(Class::CAP) && !toks[r - 1].is(Class::STARTER)
    {
        r -= 1;
    }
    let p = &toks[k - 1];
    r < k
        && (r == 0 || !toks[r - 1].word)
        && !p.is(Class::PRONOUN.with(Class::GROUP))
        && !ends_ci(p.text(text), "s")
}

/// `a Twitter comment`, `the report`: a noun after a determiner (after a
/// possessive, `Rumsfeld’s mention of …`, it still names the speaker); `a
/// rare note of`, `a crucial point`: a base form after a determiner and an
/// adjective is a noun too. Only a base form (`comment`) or plural
/// (`claims`) can be such a noun: `the ACU said` keeps its verb.
/// Ordinals, which stand before a noun, never before a verb.
const ORDINALS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "last", "next",
];

fn noun_after_determiner(text: &str, toks: &[Tok], k: usize, lemma: &str, w: &Words) -> bool {
    let det = |j: usize| toks[j].is(Class::DETERMINER);
    let adjective =
        |j: usize| toks[j].word && !toks[j].is(Class::CAP.with(Class::TITLE).with(Class::GROUP));
    // (the word is lower-cased only where a determiner stands before it)
    // (an ordinal after a determiner goes before a noun of any verb's
    // form: `the fifth state that …`, `the second report`)
    let before_noun = k > 0
        && (det(k - 1)
            || (k > 1
                && det(k - 2)
                && (toks[k - 1].is(Class::CAP) || adjective(k - 1))
                && (toks[k].is(Class::CUE_NOUN)
                    // (not a fraction: `a third say`)
                    || (is_any(toks[k - 1].text(text), ORDINALS)
                        && !is_any(toks[k - 2].text(text), &["a", "an"])))));
    if !before_noun {
        return false;
    }
    // (a subject pronoun and its verb after it open the clause it
    // reports: `Backers of the bill claim it will cut costs`)
    if !det(k - 1)
        && toks.get(k + 1).is_some_and(|t| is_any(t.text(text), crate::lexicon::classes::PRONOUN_SUBJECTS))
        // (an auxiliary, as a past may be a relative's: `the insurance
        // claim it filed`)
        && toks.get(k + 2).is_some_and(|t| {
            is_any(t.text(text), crate::lexicon::classes::RELATIVE_VERBS)
        })
    {
        return false;
    }
    // (`in a written statement`, `the stated aim`: any form right after an
    // article is no verb; `many said`, `some claimed` keep theirs)
    if is_any(toks[k - 1].text(text), ARTICLES) {
        return true;
    }
    if relative_verb(text, toks, k, lemma, w) {
        return false;
    }
    // (`Some say …`, `One says …, while another says …`: a quantifier
    // opening its clause is the verb's subject)
    let opens = k == 1
        || !toks[k - 2].word
        || is_any(toks[k - 2].text(text), LEADING_CONNECTIVES)
        || is_any(toks[k - 2].text(text), &["while", "whereas"]);
    if opens
        && is_any(
            toks[k - 1].text(text),
            &[
                "some", "many", "most", "one", "another", "few", "several", "both", "all",
            ],
        )
    {
        return false;
    }
    let lt = lower(toks[k].text(text));
    let base = lemma == lt.as_str();
    let nounish = base || lt.strip_suffix('s') == Some(lemma);
    // (past a word between, only the base form)
    nounish && (det(k - 1) || base)
}

/// `a sign that read`, `the report, which notes`: after a noun, a
/// relative pronoun and the verb of its clause, not a determiner and its
/// noun; `that` only before a past (`told reporters that claims of …`
/// has the noun).
fn relative_verb(text: &str, toks: &[Tok], k: usize, lemma: &str, w: &Words) -> bool {
    if k < 2 || !toks[k - 2].word || toks[k - 2].is(Class::CUE.with(Class::AUX)) {
        return k >= 2 && is_word(toks[k - 1].text(text), "which") && toks[k - 2].text(text) == ",";
    }
    let r = toks[k - 1].text(text);
    if is_word(r, "which") {
        return true;
    }
    let lt = lower(toks[k].text(text));
    let past = (lt.as_str() != lemma && !lt.ends_with('s') && !lt.ends_with("ing"))
        || w.lemma_use(toks[k].lemma).is_some_and(|u| u.past_is_base);
    is_word(r, "that") && past && !toks[k - 2].is(Class::PREPOSITION)
}

/// `as X put it`, `made clear that`, `went on`: a verb that needs its
/// particle `p` (a `+WORD` marker in cue_verbs.txt) has it right after
/// it, closing the cue, an adverb or an adjunct aside (`fired back
/// forcefully:`, `shot back at him`, `shot back with a laugh`; `went on
/// recess` reports nothing).
fn particle_closes(text: &str, toks: &[Tok], k: usize, p: &str) -> bool {
    let has = toks
        .get(k + 1)
        .is_some_and(|n| lower(n.text(text)).as_str() == p);
    let closes = toks
        .get(k + 2)
        .is_none_or(|n| !n.word || n.is(Class::AUX) || is_any(n.text(text), PARTICLE_CLOSERS));
    has && closes
}

/// `call` reports speech with an object or `for`/`on` before the quotation
/// (`called the plan “…”`) or right after its subject (`what Gingrich
/// called “…”`), never as a naming participle (`a group called “…”`,
/// `so-called`).
fn call_reports(text: &str, toks: &[Tok], k: usize) -> bool {
    let prev = k.checked_sub(1).map(|p| lower(toks[p].text(text)));
    let naming = prev.as_deref().is_some_and(|p| {
        matches!(
            p,
            "so" | "-" | "‐" | "is" | "was" | "are" | "were" | "be" | "been" | "being"
        )
    }) || (k >= 1
        && toks[k - 1].word
        && !toks[k - 1].is(Class::PRONOUN.with(Class::CAP).with(Class::AUX)));
    // `what Gingrich called “…”` names its speaker right before
    let named_subject = k >= 1 && toks[k - 1].is(Class::CAP.with(Class::PRONOUN));
    !naming
        && (named_subject
            || toks
                .get(k + 1)
                .is_some_and(|n| !is_quote_mark(n.text(text))))
}

/// `experts are reportedly suggesting`: a form of `be` among the
/// auxiliaries and adverbs right before the verb at `k`.
fn progressive(text: &str, toks: &[Tok], k: usize) -> bool {
    toks[..k]
        .iter()
        .rev()
        .take_while(|t| t.is(Class::AUX))
        .any(|t| is_any(t.text(text), &["is", "are", "was", "were"]))
}

/// The particle a reporting verb needs, from its lexicon markers (by the
/// verb's lemma id).
fn particle(lemma: u16, w: &Words) -> Option<&str> {
    w.lemma_use(lemma)?.particle.as_deref()
}

/// The cue span for a verb at `k`, extended over `as saying` after
/// `quoted` and over a following `to`/`that` is not needed.
pub fn cue_span(text: &str, toks: &[Tok], k: usize, w: &Words) -> (Span, usize) {
    let mut end = k;
    // `made clear`, `shot back`, `went on`: the particle belongs to the cue
    if let Some(p) = particle(toks[k].lemma, w) {
        if toks
            .get(k + 1)
            .is_some_and(|n| lower(n.text(text)).as_str() == p)
        {
            end = k + 1;
        }
    }
    if is_word(toks[k].text(text), "quoted") {
        // was quoted (yesterday by Interfax) as saying
        let stop = (k + 12).min(toks.len());
        if let Some(a) = (k + 1..stop).find(|&j| toks[j].text(text) == "as") {
            if toks
                .get(a + 1)
                .is_some_and(|t| t.text(text).ends_with("ing"))
                && a + 1 - k <= 10
            {
                end = a + 1;
            }
        }
    }
    let start = if k >= 1 && is_any(toks[k - 1].text(text), BE_FORMS) {
        k - 1
    } else {
        k
    };
    (
        Span::new(toks[start].span().start, toks[end].span().end),
        end + 1,
    )
}

/// Attribution right after a closing mark; `toks` run from the mark to the
/// end of the sentence.
pub fn after(text: &str, toks: &[Tok], w: &Words) -> Option<Found> {
    let mut i = 0;
    while toks
        .get(i)
        .is_some_and(|t| t.text(text) == "," || is_dash(t.text(text)))
    {
        i += 1;
    }
    let first = toks.get(i)?;
    let ft = first.text(text);
    // `said Fiona Hill`, `noted Mikhail Margelov`
    if first.is(Class::CUE) && !ends_ci(ft, "ing") {
        let (cue, j) = cue_span(text, toks, i, w);
        let j = past_aux(text, toks, j);
        let phrase = phrase::after(text, toks, j, w)
            .filter(|(_, e)| toks.get(*e).is_none_or(|t| !t.word))
            .or_else(|| loose_phrase_after(text, toks, j, w))
            .or_else(|| phrase::after(text, toks, j, w));
        if let Some((phrase, end)) = phrase {
            return Some(Found {
                cue,
                phrase,
                rule: RuleId::CueAfterInverted,
                end_tok: end,
            });
        }
        // `Read said.`: a name that is also a verb
        if !first.is(Class::CAP) {
            return None;
        }
    }
    // `“…,” according to CNN.`
    if is_word(ft, "according") && toks.get(i + 1).is_some_and(|t| is_word(t.text(text), "to")) {
        // the whole noun phrase: `the party newsletter`, not `the party`
        let (phrase, end) = phrase::after(text, toks, i + 2, w)
            .filter(|(_, e)| toks.get(*e).is_none_or(|t| !t.word))
            .or_else(|| loose_phrase_after(text, toks, i + 2, w))
            .or_else(|| phrase::after(text, toks, i + 2, w))
            .or_else(|| bare_source_after(text, toks, i + 2, w))?;
        let phrase = phrase::issuing_agent(text, toks, &phrase, w).unwrap_or(phrase);
        return Some(Found {
            cue: Span::new(first.span().start, toks[i + 1].span().end),
            phrase,
            rule: RuleId::AccordingTo,
            end_tok: end,
        });
    }
    // `Putin said`, `the company said in a statement`, `he was quoted as saying`
    let Some((phrase, mut j)) = phrase::after(text, toks, i, w) else {
        return named_in_apposition(text, toks, i, w)
            .or_else(|| loose_subject_then_verb(text, toks, i, w));
    };
    // `Sen. Chuck Schumer (D-N.Y.) said`
    if toks.get(j).is_some_and(|t| t.text(text) == "(") {
        if let Some(c) = (j + 1..toks.len().min(j + 8)).find(|&k| toks[k].text(text) == ")") {
            j = c + 1;
        }
    }
    let mut phrase = phrase;
    // (the comma may close a role the phrase reader left unfinished: `her
    // deputy chief of staff, Jo Kemp, said`)
    let role_comma = (j..toks.len().min(j + ROLE_RUN))
        .find(|&k| toks[k].text(text) == ",")
        .filter(|&c| toks[j..c].iter().all(|t| t.word && !t.is(Class::CUE)));
    if let Some(jc) = role_comma {
        // `another friend, Mariam Emara told CNN`, `his wife, Gabriela
        // Lazar, wrote`: the name in apposition
        if let Some((p, e)) = phrase::after(text, toks, jc + 1, w) {
            let named = p.names_person();
            let comma = toks.get(e).is_some_and(|t| t.text(text) == ",");
            if named && cue_at_any(text, toks, e, w) {
                phrase = p;
                j = e;
            } else if named && comma && cue_at_any(text, toks, e + 1, w) {
                phrase = p;
                j = e + 1;
            }
        }
    }
    if let Some(k) = cue_past_aside(text, toks, j, w)
        .or_else(|| cue_past_unclosed_aside(text, toks, j, &phrase, w))
    {
        j = k;
    }
    j = past_aux(text, toks, j);
    toks.get(j)?;
    // (the phrase moves into the first reading that takes it: no copy)
    if cue_at(text, toks, j, w) && !ends_ci(toks[j].text(text), "ing") {
        return Some(cue_after_at(text, toks, j, phrase, w));
    }
    if let Some(v) = verb_past_chain(text, toks, j, w) {
        // (the mention runs to the verb's phrases, its head's kind stays)
        let mention = Span::new(phrase.span.start, toks[v - 1].span().end);
        let phrase = Phrase {
            span: mention,
            ..phrase
        };
        return Some(cue_after_at(text, toks, past_aux(text, toks, v), phrase, w));
    }
    loose_subject_then_verb(text, toks, i, w)
}

/// Most tokens from a speaker phrase over the phrases hanging on it to
/// its verb (`officials | familiar with the talks | said`).
const CHAIN_REACH: usize = 12;

/// `…, officials familiar with the talks said`, `…, aides close to the
/// mayor say`: the reporting verb after the prepositional phrases (and a
/// postmodifying adjective) that hang on a speaker phrase ending at `j`,
/// as [`past_prepositional_chain`] reads them before a verb: the token
/// after those phrases (the verb, or its auxiliaries).
fn verb_past_chain(text: &str, toks: &[Tok], j: usize, w: &Words) -> Option<usize> {
    // (the class bits first: this is asked wherever a phrase after a
    // comma is not followed by its verb)
    let first = &toks[j];
    let preposition = first.is(Class::PREPOSITION.with(Class::CONNECTOR))
        && is_any(first.text(text), CHAIN_PREPOSITIONS);
    if !first.word
        || first.is(Class::CAP.with(Class::CUE))
        || !(preposition || is_any(first.text(text), POSTMODIFIERS))
    {
        return None;
    }
    let v = (j + 1..toks.len().min(j + CHAIN_REACH)).find(|&k| toks[k].is(Class::CUE))?;
    let v = back_over_aux(text, toks, v).max(j + 1);
    // (a day or date says when: `Ryan on Thursday said`)
    if past_prepositional_chain(text, toks, j, v) != v
        || toks[j..v]
            .iter()
            .any(|t| t.is(Class::CALENDAR) || phrase::is_day(text, t))
    {
        return None;
    }
    let k = past_aux(text, toks, v);
    (k < toks.len() && cue_at(text, toks, k, w) && !ends_ci(toks[k].text(text), "ing")).then_some(v)
}

/// The first reporting verb after a comma, within the sentence, when
/// token `j` is a comma that sets an aside after a subject apart:
/// `Langton, a research fellow …, said`, `Harry Bond, 30, of Raleigh,
/// N.C., who was among those polled, said`.
fn cue_past_aside(text: &str, toks: &[Tok], j: usize, w: &Words) -> Option<usize> {
    if toks.get(j).is_none_or(|t| t.text(text) != ",") {
        return None;
    }
    let mut k = j + 1;
    while k < toks.len()
        && k - j < 40
        && !matches!(toks[k].text(text), "“" | "”" | "\"" | "«" | "»")
    {
        let t = toks[k].text(text);
        if toks[k - 1].text(text) == "," && cue_at(text, toks, k, w) && !ends_ci(t, "ing") {
            return Some(k);
        }
        // (an abbreviation's point before a comma ends no sentence:
        // `McConnell, R-Ky., said`, `of Cambridge, Mass., said`)
        let abbreviation = t == "." && toks.get(k + 1).is_some_and(|n| n.text(text) == ",");
        if matches!(t, "." | ";" | "?" | "!") && !abbreviation {
            return None;
        }
        k += 1;
    }
    None
}

/// `Katie Packer, who chairs the group said.`, `Nate Silver, the polling
/// guru tweeted on Wednesday.`: an aside after a named person whose
/// closing comma the writer left out. The first reporting verb after the
/// comma at `j` is the person's (a relative clause's own verb is theirs
/// too) when the aside opens with `who` or a determiner and the sentence
/// ends within a few words after it, an attribution's tail.
fn cue_past_unclosed_aside(
    text: &str,
    toks: &[Tok],
    j: usize,
    phrase: &Phrase,
    w: &Words,
) -> Option<usize> {
    let named = phrase.names_person();
    if !named
        || toks.get(j).is_none_or(|t| t.text(text) != ",")
        || !toks
            .get(j + 1)
            .is_some_and(|t| is_word(t.text(text), "who") || t.is(Class::DETERMINER))
    {
        return None;
    }
    let k = (j + 2..toks.len().min(j + 16))
        .take_while(|&k| toks[k].word || matches!(toks[k].text(text), "-" | "&" | "'s" | "’s"))
        .find(|&k| cue_at(text, toks, k, w) && !ends_ci(toks[k].text(text), "ing"))?;
    let tail = toks[k + 1..].iter().take_while(|t| t.word).count();
    let ends = toks
        .get(k + 1 + tail)
        .is_none_or(|t| matches!(t.text(text), "." | "!" | "?"));
    (tail <= 3 && ends).then_some(k)
}

/// `phrase` and the finite reporting verb at token `j` after it (not a
/// participle: `Roe, saying …` reports nothing here), as cue-after.
fn finite_cue_after(
    text: &str,
    toks: &[Tok],
    j: usize,
    phrase: Phrase,
    w: &Words,
) -> Option<Found> {
    let v = toks.get(j)?;
    if !cue_at(text, toks, j, w) || ends_ci(v.text(text), "ing") {
        return None;
    }
    Some(cue_after_at(text, toks, j, phrase, w))
}

/// The attribution of `phrase` to the reporting verb at token `j`, which
/// the caller has read as one.
fn cue_after_at(text: &str, toks: &[Tok], j: usize, phrase: Phrase, w: &Words) -> Found {
    let (cue, end_tok) = cue_span(text, toks, j, w);
    Found {
        cue,
        phrase,
        rule: RuleId::CueAfter,
        end_tok,
    }
}

/// `his wife, Gabriela Lazar, wrote`: a short phrase the grammar does not
/// know (a relation, `his wife`, `her lawyer`), then the speaker's name in
/// commas, then the reporting verb.
fn named_in_apposition(text: &str, toks: &[Tok], i: usize, w: &Words) -> Option<Found> {
    if !toks.get(i)?.is(Class::DETERMINER) {
        return None;
    }
    // (a role of a few words: `her deputy chief of staff, Jo Kemp,`)
    let comma = (i + 1..toks.len().min(i + 7)).find(|&k| toks[k].text(text) == ",")?;
    if !toks[i + 1..comma].iter().all(|t| t.word) {
        return None;
    }
    let (phrase, e) = phrase::after(text, toks, comma + 1, w)?;
    if phrase.kind != SpeakerKind::Person || phrase.name.is_none() || phrase.pronoun {
        return None;
    }
    let j = e + usize::from(toks.get(e).is_some_and(|t| t.text(text) == ","));
    finite_cue_after(text, toks, j, phrase, w)
}

/// Whether `toks` (the tokens before a quotation's mark) end in a
/// reporting verb and `,` or `:` (`…, a spokesman in the capital, said,`),
/// the verb read as [`cue_at`] reads it (`the report,` is a noun).
pub fn ends_with_cue(text: &str, toks: &[Tok], w: &Words) -> bool {
    let n = toks.len();
    n >= 2 && matches!(toks[n - 1].text(text), "," | ":") && cue_at(text, toks, n - 2, w)
}

/// A dash attribution after a quotation (`“…” — Jane Roe`, `“…” ― Tom
/// Reyes, Elm Street`: vox pops, epigraphs, readers' comments). `toks` run
/// over the words after the closing mark, to the end of their sentence
/// (the segmenter ends a sentence at the mark): a dash, then a named
/// person or an organisation, then nothing or an apposition after a comma
/// (a role, a place) with no reporting verb in it. A dash before a phrase
/// that goes on (`“…” — the mayor’s words — shaped the debate`) is no
/// attribution.
pub fn dash_after(text: &str, toks: &[Tok], w: &Words) -> Option<Found> {
    // (a hyphen set apart is one too: `- Ana Park.`)
    let dash = toks.first().filter(|t| is_dash(t.text(text)))?;
    let (phrase, end) = phrase::after(text, toks, 1, w)?;
    let named = (phrase.names_person()) || phrase.kind == SpeakerKind::Organization;
    let rest = &toks[end..];
    let apposition = match rest.first() {
        None => true,
        Some(t) if t.text(text) == "," => !(1..rest.len()).any(|k| rest[k].is(Class::CUE)),
        // (a signature may end with a full stop: `- Ana Park.`)
        Some(t) if rest.len() == 1 && t.text(text) == "." => true,
        Some(_) => false,
    };
    (named && apposition).then_some(Found {
        cue: dash.span(),
        phrase,
        rule: RuleId::DashAfter,
        end_tok: toks.len(),
    })
}

/// Attribution before an opening mark. `toks` run from the sentence start
/// to the mark; the cue is looked for from token `from` on (after an
/// earlier quotation of the sentence), its subject anywhere before it.
pub fn before(text: &str, toks: &[Tok], from: usize, w: &Words) -> Option<Found> {
    // (a digest's label first: `Pollsters agree - Carl Bialik: “…”` is
    // Bialik's, whatever verb the headline before it holds)
    let labelled = toks[from..]
        .last()
        .is_some_and(|t| t.text(text) == ":")
        .then(|| labelled_source(text, &toks[from..], w))
        .flatten()
        .map(|mut f| {
            f.end_tok += from;
            f
        });
    labelled
        .or_else(|| cue_before(text, toks, from, w))
        .or_else(|| {
            colon_intro(text, &toks[from..], w).map(|mut f| {
                f.end_tok += from;
                f
            })
        })
}

/// A clause with no reporting verb that ends in a colon introduces the
/// quotation of its subject (`In a Fox interview, Trump went further: “…”`,
/// `Bush: “…”`).
fn colon_intro(text: &str, toks: &[Tok], w: &Words) -> Option<Found> {
    if let Some(f) = inverted_opening(text, toks, w) {
        return Some(f);
    }
    if let Some(f) = manner_intro(text, toks, w) {
        return Some(f);
    }
    // (a digest's label was asked for first, in `before`)
    let colon = toks.last().filter(|t| t.text(text) == ":")?;
    let Some((phrase, _)) = subject_at_start(text, &toks[..toks.len() - 1], w) else {
        return named_before_colon(text, toks, w);
    };
    let first = text[phrase.span.start..phrase.span.end]
        .split_whitespace()
        .next()?;
    // (an article opens a phrase of its own kind: `The campaign worded it
    // carefully:`; other capitalised openers, `This`, `Here`, do not)
    let article = is_any(first, &["the", "a", "an"]);
    if phrase.kind == SpeakerKind::Unknown
        || (w.starters.contains(first) && !phrase.pronoun && !article)
    {
        return named_before_colon(text, toks, w);
    }
    Some(Found {
        cue: colon.span(),
        phrase,
        rule: RuleId::ColonIntro,
        end_tok: toks.len(),
    })
}

/// `The delay did not surprise the harbour master, Ana Park: “…”`, `From
/// the report: “…”`: where the clause's subject speaks for no one, a
/// person named in full right before the colon, or a document after an
/// opening `From`, introduces the quotation.
fn named_before_colon(text: &str, toks: &[Tok], w: &Words) -> Option<Found> {
    let colon = toks.len().checked_sub(1)?;
    // (`From the report:`, `From her statement:`: the whole clause is the
    // phrase after `From`, a thing that carries words)
    if (3..=6).contains(&colon)
        && toks[0].text(text) == "From"
        && (toks[1].is(Class::DETERMINER)
            || is_any(toks[1].text(text), &["his", "her", "their", "its", "our"]))
        && toks[colon - 1].is(Class::CARRIER
            .with(Class::CUE)
            .with(Class::CUE_NOUN)
            .with(Class::ORG))
        && toks[1..colon].iter().all(|t| t.word)
    {
        return Some(Found {
            cue: toks[colon].span(),
            phrase: phrase::classify(text, &toks[1..colon], w),
            rule: RuleId::ColonIntro,
            end_tok: toks.len(),
        });
    }
    let phrase = phrase::before(text, toks, colon, w)?;
    let at = toks.partition_point(|t| t.span().start < phrase.span.start);
    // (named with a role before the name, `pollster Ana Park`, or set
    // apart by a comma: a name alone after a verb or preposition is its
    // object, `The award went to Ana Park: “…”`, `The jury convicted Ana
    // Park: “…”`)
    let role = phrase.name.is_some_and(|n| n.start > phrase.span.start)
        || (at > 0 && (toks[at - 1].text(text) == "," || toks[at - 1].is(Class::TITLE)));
    let full_name = role
        && phrase.kind == SpeakerKind::Person
        && !phrase.pronoun
        && phrase
            .name
            .is_some_and(|n| phrase::full_name(&super::entities::clean(n.slice(text))));
    // (a digest's byline, `“Headline,” by the Post’s Ann Roe: “…”`,
    // introduces an excerpt of the article, not the author's speech)
    let byline = toks[at.saturating_sub(3)..at]
        .iter()
        .any(|t| is_word(t.text(text), "by"));
    (full_name && !byline).then(|| Found {
        cue: toks[colon].span(),
        phrase,
        rule: RuleId::ColonIntro,
        end_tok: toks.len(),
    })
}

/// `During the debate, Jo Roe cracked, “…”`, `In his ballad, Tom Reed
/// sings, “…”`: a clause of a subject and one verb the lexicon does not
/// list (the manner of saying), closed by a comma, introduces the
/// quotation of its subject. The subject opens its clause and is a
/// person, group or organisation; the caller takes it only before a
/// whole quoted sentence (`Roe smiled, “…”`, never `Roe said the
/// so-called, “…”`).
fn manner_intro(text: &str, toks: &[Tok], w: &Words) -> Option<Found> {
    let comma = toks.last().filter(|t| t.text(text) == ",")?;
    let v = toks.len().checked_sub(2).filter(|&v| v >= 1)?;
    let verb = toks[v].text(text);
    let looks_finite = verb.bytes().all(|b| b.is_ascii_lowercase())
        && verb.len() > 3
        && (verb.ends_with("ed") || (verb.ends_with('s') && !verb.ends_with("ss")));
    if !toks[v].word || !looks_finite || toks[v].is(Class::FUNCTION.with(Class::AUX)) {
        return None;
    }
    let phrase = phrase::before(text, toks, v, w)?;
    let at = toks.partition_point(|t| t.span().start < phrase.span.start);
    let opens_clause = at == 0
        || toks[at - 1].text(text) == ","
        || is_any(toks[at - 1].text(text), LEADING_CONNECTIVES);
    let whole = toks[v - 1].span().end == phrase.span.end;
    (opens_clause && whole && phrase.kind != SpeakerKind::Unknown).then_some(Found {
        cue: comma.span(),
        phrase,
        rule: RuleId::ColonIntro,
        end_tok: toks.len(),
    })
}

/// `Said Jane Roe, who grew up nearby, “…”`: a sentence that opens with
/// its reporting verb and names the speaker after it (the built-in
/// pattern `said-first`); the attribution is the whole stretch.
fn inverted_opening(text: &str, toks: &[Tok], w: &Words) -> Option<Found> {
    let p = &w.builtin.said_first;
    if !pattern::opens_at(text, toks, 0, p, w) {
        return inverted_after_opener(text, toks, w);
    }
    let mut f = pattern::at(text, toks, 0, p, RuleId::CueBefore, w)?;
    f.end_tok = toks.len();
    Some(f)
}

/// `Polls mislead - Carl Bialik: “…”`, `More from Ann Roe and Jo Kemp:
/// “…”`: in a digest of excerpts, the named source right before the colon,
/// after a dash or `More from`, introduces its words.
fn labelled_source(text: &str, toks: &[Tok], w: &Words) -> Option<Found> {
    let colon = toks.len() - 1;
    let phrase = phrase::before(text, toks, colon, w)?;
    let mut at = toks.partition_point(|t| t.span().start < phrase.span.start);
    // (two sources: `More from Ann Blum and Jo Cole:`)
    if at >= 2 && is_word(toks[at - 1].text(text), "and") {
        if let Some(first) = phrase::before(text, toks, at - 1, w).filter(|p| p.name.is_some()) {
            at = toks.partition_point(|t| t.span().start < first.span.start);
        }
    }
    let named = phrase.name.is_some() && !phrase.pronoun && phrase.kind != SpeakerKind::Unknown;
    let after_dash = at >= 1 && is_dash(toks[at - 1].text(text));
    let more_from = at >= 2
        && is_word(toks[at - 1].text(text), "from")
        && is_word(toks[at - 2].text(text), "more")
        && (at == 2 || !toks[at - 3].word || is_dash(toks[at - 3].text(text)));
    (named && (after_dash || more_from)).then(|| Found {
        cue: toks[colon].span(),
        phrase,
        rule: RuleId::ColonIntro,
        end_tok: toks.len(),
    })
}

/// `But, said Kemp, “…”`, `Because of the calendar, explained Ross, “…”`:
/// after an opener's comma, a reporting verb, its speaker and a comma
/// right before the quotation.
fn inverted_after_opener(text: &str, toks: &[Tok], w: &Words) -> Option<Found> {
    let n = toks.len();
    if n < 4 || toks[n - 1].text(text) != "," {
        return None;
    }
    let k = (1..n - 2).rev().find(|&k| toks[k - 1].text(text) == ",")?;
    let verb = &toks[k];
    if !verb.word
        || verb.is(Class::CAP)
        || ends_ci(verb.text(text), "ing")
        || !cue_at(text, toks, k, w)
    {
        return None;
    }
    let (cue, j) = cue_span(text, toks, k, w);
    let (phrase, e) = phrase::after(text, toks, j, w)?;
    let named = phrase.kind != SpeakerKind::Unknown && !phrase.pronoun;
    (named && e == n - 1).then_some(Found {
        cue,
        phrase,
        rule: RuleId::CueBefore,
        end_tok: n,
    })
}

/// A stretch that opens, right after an earlier quotation of the same
/// sentence, with a reporting verb of no subject of its own (`, noting that
/// it is “…”`, `and added, “…”`): the cue, for the earlier speaker.
pub fn leading_cue(text: &str, toks: &[Tok], w: &Words) -> Option<Span> {
    let mut i = 0;
    while toks.get(i).is_some_and(|t| {
        !t.word
            || is_any(
                t.text(text),
                &[
                    "and", "but", "then", "while", "before", "after", "by", "also",
                ],
            )
    }) {
        i += 1;
    }
    (toks.get(i).is_some() && cue_at(text, toks, i, w)).then(|| cue_span(text, toks, i, w).0)
}

/// `and that …` / `and who also …` after an earlier quotation of the
/// sentence: a second complement of the same cue. Returns `and that`.
pub fn coordinated_clause(text: &str, toks: &[Tok]) -> Option<Span> {
    (0..toks.len()).find_map(|i| {
        // (by length first: no lower-cased copy of every token)
        if toks[i].span().len() != 3 || !is_word(toks[i].text(text), "and") {
            return None;
        }
        let mut j = i + 1;
        while toks
            .get(j)
            .is_some_and(|t| is_any(t.text(text), &["also", "now", "then"]))
        {
            j += 1;
        }
        let t = toks.get(j)?;
        is_any(t.text(text), &["that", "who", "which"])
            .then(|| Span::new(toks[i].span().start, t.span().end))
    })
}

/// The first finite reporting verb of a sentence that has a subject
/// (`Putin has repeatedly said …`, `X was quoted as saying that …`), for
/// reported claims.
/// Tokens before `from` hold no reporting verb (the caller knows).
pub fn first_cue(text: &str, toks: &[Tok], from: usize, w: &Words) -> Option<Found> {
    for k in from..toks.len() {
        if !toks[k].is(Class::CUE) {
            continue;
        }
        // an -ing form reports only as a progressive, not as a participle
        // or noun
        if (ends_ci(toks[k].text(text), "ing") && !progressive(text, toks, k))
            || !cue_at(text, toks, k, w)
        {
            continue;
        }
        if k >= 1 && is_word(toks[k - 1].text(text), "as") {
            continue;
        }
        // (the token after the verb stays in view: `made clear`)
        // (the scan starts at the verb: a cue right after it is the
        // clause's word, `said states like Ohio will …`)
        // (and the one after, which tells a verb from a noun: `the bill
        // claim it will …`)
        let upto = (k + 2).min(toks.len() - 1);
        let view = &toks[..=upto];
        // (the verb passed `cue_at` above: its speaker is read at once, as
        // the backward scan would read it at its first token; a cue word
        // that also opens `according to` or `in the words of` is left to
        // that scan)
        let found = if is_any(toks[k].text(text), &["according", "words"]) {
            cue_before_from(text, view, 0, k + 1, w).map(|f| (f.phrase, f.rule))
        } else {
            speaker_of_verb(text, view, k, w)
        };
        if let Some((phrase, rule)) = found {
            if rule == RuleId::AccordingTo || rule == RuleId::CueParticiple {
                continue;
            }
            let (cue, end_tok) = cue_span(text, toks, k, w);
            return Some(Found {
                cue,
                phrase,
                rule,
                end_tok,
            });
        }
    }
    None
}

fn cue_before(text: &str, toks: &[Tok], from: usize, w: &Words) -> Option<Found> {
    cue_before_from(text, toks, from, toks.len(), w)
}

/// [`cue_before`] over the tokens before `top`, with all of `toks` in view.
fn cue_before_from(text: &str, toks: &[Tok], from: usize, top: usize, w: &Words) -> Option<Found> {
    // the last cue in the stretch governs the quotation
    let mut k = top;
    while k > from {
        k -= 1;
        // most tokens are neither a cue, nor `according` or `words`, nor a
        // quotation mark: passed over on their class and length
        let t = &toks[k];
        if !t.word {
            if is_quote_mark(t.text(text)) {
                return None; // another quotation stands between
            }
            continue;
        }
        if !t.is(Class::CUE) && !matches!(t.span().len(), 5 | 9) {
            continue;
        }
        if let Some(f) = according_to_at(text, toks, k, w) {
            return f;
        }
        if let Some(f) = in_the_words_of_at(text, toks, k, w) {
            return Some(f);
        }
        if is_quote_mark(toks[k].text(text)) {
            return None; // another quotation stands between
        }
        if !cue_at(text, toks, k, w) {
            if let Some(f) = passive_agent(text, toks, k, w) {
                return Some(f);
            }
            continue;
        }
        // `as saying` belongs to an earlier `quoted`
        if ends_ci(toks[k].text(text), "ing") && k >= 1 && is_word(toks[k - 1].text(text), "as") {
            continue;
        }
        let (cue, end_tok) = cue_span(text, toks, k, w);
        return speaker_of_verb(text, toks, k, w).map(|(phrase, rule)| Found {
            cue,
            phrase,
            rule,
            end_tok,
        });
    }
    None
}

/// `Roe was asked by the host, “…?”`, `she was told by an aide: “…”`: a
/// passive reporting verb at `k` with its agent after `by` has that agent
/// for speaker (the words before the quotation are the agent's).
fn passive_agent(text: &str, toks: &[Tok], k: usize, w: &Words) -> Option<Found> {
    // (the word after first: most cues that fail are no passive)
    if !toks.get(k + 1).is_some_and(|t| is_word(t.text(text), "by")) {
        return None;
    }
    let lemma = w.lemma_name(toks[k].lemma)?;
    if !passive(text, toks, k, lemma) {
        return None;
    }
    let (phrase, e) = phrase::after(text, toks, k + 2, w)?;
    // (the agent's words run to the quotation: `Roe, who was asked by
    // reporters about it, shrugged: “…”` is Roe's)
    if !toks[e..].iter().all(|t| matches!(t.text(text), "," | ":")) {
        return None;
    }
    (phrase.kind != SpeakerKind::Unknown).then_some(Found {
        cue: Span::new(toks[k].span().start, toks[k + 1].span().end),
        phrase,
        rule: RuleId::CueBefore,
        end_tok: e,
    })
}

/// `According to X, “…”` (the built-in pattern `according-to`): at token
/// `k`, `Some(found)`, or `Some(None)` when the words are there but name no
/// source (the search ends there).
fn according_to_at(text: &str, toks: &[Tok], k: usize, w: &Words) -> Option<Option<Found>> {
    // (found by its opening word, as patterns.txt says: asked at every
    // reporting verb of every backward scan, so a word test first)
    if !is_word(toks[k].text(text), "according") {
        return None;
    }
    let p = &w.builtin.according_to;
    pattern::opens_at(text, toks, k, p, w)
        .then(|| pattern::at(text, toks, k, p, RuleId::AccordingTo, w))
}

/// `In the words of Senator Ann Wills, “…”` (the built-in pattern
/// `in-the-words-of`), with `words` at token `k` (a backward scan meets it
/// first).
fn in_the_words_of_at(text: &str, toks: &[Tok], k: usize, w: &Words) -> Option<Found> {
    let p = &w.builtin.in_the_words_of;
    if k < 2 || !is_word(toks[k].text(text), "words") || !pattern::opens_at(text, toks, k - 2, p, w)
    {
        return None;
    }
    pattern::at(text, toks, k - 2, p, RuleId::AccordingTo, w)
}

/// The speaker of the reporting verb at token `k` and the construction
/// that names it: the subject of a raising verb's infinitive, a
/// participle's clause subject, the subject before the verb, or the
/// subject of the first of two coordinated verbs.
fn speaker_of_verb(text: &str, toks: &[Tok], k: usize, w: &Words) -> Option<(Phrase, RuleId)> {
    let l = toks[k].text(text);
    let s = back_over_day(text, toks, back_over_aux(text, toks, k));
    // `…, saying “…”`, `by adding “…”`, `went on to say “…”`: the
    // clause's subject speaks
    let infinitive = s >= 1 && is_word(toks[s - 1].text(text), "to");
    // `Ivanov appeared to suggest that …`: a raising verb lends the
    // infinitive its finite subject
    if infinitive && s >= 2 && is_any(toks[s - 2].text(text), RAISING) {
        // (past a degree word and the verb `be`: `were more likely`)
        let mut r = s - 2;
        while r > 0
            && is_any(
                toks[r - 1].text(text),
                &["more", "less", "most", "very", "so", "too"],
            )
        {
            r -= 1;
        }
        if let Some(phrase) = subject_before(text, toks, back_over_aux(text, toks, r), w) {
            return Some((phrase, RuleId::CueBefore));
        }
    }
    // `Roe was prompted to say, “…”`, `the board was forced to admit`:
    // the subject of a passive speaks its infinitive
    if infinitive
        && s >= 3
        && ends_ci(toks[s - 2].text(text), "ed")
        && is_any(toks[s - 3].text(text), BE_FORMS)
    {
        if let Some(phrase) = subject_before(text, toks, back_over_aux(text, toks, s - 2), w) {
            return Some((phrase, RuleId::CueParticiple));
        }
    }
    // `The flood led the county board to declare, “…”`: a verb that
    // makes its object act lends the infinitive that object
    if infinitive && s >= 2 {
        if let Some(p) = phrase::before(text, toks, s - 1, w) {
            let mut at = toks.partition_point(|t| t.span().start < p.span.start);
            if at > 1 && toks[at - 1].is(Class::DETERMINER) {
                at -= 1;
            }
            if at > 0 && is_any(toks[at - 1].text(text), OBJECT_CONTROL) {
                return Some((p, RuleId::CueParticiple));
            }
        }
    }
    // `…, with the union saying …`, `– Roe saying …`: the participle's own
    // subject speaks
    if ends_ci(l, "ing") && !infinitive {
        if let Some(p) = participle_subject(text, toks, s, w) {
            return Some((p, RuleId::CueBefore));
        }
    }
    // (`sent an email saying “…”`: the sender, not the email; but `a sign
    // saying “…”` is the sign's)
    let carrier = s > 0 && toks[s - 1].is(Class::CARRIER);
    // (a progressive has its subject right before it)
    if (ends_ci(l, "ing") && !carrier && !progressive(text, toks, k)) || infinitive {
        let upto = if infinitive { s - 1 } else { s };
        if let Some(phrase) = clause_subject(text, &toks[..upto], w) {
            return Some((phrase, RuleId::CueParticiple));
        }
    }
    if let Some(phrase) = subject_before(text, toks, s, w) {
        return Some((phrase, RuleId::CueBefore));
    }
    // `he laughed and said`: the pronoun subject of a one-word verb
    if s >= 3
        && is_any(toks[s - 1].text(text), &["and", "but"])
        && toks[s - 2].word
        && !toks[s - 2].is(Class::CAP)
        && toks[s - 3].is(Class::PRONOUN)
    {
        if let Some(p) = phrase::before(text, toks, s - 2, w) {
            return Some((p, RuleId::CueBeforeCoordinated));
        }
    }
    // coordinated verbs: `Putin rejected … and reportedly told Walters`,
    // `The minister gave no figures, but said: …` (where the comma does not
    // make `The minister gave no figures` an opener), `… and then added`
    let c = if s >= 2 && is_any(toks[s - 1].text(text), SECOND_CUE_ADVERBS) {
        s - 1
    } else {
        s
    };
    if c > 0 && is_any(toks[c - 1].text(text), &["and", "but"]) {
        // (or the subject of a reporting verb in the first conjunct, after
        // its last comma, so not one of an opening clause: `“…,” he said at
        // a news conference, and then predicted: “…”`, `In an interview,
        // Roe said she would appeal and added`; not `When I asked Roe …,
        // he frowned and said`)
        let conjunct = || {
            let and = c - 1;
            let last = if and >= 1 && toks[and - 1].text(text) == "," {
                and - 1
            } else {
                and
            };
            let from = toks[..last]
                .iter()
                .rposition(|t| t.text(text) == ",")
                .map_or(0, |m| m + 1);
            clause_subject(text, &toks[from..last], w)
        };
        if let Some(phrase) = sentence_subject(text, toks, w)
            .or_else(|| clause_subject_at_start(text, toks, w))
            .or_else(conjunct)
        {
            return Some((phrase, RuleId::CueBeforeCoordinated));
        }
    }
    None
}

/// The subject of a participle at `s` that has one of its own: after
/// `with` (`with the union saying`, `with marchers and their families
/// chanting`), or a person named right before it in an absolute clause
/// (`Ryan praised the talks, Roe calling them “a start”`, `– Roe saying
/// …`; after a conjunction, a comma or a dash, not after a verb or a
/// preposition, whose object it would be: `sent a letter to Roe saying`).
fn participle_subject(text: &str, toks: &[Tok], s: usize, w: &Words) -> Option<Phrase> {
    let p = phrase::before(text, toks, s, w)?;
    let at = toks.partition_point(|t| t.span().start < p.span.start);
    let before = |j: usize| (j > 0).then(|| toks[j - 1].text(text));
    if before(at).is_some_and(|x| is_word(x, "with")) && p.kind != SpeakerKind::Unknown {
        return Some(p);
    }
    // (two phrases joined by `and` after `with`: the pair speaks)
    if at >= 2 && before(at).is_some_and(|x| is_word(x, "and")) {
        if let Some(q) = phrase::before(text, toks, at - 1, w) {
            let a = toks.partition_point(|t| t.span().start < q.span.start);
            if before(a).is_some_and(|x| is_word(x, "with")) && q.kind != SpeakerKind::Unknown {
                return Some(phrase::classify(text, &toks[a..s], w));
            }
        }
    }
    let named = p.names_person();
    // (after `and`, only where an absolute clause stands before it: `–
    // Roe saying … and Reyes calling`; `thanked the crew and Ana Roe
    // saying` has an object there)
    let after_absolute = || {
        toks[at.saturating_sub(ABSOLUTE_REACH)..at - 1]
            .iter()
            .rev()
            .take_while(|t| t.text(text) != "," && !is_dash(t.text(text)))
            .any(|t| ends_ci(t.text(text), "ing") && t.text(text).starts_with(char::is_lowercase))
    };
    let absolute = before(at).is_some_and(|x| {
        matches!(x, "," | ";")
            || (is_dash(x) && x != "-")
            || is_word(x, "while")
            || (is_word(x, "and") && after_absolute())
    });
    (named && absolute).then_some(p)
}

/// How far back before `and` an absolute clause's participle is looked
/// for.
const ABSOLUTE_REACH: usize = 16;

/// Adverbs that may stand between `and` and a second reporting verb
/// (`and also said`, `but later denied`, `and then added`), for
/// quotations and claims alike.
pub(super) const SECOND_CUE_ADVERBS: &[&str] =
    &["also", "then", "later", "further", "again", "finally"];

/// `Roe later Thursday told`, `Roe on Monday said`: a day right before a
/// verb (after its auxiliaries) says when, and the subject stands before
/// it, past `on` or a word of time and any auxiliaries.
fn back_over_day(text: &str, toks: &[Tok], s: usize) -> usize {
    // (`Roe last week said`, `Roe earlier this month told`: a period
    // after a word of relative time)
    if s >= 3
        && is_any(toks[s - 1].text(text), PERIODS)
        && is_any(
            toks[s - 2].text(text),
            crate::lexicon::classes::TIME_OPENERS,
        )
    {
        let mut d = s - 2;
        if d >= 2 && is_any(toks[d - 1].text(text), &["earlier", "later"]) {
            d -= 1;
        }
        return back_over_aux(text, toks, d);
    }
    if s < 2 || !phrase::day_ends_at(text, toks, s) {
        return s;
    }
    back_over_aux(text, toks, phrase::date_start(text, toks, 0, s))
}

/// The first of the auxiliaries right before token `i` (`has been`), or
/// `i` when there are none; with an adverb that stands only between an
/// auxiliary and its verb (`has long said`, `had since told`).
pub(super) fn back_over_aux(text: &str, toks: &[Tok], mut i: usize) -> usize {
    loop {
        if i > 0 && toks[i - 1].is(Class::AUX) {
            i -= 1;
        } else if i > 1
            && toks[i - 2].is(Class::AUX)
            && matches!(toks[i - 1].span().len(), 4 | 5)
            && is_any(toks[i - 1].text(text), AFTER_AUX)
        {
            i -= 2;
        } else {
            return i;
        }
    }
}

/// Periods of time after a word of relative time (`last week`).
const PERIODS: &[&str] = &["week", "weekend", "month", "year"];

/// The first token from `j` on past the auxiliaries there, as
/// [`back_over_aux`] reads them backwards (`has long said`).
fn past_aux(text: &str, toks: &[Tok], mut j: usize) -> usize {
    while toks.get(j).is_some_and(|t| t.is(Class::AUX)) {
        j += 1;
        if toks
            .get(j)
            .is_some_and(|t| matches!(t.span().len(), 4 | 5) && is_any(t.text(text), AFTER_AUX))
        {
            j += 1;
        }
    }
    j
}

/// Adverbs read between an auxiliary and its verb (`has long said`, `has
/// since said`), not words of the auxiliary list, which stand anywhere
/// (`a long list`, `since May`).
const AFTER_AUX: &[&str] = &["long", "since", "first"];

/// The subject of the finite reporting verb nearest before a participle
/// (`Nefzi said, adding`), else the subject of the whole sentence
/// (`Sanders compared himself to Clinton, saying`).
fn clause_subject(text: &str, toks: &[Tok], w: &Words) -> Option<Phrase> {
    // the governing verb stands within a clause's reach of the participle
    for j in (toks.len().saturating_sub(CLAUSE_REACH)..toks.len()).rev() {
        let l = toks[j].text(text);
        if is_quote_mark(l) {
            break;
        }
        if !cue_at(text, toks, j, w) || ends_ci(l, "ing") {
            continue;
        }
        let s = back_over_aux(text, toks, j);
        if let Some(p) = subject_before(text, toks, s, w) {
            return Some(p);
        }
        // `“…,” said Rep. Bobby Scott at the time, adding that …`
        if s == 0 || is_quote_mark(toks[s - 1].text(text)) || toks[s - 1].text(text) == "," {
            if let Some((p, _)) = phrase::after(text, toks, j + 1, w) {
                return Some(p);
            }
        }
    }
    sentence_subject(text, toks, w)
}

/// The subject that ends right before token `s` (a verb): a phrase, a
/// subject with an apposition between commas (`Trump's attorney, Alan
/// Garten, said`; `Michael Seaman, who lives in …, said`), or a loose one.
/// Opening phrases passed over to reach a subject before a parenthetical
/// (`But in a call, after the vote, Jo Marsh, a spokesman, said`).
const OPENERS: usize = 3;

fn subject_before(text: &str, toks: &[Tok], s: usize, w: &Words) -> Option<Phrase> {
    if let Some(p) = ticker_subject(text, toks, s, w) {
        return Some(p);
    }
    subject_ending_before(text, toks, s, w).map(|p| head_before_of(text, toks, p, w))
}

/// Most tokens inside a wire story's angle brackets (`<ACME>`,
/// `<Northfield Mills Inc>`).
const TICKER_TOKENS: usize = 6;

/// `Acme Corp <ACME> said`, `<Northfield Mills Inc> said`: wire copy puts
/// a company's ticker, or the company itself, in angle brackets right
/// before its verb. The company before the ticker speaks; a bracketed
/// name opening the clause speaks itself.
fn ticker_subject(text: &str, toks: &[Tok], s: usize, w: &Words) -> Option<Phrase> {
    if s < 3 || toks[s - 1].text(text) != ">" {
        return None;
    }
    let open = (s.saturating_sub(TICKER_TOKENS + 2)..s - 1)
        .rev()
        .find(|&j| toks[j].text(text) == "<")?;
    let inside = &toks[open + 1..s - 1];
    if inside.is_empty() || !inside.iter().all(|t| t.word && t.is(Class::CAP)) {
        return None;
    }
    let opens_clause = open == 0 || matches!(toks[open - 1].text(text), "," | ";" | ":");
    if opens_clause {
        let mut p = phrase::classify(text, inside, w);
        p.kind = SpeakerKind::Organization;
        return Some(p);
    }
    subject_ending_before(text, toks, open, w)
}

/// `Supporters of the deal said`, `Jo Park of Northgate Securities said`:
/// a phrase that is the object of `of` belongs to the noun before it, and
/// when that is a group, a title, an organisation or a named person, the
/// noun's phrase is the subject (`the deal` said nothing).
fn head_before_of(text: &str, toks: &[Tok], p: Phrase, w: &Words) -> Phrase {
    let at = toks.partition_point(|t| t.span().start < p.span.start);
    if at < 2 || !is_word(toks[at - 1].text(text), "of") {
        return p;
    }
    let named = |q: &Phrase| q.names_person();
    let head = toks[at - 2];
    match phrase::before(text, toks, at - 1, w) {
        // (a named person before `of` speaks; a title alone does not
        // take the name after it: `Speaker of the House Paul Ryan said`)
        Some(q) if named(&q) || (head.is(Class::HEAD) && !q.pronoun && !named(&p)) => q,
        _ => p,
    }
}

fn subject_ending_before(text: &str, toks: &[Tok], s: usize, w: &Words) -> Option<Phrase> {
    // `Experts and U.S. officials, however, said`, `Leaders in the state,
    // for instance, noted`: a sentence adverb set off by commas stands
    // between the subject and its verb; the subject ends at its first
    // comma (and a name before an apposition there is still the speaker:
    // `Ann Roe, the chair, for example, said`)
    if let Some(c) = aside_adverb_before(text, toks, s) {
        // (a plural does not agree with a verb in -s: `A look at the jets
        // and three helicopters, however, suggests`)
        let x = toks[s].text(text);
        let singular = x.ends_with('s') && !x.ends_with("ss");
        let p = subject_ending_before(text, toks, c + 1, w)
            .or_else(|| subject_ending_before(text, toks, c, w))
            .filter(|p| {
                let last = toks.partition_point(|t| t.span().start < p.span.end);
                !(singular && last > 0 && phrase::plural_noun(text, &toks[last - 1]))
            });
        if let Some(p) = p {
            return named_before_apposition(text, toks, c + 1, &p, w).or(Some(p));
        }
    }
    if let Some(p) = before_relative_clause(text, toks, s, w) {
        return Some(p);
    }
    if let Some(p) = phrase::before(text, toks, s, w) {
        // `Another source speaking to Fox News said`: the object of a
        // preposition is not the subject
        let at = toks.partition_point(|t| t.span().start < p.span.start);
        // (`of` too, after a word in lower case that is no noun of a
        // speaker: `Officials in charge of the inquiry said`)
        let governed = at > 0
            && is_any(toks[at - 1].text(text), CHAIN_PREPOSITIONS)
            && (!is_word(toks[at - 1].text(text), "of")
                || at >= 3
                    && toks[at - 2].word
                    && !toks[at - 2].is(Class::CAP.with(Class::NOUN))
                    && is_any(toks[at - 3].text(text), CHAIN_PREPOSITIONS));
        // (the agent of a participle that issues words is their source:
        // `a statement released afterward by the press office said`,
        // `a letter signed by 40 senators says`)
        let by = at > 0 && is_word(toks[at - 1].text(text), "by");
        if by
            && toks[at.saturating_sub(3)..at - 1]
                .iter()
                .any(|t| is_any(t.text(text), phrase::ISSUING_PARTICIPLES))
        {
            return Some(p);
        }
        // (the agent of any other participle is never the subject: `the
        // officials polled by the firm said` is the officials')
        if by && at >= 3 && ends_ci(toks[at - 2].text(text), "ed") {
            if let Some(q) = phrase::before(text, toks, at - 2, w) {
                return Some(head_before_of(text, toks, q, w));
            }
        }
        if governed {
            // (walking back over the chain of phrases each governed by
            // a preposition: `A nurse at the clinic in Toledo said`)
            if let Some(q) = head_of_prepositional_chain(text, toks, at, w) {
                // (an apposition with no closing comma: `Ann Roe (D-Ore.), a
                // backer of the plan for the pier told …` is Ann Roe's)
                return Some(named_before_unclosed_apposition(text, toks, &q, w).unwrap_or(q));
            }
            if let Some((q, _)) = subject_at_start(text, &toks[..at], w) {
                return Some(q);
            }
        }
        return Some(named_before_unclosed_apposition(text, toks, &p, w).unwrap_or(p));
    }
    // `Sen. John Cornyn (R-Texas) told`, `Gov. John Kasich (R-OH), said`:
    // past a short parenthesis
    let close = if s >= 2 && toks[s - 1].text(text) == "," {
        s - 1
    } else {
        s
    };
    if close >= 3 && toks[close - 1].text(text) == ")" {
        let floor = close.saturating_sub(8);
        if let Some(open) = (floor..close - 1)
            .rev()
            .find(|&j| toks[j].text(text) == "(")
        {
            if let Some(p) = phrase::before(text, toks, open, w) {
                return Some(p);
            }
        }
    }
    // `Gingrich — mentioned by Newsmax as the choice — told`: past a
    // parenthesis between dashes
    if s >= 3 && is_dash(toks[s - 1].text(text)) && toks[s - 1].text(text) != "-" {
        let floor = s.saturating_sub(30);
        let dash = toks[s - 1].text(text);
        if let Some(open) = (floor..s - 1).rev().find(|&j| toks[j].text(text) == dash) {
            if let Some(p) = phrase::before(text, toks, open, w) {
                return Some(p);
            }
        }
    }
    // `Rikkie Wells, who tweeted`: the relative pronoun's antecedent
    if s >= 2 && is_word(toks[s - 1].text(text), "who") {
        let e = if toks[s - 2].text(text) == "," {
            s - 2
        } else {
            s - 1
        };
        if let Some(p) = phrase::before(text, toks, e, w)
            .filter(|p| !p.pronoun && !place_of_antecedent(text, toks, p))
        {
            return Some(p);
        }
    }
    if let Some(p) = thing_before_relative(text, toks, s, w) {
        return Some(p);
    }
    // (`Roe, author of “The Plan,” said`: the comma closing a quoted
    // title stands inside its mark)
    let comma = s >= 2
        && (toks[s - 1].text(text) == ","
            || (s >= 3 && is_quote_mark(toks[s - 1].text(text)) && toks[s - 2].text(text) == ","));
    if comma {
        // a name in apposition: `the campaign's lawyer, Jane Roe, said`
        if let Some(p) = phrase::before(text, toks, s - 1, w) {
            if let Some(q) = named_before_apposition(text, toks, s, &p, w) {
                return Some(q);
            }
            let at = toks.partition_point(|t| t.span().start < p.span.start);
            let named = p.names_person();
            // (a lone abbreviation between commas is a state or party:
            // `of Huntsville, Ala., says`, `Jane Roe, R-N.Y., noted`)
            let abbreviation = at + 1 == s - 1 && toks[at].text(text).ends_with('.');
            if named && !abbreviation && at > 0 && toks[at - 1].text(text) == "," {
                return Some(p);
            }
        }
        // the sentence's subject before a parenthetical, also after an
        // opening phrase (`In a call on Tuesday, Col. Jo Marsh, a
        // spokesman, said`): the subject starts after the opener's comma
        let mut from = 0;
        for _ in 0..OPENERS {
            if let Some((p, e)) = subject_at_start(text, &toks[from..s], w) {
                // (past phrases of a preposition on the subject:
                // `Six Dunmore newspapers in the county, including the Herald,
                // said`)
                let mut e = past_prepositional_chain(text, toks, from + e, s);
                // (`Rep. Sander Levin (Mich.), a superdelegate, said`: past
                // a short parenthesis after the name)
                if toks.get(e).is_some_and(|t| t.text(text) == "(") {
                    if let Some(c) = (e + 1..s.min(e + 8)).find(|&k| toks[k].text(text) == ")") {
                        e = c + 1;
                    }
                }
                if e + 1 < s
                    && toks[e].text(text) == ","
                    && !toks[e..s].iter().any(|t| t.text(text) == ";")
                    && (from == 0 || p.kind != SpeakerKind::Unknown)
                {
                    return Some(p);
                }
            }
            // `As Ann Tully, a professor at Yale, put it`: a named person
            // after `as` is the subject of its clause, the verb's
            if toks.get(from).is_some_and(|t| is_word(t.text(text), "as")) {
                if let Some((p, e)) = subject_at_start(text, &toks[from + 1..s], w) {
                    let named = p.names_person();
                    if named && toks[from + 1 + e].text(text) == "," {
                        return Some(p);
                    }
                }
            }
            // the next opener: a phrase led by a preposition or a
            // conjunction, up to its comma
            if !toks.get(from).is_some_and(|t| t.is(Class::FUNCTION)) {
                break;
            }
            match (from + 1..s).find(|&k| toks[k].text(text) == ",") {
                Some(c) if c + 1 < s => from = c + 1,
                _ => break,
            }
        }
    }
    relative_at_start(text, toks, s, w)
        .or_else(|| loose_subject_before(text, toks, s, w))
        .map(|p| named_before_unclosed_apposition(text, toks, &p, w).unwrap_or(p))
}

/// `Ann Roe (D-Ore.), a backer of the plan told …`: where the role phrase
/// `q` (a person's, with no name of its own, opened by an article; not
/// `As for Roe, the staff letter noted`) follows a comma that
/// closes a named person opening the clause (with a short parenthesis
/// after the name), that person.
fn named_before_unclosed_apposition(
    text: &str,
    toks: &[Tok],
    q: &Phrase,
    w: &Words,
) -> Option<Phrase> {
    if q.kind != SpeakerKind::Person || q.name.is_some() {
        return None;
    }
    let at = toks.partition_point(|t| t.span().start < q.span.start);
    if at < 3 || toks[at - 1].text(text) != "," || !is_any(toks[at].text(text), &["a", "an", "the"])
    {
        return None;
    }
    // (after an opener too: `Friday on CNN, Sen. Ann Roe (D-NY), a …`)
    let (named, e) = subject_at_start(text, &toks[..at - 1], w)?;
    let closes = e == at - 1
        || (toks[e].text(text) == "(" && toks[at - 2].text(text) == ")" && at - 1 - e <= 8);
    let first = toks.partition_point(|t| t.span().start < named.span.start);
    let q_end = toks.partition_point(|t| t.span().start < q.span.end);
    let postmodified = toks[at + 1..(q_end + 1).min(toks.len())]
        .iter()
        .any(|t| is_any(t.text(text), &["of", "for", "to", "with", "at"]));
    (named.names_person() && closes && postmodified && !toks[first].is(Class::FUNCTION))
        .then_some(named)
}

/// Sentence adverbs that may stand between a subject and its verb, set
/// off by commas (`Officials, however, said`).
const ASIDE_ADVERBS: &[&str] = &[
    "however",
    "though",
    "too",
    "meanwhile",
    "instead",
    "moreover",
    "nonetheless",
    "nevertheless",
    "therefore",
    "furthermore",
];

/// Where the verb at token `s` follows a sentence adverb set off by
/// commas (`, however,`, `, for instance,`, `, in fact,`), the token of
/// the first comma, with the subject's words before it.
fn aside_adverb_before(text: &str, toks: &[Tok], s: usize) -> Option<usize> {
    let x = |k: usize| toks[k].text(text);
    if s < 4 || x(s - 1) != "," {
        return None;
    }
    let words = if is_any(x(s - 2), ASIDE_ADVERBS) {
        1
    } else if is_any(x(s - 2), &["instance", "example", "fact", "turn", "course"])
        && is_any(x(s - 3), &["for", "in", "of"])
    {
        2
    } else {
        return None;
    };
    let c = s - 2 - words;
    (c >= 1 && x(c) == "," && toks[c - 1].word).then_some(c)
}

/// `A headline that said “…”`, `The report, which notes, …`: the
/// antecedent of `that` or `which` right before the verb at `s` speaks
/// when it opens the clause. An object's relative clause is left alone:
/// a message (`Roe released a video that said`) speaks for its sender, a
/// slogan on a shirt (`wore a shirt that read`) for no one. No verb
/// stands before the pronoun (`argued that said …` relates nothing).
fn thing_before_relative(text: &str, toks: &[Tok], s: usize, w: &Words) -> Option<Phrase> {
    if s < 3 || !is_any(toks[s - 1].text(text), &["that", "which"]) {
        return None;
    }
    let e = if toks[s - 2].text(text) == "," {
        s - 2
    } else {
        s - 1
    };
    if e < 2 || !toks[e - 1].word || toks[e - 1].is(Class::CUE.with(Class::AUX)) {
        return None;
    }
    // (the antecedent opens the clause: a short stretch from its start,
    // asked before any phrase is read)
    let from = past_connectives(text, toks, super::layout::dateline_end(text, toks));
    if e <= from || e - from > RELATIVE_ANTECEDENT {
        return None;
    }
    // (the noun right before the pronoun, read loosely for things the
    // lexicon does not list; no chain's head, no verb inside)
    let p = phrase::before(text, toks, e, w)
        .or_else(|| loose_subject_before(text, toks, e, w))
        .filter(|p| p.span.end == toks[e - 1].span().end && !p.pronoun)?;
    let at = toks.partition_point(|t| t.span().start < p.span.start);
    if toks[at..e]
        .iter()
        .any(|t| t.is(Class::AUX) || ends_ci(t.text(text), "ing"))
    {
        return None;
    }
    (at == from).then_some(p)
}

/// Most words of an antecedent opening its clause before `that`/`which`.
const RELATIVE_ANTECEDENT: usize = 6;

/// `The report, which was released Monday, said`: a noun phrase opening
/// the clause with a relative clause between commas after it, up to the
/// verb at `s`, is its subject, whatever noun heads it.
/// How far into a sentence the relative pronoun after its opening noun
/// phrase is looked for (a dateline, a connective and six words).
const RELATIVE_OPENS: usize = 20;

fn relative_at_start(text: &str, toks: &[Tok], s: usize, w: &Words) -> Option<Phrase> {
    if s < 4 || toks[s - 1].text(text) != "," {
        return None;
    }
    // (the relative pronoun first, a word test: the dateline is read only
    // for a sentence that has one near its start)
    if !toks[..s.min(RELATIVE_OPENS)]
        .iter()
        .any(|t| t.span().len() <= 5 && is_any(t.text(text), &["which", "who"]))
    {
        return None;
    }
    let from = past_connectives(text, toks, super::layout::dateline_end(text, toks));
    let c = (from + 1..s.min(from + 7)).find(|&c| toks[c].text(text) == ",")?;
    if c + 2 >= s || !is_any(toks[c + 1].text(text), &["which", "who"]) {
        return None;
    }
    loose_subject_before(text, toks, c, w).filter(|p| toks[from].span().start == p.span.start)
}

/// Verbs that make their object the subject of the infinitive after it,
/// the act done (`prompted the board to state`, `forced Roe to say`; not
/// `urged Roe to say`, which may not have happened).
const OBJECT_CONTROL: &[&str] = &[
    "prompted",
    "prompting",
    "prompts",
    "prompt",
    "led",
    "leading",
    "leads",
    "forced",
    "forcing",
    "forces",
    "caused",
    "causing",
    "causes",
    "moved",
    "inspired",
    "compelled",
];

/// Prepositions that tie a phrase to the noun before it (`a nurse at the
/// clinic in Toledo`).
const CHAIN_PREPOSITIONS: &[&str] = &[
    "to", "with", "for", "at", "on", "from", "in", "of", "by", "near", "inside", "outside",
];

/// The token after the prepositional phrases that hang on a subject
/// ending before token `from` and stand before its verb at `verb` (`A
/// nurse | at the clinic in Linton | said`, `A person | familiar with the
/// talks | said`): at most three, each a preposition and up to four
/// words with no verb; `from` when there are none. (`by` and `of` are
/// read apart: an agent, a possessor.)
pub(super) fn past_prepositional_chain(
    text: &str,
    toks: &[Tok],
    from: usize,
    verb: usize,
) -> usize {
    let mut i = from;
    // (an adjective after its noun, or a participle before a preposition,
    // as `head_of_prepositional_chain` reads them: `a source speaking to
    // the paper said`)
    if toks.get(i).is_some_and(|t| {
        let x = t.text(text);
        is_any(x, POSTMODIFIERS)
            || (ends_ci(x, "ing")
                && x.starts_with(char::is_lowercase)
                && toks
                    .get(i + 1)
                    .is_some_and(|n| is_any(n.text(text), CHAIN_PREPOSITIONS)))
    }) {
        i += 1;
    }
    // (`of` hangs on a noun of the chain, not on the subject: `a person
    // with knowledge of the talks said`)
    let first = i;
    for _ in 0..3 {
        if i >= verb
            || !is_any(toks[i].text(text), CHAIN_PREPOSITIONS)
            || is_word(toks[i].text(text), "by")
            || (i == first && is_word(toks[i].text(text), "of"))
        {
            break;
        }
        let object = i + 1;
        let mut j = object;
        while j < verb
            && j - object < 4
            && toks[j].word
            && !is_any(toks[j].text(text), CHAIN_PREPOSITIONS)
            && (!toks[j].is(Class::AUX.with(Class::CUE).with(Class::FUNCTION))
                || toks[j].is(Class::DETERMINER.with(Class::CAP)))
        {
            j += 1;
        }
        if j == object {
            break;
        }
        i = j;
    }
    // (an adjective alone, with no phrase after it, hangs nothing)
    if i > from + 1 {
        i
    } else {
        from
    }
}

/// Adjectives that follow the noun they modify, before a preposition (`a
/// person familiar with the talks`, `aides close to the mayor`).
const POSTMODIFIERS: &[&str] = &[
    "familiar",
    "close",
    "closest",
    "loyal",
    "allied",
    "aligned",
    "opposed",
    "sympathetic",
    "connected",
    "linked",
    "knowledgeable",
    "briefed",
    "involved",
];

/// The noun phrase that a chain of prepositional phrases ending before
/// token `at` (right after its preposition's object) hangs on: `A nurse`
/// in `A nurse at the clinic in Toledo`, when it opens its clause (the
/// sentence, or after a comma or a connective); at most three links.
fn head_of_prepositional_chain(text: &str, toks: &[Tok], at: usize, w: &Words) -> Option<Phrase> {
    let mut at = at;
    for _ in 0..3 {
        if at < 2 || !is_any(toks[at - 1].text(text), CHAIN_PREPOSITIONS) {
            return None;
        }
        // the noun phrase before the preposition: its words back to a
        // determiner, another preposition or the clause's start
        let end = at - 1;
        let mut start = end;
        while start > 0 {
            let t = &toks[start - 1];
            let x = t.text(text);
            // (a connective opens the clause: `and aides close to her say`)
            // (a participle right before the preposition hangs on the
            // noun as an adjective does, even a reporting one: `a source
            // speaking to the paper said`)
            // (not a noun in -ing after its determiner: `a warning from the
            // coast guard said` is the coast guard's)
            let participle = start == end
                && ends_ci(x, "ing")
                && x.starts_with(char::is_lowercase)
                && !(start >= 2 && toks[start - 2].is(Class::DETERMINER));
            if !t.word
                || is_any(x, CHAIN_PREPOSITIONS)
                || is_any(x, LEADING_CONNECTIVES)
                || (t.is(Class::CUE.with(Class::AUX)) && !participle)
            {
                break;
            }
            start -= 1;
            if t.is(Class::DETERMINER) || end - start >= 4 {
                break;
            }
        }
        if start == end {
            return None;
        }
        if start > 0 && is_any(toks[start - 1].text(text), CHAIN_PREPOSITIONS) {
            at = start;
            continue;
        }
        // (or after a dateline: `LINTON — A nurse at the clinic said`)
        let opens = start == 0
            || toks[start - 1].text(text) == ","
            || is_any(toks[start - 1].text(text), LEADING_CONNECTIVES)
            || super::layout::dateline_end(text, toks) == start;
        // (`a person familiar with`, `aides close to`: an adjective after
        // its noun heads no phrase, nor does a participle, `a source
        // speaking to`; a noun in -ing after its determiner does, `the
        // briefing for`)
        let last = toks[end - 1].text(text);
        // (nor a participle in -ed: `a lawsuit filed in the county court`)
        let end = if end - start >= 2
            && (is_any(last, POSTMODIFIERS)
                || ((ends_ci(last, "ing") || ends_ci(last, "ed"))
                    && last.starts_with(char::is_lowercase)
                    && !toks[end - 2].is(Class::DETERMINER)))
        {
            end - 1
        } else {
            end
        };
        let p = phrase::classify(text, &toks[start..end], w);
        return (opens && !p.pronoun).then_some(p);
    }
    None
}

/// Most words of a role the phrase reader may leave unfinished before the
/// comma of a name in apposition.
const ROLE_RUN: usize = 4;

/// How many words a relative clause between a subject and its verb may
/// run (`An aide who spoke on condition of anonymity because she was not
/// allowed to talk said`).
const RELATIVE_REACH: usize = 16;

/// `An official who spoke anonymously to discuss the talks said`: the
/// antecedent of a relative clause with no commas that runs up to the
/// verb at `s` is its subject, when it names a person, a group or an
/// organisation (the clause's own words are no subject).
fn before_relative_clause(text: &str, toks: &[Tok], s: usize, w: &Words) -> Option<Phrase> {
    let floor = s.saturating_sub(RELATIVE_REACH);
    let mut j = s;
    while j > floor {
        j -= 1;
        let t = toks[j].text(text);
        if !toks[j].word {
            if matches!(t, "," | ";" | ":" | "(" | ")") || is_quote_mark(t) || is_dash(t) {
                return None;
            }
            continue;
        }
        if is_word(t, "who") {
            if j + 1 >= s || j == 0 {
                return None;
            }
            // (not a place or body where the antecedent works: `a
            // professor at Yale who has studied …` is no speaker Yale)
            return phrase::before(text, toks, j, w).filter(|p| {
                !p.pronoun && p.kind != SpeakerKind::Unknown && !place_of_antecedent(text, toks, p)
            });
        }
    }
    None
}

/// A capitalised phrase after `at`, `in`, `of` or `from` before a
/// relative pronoun: the place or body where its antecedent works (`a
/// professor at Yale who has studied …` is no speaker Yale).
/// (a person named there is the antecedent: `support from Ana Park, who
/// said`)
fn place_of_antecedent(text: &str, toks: &[Tok], p: &Phrase) -> bool {
    let at = toks.partition_point(|t| t.span().start < p.span.start);
    // (in full, or with a title: `Senator Park`; a name alone may be a
    // town's, `in Linton`)
    let person = p.kind == SpeakerKind::Person
        && p.name
            .is_some_and(|n| n.slice(text).contains(' ') || n.start > p.span.start);
    at > 0
        && is_any(toks[at - 1].text(text), &["at", "in", "of", "from"])
        && toks[at].is(Class::CAP)
        && !person
}

/// `Ann Hart, chief executive of Acme, said`, `Tony Banks, Labour MP for
/// West Ham, said`, `Jo Roe, a friend of Ed Lamb, said`: the phrase right
/// before the verb's comma (`chief executive of Acme`, `West Ham`, `Ed
/// Lamb`) is, or closes, an apposition
/// of the named person who opens the sentence (after a dateline and a
/// connective), and that person is the subject. The apposition is one stretch between the name's comma and
/// the comma before the verb, opened as a description is (an article, a
/// role or a word in lower case: `the`, `chief executive`) or by a
/// capitalised word or two before a role (`Labour MP`, `BoE governor`);
/// a list of names (`Roe, Lamb and Kay said`) is none.
fn named_before_apposition(
    text: &str,
    toks: &[Tok],
    s: usize,
    p: &Phrase,
    w: &Words,
) -> Option<Phrase> {
    if s < 4 || toks[s - 1].text(text) != "," {
        return None;
    }
    // (the name opens the sentence, after a dateline and a connective:
    // `But Ann Hart, …`; an opener with its own comma is no name)
    let i = past_connectives(text, toks, super::layout::dateline_end(text, toks));
    let (q, e) = phrase::after(text, &toks[..s], i, w)?;
    let named = q.names_person();
    let at = toks.partition_point(|t| t.span().start < p.span.start);
    if !named || toks.get(e).map(|t| t.text(text)) != Some(",") || at <= e || at >= s {
        return None;
    }
    let first = e + 1;
    let apposition = phrase::apposition(text, toks, first);
    let described = apposition.is_some()
        || (toks[first].is(Class::CAP)
            && toks[first + 1..(first + 3).min(s - 1)]
                .iter()
                .any(|t| t.is(Class::TITLE)));
    // (one stretch: no comma, quotation mark or clause break inside)
    let one = apposition.map_or_else(
        || {
            !toks[first..s - 1].iter().any(|t| {
                matches!(t.text(text), "," | ";" | ":" | "(" | ")") || is_quote_mark(t.text(text))
            })
        },
        |a| a.end == toks[s - 2].span().end,
    );
    let listed = toks[first..s - 1]
        .iter()
        .any(|t| matches!(t.text(text), "and" | "or"))
        && !toks[first..s - 1].iter().any(|t| t.is(Class::TITLE));
    (described && one && !listed).then_some(q)
}

/// The subject at the start of a sentence, after an opening adverbial
/// (`Indeed, Putin rejected …`).
fn sentence_subject(text: &str, toks: &[Tok], w: &Words) -> Option<Phrase> {
    subject_at_start(text, toks, w).map(|(p, _)| p)
}

/// A speaker phrase of a known kind opening the sentence (after any
/// dateline) and followed by a word in lower case, its verb: the subject
/// of the first of two coordinated clauses, whatever comma comes later.
fn clause_subject_at_start(text: &str, toks: &[Tok], w: &Words) -> Option<Phrase> {
    let d = super::layout::dateline_end(text, toks);
    let (p, e) = phrase::after(text, toks, d, w)?;
    // (a role word or a compound after it, `Democratic front-runner`,
    // leaves the phrase unfinished: no verb)
    let verb = toks.get(e).is_some_and(|t| {
        let x = t.text(text);
        t.word
            && !t.is(Class::CAP.with(Class::NOUN))
            && x.starts_with(|c: char| c.is_lowercase())
            && !x.contains('-')
    });
    (p.kind != SpeakerKind::Unknown && verb).then_some(p)
}

/// The subject phrase at the start of `toks` and the index after it.
pub(super) fn subject_at_start(text: &str, toks: &[Tok], w: &Words) -> Option<(Phrase, usize)> {
    // `HONOLULU — The mayor …`: the subject follows the dateline
    let mut d = super::layout::dateline_end(text, toks);
    // (a sentence in brackets opens after its bracket: `(Ann Roe, who
    // founded the group, once said, “…”)`)
    if toks.get(d).is_some_and(|t| t.text(text) == "(") {
        d += 1;
    }
    subject_after_dateline(text, &toks[d..], w).map(|(p, e)| (p, e + d))
}

/// Token `i`, or the first after the conjunctions and adverbs standing
/// before a subject there (`And then Trump went …`, `But Ann Hart, …`).
fn past_connectives(text: &str, toks: &[Tok], mut i: usize) -> usize {
    while toks.get(i).is_some_and(|t| {
        is_any(t.text(text), LEADING_CONNECTIVES)
            // (`Even Roe, a friend, said`, `Even the hawks say`: `even`
            // before a name or a determiner; not `Even so, …`, `Even if
            // …`, which open a phrase or a clause of their own)
            || (is_word(t.text(text), "even")
                && toks
                    .get(i + 1)
                    .is_some_and(|n| n.is(Class::DETERMINER) || (n.is(Class::CAP) && !n.is(Class::FUNCTION))))
    }) {
        i += 1;
    }
    i
}

fn subject_after_dateline(text: &str, toks: &[Tok], w: &Words) -> Option<(Phrase, usize)> {
    let (opening, i) = past_opener(text, toks, w);
    let i = past_connectives(text, toks, i);
    // `The mayor defended the budget, saying …`: when nothing but the
    // participle follows the comma, what stands before it is the clause
    // with the subject, not an opener
    if i >= toks.len() {
        // (`But the council delayed the vote, saying …`: past the
        // connective)
        return opening
            .or_else(|| {
                let j = past_connectives(text, toks, 0);
                (j > 0).then(|| phrase::after(text, toks, j, w)).flatten()
            })
            .or_else(|| determined_clause_subject(text, toks, w));
    }
    let mut i = after_date(text, toks, i);
    // `On Monday, after weeks of silence, the mayor …`: a second opener
    // (a preposition's or a participle's phrase up to its comma) before
    // the subject
    for _ in 1..OPENERS {
        if i == 0 || i >= toks.len() || phrase::after(text, toks, i, w).is_some() {
            break;
        }
        let (_, past) = past_opener(text, &toks[i..], w);
        let prepositional = toks[i].is(Class::PREPOSITION.with(Class::STARTER))
            && !toks[i].is(Class::DETERMINER)
            || is_any(toks[i].text(text), SUBORDINATORS);
        if past == 0 || !prepositional || i + past >= toks.len() {
            break;
        }
        i = after_date(text, toks, past_connectives(text, toks, i + past));
    }
    // (the loose reading only for a clause a participle's comma closes,
    // `…, saying`; not for any clause: `The weather was cold and said`)
    let before_participle = toks.last().is_some_and(|t| t.text(text) == ",");
    phrase::after(text, toks, i, w).or_else(|| {
        before_participle
            .then(|| determined_clause_subject(text, &toks[i..], w))
            .flatten()
            .map(|(p, e)| (p, e + i))
    })
}

/// `The magazine opposed him, saying …`, `The retired surgeon has given
/// no details, saying …`: a clause that opens with a determiner, one to
/// three words in lower case and a verb (an auxiliary or a past in -ed)
/// has that noun phrase for subject, whatever noun heads it (the lexicon
/// cannot list every role and medium: `surgeon`, `publication`).
fn determined_clause_subject(text: &str, toks: &[Tok], w: &Words) -> Option<(Phrase, usize)> {
    if !toks.first()?.is(Class::DETERMINER) || toks[0].is(Class::PRONOUN) {
        return None;
    }
    for e in 2..toks.len().min(5) {
        let t = &toks[e - 1];
        let x = t.text(text);
        // (a possessive may stand in it: `The mayor's aide`)
        let plain = x.trim_end_matches("'s").trim_end_matches("’s");
        if !t.word
            || !plain.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            || is_function_word(t)
        {
            return None;
        }
        let verb = &toks[e];
        let v = verb.text(text);
        let finite =
            verb.is(Class::AUX) || (ends_ci(v, "ed") && v.bytes().all(|b| b.is_ascii_lowercase()));
        // (the head is a noun: no adverb or participle, `the newly elected`)
        let head = plain.len() == x.len() && phrase::noun_head(x) && !ends_ci(x, "ing");
        if finite && head {
            return Some((phrase::classify(text, &toks[..e], w), e));
        }
    }
    None
}

/// Where a clause's subject may start past an opening adverbial up to the
/// first comma (`In an interview on Sunday,`, `Indeed,`, `When asked …,`),
/// and the phrase of a known kind that opens the clause, if one does (the
/// subject when nothing but a participle follows the comma).
fn past_opener(text: &str, toks: &[Tok], w: &Words) -> (Option<(Phrase, usize)>, usize) {
    // an opener that starts with a preposition or a participle (`In an
    // interview on Sunday,`, `Speaking to reporters last year,`) may run
    // longer than one that might be the subject itself
    let opener = toks.first().is_some_and(|t| {
        (t.is(Class::STARTER) && !t.is(Class::DETERMINER.with(Class::PRONOUN)))
            || (ends_ci(t.text(text), "ing") && lower(t.text(text)).len() > 4)
    });
    let reach = if opener { 10 } else { 6 };
    let Some(c) = toks.iter().take(reach).position(|t| t.text(text) == ",") else {
        return (None, 0);
    };
    // `When asked whom she supported, Ms. Sherry said`: a clause opened by
    // a subordinator is an adverbial whatever verbs it holds
    let subordinate = toks
        .first()
        .is_some_and(|t| is_any(t.text(text), SUBORDINATORS) || is_word(t.text(text), "asked"));
    // a phrase of a known kind at the start (not `Indeed` or `On Monday`)
    // (after a connective: `But Mayor Ann Ruiz, noting the queue, said`)
    let o = after_date(text, toks, past_connectives(text, toks, 0));
    let opening = phrase::after(text, toks, o, w).filter(|(p, _)| {
        p.kind != SpeakerKind::Unknown
            && (!toks[o].is(Class::STARTER) || toks[o].is(Class::DETERMINER))
    });
    // `Paul Huntley, a delegate, said` opens with its subject, not with an
    // adverbial like `Indeed,` or `On Monday,`
    // (or `Dana Fry (R-Utah), a senator, said`: past a short parenthesis)
    let named = opening.as_ref().is_some_and(|(_, e)| {
        *e == c || (toks[*e].text(text) == "(" && c >= 1 && toks[c - 1].text(text) == ")")
    });
    // an opener may hold a participle (`Speaking to reporters,`), not a
    // finite reporting verb (`Roe said,`)
    // (the CUE class is the lexicon's reporting-verb forms)
    let finite_cue = toks[..c]
        .iter()
        .any(|t| t.is(Class::CUE) && !ends_ci(t.text(text), "ing"));
    // (`The report, which was released Monday, said`: a noun phrase a
    // relative clause follows is the subject, not an adverbial)
    let relative = toks[0].is(Class::DETERMINER)
        && !toks[0].is(Class::PRONOUN)
        && toks
            .get(c + 1)
            .is_some_and(|t| is_any(t.text(text), &["which", "who"]));
    let past = if !named && !relative && (!finite_cue || subordinate) {
        c + 1
    } else {
        0
    };
    (opening, past)
}

/// Where the subject starts after a date with no comma after it that opens
/// the clause at `i` (`On September 12 the governor signed …`, `In March
/// the council …`): `i` when there is none.
fn after_date(text: &str, toks: &[Tok], mut i: usize) -> usize {
    if toks.get(i).is_some_and(|t| t.is(Class::STARTER))
        && toks.get(i + 1).is_some_and(|t| t.is(Class::CALENDAR))
    {
        i += 2;
        while toks.get(i).is_some_and(|t| {
            t.is(Class::CALENDAR) || t.text(text).starts_with(|c: char| c.is_ascii_digit())
        }) {
            i += 1;
        }
    }
    i
}

/// A looser reading of `SUBJECT VERB` for subjects the phrase grammar does
/// not know (`the billionaire business mogul told People`, `co-anchor Jane
/// Roe said`): a few words, no punctuation, opening with a determiner, a
/// capital or a title word, then a reporting verb.
fn loose_subject_then_verb(text: &str, toks: &[Tok], i: usize, w: &Words) -> Option<Found> {
    let first = toks.get(i)?;
    let ft = first.text(text);
    let fl = lower(ft);
    // a lower-case opening is a modifier (`veteran analyst Jane Roe
    // wrote`) unless it is a function word (`as`, `which`, `and`)
    let opens = first.is(Class::DETERMINER)
        || ft.chars().next().is_some_and(char::is_uppercase)
        || first.is(Class::TITLE)
        || (first.word
            && fl.chars().all(|c| c.is_alphabetic() || c == '-')
            && !fl.ends_with("ing")
            && !fl.ends_with("ed")
            && !is_function_word(first));
    if !opens {
        return None;
    }
    let stop = (i + 8).min(toks.len());
    for v in i + 1..stop {
        let l = toks[v].text(text);
        // `the bespectacled, 71-year-old diplomat said`: a comma between
        // two modifiers
        // (not after a name, which ends the subject: `delegate Ana Roe,
        // wearing a red scarf, said` sets an aside apart)
        if l == "," && v + 2 < stop && !toks[v - 1].is(Class::CAP) {
            let next = &toks[v + 1];
            if next.word && !next.is(Class::CAP) && !is_function_word(next) && toks[v + 2].word {
                continue;
            }
        }
        if !toks[v].word {
            // `council member Ana Roe, wearing a red scarf, said`: a name
            // the grammar does not read whole (a role in lower case before
            // it), then an aside that names no one, then the verb
            // (a subject, not an adverbial: `Of Roe, Lee, who knows her,
            // said` is Lee's; and a name right before the comma)
            let aside = || {
                // (nor a name after `of` or `for`: `a friend of Tom Baker,
                // wearing a cap, said` is the friend's)
                if first.is(Class::PREPOSITION)
                    || !toks[v - 1].is(Class::CAP)
                    || toks[i..v]
                        .iter()
                        .any(|t| t.is(Class::CONNECTOR.with(Class::PREPOSITION)))
                {
                    return None;
                }
                let k = cue_past_aside(text, toks, v, w)?;
                let phrase = phrase::classify(text, &toks[i..v], w);
                let named = phrase.names_person();
                let (cue, end) = cue_span(text, toks, k, w);
                named.then_some(Found {
                    cue,
                    phrase,
                    rule: RuleId::CueAfter,
                    end_tok: end,
                })
            };
            // `another voter, Ines Cortez told`: the name in apposition
            let Some((p, e)) = phrase::after(text, toks, v + 1, w).filter(|_| l == ",") else {
                return aside();
            };
            let named = p.names_person();
            // (the name in commas: `hunt master, Captain Ian Fox, said`)
            let e = if toks.get(e).is_some_and(|t| t.text(text) == ",")
                && cue_at_any(text, toks, e + 1, w)
            {
                e + 1
            } else {
                e
            };
            if !named || !cue_at_any(text, toks, e, w) {
                return aside();
            }
            let k = past_aux(text, toks, e);
            let (cue, end) = cue_span(text, toks, k, w);
            return Some(Found {
                cue,
                phrase: p,
                rule: RuleId::CueAfter,
                end_tok: end,
            });
        }
        // `the candidate’s vow` is a noun
        let possessed = phrase::possessive_len(toks[v - 1].text(text)) > 0;
        if cue_at(text, toks, v, w) && !ends_ci(l, "ing") && !possessed {
            // (`has long said`: its adverb too, as the verb's)
            let e = back_over_aux(text, toks, v).max(i + 1);
            // (`the mogul on Thursday said`: the date is no part of the
            // speaker)
            let e = phrase::date_start(text, toks, i + 1, e);
            let phrase = phrase::classify(text, &toks[i..e], w);
            let (cue, end) = cue_span(text, toks, v, w);
            return Some(Found {
                cue,
                phrase,
                rule: RuleId::CueAfter,
                end_tok: end,
            });
        }
        // `Edward Dovere and Gabriel Debenedetti wrote`
        let joins_names = is_word(l, "and") && toks.get(v + 1).is_some_and(|n| n.is(Class::CAP));
        if !joins_names && is_any(l, &["that", "who", "which", "and", "but", "when", "if"]) {
            return None;
        }
    }
    None
}

/// A starter when capitalised (`as`, `which`), a pronoun, an auxiliary or
/// a reporting verb.
fn is_function_word(t: &Tok) -> bool {
    t.is(Class::FUNCTION
        .with(Class::PRONOUN)
        .with(Class::AUX)
        .with(Class::CUE))
}

/// A noun phrase the grammar does not know after an inverted verb (`said
/// the printed campaign card.`): up to eight words to the next punctuation,
/// opening with a determiner or a capital.
pub(super) fn loose_phrase_after(
    text: &str,
    toks: &[Tok],
    j: usize,
    w: &Words,
) -> Option<(Phrase, usize)> {
    let first = toks.get(j)?;
    // `master of ceremonies Asab Al-Tabchi`, `retired neurosurgeon Ben
    // Carson`: a lower-case opening needs a capitalised word after it
    let opens = first.is(Class::DETERMINER.with(Class::CAP));
    if !opens && (is_function_word(first) || !first.word) {
        return None;
    }
    let mut e = j;
    while e < toks.len()
        && toks[e].word
        && e - j < LOOSE_WORDS
        && !is_any(toks[e].text(text), &["who", "that", "which", "and"])
    {
        e += 1;
    }
    let stops = toks.get(e).is_none_or(|t| !t.word)
        || is_any(toks[e].text(text), &["who", "that", "which"]);
    let named = opens || toks[j..e].iter().any(|t| t.is(Class::CAP));
    // (a long one is its head up to the first preposition of a chain or
    // a participle: `concluded a 2013 article in the journal …` is the
    // article's; `of` stays in the head, `the head of the ferry operators
    // association`)
    let head = if e - j > 8 {
        (j + 2..e)
            .find(|&k| {
                let x = toks[k].text(text);
                // (or a participle after its noun, `a poll released
                // Monday`; not after an adverb, `a recently retired`)
                let participle = ends_ci(x, "ed")
                    && x.bytes().all(|b| b.is_ascii_lowercase())
                    && !ends_ci(toks[k - 1].text(text), "ly")
                    && !toks[k - 1].is(Class::DETERMINER);
                (!is_word(x, "of") && is_any(x, CHAIN_PREPOSITIONS)) || participle
            })
            .unwrap_or(e)
    } else {
        e
    };
    (stops && named && e > j + 1).then(|| (phrase::classify(text, &toks[j..head], w), e))
}

/// Most words of a phrase read loosely after an inverted verb.
const LOOSE_WORDS: usize = 14;

/// Most words of a source in lower case after `according to`.
/// (`according to early results of exit polls conducted for the wire
/// service and television networks,`)
const SOURCE_WORDS: usize = 16;

/// A source after `according to` that opens in lower case with no
/// determiner (`according to early returns`, `according to media
/// trackers`, `according to preliminary exit polling reported by CNN`):
/// its words up to the next mark or relative pronoun, at most
/// [`SOURCE_WORDS`]; a function word does not open one.
pub(super) fn bare_source_after(
    text: &str,
    toks: &[Tok],
    j: usize,
    w: &Words,
) -> Option<(Phrase, usize)> {
    // (an adverb may open it as an adjective: `early returns`; a cue
    // word in -s is a plural noun here: `according to reports`)
    toks.get(j).filter(|t| {
        t.word
            && !t.is(Class::FUNCTION.with(Class::PRONOUN))
            && (!t.is(Class::CUE) || {
                let x = t.text(text);
                ends_ci(x, "s") && !ends_ci(x, "ss")
            })
    })?;
    let mut e = j;
    while e < toks.len()
        && toks[e].word
        && e - j < SOURCE_WORDS
        && !is_any(toks[e].text(text), &["who", "that", "which"])
    {
        e += 1;
    }
    let stops = toks.get(e).is_none_or(|t| !t.word);
    stops.then(|| (phrase::classify(text, &toks[j..e], w), e))
}

/// Whether a reporting verb stands at `k`, after any auxiliaries.
fn cue_at_any(text: &str, toks: &[Tok], k: usize, w: &Words) -> bool {
    let k = past_aux(text, toks, k);
    k < toks.len() && cue_at(text, toks, k, w) && !ends_ci(toks[k].text(text), "ing")
}

/// `SUBJECT VERB` read backwards from a verb at `v` for subjects outside
/// the phrase grammar (`a sign saying`, `the billionaire mogul said`): up to
/// five words back to a determiner, with no punctuation between.
fn loose_subject_before(text: &str, toks: &[Tok], v: usize, w: &Words) -> Option<Phrase> {
    let floor = v.saturating_sub(6);
    let mut k = v;
    while k > floor {
        k -= 1;
        let t = &toks[k];
        if !t.word {
            return None;
        }
        let l = t.text(text);
        // (the DETERMINER class is the DETERMINERS list)
        if t.is(Class::DETERMINER) {
            // `A nurse at the clinic said`, `A person familiar with the
            // talks said`: a phrase after a preposition hangs on the noun
            // before it, which opens the clause (the agent of `by` is
            // read apart, as is the object of `of`)
            // (`of` only inside a chain, after a noun that hangs on a
            // preposition of its own: `Two people with knowledge of the
            // plan said`)
            let of_in_chain = || {
                k >= 3
                    && is_word(toks[k - 1].text(text), "of")
                    && is_any(toks[k - 3].text(text), CHAIN_PREPOSITIONS)
            };
            if k >= 2
                && is_any(toks[k - 1].text(text), CHAIN_PREPOSITIONS)
                && (!is_any(toks[k - 1].text(text), &["by", "of"]) || of_in_chain())
            {
                if let Some(q) = head_of_prepositional_chain(text, toks, k, w) {
                    return Some(q);
                }
            }
            // `a deckhand began by saying`: a gerund after a preposition
            // is governed by the verb before it, whose subject speaks (with
            // any auxiliary or adverb before that verb: `had suddenly begun
            // by saying`)
            let mut end = v;
            if v >= 3
                && k + 2 < v - 1
                && is_any(
                    toks[v - 1].text(text),
                    &["by", "after", "before", "while", "without"],
                )
            {
                end = v - 2;
                while end > k + 2
                    && (toks[end - 1].is(Class::AUX) || ends_ci(toks[end - 1].text(text), "ly"))
                {
                    end -= 1;
                }
            }
            // (`the Florida senator’s answer`: the possessor speaks)
            let span = Span::new(t.span().start, toks[end - 1].span().end);
            return (k + 1 < end).then(|| Phrase {
                span: phrase::without_possessive(text, span),
                kind: super::SpeakerKind::Unknown,
                name: None,
                role: None,
                pronoun: false,
            });
        }
        if is_any(
            l,
            &["that", "who", "which", "and", "but", "to", "is", "was"],
        ) {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;
    use crate::tokens::tokenize;

    /// The tokens of `s` and the index of the token `word`.
    fn at(s: &str, word: &str, w: &Lexicon) -> (Vec<Tok>, usize) {
        let toks = tokenize(s, Span::new(0, s.len()), w);
        let k = toks
            .iter()
            .position(|t| t.text(s) == word)
            .unwrap_or_else(|| panic!("{word} in {s}"));
        (toks, k)
    }

    #[test]
    fn each_reading_that_is_no_verb_is_its_own_predicate() {
        let w = Lexicon::builtin();
        let cue = |s: &str, word: &str| {
            let (t, k) = at(s, word, &w);
            cue_at(s, &t, k, &w)
        };
        let lemma = |s: &str, word: &str| {
            let (t, k) = at(s, word, &w);
            w.lemma_name(t[k].lemma).unwrap().to_string()
        };
        // a name, not a verb
        let s = "He met the United States envoy.";
        let (t, k) = at(s, "States", &w);
        assert!(name_not_verb(s, &t, k) && !cue(s, "States"));
        assert!(cue("Roe said so.", "said"));
        // a passive, but `was quoted as saying`
        let s = "The deal was described as fair.";
        let (t, k) = at(s, "described", &w);
        assert!(passive(s, &t, k, &lemma(s, "described")) && !cue(s, "described"));
        let s = "He was quoted as saying so.";
        let (t, k) = at(s, "quoted", &w);
        assert!(!passive(s, &t, k, "quote"));
        // a participle after a possessive is an adjective; `he’s said` a verb
        let s = "the group’s stated aim";
        let (t, k) = at(s, "stated", &w);
        assert!(adjective_after_possessive(s, &t, k, &w) && !cue(s, "stated"));
        let s = "he’s stated it twice";
        let (t, k) = at(s, "stated", &w);
        assert!(!adjective_after_possessive(s, &t, k, &w));
        // a plural cue noun after a possessive is a noun; a name's verb is not
        let s = "Roe’s remarks were brief.";
        let (t, k) = at(s, "remarks", &w);
        assert!(adjective_after_possessive(s, &t, k, &w));
        let s = "Moody’s says the bank is sound.";
        let (t, k) = at(s, "says", &w);
        assert!(!adjective_after_possessive(s, &t, k, &w) && cue(s, "says"));
        // a base form after a singular name opening a clause is a noun
        let s = "Harbour Board report: the pier is safe.";
        let (t, k) = at(s, "report", &w);
        assert!(noun_after_singular_name(s, &t, k, "report", &w) && !cue(s, "report"));
        let s = "Democrats say it is dry.";
        let (t, k) = at(s, "say", &w);
        assert!(!noun_after_singular_name(s, &t, k, "say", &w) && cue(s, "say"));
        // a noun after a determiner, but `the ACU said` keeps its verb
        let s = "He read the report twice.";
        let (t, k) = at(s, "report", &w);
        assert!(noun_after_determiner(s, &t, k, "report", &w) && !cue(s, "report"));
        let s = "The ACU said it was ready.";
        let (t, k) = at(s, "said", &w);
        assert!(!noun_after_determiner(s, &t, k, "say", &w));
        // a relative pronoun and its verb: `which` always, `that` before a
        // past only (`told reporters that claims of …` has the noun)
        assert!(cue("The report, which notes the cost, is out.", "notes"));
        assert!(cue("A sign that read “Closed” hung there.", "read"));
        let s = "He told reporters that claims of fraud were false.";
        let (t, k) = at(s, "claims", &w);
        assert!(!relative_verb(s, &t, k, "claim", &w));
        // `That said,` opening a clause is a connective; after a noun, a verb
        assert!(!cue("That said, the pier is safe.", "said"));
        assert!(cue("A notice that said, “Closed,” hung there.", "said"));
        // a particle must close the cue
        assert!(cue("Ana shot back with a laugh.", "shot"));
        assert!(!cue("The Senate went on recess.", "went"));
        let s = "Ana shot back at him.";
        let (t, k) = at(s, "shot", &w);
        assert!(particle_closes(s, &t, k, "back"));
        // `call` with an object, never naming
        assert!(cue("She called the plan “a disgrace.”", "called"));
        assert!(!cue("a group called “Voters First”", "called"));
        assert!(!cue("He is called “the fixer” by friends.", "called"));
    }

    #[test]
    fn each_construction_before_a_quotation_names_its_speaker() {
        let w = Lexicon::builtin();
        let speaker = |s: &str, verb: &str| {
            let (t, k) = at(s, verb, &w);
            speaker_of_verb(s, &t, k, &w).map(|(p, r)| (p.span.slice(s).to_string(), r))
        };
        for (s, verb, name, rule) in [
            ("Ana Park said:", "said", "Ana Park", RuleId::CueBefore),
            (
                "Ana Park appeared to suggest that",
                "suggest",
                "Ana Park",
                RuleId::CueBefore,
            ),
            (
                "Ana Park said so, adding:",
                "adding",
                "Ana Park",
                RuleId::CueParticiple,
            ),
            (
                "He laughed and said,",
                "said",
                "He",
                RuleId::CueBeforeCoordinated,
            ),
        ] {
            assert_eq!(speaker(s, verb), Some((name.to_string(), rule)), "{s}");
        }
        assert_eq!(speaker("The weather was cold and said", "said"), None);
        // `according to` and `in the words of` at their first word
        let s = "According to the harbour master, “…”";
        let (t, k) = at(s, "According", &w);
        let f = according_to_at(s, &t, k, &w).flatten().unwrap();
        assert_eq!(f.phrase.span.slice(s), "the harbour master");
        let s = "In the words of Senator Ann Wills, “…”";
        let (t, k) = at(s, "words", &w);
        let f = in_the_words_of_at(s, &t, k, &w).unwrap();
        assert_eq!(f.phrase.span.slice(s), "Senator Ann Wills");
        let (t, k) = at(s, "Senator", &w);
        assert!(in_the_words_of_at(s, &t, k, &w).is_none());
    }

    #[test]
    fn an_opening_adverbial_is_passed_and_a_named_subject_kept() {
        let w = Lexicon::builtin();
        let subject = |s: &str| {
            let toks = tokenize(s, Span::new(0, s.len()), &w);
            subject_at_start(s, &toks, &w).map(|(p, _)| p.span.slice(s).to_string())
        };
        assert_eq!(
            subject("In an interview on Sunday, Ana Park said"),
            Some("Ana Park".into())
        );
        assert_eq!(subject("Indeed, Ana Park said"), Some("Ana Park".into()));
        assert_eq!(
            subject("Ana Park, a delegate, said"),
            Some("Ana Park".into())
        );
        assert_eq!(subject("And then Ana Park said"), Some("Ana Park".into()));
        assert_eq!(
            subject("When asked whom she backed, Ana Park said"),
            Some("Ana Park".into())
        );
        // a finite reporting verb before the comma is no opener
        let s = "Ana Park said, laughing";
        let toks = tokenize(s, Span::new(0, s.len()), &w);
        assert_eq!(past_opener(s, &toks, &w).1, 0);
    }
}
