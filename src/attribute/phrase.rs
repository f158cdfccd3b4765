//! Speaker noun phrases: a name with its title ("Russian Foreign Minister
//! Igor Ivanov"), a pronoun, an organization ("the Kremlin press service"),
//! a group or anonymous source ("experts", "unnamed Defense Ministry
//! sources"), or a role ("the Russian defense minister").

use super::Words;
use crate::lexicon::classes::{ARTICLES, HONORIFICS};
use crate::lexicon::Class;
use crate::span::Span;
use crate::tokens::Tok;
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

impl SpeakerKind {
    /// The name output gives it (as serde writes it).
    pub fn name(self) -> &'static str {
        match self {
            SpeakerKind::Person => "person",
            SpeakerKind::Organization => "organization",
            SpeakerKind::Group => "group",
            SpeakerKind::Anonymous => "anonymous",
            SpeakerKind::Unknown => "unknown",
        }
    }
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

impl Phrase {
    /// A person named in the phrase (not a pronoun, not a role alone):
    /// `Ana Roe`, `Senator Park`.
    pub fn names_person(&self) -> bool {
        self.kind == SpeakerKind::Person && self.name.is_some() && !self.pronoun
    }
}

use crate::tokens::{ends_ci, is_any, is_word, lower};

fn is_cap(t: &str) -> bool {
    t.chars().next().is_some_and(char::is_uppercase)
}

const DET: Class = Class::DETERMINER;

/// A token that can be part of a speaker phrase.
/// Whether [`after`] from token `i` can only read that one word: the next
/// token is no word that could go on a speaker phrase (a name, a noun of
/// the lexicon, a connector) and no comma before an apposition, and the
/// word itself opens nothing (a determiner or pronoun).
pub fn lone_word(text: &str, toks: &[Tok], i: usize) -> bool {
    if toks[i].is(DET.with(Class::PRONOUN)) {
        return false;
    }
    match toks.get(i + 1) {
        None => true,
        Some(n) if !n.word => n.text(text) != ",",
        Some(n) => !n.is(Class::CAP.with(Class::NOUN).with(Class::CONNECTOR)),
    }
}

/// A word that can go on a speaker phrase: a capitalised word or a noun of
/// the lexicon.
fn np_word(t: &Tok) -> bool {
    t.is(Class::CAP.with(Class::NOUN))
}

/// A day written as a word of the text, not as part of a name in capitals
/// (`Thursday`, `Today`; not `TODAY` of `USA TODAY`): after a speaker it
/// says when, and is no part of the phrase.
#[inline]
pub fn is_day(text: &str, t: &Tok) -> bool {
    t.is(Class::CALENDAR) && t.text(text).chars().any(char::is_lowercase)
}

/// Whether a day ends right before token `end`, or a time of that day
/// (`Monday`, `Monday evening`).
pub fn day_ends_at(text: &str, toks: &[Tok], end: usize) -> bool {
    let day = |k: usize| is_day(text, &toks[k]);
    end >= 1
        && (day(end - 1)
            || (end >= 2 && is_any(toks[end - 1].text(text), TIMES_OF_DAY) && day(end - 2)))
}

/// Where a date before a verb at `end` starts (`end` when there is none),
/// not before `floor`: days and numbers, then one word of time before them
/// (`the mogul on Thursday said`, `the mogul late Monday said`). A date
/// says when, and is no part of the subject.
pub fn date_start(text: &str, toks: &[Tok], floor: usize, end: usize) -> usize {
    let date = |t: &Tok| is_day(text, t) || t.text(text).starts_with(|c: char| c.is_ascii_digit());
    let mut d = end;
    // (`on Thursday evening`: a time of day after its day)
    if d >= floor + 2 && is_any(toks[d - 1].text(text), TIMES_OF_DAY) && date(&toks[d - 2]) {
        d -= 1;
    }
    while d > floor && date(&toks[d - 1]) {
        d -= 1;
    }
    if d < end
        && d > floor
        && is_any(
            toks[d - 1].text(text),
            &["on", "at", "in", "last", "early", "late"],
        )
    {
        d -= 1;
    }
    d
}

/// Connectors that are particles inside a name (`Ed van der Berg`,
/// `Osama bin Laden`).
const NAME_PARTICLES: &[&str] = &[
    "de", "van", "von", "der", "bin", "al", "la", "le", "da", "du",
];

/// Those that also open a surname (`Van Buren`, `De Souza`, `Le Pen`);
/// not `Al` (`Al Gore` is a given name; `Al Qaeda` a group) or `bin`.
const SURNAME_PARTICLES: &[&str] = &["de", "van", "von", "der", "la", "le", "da", "du"];

/// A capitalised surname particle before a capitalised word (`Van Buren`,
/// `De Souza`): a name's first word, not a connector.
fn opening_particle(text: &str, toks: &[Tok], k: usize) -> bool {
    toks[k].is(Class::CAP)
        && particle(toks[k].text(text), SURNAME_PARTICLES)
        && toks.get(k + 1).is_some_and(|n| n.word && n.is(Class::CAP))
}

/// Whether a name (its words one space apart) has two words or more past
/// the particles it opens with: a full name (`Bill de Blasio`), not a
/// surname alone (`De Blasio`).
pub(super) fn full_name(name: &str) -> bool {
    // (asked of every name the tracker meets: by bytes, word by word)
    let mut rest = name;
    while let Some(i) = memchr::memchr(b' ', rest.as_bytes()) {
        if !particle(&rest[..i], SURNAME_PARTICLES) {
            return true; // (a word past the particles, and one after it)
        }
        rest = &rest[i + 1..];
    }
    false
}

/// Whether `t` is one of the `particles` (each of two or three letters:
/// the length first, as most words asked are longer).
fn particle(t: &str, particles: &[&str]) -> bool {
    (2..=3).contains(&t.len()) && is_any(t, particles)
}

/// Possessive determiners: a noun phrase's own start.
const POSSESSIVES: &[&str] = &["his", "her", "their", "its", "our", "my", "your"];

/// Times of a day, after the day (`Monday morning`).
const TIMES_OF_DAY: &[&str] = &["morning", "afternoon", "evening", "night"];

/// Words before a share that belong to it (`some 87%`, `nearly 40%`).
const SHARE_WORDS: &[&str] = &[
    "some", "about", "around", "nearly", "almost", "over", "under", "only", "just", "roughly",
];

/// The phrase that ends just before token `end` (exclusive), walking back.
pub fn before(text: &str, toks: &[Tok], end: usize, w: &Words) -> Option<Phrase> {
    let last = end.checked_sub(1)?;
    let lt = &toks[last];
    // `61% said`, `Some 87% said`: a share of those asked, a group
    if lt.text(text) == "%"
        && last >= 1
        && toks[last - 1]
            .text(text)
            .starts_with(|c: char| c.is_ascii_digit())
    {
        let mut start = last - 1;
        if start >= 1 && toks[start - 1].word && is_any(toks[start - 1].text(text), SHARE_WORDS) {
            start -= 1;
        }
        return Some(group(Span::new(toks[start].span().start, lt.span().end)));
    }
    if let Some(start) = fraction_ending(text, toks, last) {
        return Some(group(Span::new(toks[start].span().start, lt.span().end)));
    }
    if !lt.word {
        return None;
    }
    if lt.is(Class::PRONOUN) {
        return Some(pronoun(lt.span()));
    }
    // `Many said`, `Some argued`: a quantifier of a group standing alone
    // as a clause's subject (at its start, or after a comma)
    let alone = || {
        last == 0
            || !toks[last - 1].word
            || is_any(
                toks[last - 1].text(text),
                crate::lexicon::classes::LEADING_CONNECTIVES,
            )
    };
    if lt.is(DET) && lt.is(Class::GROUP) && (last == 0 || !toks[last - 1].word) {
        return Some(classify(text, &toks[last..=last], w));
    }
    // `Another tweeted`, `One said`: one member of a group named before
    if matches!(lt.span().len(), 3 | 7) && is_any(lt.text(text), &["one", "another"]) && alone() {
        return Some(Phrase {
            kind: SpeakerKind::Person,
            ..classify(text, &toks[last..=last], w)
        });
    }
    // (not before a verb in -s, which has a singular subject: `An
    // examination of the jets and three helicopters suggests …`)
    if let Some(first) = bare_plural(text, toks, last) {
        let singular_verb = toks.get(end).is_some_and(|v| {
            let x = v.text(text);
            v.is(Class::CUE) && x.ends_with('s') && !x.ends_with("ss")
        });
        if singular_verb {
            return None;
        }
        return Some(group(Span::new(toks[first].span().start, lt.span().end)));
    }
    // (a capitalised word after an honorific is a surname, whatever else
    // it may be: `Mr Read said`, `Ms Hope says`)
    // (or alone or after a first name, before a reporting verb of its
    // own: `Read said`, `Tom Read said`; not in a longer name, which is
    // a place's or an outlet's: `the United States notified`)
    let first_name = last == 1 || (last >= 2 && !toks[last - 2].word);
    let surname = || {
        lt.is(Class::CAP)
            && ((last >= 1 && is_any(toks[last - 1].text(text), HONORIFICS))
                || ((alone() || (first_name && toks[last - 1].is(Class::CAP)))
                    && toks
                        .get(end)
                        .is_some_and(|v| v.word && v.is(Class::CUE) && !v.is(Class::CAP))))
    };
    if !np_word(lt) || (lt.is(DET.with(Class::CUE)) && !surname()) {
        return None;
    }
    // `Why not just say`: a function word alone is nobody (but `Others
    // said` names a group)
    if lt.is(Class::STARTER)
        && !lt.is(Class::GROUP)
        && (last == 0 || !toks[last - 1].word || !toks[last - 1].is(Class::CAP))
    {
        return None;
    }
    let mut start = last;
    while start > 0 && last - start < 10 {
        let p = &toks[start - 1];
        if !p.word {
            break;
        }
        if p.is(DET) {
            start -= 1;
            match head_of_complement(text, toks, start).filter(|&h| last - h < 10) {
                Some(head) => {
                    start = head;
                    continue;
                }
                None => break,
            }
        }
        // `74 percent`, `2,000 residents`: a number counts a group
        if lt.is(Class::GROUP) && p.text(text).starts_with(|c: char| c.is_ascii_digit()) {
            start -= 1;
            continue;
        }
        // `Van Buren said`: the particle opens the name
        if opening_particle(text, toks, start - 1) && (start == 1 || !toks[start - 2].word) {
            start -= 1;
            break;
        }
        // `Ed van der Berg`: a run of particles inside a name
        // (at most three particles, within the phrase's ten words: `van
        // der`, `de la`)
        if particle(p.text(text), NAME_PARTICLES) {
            let mut j = start - 1;
            while j > 0 && start - j < 3 && particle(toks[j - 1].text(text), NAME_PARTICLES) {
                j -= 1;
            }
            if j > 0 && last - (j - 1) < 10 && toks[j - 1].word && toks[j - 1].is(Class::CAP) {
                start = j;
                continue;
            }
        }
        if p.is(Class::CONNECTOR) && !is_word(p.text(text), "and") {
            // `ambassador to Russia`, `head of the department`
            if start >= 2 && np_word(&toks[start - 2]) {
                start -= 1;
                continue;
            }
            break;
        }
        if np_word(p)
            && (!p.is(Class::CUE) || (start >= 2 && p.is(Class::CAP)))
            && !p.is(Class::PRONOUN)
        {
            start -= 1;
            continue;
        }
        // `a second source`, `the outgoing local official`: up to two
        // modifiers in lower case between an article and a head noun of
        // the lexicon belong to the phrase
        // (not past a name: `the place Pentagon officials said …` is a
        // relative clause's subject)
        // (the article first, by its class: most words here have none
        // before them)
        if lt.is(Class::NOUN) && start >= 2 {
            let plain =
                |t: &Tok| modifier_word(t) && t.text(text).bytes().all(|b| b.is_ascii_lowercase());
            let article = |k: usize| toks[k].is(DET) && is_any(toks[k].text(text), ARTICLES);
            if (article(start - 2) || (start >= 3 && article(start - 3) && plain(&toks[start - 2])))
                && plain(p)
                && !toks[start..=last].iter().any(|t| t.is(Class::CAP))
            {
                start -= 1;
                continue;
            }
        }
        // `the leaders of both main parties said`: the phrase that `of`
        // closes is its head's complement, read back past its modifiers
        // (a determiner, at most two words in lower case) to the head
        if let Some(head) = head_of_complement(text, toks, start).filter(|&h| last - h < 10) {
            start = head;
            continue;
        }
        break;
    }
    // a capitalised word opening a sentence may be a function word
    // (but not one that heads an `of` phrase: `Most of the delegates`)
    while start < last
        && toks[start].is(Class::STARTER)
        && !is_cap_name_start(toks, start)
        && !(is_word(toks[start + 1].text(text), "of")
            && is_any(toks[start].text(text), QUANTIFIER_HEADS))
    {
        start += 1;
    }
    Some(classify(text, &toks[start..=last], w))
}

/// A word that may modify a head noun inside a phrase: a word in lower
/// case that is no function word, reporting verb, auxiliary or pronoun.
fn modifier_word(t: &Tok) -> bool {
    t.word
        && !t.is(Class::FUNCTION
            .with(Class::CUE)
            .with(Class::AUX)
            .with(Class::PRONOUN)
            .with(Class::CAP))
}

/// `candidates of both main parties`: where the phrase that starts at
/// token `start` is the complement of an `of` after a head noun (past at
/// most two modifiers in lower case and a determiner), that head's token.
fn head_of_complement(text: &str, toks: &[Tok], start: usize) -> Option<usize> {
    // (`of` first, by its length: this is asked wherever a phrase stops)
    let of = (start.saturating_sub(4)..start)
        .rev()
        .find(|&k| toks[k].span().len() == 2 && is_word(toks[k].text(text), "of"))?;
    let modifier = modifier_word;
    let between = &toks[of + 1..start];
    let det = between.first().is_some_and(|t| t.is(DET));
    let modifiers = &between[usize::from(det)..];
    (of >= 1
        && modifiers.len() <= 2
        && modifiers.iter().all(modifier)
        && np_word(&toks[of - 1])
        // (a capitalised function word opening the sentence heads nothing,
        // `Ahead of the vote Democrats said`, but a quantifier does, `Most
        // of the candidates`)
        && (!toks[of - 1].is(Class::STARTER) || is_any(toks[of - 1].text(text), QUANTIFIER_HEADS))
        && !toks[of - 1].is(Class::CUE))
    .then(|| of - 1)
}

/// Quantifiers that head an `of` phrase of a speaker (`Most of the
/// candidates`, `Some of the women`).
const QUANTIFIER_HEADS: &[&str] = &[
    "most", "many", "some", "all", "half", "few", "several", "both", "none", "each", "one",
];

/// Number words that count a share of those asked (`six in 10`).
pub(super) const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];

/// `Six in 10 say`, `nearly nine out of 10 said`, `most of them said`: a
/// share of a group, counted or quantified, ending at token `last`; its
/// first token.
fn fraction_ending(text: &str, toks: &[Tok], last: usize) -> Option<usize> {
    let t = |k: usize| toks[k].text(text);
    // (both shapes have `in` or `of` before their last word: asked of
    // every subject, so that first)
    if last < 2 || toks[last - 1].span().len() != 2 {
        return None;
    }
    let number = |k: usize| t(k).bytes().all(|b| b.is_ascii_digit()) || is_any(t(k), NUMBER_WORDS);
    let mut start = if number(last) && last >= 2 && is_any(t(last - 1), &["in", "of"]) {
        // (`nine out of 10`)
        let of = if last >= 3 && is_word(t(last - 1), "of") && is_word(t(last - 2), "out") {
            last - 2
        } else {
            last - 1
        };
        (of >= 1 && number(of - 1)).then(|| of - 1)?
    } else if is_any(t(last), &["them", "us", "those"])
        && last >= 2
        && is_word(t(last - 1), "of")
        && is_any(t(last - 2), QUANTIFIER_HEADS)
    {
        last - 2
    } else {
        return None;
    };
    if start >= 1 && toks[start - 1].word && is_any(t(start - 1), SHARE_WORDS) {
        start -= 1;
    }
    Some(start)
}

/// Endings of plural nouns for people (`donors`, `residents`, `economists`,
/// `employees`, `critics`, `guardians`).
const AGENT_PLURALS: &[&str] = &[
    "ers", "ors", "ants", "ents", "ists", "ians", "ees", "ics", "ives", "eurs",
];

/// Words in `-s` that are no plural noun.
const NOT_PLURAL: &[&str] = &[
    "perhaps",
    "always",
    "sometimes",
    "afterwards",
    "nevertheless",
    "nonetheless",
    "besides",
    "towards",
    "whereas",
    "unless",
    "regardless",
    "otherwise",
    "meanwhile",
    "overseas",
];

/// A word that can head a noun phrase that speaks: no number or modifier
/// (`the four cast votes`, `the same`, `the detailed`).
pub(super) fn noun_head(head: &str) -> bool {
    head.chars().all(char::is_alphabetic)
        && head.len() > 2
        && !ends_ci(head, "ed")
        && !ends_ci(head, "ly")
        && !is_any(head, MODIFIERS)
}

/// Modifiers that head no phrase of their own (`the same`, `the other`).
pub(super) const MODIFIERS: &[&str] = &["same", "other", "first", "last", "new", "old", "own"];

/// A lower-case word that reads as a plural noun (`donors`, `residents`),
/// not a verb, function word or a singular in -s.
pub(super) fn plural_noun(text: &str, t: &Tok) -> bool {
    let x = t.text(text);
    t.word
        && x.len() > 4
        && x.bytes().all(|b| b.is_ascii_lowercase())
        && x.ends_with('s')
        && !x.ends_with("ss")
        && !x.ends_with("us")
        && !x.ends_with("is")
        && !t.is(Class::CUE
            .with(Class::AUX)
            .with(Class::FUNCTION)
            .with(Class::STARTER))
        && !is_any(x, NOT_PLURAL)
}

/// `But residents said`, `Last year, engineers said`, `Many delegates
/// said`, `So far, 520 delegates have said`: a plural noun in lower case,
/// alone or after a count, as its clause's subject (opening it, or after a
/// comma or a connective) is a group, whether or not the lexicon lists
/// it. Returns the phrase's first token.
fn bare_plural(text: &str, toks: &[Tok], k: usize) -> Option<usize> {
    let t = &toks[k];
    if !plural_noun(text, t) {
        return None;
    }
    let counted = k >= 1 && {
        let c = toks[k - 1].text(text);
        c.bytes().all(|b| b.is_ascii_digit() || b == b',')
            && c.starts_with(|c: char| c.is_ascii_digit())
            || is_any(c, COUNTS)
    };
    let first = if counted { k - 1 } else { k };
    let opens = first == 0
        || toks[first - 1].text(text) == ","
        || is_any(
            toks[first - 1].text(text),
            crate::lexicon::classes::LEADING_CONNECTIVES,
        );
    opens.then_some(first)
}

/// Words that count a plural noun as a number does (`many delegates`).
pub(super) const COUNTS: &[&str] = &[
    "many", "most", "some", "several", "few", "both", "all", "two", "three", "four", "five", "six",
    "seven", "eight", "nine", "ten",
];

fn is_cap_name_start(toks: &[Tok], k: usize) -> bool {
    toks[k].is(DET) && k + 1 < toks.len() && np_word(&toks[k + 1])
}

/// The phrase that starts at token `start`; returns it and the index after.
pub fn after(text: &str, toks: &[Tok], start: usize, w: &Words) -> Option<(Phrase, usize)> {
    let first = toks.get(start)?;
    if first.is(Class::PRONOUN) {
        return Some((pronoun(first.span()), start + 1));
    }
    let mut k = start;
    if first.is(DET) {
        k += 1;
    }
    let body = k;
    while k < toks.len() && k - start < 12 {
        let tk = &toks[k];
        if !tk.word {
            break;
        }
        if k == body && opening_particle(text, toks, k) {
            k += 1;
            continue;
        }
        if tk.is(Class::CONNECTOR) && !is_word(tk.text(text), "and") {
            let next = toks.get(k + 1);
            // (a connector before a day does not join it to the name: `Roe
            // at Monday's hearing` is when)
            if k > body && next.is_some_and(|n| (np_word(n) || n.is(DET)) && !n.is(Class::CALENDAR))
            {
                k += 1;
                if next.is_some_and(|n| n.is(DET)) {
                    k += 1;
                }
                continue;
            }
            break;
        }
        // a day after the name says when (`Ryan Thursday said`)
        if k > body && is_day(text, tk) {
            break;
        }
        // a capitalised word inside a name is no verb (`Washington Post`)
        // (nor one opening it before a title: `State Rep. Ana Roe`)
        let before_title = || {
            tk.is(Class::CAP)
                && toks
                    .get(k + 1)
                    .is_some_and(|n| n.word && n.is(Class::CAP) && n.is(Class::TITLE))
        };
        if np_word(tk) && (!tk.is(Class::CUE) || (k > start && tk.is(Class::CAP)) || before_title())
        {
            k += 1;
            continue;
        }
        // a role in lower case between a name's words and a name: `Wales
        // assistant coach Scott Jones`, `Labour MP Tom Hale`
        if k > body && toks[k - 1].is(Class::CAP) {
            let run = (k..toks.len().min(k + 3))
                .take_while(|&j| toks[j].word && !toks[j].is(Class::CAP.with(Class::CUE)))
                .last();
            if let Some(r) = run {
                if toks[r].is(Class::TITLE)
                    && toks.get(r + 1).is_some_and(|n| n.word && n.is(Class::CAP))
                {
                    k = r + 1;
                    continue;
                }
            }
        }
        // lower-case modifiers before a head noun: `a senior administration official`
        // (a pronoun opens a clause instead: `told the paper he expected
        // some voters …`)
        // (and with no determiner, the words up to a head of the lexicon
        // close after them: `according to exit polls`, `security
        // specialists`, `according to state corporate records`)
        let bare = body == start && toks[start..k].iter().all(|t| !t.is(Class::CAP));
        // (a cue word may open a bare phrase as a modifier before its head:
        // `according to state records`)
        if (bare || (k > start && body == start + 1))
            && k + 1 < toks.len()
            // (an auxiliary is the verb's: `The Wisconsin Republican did
            // give Trump some credit`)
            && !tk.is(Class::PRONOUN.with(Class::AUX))
            && (!tk.is(Class::CUE) || (bare && !ends_ci(tk.text(text), "ing")))
            && !(bare && tk.is(Class::FUNCTION.with(Class::CAP)))
            && tk.text(text).chars().all(char::is_alphabetic)
        {
            // (a bare one, before a group or body only: `legal director
            // for …` is a role, read as one after a name)
            let (reach, head) = if bare {
                (3, Class::ORG.with(Class::GROUP))
            } else {
                (4, Class::HEAD)
            };
            // (no possessive stands between a modifier and its head: `The
            // mayor shook her head` has its head already; a connector may,
            // after a noun, `an email from the president`, not after a
            // verb's past, `the judge sided with the Democrats`)
            // (nor an article or `no` but after a connector: `The minister
            // gave no figures` has a verb before `no`; `an email from the
            // president` does not)
            let past = ends_ci(tk.text(text), "ed");
            let rest_head = (k + 1..toks.len().min(k + reach))
                .take_while(|&j| {
                    let t = &toks[j];
                    t.word
                        && !(t.span().len() <= 5 && is_any(t.text(text), POSSESSIVES))
                        && !(past && t.is(Class::CONNECTOR.with(Class::PREPOSITION)))
                        && !(t.span().len() <= 5
                            // (the class bit first: this loop is hot)
                            && ((t.is(DET) && is_any(t.text(text), ARTICLES))
                                || is_word(t.text(text), "no"))
                            && !toks[j - 1].is(Class::CONNECTOR.with(Class::PREPOSITION)))
                })
                .any(|j| toks[j].is(head));
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
    // `When`, `Ever`, `Wait`: a function word alone is nobody, nor is a
    // date (`On September`, `In March`, `On Tuesday`)
    if first.is(Class::STARTER.with(Class::CALENDAR))
        && toks[start..k]
            .iter()
            .all(|t| t.is(Class::CALENDAR) || (t.is(Class::STARTER) && !t.is(DET)))
    {
        return None;
    }
    let mut phrase = classify(text, &toks[start..k], w);
    // apposition: `Fiona Hill, fellow at the Brookings Institution`
    if toks.get(k).is_some_and(|c| c.text(text) == ",") && phrase.kind == SpeakerKind::Person {
        if let Some(r) = apposition(text, toks, k + 1) {
            phrase.role = Some(r);
        }
    }
    Some((phrase, k))
}

/// An apposition after a comma: up to the next comma or the end.
pub fn apposition(text: &str, toks: &[Tok], from: usize) -> Option<Span> {
    let first = toks.get(from)?;
    let ft = lower(first.text(text));
    let starts_ok = matches!(ft.as_str(), "a" | "an" | "the")
        || first.is(Class::TITLE)
        || (!first.is(Class::CAP) && first.word);
    // (an auxiliary opens the sentence's predicate, not a role: `The
    // bridge, said Ada Brandt, will open …`)
    // (an adverb may open a role: `now a senator`, `formerly a nurse`)
    let auxiliary = first.is(Class::AUX)
        && (is_any(&ft, crate::lexicon::classes::RELATIVE_VERBS)
            || is_any(&ft, &["must", "did", "does"]));
    if !starts_ok || auxiliary || first.is(Class::PRONOUN.with(Class::CUE)) {
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
    (end > from).then(|| Span::new(first.span().start, toks[end - 1].span().end))
}

/// The empty phrase of a report that names no one (`It was claimed
/// that …`, `Asked whether …`), at `at`: its record gets no speaker.
pub fn nobody(at: usize) -> Phrase {
    Phrase {
        span: Span::new(at, at),
        kind: SpeakerKind::Unknown,
        name: None,
        role: None,
        pronoun: false,
    }
}

/// A group no name or lexicon entry gives, known by its shape (`61%`,
/// `six in 10`, `520 delegates`).
fn group(span: Span) -> Phrase {
    Phrase {
        span,
        kind: SpeakerKind::Group,
        name: None,
        role: None,
        pronoun: false,
    }
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

/// The length of a possessive ending (`’s`, `'s`) on `t`, or 0.
pub fn possessive_len(t: &str) -> usize {
    if t.ends_with("’s") {
        "’s".len()
    } else if t.ends_with("'s") {
        2
    } else {
        0
    }
}

/// The span without a possessive ending on its last word.
pub fn without_possessive(text: &str, s: Span) -> Span {
    Span::new(s.start, s.end - possessive_len(s.slice(text)))
}

pub fn classify(text: &str, toks: &[Tok], w: &Words) -> Phrase {
    let last = toks[toks.len() - 1].text(text);
    let ending = possessive_len(last);
    let mut p = classify_tokens(text, toks);
    // (a short phrase ending in a plural noun of people the word lists
    // do not know is a group: `the donors`, `angry residents`; an agent's
    // ending tells it from a verb, `moves`)
    if p.kind == SpeakerKind::Unknown
        && toks.len() <= 3
        && plural_noun(text, &toks[toks.len() - 1])
        && AGENT_PLURALS
            .iter()
            .any(|e| toks[toks.len() - 1].text(text).ends_with(e))
        && toks[..toks.len() - 1]
            .iter()
            .all(|t| t.word && !t.is(Class::CAP))
    {
        p.kind = SpeakerKind::Group;
    }
    if ending == 0 {
        return p;
    }
    // `Rumsfeld’s mention of …`, `the congressman’s remarks`: the possessor
    // is the speaker, and the mention is the possessor without its ending
    let end = toks[toks.len() - 1].span().end - ending;
    let stem = &last[..last.len() - ending];
    if is_cap(stem) && !w.orgs.contains(lower(stem).as_str()) {
        p.kind = SpeakerKind::Person;
        p.name = Some(Span::new(
            p.name
                .map_or(toks[toks.len() - 1].span().start, |n| n.start),
            end,
        ));
    }
    p.span = without_possessive(text, p.span);
    p.name = p.name.map(|s| without_possessive(text, s));
    p.role = p.role.map(|s| without_possessive(text, s));
    p
}

fn classify_tokens(text: &str, toks: &[Tok]) -> Phrase {
    let span = Span::new(toks[0].span().start, toks[toks.len() - 1].span().end);
    let last = &toks[toks.len() - 1];
    let anonymous = toks.iter().any(|t| t.is(Class::ANONYMOUS));
    let mut p = Phrase {
        span,
        kind: SpeakerKind::Unknown,
        name: None,
        role: None,
        pronoun: false,
    };
    if last.is(Class::GROUP) {
        p.kind = if anonymous {
            SpeakerKind::Anonymous
        } else {
            SpeakerKind::Group
        };
        return p;
    }
    // `a source`, `one insider`: a noun of the anonymous words (not a
    // modifier of them, `unnamed`, `anonymous`) heads an anonymous phrase
    if last.is(Class::ANONYMOUS) && !last.is(Class::CAP) && {
        let x = last.text(text);
        !ends_ci(x, "ed") && !ends_ci(x, "ous")
    } {
        p.kind = SpeakerKind::Anonymous;
        return p;
    }
    if last.is(Class::TITLE)
        && (!last.is(Class::CAP) || (toks.len() > 1 && is_word(toks[0].text(text), "the")))
    {
        p.kind = SpeakerKind::Person;
        p.role = Some(span);
        return p;
    }
    if last.is(Class::ORG) {
        p.kind = SpeakerKind::Organization;
        return p;
    }
    // `Scott Hawkins of Cheyenne`: a full name, then where the person is
    // from; `Secretary of State John Kerry` has a title before `of`
    if let Some(c) = toks
        .iter()
        .position(|t| is_any(t.text(text), &["of", "from"]))
    {
        let name_run = toks[..c]
            .iter()
            .rev()
            .take_while(|t| t.is(Class::CAP) && !t.is(Class::TITLE))
            .count();
        // (after a title of the name's: `Rep. Tom Cole of Oklahoma`)
        let lead = c - name_run;
        if name_run >= 2 && toks[..lead].iter().all(|t| t.is(Class::TITLE)) {
            p.kind = SpeakerKind::Person;
            p.name = Some(Span::new(toks[lead].span().start, toks[c - 1].span().end));
            p.role = Some(if lead > 0 {
                Span::new(toks[0].span().start, toks[lead - 1].span().end)
            } else {
                Span::new(toks[c].span().start, span.end)
            });
            return p;
        }
    }
    if last.is(Class::CAP) {
        // the name is the run of capitalised non-title words at the end
        let mut k = toks.len();
        // (a title word after a first name or an honorific is a surname:
        // `Charlie King`, `Mr. Bishop`)
        if k >= 2
            && last.is(Class::TITLE)
            && toks[k - 2].is(Class::CAP)
            && toks[k - 2].is(Class::FEMALE.with(Class::MALE))
        {
            k -= 1;
        }
        while k > 0 {
            let tk = &toks[k - 1];
            let t = tk.text(text);
            let particle = tk.is(Class::CONNECTOR) && particle(t, NAME_PARTICLES);
            if (tk.is(Class::CAP)
                && !tk.is(Class::TITLE.with(Class::ORG).with(Class::STARTER))
                && possessive_len(t) == 0)
                || (particle && k < toks.len())
            {
                k -= 1;
            } else {
                break;
            }
        }
        if k == toks.len()
            || toks[k..].iter().all(|t| t.is(Class::CALENDAR))
            // (`former Soviet`; a demonym alone may be a surname: `Cuban said`)
            || (k > 0
                && k + 1 == toks.len()
                && toks[k].is(Class::DEMONYM)
                // (after an honorific it is: `Mr Irish said`)
                && !is_any(toks[k - 1].text(text), HONORIFICS))
        {
            return p;
        }
        // `ambassador to Poland Mark Hale`: the place belongs to the title
        if toks.len() - k >= 3 && k > 0 && toks[k - 1].is(Class::CONNECTOR) {
            k += 1;
        }
        p.kind = SpeakerKind::Person;
        p.name = Some(Span::new(toks[k].span().start, span.end));
        if k > 0 {
            let mut rs = 0;
            while rs < k && (toks[rs].is(DET) || is_any(toks[rs].text(text), HONORIFICS)) {
                rs += 1;
            }
            if rs < k {
                p.role = Some(Span::new(toks[rs].span().start, toks[k - 1].span().end));
            }
        }
    }
    p
}

/// Participles whose agent issued the words of the thing they follow
/// (`a statement released by the ministry`), unlike those whose agent
/// only handled them (`a letter obtained by the paper`, `voters polled by
/// the firm`).
pub(super) const ISSUING_PARTICIPLES: &[&str] = &[
    "released",
    "issued",
    "published",
    "posted",
    "sent",
    "signed",
    "written",
    "delivered",
    "read",
    "circulated",
    "distributed",
    "conducted",
    "prepared",
    "drafted",
    "authored",
    "filed",
];

/// `according to a statement released by the ministry`: the agent of a
/// participle that issues words, inside a source's phrase `p`, is the
/// source (as it is of a subject: `a letter signed by 40 senators says`).
pub(super) fn issuing_agent(text: &str, toks: &[Tok], p: &Phrase, w: &Words) -> Option<Phrase> {
    let from = toks.partition_point(|t| t.span().start < p.span.start);
    let to = toks.partition_point(|t| t.span().start < p.span.end);
    // (inside the phrase or right after it: `a court document filed by …`)
    let by = (from + 1..(to + 2).min(toks.len())).find(|&k| {
        is_word(toks[k].text(text), "by") && is_any(toks[k - 1].text(text), ISSUING_PARTICIPLES)
    })?;
    after(text, toks, by + 1, w)
        .map(|(q, _)| q)
        .filter(|q| q.kind != SpeakerKind::Unknown)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    /// `lone_word` at the first token of `t`.
    fn lone(t: &str) -> bool {
        let w = Words::default();
        lone_word(t, &tokenize(t, Span::new(0, t.len()), &w), 0)
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
