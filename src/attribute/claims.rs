//! Reported claims (indirect speech): `X said (that) CLAUSE`, `CLAUSE, X
//! said.`, `CLAUSE, said X, ROLE.`, `According to X, CLAUSE`, `CLAUSE,
//! according to X.`, `X was quoted as saying that CLAUSE`.
//!
//! The content is the reported clause only: not the cue, not the speaker,
//! not a citation block or full stop at the end.

use super::cues::{self, Found};
use super::phrase::Phrase;
use super::Words;
use crate::lexicon::classes::{
    ADDRESSEES, ADJUNCT_OPENERS, ADVERBIAL, BE_FORMS, CLAUSE_VERBS, CONTRASTS, INVERTING,
    LEADING_CONNECTIVES, NOT_SOURCES, PREPOSITIONS, PRONOUN_SUBJECTS, RELATIVE_PRONOUNS,
    RELATIVE_VERBS, SUBORDINATORS, TIME_OPENERS,
};
use crate::lexicon::Class;
use crate::rule::RuleId;
use crate::span::Span;
use crate::tokens::{ends_ci, is_any, is_word, lower, Tok};

/// Fewest words a reported clause has.
const MIN_WORDS: usize = 4;
/// How far after its cue a `that` may open the clause (`told Putin on
/// Dec. 13 that`).
const THAT_REACH: usize = 16;

/// Most words of a prepositional phrase between a reporting verb and its
/// `that` (`reported to the tax agency that`).
const PHRASE_BEFORE_THAT: usize = 6;

/// Prepositions that open such a phrase (not `with`: `agreed with that`,
/// nor `on`, `about`: `spoke on the condition that`, the noun's clause).
const THAT_PHRASE_PREPOSITIONS: &[&str] = &[
    "for",
    "to",
    "through",
    "in",
    "at",
    "during",
    "over",
    "after",
    "before",
    "via",
    "from",
    "since",
    "throughout",
];

/// A claim found in a sentence: the cue and speaker, the content span.
pub struct Claim {
    pub found: Found,
    pub content: Span,
    /// The clause going on after a mid-sentence attribution (`This is
    /// true, the sources said, because …`): a second part.
    pub more: Option<Span>,
}

/// The claims of one sentence; `toks` cover the whole sentence.
/// `hearsay`: whether the document holds `reportedly` at all (asked once
/// a document, so that its sentences need not be read for it).
pub fn in_sentence(text: &str, toks: &[Tok], w: &Words, hearsay: bool) -> Option<Claim> {
    if let Some(c) = in_view_of(text, toks, w) {
        return Some(c).filter(|c| has_words(c.content.slice(text)));
    }
    if let Some(c) = unsourced(text, toks) {
        return Some(c).filter(|c| has_words(c.content.slice(text)));
    }
    if let Some(c) = said_to(text, toks, w) {
        return Some(c);
    }
    // most sentences hold no reporting verb at all: one cheap pass first
    let Some(first_cue) = toks.iter().position(|t| {
        if t.is(Class::CUE) {
            t.word && t.span().len() > 2
        } else {
            t.span().len() == "according".len() && matches!(t.text(text), "according" | "According")
        }
    }) else {
        return hearsay.then(|| reportedly(text, toks)).flatten();
    };
    // (an interrupted claim counts its words in both fragments, and
    // together: `The mayor, aides said, was furious.`)
    // (asked of each reading in turn: `Roe said December 6.` reads no
    // clause after the verb, and the clause before it is still tried)
    let worded = |c: &Claim| {
        !opens_quotation(text, toks, c.content) && has_words(c.content.slice(text))
            || c.more.is_some_and(|m| {
                has_words(m.slice(text)) || has_words_across(c.content.slice(text), m.slice(text))
            })
    };
    // a claim needs a speaker the grammar can name: a loose subject
    // (`Like Rove … claims that`) is too weak a reading for indirect
    // speech, where no quotation marks vouch for the speech
    // (but `according to` names a source whatever its head: `according
    // to his biography`, `according to the summary`; not a plan or a
    // rule followed)
    // (asked of each reading, so that one refused leaves the next its
    // turn: `The mayor spoke, welcoming the plan and saying that …`)
    // (a verb of evidence reports speech only from someone or from a
    // document: `The results suggest that …`, `A look at the fleet
    // suggests …` infer, `The audit suggests …` reports)
    let sourced = |c: &Claim| {
        worded(c)
            && !poll_share(text, toks, &c.found)
            && (c.found.phrase.kind != super::SpeakerKind::Unknown
                || ((c.found.rule == RuleId::AccordingTo && names_a_source(text, &c.found))
                    || determined_subject(text, toks, c, w)
                    || opens_clause_as_subject(text, toks, c))
                    && !infers(text, toks, &c.found, w))
    };
    // (`Over the years, she said, email has …`: an attribution set off by
    // commas early in the sentence interrupts its clause, whatever
    // reporting verb comes later: read first)
    // (the clause resumes after it: not an adjunct, `wrote, with typical
    // bluntness, that …`, nor a second subject, `said, and aides agreed,`;
    // `that` may resume it, `There is a risk, aides said, that …`)
    let parenthetical = first_cue <= EARLY_CUE_REACH
        && toks.get(first_cue + 1).is_some_and(|t| is_comma(text, t))
        && toks.get(first_cue + 2).is_some_and(|t| {
            t.word
                && !is_any(t.text(text), PREPOSITIONS)
                && !is_any(t.text(text), &["and", "but", "or"])
        })
        && toks[first_cue.saturating_sub(5)..first_cue]
            .iter()
            .any(|t| is_comma(text, t));
    let interrupted = || {
        parenthetical
            .then(|| clause_then_cue(text, toks, w).filter(|c| c.more.is_some() && sourced(c)))
            .flatten()
    };
    according_to_first(text, toks, w)
        .filter(sourced)
        .or_else(interrupted)
        .or_else(|| as_reported(text, toks, first_cue, w).filter(worded))
        .or_else(|| {
            cue_then_clause_any(text, toks, first_cue, w, |c| {
                Some(within_fronted_clause(text, toks, c)).filter(sourced)
            })
            .map(|c| within_embedded_clause(text, toks, c))
            .map(|c| outer_report(text, toks, &c, w).filter(sourced).unwrap_or(c))
        })
        .or_else(|| clause_then_cue(text, toks, w).filter(sourced))
        .or_else(|| participle_after_clause(text, toks, w).filter(sourced))
        .or_else(|| with_saying(text, toks, w).filter(sourced))
        .or_else(|| hearsay.then(|| reportedly(text, toks)).flatten())
        // (last: a sentence that names a source for the same clause,
        // `… was told that …, according to an email`, is read by it)
        .or_else(|| {
            told_passive(text, toks, first_cue).filter(|c| has_words(c.content.slice(text)))
        })
}

/// Words that name a poll (`In a CNN poll, 38 percent said …`).
const POLLS: &[&str] = &["poll", "polls", "survey", "surveys", "polled", "surveyed"];

/// `In a CNN/ORC poll, 38 percent of voters said …`, `… in the survey,
/// about half said …`: a share of those asked, in a sentence that names
/// the poll before it, reports the poll's figures, data rather than what
/// someone said (the poll is what the claim rests on; shares with no poll
/// named in their sentence are still claims, `Some 87% said …`).
fn poll_share(text: &str, toks: &[Tok], f: &Found) -> bool {
    // (cheap first: a phrase with no name or pronoun, holding `%`,
    // `percent` or `in 10`; its kind may be read from the noun after the
    // share, `40 percent of Americans`)
    if f.phrase.pronoun || f.phrase.kind == super::SpeakerKind::Organization {
        return false;
    }
    let a = toks.partition_point(|t| t.span().end <= f.phrase.span.start);
    let b = toks.partition_point(|t| t.span().start < f.phrase.span.end);
    let share = toks[a..b].iter().enumerate().any(|(i, t)| {
        t.text(text) == "%"
            || is_word(t.text(text), "percent")
            || (is_word(t.text(text), "in")
                && toks[a..b]
                    .get(i + 1)
                    .is_some_and(|n| n.text(text) == "10" || is_word(n.text(text), "ten")))
    });
    share
        && toks[..a]
            .iter()
            .any(|t| t.word && is_any(t.text(text), POLLS))
}

/// What carries a speaker's own words: a closing `according to` one of
/// these names the medium of the report before it, not a second source.
const CHANNELS: &[&str] = &[
    "statement",
    "statements",
    "transcript",
    "release",
    "post",
    "tweet",
    "tweets",
    "interview",
    "video",
    "recording",
    "remarks",
    "speech",
    "testimony",
    "email",
    "emails",
];

/// How many tokens from a sentence's end a closing attribution's comma
/// and verb are looked for (`…, according to early results of exit polls
/// conducted for the wire service and television networks.`).
const OUTER_REACH: usize = 24;

/// `Roe told the board that the pier was safe, according to an account
/// she gave the paper.`, `The campaign said Roe would attend, the Courier
/// reported.`: a report that a closing attribution vouches for in turn is
/// that source's claim, whole, the inner report with it (the outer source
/// is what the statement rests on; `CLAUSE, X said` takes the whole clause
/// before its comma). `inner` is the claim the first reporting verb reads.
fn outer_report(text: &str, toks: &[Tok], inner: &Claim, w: &Words) -> Option<Claim> {
    // (cheap first: a comma after the inner claim's verb, and a reporting
    // verb or `according` after that comma)
    // (in the sentence's last words, where a closing attribution stands)
    let cue_end = inner.found.cue.end;
    let tail = &toks[toks.len().saturating_sub(OUTER_REACH)..];
    let from = tail.partition_point(|t| t.span().start < cue_end);
    let comma = tail[from..].iter().position(|t| is_comma(text, t))?;
    if !tail[from + comma..]
        .iter()
        .any(|t| t.word && (t.is(Class::CUE) || t.text(text) == "according"))
    {
        return None;
    }
    clause_then_cue(text, toks, w).filter(|outer| {
        outer.more.is_none()
            // (`…, they said.`: the same speaker again, not a second source)
            && !outer.found.phrase.pronoun
            // (`…, according to a statement`: the inner speaker's own
            // words, in the medium that carried them)
            && !outer
                .found
                .phrase
                .span
                .slice(text)
                .rsplit(' ')
                .next()
                .is_some_and(|h| is_any(h, CHANNELS))
            && outer.found.cue.start > cue_end
            && outer.content.start <= inner.found.cue.start
            // (the inner clause runs up to the outer attribution: `…,
            // which stood at 263, according to the AP` vouches for the
            // relative clause only)
            && inner.more.unwrap_or(inner.content).end >= outer.content.end
            // (`told voters that if Iran were a stock, he would …`: the
            // comma closes a subordinate clause, not the report)
            && !toks
                .get(toks.partition_point(|t| t.span().start < inner.content.start))
                .is_some_and(|t| is_any(t.text(text), SUBORDINATORS))
    })
}

/// `As the Courier reported, CLAUSE`, `As Roe noted last week, CLAUSE`,
/// `As reported by the Courier, CLAUSE`, `…, and, as the paper reported on
/// Friday, CLAUSE`: an `as` clause of a reporting verb with no object,
/// closed by a comma, attributes the clause after it. The `as` opens the
/// sentence (after a connective) or follows a comma; its subject stands
/// right after it, its verb one that takes a clause (`As Roe spoke, …`,
/// `As the day went on, …` report nothing).
fn as_reported(text: &str, toks: &[Tok], first_cue: usize, w: &Words) -> Option<Claim> {
    let n = toks.len();
    // (the `as` stands a few words before the sentence's first reporting
    // verb: `as reported by`, `as the port authority noted`)
    let a = (first_cue.saturating_sub(AS_REACH)..first_cue).find(|&k| {
        toks[k].span().len() == 2
            && is_word(toks[k].text(text), "as")
            && (k == 0
                || (k == 1 && is_any(toks[0].text(text), LEADING_CONNECTIVES))
                || (is_comma(text, &toks[k - 1])
                    && !(k >= 2 && is_any(toks[k - 2].text(text), PREPOSITIONS))))
    })?;
    let t = |k: usize| toks.get(k).map_or("", |x| x.text(text));
    let (found, mut e) = if is_any(t(a + 1), &["reported", "noted"])
        || (is_word(t(a + 1), "first") && is_word(t(a + 2), "reported"))
    {
        // `as reported by X,`
        let v = if is_word(t(a + 1), "first") {
            a + 2
        } else {
            a + 1
        };
        if !is_word(t(v + 1), "by") {
            return None;
        }
        let (phrase, e) = super::phrase::after(text, toks, v + 2, w)?;
        let f = Found {
            cue: toks[v].span(),
            phrase,
            rule: RuleId::CueBefore,
            end_tok: v + 1,
        };
        (f, e)
    } else {
        let f = cues::first_cue(text, toks, a + 1, w)?;
        let lemma = cue_tok(text, toks, &f).map_or(0, |x| x.lemma);
        if !w.lemma_use(lemma).is_some_and(|u| u.bare || u.finite) {
            return None;
        }
        // (the subject right after `as`, its verb within a few words)
        let first = toks.partition_point(|x| x.span().end <= f.phrase.span.start);
        let cue = toks.partition_point(|x| x.span().end <= f.cue.start);
        // (or its head, after a determiner and modifiers: `as the port
        // authority noted`)
        let opens = first > a
            && first <= a + 4
            && toks[a + 1..first].iter().all(|t| {
                t.word
                    && !t.is(Class::CUE)
                    && !is_any(t.text(text), PREPOSITIONS)
                    && !shows_verb(text, t)
            });
        if !opens || cue > a + AS_REACH || f.rule != RuleId::CueBefore {
            return None;
        }
        let e = f.end_tok;
        (f, e)
    };
    // (an adjunct of when or where, `on Saturday`, `last week`, `in an
    // interview`, or the addressee of `told`, up to five words)
    if !is_comma(text, toks.get(e)?) {
        let stop = (e..n.min(e + 6)).find(|&k| is_comma(text, &toks[k]))?;
        let opener = toks[e].text(text);
        let lemma = cue_tok(text, toks, &found).map_or(0, |x| x.lemma);
        let adjunct = super::phrase::is_day(text, &toks[e])
            || is_any(opener, TIME_OPENERS)
            || is_any(opener, ADJUNCT_OPENERS)
            || is_any(opener, AS_ADVERBS)
            || w.lemma_use(lemma).is_some_and(|u| u.addressee);
        if !adjunct
            || !toks[e..stop]
                .iter()
                .all(|x| x.word && !shows_verb(text, x) || super::phrase::is_day(text, x))
        {
            return None;
        }
        e = stop;
    }
    // (a clause with its subject and verb: no quotation, which is a
    // record of its own, nor a bare phrase)
    // (after a main clause the `as` clause may close it: `Fares doubled,
    // as the paper reported, and …`, `…, prompting protests`)
    // (nor a clause that reports in turn, `As the mayor noted, the board
    // said …`: its subject's verb, the inner report, is the claim)
    let o = toks.get(e + 1)?;
    if cues::is_quote_mark(o.text(text))
        || !o.word
        || is_any(o.text(text), &["and", "but"])
        || ends_ci(o.text(text), "ing")
        || (e + 2..toks.len().min(e + 2 + INNER_REPORT_REACH)).any(|k| {
            // (a verb after its subject: not a noun, `the secretary of
            // state`, nor a passive, `was accused`)
            let (t, p) = (&toks[k], &toks[k - 1]);
            t.word
                && t.is(Class::CUE)
                && !t.is(Class::CAP)
                && !p.is(Class::DETERMINER)
                && !is_any(p.text(text), PREPOSITIONS)
                && !is_any(p.text(text), BE_FORMS)
                && !is_any(p.text(text), &["also", "not", "never", "been"])
                && !ends_ci(t.text(text), "ing")
        })
    {
        return None;
    }
    let content = clause(text, toks, e + 1).map(|c| before_second_report(text, toks, c, w))?;
    holds_verb(text, toks, content).then_some(Claim {
        found,
        content,
        more: None,
    })
}

/// Tokens after the first of the clause an `as` clause of report
/// attributes in which a reporting verb is a report of its own (`As the
/// mayor noted, the board said …`).
const INNER_REPORT_REACH: usize = 4;

/// Most tokens from the `as` of a clause of report to its verb, the
/// sentence's first reporting verb.
const AS_REACH: usize = 9;

/// Adverbs after the verb of an `as` clause of report (`As Roe noted
/// recently, …`), besides the [`TIME_OPENERS`] (`As Roe noted earlier`)
/// and a phrase of [`ADJUNCT_OPENERS`] (`As the paper reported on Friday,
/// …`).
const AS_ADVERBS: &[&str] = &["recently", "previously", "first", "also"];

/// Subject pronouns of persons, which open a clause with the verb after
/// them (`they want`, `told the paper she …`).
const PERSONAL_SUBJECTS: &[&str] = &["he", "she", "they", "we", "i", "you"];

/// `Its pilots are reportedly among the best paid`: a clause the writer
/// marks as hearsay with `reportedly` is a report with no source named
/// (`speaker: null`), from the clause's subject to its end.
fn reportedly(text: &str, toks: &[Tok]) -> Option<Claim> {
    // (run on every sentence without a claim: the class bit an adverb in
    // -ly carries first, then the length, then the letters)
    let r = toks.iter().position(|t| {
        t.span().len() == "reportedly".len() && t.is(Class::AUX) && t.text(text) == "reportedly"
    })?;
    // (not a report of its own verb, `reportedly said`, `with Roe
    // reportedly yelling`: that verb's construction reads it)
    if toks
        .get(r + 1)
        .is_some_and(|t| t.is(Class::CUE) || ends_ci(t.text(text), "ing"))
    {
        return None;
    }
    // the clause opens after the last joint before the adverb (`…, and
    // its pilots are reportedly …`) or at the sentence's first word, past
    // its connectives
    let joint = (0..r).rev().find(|&k| {
        let x = toks[k].text(text);
        matches!(x, ";" | ":" | "—" | "–")
            || (is_any(x, SECOND_JOINS) && k + 1 < r)
            || (x == "," && toks.get(k + 1).is_some_and(|n| n.is(Class::DETERMINER)))
    });
    let mut from = joint.map_or(0, |k| k + 1);
    while toks
        .get(from)
        .is_some_and(|t| !t.word || is_any(t.text(text), LEADING_CONNECTIVES))
    {
        from += 1;
    }
    // (`When asked to leave, he reportedly refused`: the main clause
    // opens after the fronted one's comma)
    if is_any(toks[from].text(text), SUBORDINATORS) {
        from = (from..r).find(|&k| toks[k].text(text) == ",")? + 1;
    }
    // (the clause has its own subject, not a verb that shares one, `and
    // was reportedly targeted`; nor is it a relative or bracketed aside,
    // `who reportedly has been`)
    let first = toks.get(from)?;
    if from >= r
        || first.is(Class::CUE.with(Class::AUX))
        || ends_ci(first.text(text), "ed")
        || toks[from..r]
            .iter()
            .any(|t| matches!(t.text(text), "(" | ")") || is_any(t.text(text), RELATIVE_PRONOUNS))
    {
        return None;
    }
    let cue = toks[r].span();
    Some(Claim {
        more: None,
        content: clause(text, toks, from)?,
        found: Found {
            cue,
            phrase: super::phrase::nobody(cue.start),
            rule: RuleId::ClaimUnsourced,
            end_tok: r + 1,
        },
    })
}

/// Words that open a subordinate clause put before the main one.
const FRONTED: &[&str] = &[
    "while", "although", "though", "whereas", "because", "since", "if", "when", "as", "after",
    "before", "once", "unless", "until",
];

/// Most words before the conjunction of a fronted clause (`Only two days
/// after`).
const FRONTED_AFTER: usize = 5;

/// `Although the mayor said the bridge was safe, engineers closed it`: a
/// report in a subordinate clause that opens the sentence ends with that
/// clause, at its comma; the main clause after it is the writer's.
fn within_fronted_clause(text: &str, toks: &[Tok], mut c: Claim) -> Claim {
    // (the conjunction may follow a measure of time: `About a week after
    // the mayor said …, engineers …`)
    let Some(first) = toks
        .iter()
        .take(FRONTED_AFTER)
        .take_while(|t| t.word)
        .find(|t| is_any(t.text(text), FRONTED))
    else {
        return c;
    };
    if c.more.is_some() || first.span().start >= c.found.phrase.span.start.min(c.content.start) {
        return c;
    }
    // (the comma must leave words of the clause before it and of the main
    // clause after it)
    let comma = toks.iter().position(|t| {
        t.span().start > c.content.start && t.span().end < c.content.end && is_comma(text, t)
    });
    if let Some(k) = comma.filter(|&k| k > 0 && toks.get(k + 1).is_some_and(|t| t.word)) {
        c.content = Span::new(c.content.start, toks[k - 1].span().end);
    }
    c
}

/// `Ana Reyes, who said the bridge was safe, resigned in May`, `…, though
/// he said the bridge was safe, engineers closed it`, `the hearing, in
/// which she said the fees were fair, ended …`: a report inside a relative
/// or subordinate clause after a comma ends where the sentence's own
/// predicate or a new subject comes back after a comma.
fn within_embedded_clause(text: &str, toks: &[Tok], mut c: Claim) -> Claim {
    if c.more.is_some() || c.found.rule != RuleId::CueBefore {
        return c;
    }
    let cue = toks.partition_point(|t| t.span().end <= c.found.cue.start);
    let Some(comma) = (0..cue).rev().find(|&k| is_comma(text, &toks[k])) else {
        return c;
    };
    let between = &toks[comma + 1..cue];
    let opens = between
        .first()
        .is_some_and(|t| is_any(t.text(text), &["who", "which"]) || is_any(t.text(text), FRONTED))
        || between.windows(2).any(|w| {
            // (the pronoun first: short, and rare)
            matches!(w[1].span().len(), 4 | 5)
                && is_any(w[1].text(text), &["which", "whom"])
                && is_any(w[0].text(text), PREPOSITIONS)
        });
    if !opens {
        return c;
    }
    // (the clause goes on to a comma before a verb, after an adverb or
    // not, or before a subject of its own: `, resigned`, `, also said`,
    // `, it was …`; never inside a quotation)
    let verb_like = |t: &Tok| {
        let x = t.text(text);
        t.word
            && !t.is(Class::CAP)
            && ((ends_ci(x, "ed") && x.len() > 4)
                || is_any(x, RELATIVE_VERBS)
                || is_any(x, IRREGULAR_PASTS)
                || is_any(x, &["said", "says", "did", "does"])
                || (x.ends_with('s')
                    && !x.ends_with("ss")
                    && x.len() > 3
                    && !t.is(Class::FUNCTION)))
    };
    // (and only once the reported clause has its own verb: `said that
    // Ivo Renner, under fire for the delays, would resign` is one clause)
    let mut marks = 0usize;
    let mut has_verb = false;
    let mut nested = false;
    for k in cue + 1..toks.len() {
        let t = &toks[k];
        if t.span().start < c.content.start {
            continue;
        }
        if t.span().end > c.content.end {
            break;
        }
        marks += usize::from(cues::is_quote_mark(t.text(text)));
        // (a relative clause inside the report, `said the plan, which was
        // rushed, would fail`, is passed over whole: its verb is not the
        // report's, and its closing comma no end)
        if is_comma(text, t) && marks % 2 == 0 {
            if nested {
                nested = false;
                continue;
            }
            if toks
                .get(k + 1)
                .is_some_and(|n| is_any(n.text(text), &["which", "who", "whose"]))
            {
                nested = true;
                continue;
            }
        }
        if nested {
            continue;
        }
        if !is_comma(text, t) || marks % 2 == 1 || !has_verb {
            // (a past after a determiner or with a hyphen is an adjective:
            // `the self-described group`, `the elected mayor`)
            has_verb |= t.span().start > c.content.start
                && !t.text(text).contains('-')
                && !toks[k - 1].is(Class::DETERMINER)
                && (shows_verb(text, t) || is_any(t.text(text), IRREGULAR_PASTS));
            continue;
        }
        let mut n = k + 1;
        while toks.get(n).is_some_and(|t| {
            let x = t.text(text);
            ends_ci(x, "ly") || is_any(x, &["also", "then", "later", "now", "still", "even"])
        }) {
            n += 1;
        }
        let back = toks.get(n).is_some_and(|t| {
            verb_like(t)
                || is_any(
                    t.text(text),
                    &["he", "she", "they", "it", "we", "many", "some", "most"],
                )
        });
        if back {
            c.content = Span::new(c.content.start, toks[k - 1].span().end);
            break;
        }
    }
    c
}

/// A short noun phrase opened by a determiner right before its reporting
/// verb (`her friend said`, `the airline said`): a subject whose head the
/// lexicon does not know, still a speaker when nothing else stands
/// between it and the verb.
fn determined_subject(text: &str, toks: &[Tok], c: &Claim, w: &Words) -> bool {
    let f = &c.found;
    let first = toks.partition_point(|t| t.span().end <= f.phrase.span.start);
    let cue = toks.partition_point(|t| t.span().end <= f.cue.start);
    // (after its clause, with a plain verb of saying only: `…, his brother
    // said`; `…, the group announced` is as often a new clause's verb)
    let after = f.rule == RuleId::CueAfter
        && toks
            .get(cue)
            .and_then(|t| w.lemma_name(t.lemma))
            .is_some_and(|l| is_any(l, &["say", "tell", "add", "note", "write"]));
    if f.rule != RuleId::CueBefore && !after {
        return false;
    }
    // (auxiliaries and adverbs may stand before the verb: `many delegates
    // have publicly said`)
    let verb = toks.partition_point(|t| t.span().end <= f.phrase.span.end);
    let words = verb.saturating_sub(first);
    // (a count opens a noun phrase as a determiner does: `520 delegates`)
    let determined = toks[first].is(Class::DETERMINER)
        || toks[first]
            .text(text)
            .starts_with(|c: char| c.is_ascii_digit());
    // (past the phrases that hang on it: `a nurse at the clinic said`)
    let joined = cues::past_prepositional_chain(text, toks, verb, cue);
    if !(2..=4).contains(&words)
        || !determined
        || !subject_meets_verb(
            text,
            &toks[joined..cues::back_over_aux(text, toks, cue).max(joined)],
        )
    {
        return false;
    }
    // words of a noun phrase: no auxiliary (`the campaign has long said`),
    // no reporting verb, and a head that is a noun, not a number or a
    // modifier (`the four cast votes`, `the same`, `the detailed`)
    let head = toks[verb - 1].text(text);
    // (a capitalised cue word is a name's: `the Islamic State said`)
    let nouns = toks[first + 1..verb].iter().all(|t| {
        t.word && !t.is(Class::AUX.with(Class::FUNCTION)) && (!t.is(Class::CUE) || t.is(Class::CAP))
    });
    let noun_head = super::phrase::noun_head(head);
    // and a clause after it, opened as a clause opens (not `of …`, `would
    // …`: what the grammar took for a subject was no subject)
    let opens = toks
        .iter()
        .find(|t| t.span().start >= c.content.start)
        .is_some_and(|t| {
            !is_any(t.text(text), PREPOSITIONS)
                && !t.is(Class::AUX)
                && !is_any(t.text(text), RELATIVE_VERBS)
        });
    nouns && noun_head && opens
}

/// What may stand between a subject and its reporting verb: auxiliaries
/// and adverbs (`have publicly said`), after a parenthetical between
/// commas or brackets (`Three papers, including the Star, said`, `Dana Fry
/// (R-Utah), a senator, said`).
fn subject_meets_verb(text: &str, between: &[Tok]) -> bool {
    let aux = between
        .iter()
        .rposition(|t| !t.is(Class::AUX))
        .map_or(0, |k| k + 1);
    let (inner, _) = between.split_at(aux);
    let closed = |open: &str, close: &str| {
        inner.first().is_some_and(|t| t.text(text) == open)
            && inner.last().is_some_and(|t| t.text(text) == close)
    };
    // (no clause break inside it)
    let plain = !inner
        .iter()
        .any(|t| matches!(t.text(text), ";" | ":" | "." | "?" | "!"));
    inner.is_empty()
        || (plain
            && inner.len() <= PARENTHETICAL_TOKENS
            && (closed(",", ",") || closed("(", ")") || closed("(", ",")))
}

/// Most tokens of a parenthetical between a subject and its verb.
const PARENTHETICAL_TOKENS: usize = 16;

/// `Hospital administrators say …`, `Those over 60 say …`: a subject the
/// lexicon does not know is still a speaker when it opens its clause (the
/// sentence, or after a comma or a connective) and runs up to its verb:
/// what the grammar read as a subject is one.
fn opens_clause_as_subject(text: &str, toks: &[Tok], c: &Claim) -> bool {
    let f = &c.found;
    if f.rule != RuleId::CueBefore || f.phrase.pronoun {
        return false;
    }
    let first = toks.partition_point(|t| t.span().end <= f.phrase.span.start);
    let end = toks.partition_point(|t| t.span().end <= f.phrase.span.end);
    let cue = toks.partition_point(|t| t.span().end <= f.cue.start);
    let opens = first == 0
        || is_comma(text, &toks[first - 1])
        || is_any(toks[first - 1].text(text), LEADING_CONNECTIVES);
    opens
        && end > first
        // (`The same said …`: a determiner and a modifier name no one)
        && !(end - first <= 2 && is_any(toks[end - 1].text(text), super::phrase::MODIFIERS))
        && end <= cue
        && subject_meets_verb(text, &toks[end..cue])
}

/// Verbs of evidence (base forms), which report speech only from a
/// person, a body or a document, and otherwise an inference.
const EVIDENCE_VERBS: &[&str] = &[
    "suggest",
    "reveal",
    "indicate",
    "show",
    "prove",
    "demonstrate",
];

/// Head nouns of documents that report and that the `organizations` list
/// (whose heads are sources of known kind already) leaves out: a memo, the
/// review.
const DOCUMENTS: &[&str] = &[
    "review",
    "memo",
    "letter",
    "analysis",
    "document",
    "filing",
    "complaint",
    "ruling",
    "email",
    "emails",
    "article",
    "book",
    "paper",
    "investigation",
    "assessment",
];

/// Endings of nouns for people (`driver`, `neighbour`, `analyst`,
/// `historian`, `attendant`, `resident`, `chairman`), which a verb of
/// evidence leaves speakers.
const PERSON_ENDINGS: &[&str] = &["er", "or", "our", "ist", "ian", "ant", "ent", "man", "men"];

/// Whether a verb of evidence has a subject of unknown kind that is no
/// document (`The results suggest`, `A look at the fleet suggests`).
fn infers(text: &str, toks: &[Tok], f: &Found, w: &Words) -> bool {
    if f.phrase.kind != super::SpeakerKind::Unknown {
        return false;
    }
    let evidence = cue_tok(text, toks, f)
        .and_then(|t| w.lemma_name(t.lemma))
        .is_some_and(|l| is_any(l, EVIDENCE_VERBS));
    evidence && {
        // (a capitalised head past the clause's first word is a name or
        // a people's, `the Russian revealed`; a gendered or agent noun a
        // person, `his wife`, `the driver`)
        let last = toks.partition_point(|t| t.span().end <= f.phrase.span.end);
        !toks[..last].last().is_some_and(|t| {
            let x = t.text(text);
            let singular = x.strip_suffix('s').unwrap_or(x);
            (t.is(Class::CAP) && last > 1)
                || t.is(Class::FEMALE.with(Class::MALE))
                || PERSON_ENDINGS.iter().any(|e| ends_ci(singular, e))
                || is_any(x, DOCUMENTS)
        })
    }
}

/// Whether the phrase after `according to` names where a report comes
/// from: not a plan, a rule or a custom that something goes by.
fn names_a_source(text: &str, f: &Found) -> bool {
    let phrase = f.phrase.span.slice(text);
    let head = phrase
        .rsplit(|c: char| !c.is_alphanumeric() && c != '-')
        .find(|x| !x.is_empty())
        .unwrap_or("");
    !head.is_empty() && !is_any(head, NOT_SOURCES) && !is_any(phrase, NOT_SOURCES)
}

/// Where a second reporting verb of the same subject stands after token
/// `k` (`…, and predicted that …`, `… but also said …`): `,`? then `and` or
/// `but`, a few adverbs, and a verb form of the cue lexicon.
fn second_cue_at(text: &str, toks: &[Tok], mut k: usize) -> Option<usize> {
    if toks.get(k).is_some_and(|t| is_comma(text, t)) {
        k += 1;
    }
    if !is_any(toks.get(k)?.text(text), &["and", "but"]) {
        return None;
    }
    k += 1;
    while toks
        .get(k)
        .is_some_and(|t| is_any(t.text(text), cues::SECOND_CUE_ADVERBS))
    {
        k += 1;
    }
    let v = toks.get(k)?;
    // (a finite form: `and saying` is a participle of the first clause)
    (v.word && v.is(Class::CUE) && !ends_ci(v.text(text), "ing")).then_some(k)
}

/// `He said prices would rise, and predicted that demand would slow.`: a
/// second reporting verb of the first claim's subject, coordinated after
/// its clause, reports a second claim of the same speaker.
pub fn coordinated_report(text: &str, toks: &[Tok], first: &Claim, w: &Words) -> Option<Claim> {
    // `…, the charity said, adding that it had paid`, `She said the bill
    // was unfair, saying it would cost jobs`: a reporting participle after
    // the claim and its attribution reports for the same speaker
    let last = first
        .more
        .unwrap_or(first.content)
        .end
        .max(first.found.cue.end)
        .max(first.found.phrase.span.end);
    let after = toks.partition_point(|t| t.span().end <= last);
    if toks.get(after).is_some_and(|t| is_comma(text, t))
        && toks.get(after + 1).is_some_and(|t| {
            t.word
                && t.lemma != 0
                && t.is(Class::CUE)
                && !t.is(Class::CAP)
                && ends_ci(t.text(text), "ing")
        })
        && first.found.phrase.kind != super::SpeakerKind::Unknown
    {
        return participle_report(text, toks, after + 1, first.found.phrase.clone(), w)
            .filter(|c| has_words(c.content.slice(text)));
    }
    // (a subject before its verb: a claim after its attribution has its
    // clause first)
    if first.more.is_some() || !matches!(first.found.rule, RuleId::CueBefore) {
        return None;
    }
    let end = first.content.end;
    let after = toks.partition_point(|t| t.span().end <= end);
    let v = second_cue_at(text, toks, after)?;
    let (cue, end_tok) = cues::cue_span(text, toks, v, w);
    let f = Found {
        cue,
        phrase: first.found.phrase.clone(),
        rule: first.found.rule,
        end_tok,
    };
    cue_then_clause(text, toks, f, w)
        .filter(|c| has_words(c.content.slice(text)) && !opens_quotation(text, toks, c.content))
}

/// [`has_words`] of two fragments read as one (`The mayor` + `was
/// furious`), without joining them.
/// `Some 87% said X, while 92% said Y`, `The mayor said X, but engineers
/// said Y`, `The union said X; the company said Y`: after a claim whose
/// clause ended at a comma or semicolon, a second subject with its own
/// reporting verb and clause is a second claim (of its own speaker).
pub fn next_report(
    text: &str,
    toks: &[Tok],
    first: &Claim,
    w: &Words,
    hearsay: bool,
) -> Option<Claim> {
    if first.more.is_some() || first.found.rule != RuleId::CueBefore {
        return None;
    }
    let mut k = toks.partition_point(|t| t.span().end <= first.content.end);
    // (or a conjunction with no comma: `… were fine but he said …`)
    let bare_conjunction = toks
        .get(k)
        .is_some_and(|t| is_any(t.text(text), SECOND_JOINS));
    // (or the clause ended on a quotation's closing mark after its comma:
    // `… “for some time,” he claimed …`)
    let after_quote =
        k >= 2 && cues::is_quote_mark(toks[k - 1].text(text)) && is_comma(text, &toks[k - 2]);
    if !bare_conjunction
        && !after_quote
        && !toks
            .get(k)
            .is_some_and(|t| matches!(t.text(text), "," | ";"))
    {
        return None;
    }
    if !bare_conjunction && !after_quote {
        k += 1;
    }
    if toks.get(k).is_some_and(|t| {
        is_any(
            t.text(text),
            &["while", "whereas", "but", "and", "although", "though"],
        )
    }) {
        k += 1;
    }
    // `Ana Park, who said A, said B`: the first report was a relative
    // clause's, and the verb after its comma is the main clause's, whose
    // subject stands before the relative pronoun
    let cue = toks.partition_point(|t| t.span().end <= first.found.cue.start);
    // (the relative pronoun opens the clause after the antecedent's comma,
    // a few words before the verb: `who has long said`, `whose leader said`)
    let relative = (cue.saturating_sub(5)..cue)
        .rev()
        .find(|&j| is_comma(text, &toks[j]))
        .is_some_and(|j| {
            toks.get(j + 1)
                .is_some_and(|t| is_any(t.text(text), &["who", "which", "whose"]))
        });
    if relative && toks.get(k).is_some_and(|t| t.word && t.is(Class::CUE)) {
        return cue_then_clause_any(text, toks, k, w, Some).filter(|c| {
            c.found.rule == RuleId::CueBefore
                && c.content.start > first.content.end
                && c.found.phrase.span.end <= first.found.cue.start
        });
    }
    let rest = toks.get(k..).filter(|r| r.len() >= 4)?;
    // (the second speaker opens what follows: its verb comes within a
    // few words, not after a clause of the writer's)
    let c = in_sentence(text, rest, w, hearsay)?;
    let opens = c.found.phrase.span.start == rest[0].span().start
        || rest
            .iter()
            .take(2)
            .any(|t| t.span().start == c.found.phrase.span.start);
    (c.found.rule == RuleId::CueBefore && opens && c.content.start > first.content.end).then_some(c)
}

/// Whether `s` holds a double quotation mark that it does not close
/// (`said that “ethanol people” “do a fantastic job. And …`): the report
/// runs on into a quotation past its sentence, and is that quotation's
/// record, not a claim of its own.
fn opens_quotation(text: &str, toks: &[Tok], content: Span) -> bool {
    // (by its tokens, as this is asked of every reading: marks are
    // tokens of their own, and few)
    let from = toks.partition_point(|t| t.span().start < content.start);
    let marks = toks[from..]
        .iter()
        .take_while(|t| t.span().end <= content.end)
        .filter(|t| is_double_mark(text, t))
        .count();
    marks % 2 == 1
}

/// A double quotation mark (an apostrophe or single mark may be a
/// possessive's or an elision's: `Workers' families`).
fn is_double_mark(text: &str, t: &Tok) -> bool {
    !t.word && matches!(t.text(text), "\"" | "“" | "”" | "«" | "»" | "„" | "''")
}

fn has_words_across(a: &str, b: &str) -> bool {
    words_hold_clause(a.split_whitespace().chain(b.split_whitespace()))
}

/// A pronoun with a verb contracted onto it (`it’s`, `they’re`, `I’m`).
fn contracted(word: &str) -> bool {
    word.split_once(['’', '\'']).is_some_and(|(p, v)| {
        is_any(p, PRONOUN_SUBJECTS) && is_any(v, &["s", "re", "ll", "d", "m", "ve"])
    })
}

/// At least [`MIN_WORDS`] words (counted no further: a clause can be long),
/// or three that show a subject and its finite verb (`it would not`,
/// `funding is needed`; not `in late May` or `was a mistake`).
fn has_words(s: &str) -> bool {
    words_hold_clause(s.split_whitespace())
}

/// [`has_words`] over words given one by one.
fn words_hold_clause<'w>(mut words: impl Iterator<Item = &'w str>) -> bool {
    // (in lower case: `in late May` holds no modal)
    // (`she wasn’t coming`: a negated auxiliary is one too)
    let verb = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        !w.chars().any(char::is_uppercase) && (is_any(w, RELATIVE_VERBS) || negated_finite(w))
    };
    match (
        words.next(),
        words.next(),
        words.next(),
        words.nth(MIN_WORDS - 4),
    ) {
        (_, _, _, Some(_)) => true,
        // (`it’s too late`: the verb contracted onto its subject)
        // (`the plan failed`: a past in `-ed` ending a three-word clause)
        (Some(a), Some(b), Some(c), None) => {
            let past = |w: &str| {
                let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                w.len() > 4 && ends_ci(w, "ed") && !w.chars().any(char::is_uppercase)
            };
            // (`they support Clinton`: a subject pronoun and its verb)
            let pronoun_verb = is_any(a, &["he", "she", "they", "we", "i"])
                && b.len() > 2
                && b.chars().all(|c| c.is_ascii_lowercase());
            verb(b) || verb(c) || contracted(a) || past(c) || pronoun_verb
        }
        _ => false,
    }
}

/// Participles that report with no one named in `it has been reported
/// that`.
const UNSOURCED_VERBS: &[&str] = &[
    "reported",
    "claimed",
    "alleged",
    "said",
    "suggested",
    "rumoured",
    "rumored",
    "announced",
];

/// `It has been reported that CLAUSE`, `It was claimed that …`, `It is
/// alleged that …`: a report with no speaker, what a sourcing audit looks
/// for. The sentence (after an opener, `But`, `Now`) opens with `it`, a
/// form of `be` (after `has`/`had`, `been`), a reporting participle and
/// `that`.
fn unsourced(text: &str, toks: &[Tok]) -> Option<Claim> {
    let mut k = toks.iter().position(|t| t.word)?;
    if is_any(toks[k].text(text), &["but", "and", "now", "yet", "also"]) {
        k += 1;
    }
    let t = |k: usize| toks.get(k).map_or("", |x| x.text(text));
    if !is_word(t(k), "it") {
        return None;
    }
    let from = k;
    k += 1;
    if is_any(t(k), &["has", "had", "have"]) && is_word(t(k + 1), "been") {
        k += 2;
    } else if is_any(t(k), &["is", "was"]) {
        k += 1;
    } else {
        return None;
    }
    if !is_any(t(k), UNSOURCED_VERBS) || !is_word(t(k + 1), "that") {
        return None;
    }
    unsourced_at(text, toks, from, k)
}

/// The report with no speaker whose cue runs over tokens `from..=to` and
/// whose clause opens after the `that` that follows it.
fn unsourced_at(text: &str, toks: &[Tok], from: usize, to: usize) -> Option<Claim> {
    let cue = Span::new(toks[from].span().start, toks[to].span().end);
    Some(Claim {
        more: None,
        content: clause(text, toks, to + 2)?,
        found: Found {
            cue,
            phrase: super::phrase::nobody(cue.start),
            rule: RuleId::ClaimUnsourced,
            end_tok: to + 2,
        },
    })
}

/// `Staff were told that CLAUSE`, `I had been told that …`: a passive of
/// `tell` with no agent reports what someone unnamed said, to the
/// subject (who is the addressee, not the speaker): a report with no
/// speaker, as `it was claimed that` is. (Not inside a quotation, and
/// not with its agent: `was told by aides that` names the source.)
fn told_passive(text: &str, toks: &[Tok], from: usize) -> Option<Claim> {
    // (asked of every sentence with a reporting verb and no other
    // reading, from its first: the class, the length, then the letters)
    let k = (from.max(1)..toks.len().saturating_sub(2)).find(|&k| {
        toks[k].is(Class::CUE)
            && toks[k].span().len() == 4
            && is_word(toks[k].text(text), "told")
            && is_any(
                toks[k - 1].text(text),
                &["was", "were", "is", "are", "been", "am"],
            )
            && is_word(toks[k + 1].text(text), "that")
    })?;
    // (inside a quotation: double marks only, as an apostrophe may be a
    // possessive's, `Workers' families were told`; and `that` opens a
    // clause with a verb, not a noun phrase, `was told that story`)
    let doubles = toks[..k].iter().filter(|t| is_double_mark(text, t)).count();
    let rest = &toks[k + 2..];
    if doubles % 2 == 1 || !(finite_in(text, rest, 8) || past_in(text, rest, 8)) {
        return None;
    }
    unsourced_at(text, toks, k - 1, k)
}

/// Words that open the question of `Asked whether …,`: the clause reported.
const QUESTION_OPENERS: &[&str] = &[
    "whether", "if", "what", "why", "how", "who", "when", "where", "which",
];

/// Most tokens a question of `Asked whether …,` runs to before its comma.
const QUESTION_REACH: usize = 40;

/// `Asked whether the bridge would close, the mayor said …`, `Asked
/// specifically what should be done, she said …`: a sentence that opens
/// with the question put to its speaker. The question is reported speech
/// (of an asker the sentence does not name: no speaker); the speaker's
/// answer is the sentence's own claim, found as any other. The question
/// runs from its opener (`whether`, `if`, a wh-word, after at most one
/// adverb) to the comma before the answer; `Asked about the bridge,` puts
/// no clause.
pub fn asked(text: &str, toks: &[Tok], w: &Words) -> Option<Claim> {
    let first = toks.first()?;
    // (run on every sentence: the length first)
    // (or after `When`: `When asked whether …,`)
    let a = if first.span().len() == "Asked".len() && first.text(text) == "Asked" {
        0
    } else if first.span().len() == "When".len()
        && first.text(text) == "When"
        && toks.get(1).is_some_and(|t| t.text(text) == "asked")
    {
        1
    } else {
        return None;
    };
    let mut k = a + 1;
    if toks
        .get(k)
        .is_some_and(|t| t.word && ends_ci(t.text(text), "ly"))
    {
        k += 1;
    }
    // (`Asked on Monday whether …`: when, no part of the question)
    let timed = past_question_time(text, toks, k);
    let mut by_means = timed > k;
    k = timed;
    // (`Asked by a reporter whether …`: the asker, named)
    let mut asker = None;
    if toks.get(k).is_some_and(|t| is_word(t.text(text), "by")) {
        // (`Asked by phone whether …`: a means, no asker)
        match super::phrase::after(text, toks, k + 1, w) {
            Some((p, e)) => {
                asker = Some(p);
                k = e;
            }
            None => {
                k += 2;
                by_means = true;
            }
        }
    }
    if !toks
        .get(k)
        .is_some_and(|t| is_any(t.text(text), QUESTION_OPENERS))
    {
        return None;
    }
    // the question ends at the last comma before the answer's reporting
    // verb (`Asked whether the deal, signed in May, would hold, she said`),
    // or at its first comma when the answer reports with no verb of its own
    let stop = (k + 1..toks.len().min(k + QUESTION_REACH))
        .find(|&j| {
            let t = toks[j].text(text);
            cues::is_quote_mark(t) || matches!(t, "." | ";" | "?" | "!")
        })
        .unwrap_or(toks.len().min(k + QUESTION_REACH));
    // (the answer's verb after the question's first comma: a verb before
    // it is the question's own, `Asked if she had spoken to them,`)
    // (a relative clause inside the question, `whether the plan, which
    // friends described as rushed, would hold`, is passed over to the comma
    // closing it)
    let mut first_comma = (k + 1..stop).find(|&j| toks[j].text(text) == ",")?;
    while toks
        .get(first_comma + 1)
        .is_some_and(|t| is_any(t.text(text), &["which", "who", "whom", "whose"]))
    {
        first_comma = (first_comma + 2..stop).find(|&j| toks[j].text(text) == ",")?;
    }
    let verb = (first_comma + 1..stop).find(|&j| cues::cue_at(text, toks, j, w));
    let comma = match verb {
        Some(v) => (first_comma..v)
            .rev()
            .find(|&j| toks[j].text(text) == ",")?,
        None => first_comma,
    };
    if comma - 1 < k + MIN_WORDS - 1 {
        return None;
    }
    let open = if asker.is_some() || by_means {
        k
    } else {
        a + 1
    };
    let content = Span::new(toks[open].span().start, toks[comma - 1].span().end);
    let cue = toks[a].span();
    Some(Claim {
        more: None,
        content,
        found: Found {
            cue,
            phrase: asker.unwrap_or_else(|| super::phrase::nobody(cue.start)),
            rule: RuleId::ClaimAsked,
            end_tok: a + 1,
        },
    })
}

/// `…, she said when asked whether the pier would close.`, `“We’ll see,” he
/// said, when asked by reporters if …`: a question put to the speaker,
/// reported after the answer, inside the sentence (`When asked …,` opening
/// it is [`asked`]'s). The question runs from its opener to the sentence
/// end, a quotation or a comma; the asker
/// is named after `by`, else no one. Asked only of a document that holds
/// `when asked` (`within`: one search of the text).
pub fn asked_within(text: &str, toks: &[Tok], w: &Words) -> Option<Claim> {
    let a = (2..toks.len()).find(|&j| when_asked(text, toks, j))?;
    let mut k = a + 1;
    if toks
        .get(k)
        .is_some_and(|t| t.word && ends_ci(t.text(text), "ly"))
    {
        k += 1;
    }
    k = past_question_time(text, toks, k);
    let mut asker = None;
    if toks.get(k).is_some_and(|t| is_word(t.text(text), "by")) {
        let (p, e) = super::phrase::after(text, toks, k + 1, w)?;
        asker = Some(p);
        k = e;
    }
    if !toks
        .get(k)
        .is_some_and(|t| t.word && is_any(t.text(text), QUESTION_OPENERS))
    {
        return None;
    }
    let stop = (k + 1..toks.len().min(k + QUESTION_REACH))
        .find(|&j| {
            let t = toks[j].text(text);
            quote_at(text, toks, j) || matches!(t, "." | ";" | "?" | "!" | "(" | ",")
        })
        .unwrap_or(toks.len().min(k + QUESTION_REACH));
    if stop < k + MIN_WORDS {
        return None;
    }
    let cue = toks[a].span();
    Some(Claim {
        more: None,
        content: Span::new(toks[k].span().start, toks[stop - 1].span().end),
        found: Found {
            cue,
            phrase: asker.unwrap_or_else(|| super::phrase::nobody(cue.start)),
            rule: RuleId::ClaimAsked,
            end_tok: a + 1,
        },
    })
}

/// Whether token `k` (after the first) is the `asked` of `when asked`: by
/// its class bit and length first, as this reads every token of a sentence.
fn when_asked(text: &str, toks: &[Tok], k: usize) -> bool {
    let t = &toks[k];
    t.is(Class::CUE)
        && t.span().len() == "asked".len()
        && t.text(text) == "asked"
        && is_word(toks[k - 1].text(text), "when")
}

/// Most tokens of a time or place between `asked` and its question (`asked
/// in May if`, `Asked at a briefing Monday whether`).
const QUESTION_TIME: usize = 5;

/// Token `k`, or the question opener after a time or place standing
/// there: a day or month, or a phrase opened by a preposition, up to
/// [`QUESTION_TIME`] tokens and no comma.
fn past_question_time(text: &str, toks: &[Tok], k: usize) -> usize {
    let Some(t) = toks.get(k) else {
        return k;
    };
    if !(t.is(Class::CALENDAR) || is_any(t.text(text), &["in", "on", "at", "during"])) {
        return k;
    }
    (k + 1..toks.len().min(k + 1 + QUESTION_TIME))
        .take_while(|&j| toks[j].word)
        .find(|&j| is_any(toks[j].text(text), QUESTION_OPENERS))
        .unwrap_or(k)
}

/// Participles of `X is said to …`: a report whose source goes unnamed
/// (or is named after `by`). Not `believed`, `thought`, `expected`: a
/// belief is no report.
const SAID_TO_VERBS: &[&str] = &[
    "said",
    "reported",
    "alleged",
    "understood",
    "rumoured",
    "rumored",
];

/// Most tokens the subject of `X is said to …` runs to.
const SAID_TO_SUBJECT: usize = 12;

/// `The minister is said to have resigned`, `Two firms are reported to be
/// bidding`, `Acme is reported by Reuters to have won`: the sentence's
/// subject, a form of `be`, a participle of report and `to`: the claim is
/// the subject with the infinitive clause (two parts), its speaker no one
/// (or the one after `by`). The subject runs from the sentence start (after
/// an opener and its comma: `Meanwhile,`) to the verb, with no reporting
/// verb or mark of its own; `It is said to be the oldest` is a stock
/// phrase, no report.
fn said_to(text: &str, toks: &[Tok], w: &Words) -> Option<Claim> {
    let t = |k: usize| toks.get(k).map_or("", |x| x.text(text));
    // (run on every sentence: an auxiliary's class bit and the lengths of
    // the two words first, their letters only then)
    // (an adverb may stand between: `are also said to`, `is widely
    // believed to`)
    let adverb = |k: usize| {
        toks.get(k + 1)
            .is_some_and(|a| a.word && a.is(Class::AUX) && !is_any(a.text(text), BE_FORMS))
    };
    let verb_at = |k: usize| k + 1 + usize::from(adverb(k));
    let be = (1..toks.len().min(SAID_TO_SUBJECT + 2)).find(|&k| {
        toks[k].is(Class::AUX)
            && (2..=4).contains(&toks[k].span().len())
            && toks
                .get(verb_at(k))
                .is_some_and(|v| SAID_TO_VERBS.iter().any(|x| x.len() == v.span().len()))
            && is_any(t(k), &["is", "are", "was", "were"])
            && is_any(t(verb_at(k)), SAID_TO_VERBS)
    })?;
    let verb = verb_at(be);
    // (an opener and its comma: `Meanwhile, the firm is said to …`)
    let start = match (0..be).find(|&k| t(k) == ",") {
        Some(c) if c + 1 < be && (0..c).all(|k| toks[k].word) => c + 1,
        _ => 0,
    };
    let subject = &toks[start..be];
    if subject.is_empty()
        || is_any(
            subject[0].text(text),
            &["it", "there", "this", "that", "which", "who"],
        )
        || subject.iter().any(|s| {
            !s.word && s.text(text) != "'" && s.text(text) != "’" && s.text(text) != ","
                || s.is(Class::CUE)
        })
    {
        return None;
    }
    let mut k = verb + 1;
    let mut phrase = None;
    if is_word(t(k), "by") {
        let (p, e) = super::phrase::after(text, toks, k + 1, w)?;
        phrase = Some(p);
        k = e;
    }
    if !is_word(t(k), "to") {
        return None;
    }
    let rest = clause(text, toks, k)?;
    let cue = Span::new(toks[be].span().start, toks[verb].span().end);
    let (phrase, rule) = match phrase {
        Some(p) => (p, RuleId::CueBefore),
        None => (super::phrase::nobody(cue.start), RuleId::ClaimUnsourced),
    };
    Some(Claim {
        content: Span::new(
            subject[0].span().start,
            subject[subject.len() - 1].span().end,
        ),
        more: Some(rest),
        found: Found {
            cue,
            phrase,
            rule,
            end_tok: k,
        },
    })
}

/// `In X's view, CLAUSE`.
fn in_view_of(text: &str, toks: &[Tok], w: &Words) -> Option<Claim> {
    if !is_word(toks.first()?.text(text), "in") {
        return None;
    }
    let v = (2..toks.len().min(9)).find(|&k| is_word(toks[k].text(text), "view"))?;
    if toks.get(v + 1)?.text(text) != "," {
        return None;
    }
    Some(Claim {
        more: None,
        content: clause(text, toks, v + 2)?,
        found: Found {
            cue: Span::new(toks[0].span().start, toks[v].span().end),
            phrase: view_owner(text, toks, v, w)?,
            rule: RuleId::AccordingTo,
            end_tok: v + 1,
        },
    })
}

/// Whose view `view` at token `v` is: `his` (a pronoun, resolved like
/// `he`), or a possessive that names someone (`the minister’s`).
fn view_owner(text: &str, toks: &[Tok], v: usize, w: &Words) -> Option<Phrase> {
    let owner = toks[v - 1].text(text);
    if matches!(owner, "his" | "her" | "their") {
        return Some(super::phrase::pronoun(toks[v - 1].span()));
    }
    // the owner without its possessive ending: `the minister’s` → `the minister`
    let ending = super::phrase::possessive_len(owner);
    if ending == 0 {
        return None;
    }
    let stem_end = toks[v - 1].span().end - ending;
    let stem = lower(&text[toks[v - 1].span().start..stem_end]).to_string();
    if !(owner.starts_with(char::is_uppercase) || w.heads.contains(&stem)) {
        return None;
    }
    let mut phrase = super::phrase::classify(text, &toks[1..v], w);
    phrase.span = Span::new(toks[1].span().start, stem_end);
    if phrase.kind == super::SpeakerKind::Unknown {
        phrase.kind = super::SpeakerKind::Person;
        phrase.role = Some(phrase.span);
    }
    Some(phrase)
}

/// `According to X, CLAUSE`.
/// How far the comma after a fronted `According to SOURCE` may stand.
const SOURCE_REACH: usize = 18;

/// Most words of an opener before a fronted `according to`.
const OPENER_WORDS: usize = 3;

fn according_to_first(text: &str, toks: &[Tok], w: &Words) -> Option<Claim> {
    let t = |k: usize| toks.get(k).map(|x| x.text(text));
    // (after a connective or a short opener and its comma: `But according
    // to X, …`, `In addition, according to X, …`)
    let a = if is_any(t(0)?, LEADING_CONNECTIVES) {
        // (`Still, according to X, …`)
        if t(1) == Some(",") {
            2
        } else {
            1
        }
    } else {
        (1..toks.len().min(OPENER_WORDS + 1))
            .find(|&k| is_comma(text, &toks[k]))
            // (an adverbial, opened by a preposition or an adverb the
            // lexicon knows for a sentence's opener: `Ticket sales,
            // according to …, have doubled` is a subject)
            .filter(|&k| {
                toks[0].is(Class::STARTER)
                    && !toks[0].is(Class::DETERMINER.with(Class::PRONOUN))
                    && toks[..k].iter().all(|x| x.word && !x.is(Class::CUE))
            })
            .map_or(0, |k| k + 1)
    };
    if !is_word(t(a)?, "according") || !is_word(t(a + 1)?, "to") {
        return None;
    }
    // (read up to the comma: `According to the summary, two aides asked`
    // has a cue of its own after it)
    let comma = (a + 2..toks.len().min(a + SOURCE_REACH)).find(|&k| is_comma(text, &toks[k]))?;
    let f = cues::before(text, &toks[a..comma], 0, w).filter(|f| f.rule == RuleId::AccordingTo)?;
    Some(Claim {
        more: None,
        content: clause(text, toks, comma + 1)?,
        found: f,
    })
}

/// `X said (that) CLAUSE`, `X told Putin on Dec. 13 that CLAUSE`.
/// How many reporting verbs of a sentence are tried in turn: `expressed
/// their concerns …, which they said had been …` reports at the second.
const CUES_TRIED: usize = 3;

/// (`accept` reads each reading in turn, and may refuse it: a reading
/// refused, `The only regret he acknowledged was …` read at `regret`,
/// leaves the next cue its turn)
fn cue_then_clause_any(
    text: &str,
    toks: &[Tok],
    mut from: usize,
    w: &Words,
    accept: impl Fn(Claim) -> Option<Claim>,
) -> Option<Claim> {
    for _ in 0..CUES_TRIED {
        let f = cues::first_cue(text, toks, from, w)?;
        let k = toks.partition_point(|t| t.span().end <= f.cue.start);
        match cue_then_clause(text, toks, f, w).and_then(&accept) {
            Some(c) => return Some(c),
            None => from = k + 1,
        }
    }
    None
}

fn cue_then_clause(text: &str, toks: &[Tok], mut f: Found, w: &Words) -> Option<Claim> {
    // `the website quoted unnamed Defense Ministry sources as saying that`:
    // the quoted party speaks, the quoting one is the outlet
    let k = toks.partition_point(|t| t.span().end <= f.cue.start);
    if toks.get(k).is_some_and(|t| is_word(t.text(text), "quoted")) {
        if let Some((p, e)) = super::phrase::after(text, toks, k + 1, w) {
            if toks.get(e).is_some_and(|t| t.text(text) == "as") {
                f.phrase = p;
            }
        }
    }
    // `Roe’s claim that …`, `the union’s report that …`: a noun reports,
    // and a nominal report is no claim (a quotation may still go by it:
    // `Roe’s mention of “…”`); but a copula makes it one: `the senator’s
    // answer was that …`
    if k > 0
        && cues::possessor_noun(text, toks, k, w)
        && !toks
            .get(k + 1)
            .is_some_and(|t| is_any(t.text(text), BE_FORMS))
    {
        return None;
    }
    // (`“… respectable,” said Griffin, a backer`: a verb right after a
    // quotation's closing mark and its comma attributes the quotation;
    // what follows is its speaker, no clause)
    // (a pronoun or a phrase of a preposition after it opens a clause
    // or an adjunct: `who calls him a “fraud,” said he doubts …`)
    if k > 1
        && ((quote_at(text, toks, k - 1) && is_comma(text, &toks[k - 2]))
            || (is_comma(text, &toks[k - 1]) && quote_at(text, toks, k - 2)))
        && toks
            .get(f.end_tok)
            .is_some_and(|t| t.is(Class::CAP.with(Class::DETERMINER)) && !t.is(Class::PRONOUN))
        // (a phrase the sentence or a comma closes: a speaker; `…,” said
        // the council should …` goes on into its verb)
        && super::phrase::after(text, toks, f.end_tok, w).is_some_and(|(_, e)| {
            toks.get(e)
                .is_none_or(|t| matches!(t.text(text), "," | "." | "!" | "?"))
        })
    {
        return None;
    }
    // (`… smiled when asked by reporters if …`: a question put to the
    // subject, which `asked_within` reads, not one the subject put)
    if k > 0 && when_asked(text, toks, k) {
        return None;
    }
    let mut j = f.end_tok;
    // a quotation right after the cue is a quotation record, not a claim
    if toks
        .get(j)
        .is_some_and(|t| cues::is_quote_mark(t.text(text)) || t.text(text) == ":")
    {
        return None;
    }
    let lemma = cue_tok(text, toks, &f).map_or(0, |t| t.lemma);
    let that = clause_that(text, toks, j, &f, w);
    // `the Rust Belt states that have suffered`, `the four states that
    // held primaries`: a cue word in -s is a plural noun when the `that`
    // after it is a relative pronoun, its verb right after it
    // (of a subject that names no one: `He says that was …`, `Roe notes
    // that was …` have `that` for the clause's subject)
    let relative_verb = |t: &Tok| {
        let x = t.text(text);
        is_any(x, RELATIVE_VERBS) || (ends_ci(x, "ed") && x.bytes().all(|b| b.is_ascii_lowercase()))
    };
    // (nor for a verb of saying, whose -s form is no plural: `The mayor
    // says that has been the plan`)
    // (whatever the subject, a plural verb after `that` agrees with the
    // noun, not with `that`: `Most Southern states that have …`)
    if that == Some(j) {
        let cue = cue_tok(text, toks, &f).map_or("", |t| t.text(text));
        // (not an inverted conditional: `warns that were the levy to
        // pass, …`)
        let plural = || {
            toks.get(j + 1).is_some_and(|t| {
                is_any(t.text(text), &["have", "are"])
                    || (is_word(t.text(text), "were")
                        && !toks
                            .get(j + 2)
                            .is_some_and(|n| n.is(Class::DETERMINER.with(Class::PRONOUN))))
            })
        };
        let unnamed = !f.phrase.pronoun && f.phrase.name.is_none();
        if cue.ends_with('s')
            && !cue.ends_with("ss")
            && (plural()
                || (unnamed
                    && !w.lemma_name(lemma).is_some_and(|l| is_any(l, CLAUSE_VERBS))
                    && toks.get(j + 1).is_some_and(relative_verb)))
        {
            return None;
        }
    }
    // `asked whether the bill would pass`, `asked the mayor how she was
    // feeling`: a question verb reports the question it puts, from its
    // wh-word, after any addressee
    if that.is_none()
        && w.lemma_name(lemma)
            .is_some_and(|l| is_any(l, QUESTION_VERBS))
    {
        let at = if toks
            .get(j)
            .is_some_and(|t| is_any(t.text(text), QUESTION_OPENERS))
        {
            Some(j)
        } else {
            super::phrase::after(text, toks, j, w)
                .map(|(_, e)| e)
                .filter(|&e| {
                    toks.get(e)
                        .is_some_and(|t| is_any(t.text(text), QUESTION_OPENERS))
                })
        };
        // (`asked the passengers whether …`, `asked our readers which
        // ferry they used`: an addressee the phrase reader leaves alone,
        // a few plain words, then the wh-word)
        let at = at.or_else(|| {
            (j + 1..toks.len().min(j + ADDRESSEE_WORDS + 1))
                .take_while(|&k| {
                    let t = &toks[k - 1];
                    let x = t.text(text);
                    t.word
                        && !t.is(Class::CUE.with(Class::AUX))
                        && !shows_verb(text, t)
                        && (!is_any(x, PREPOSITIONS) || is_word(x, "of"))
                        && !is_any(x, QUESTION_OPENERS)
                })
                .find(|&k| is_any(toks[k].text(text), QUESTION_OPENERS))
        });
        // (`who`, `which`, `what` after an addressee may relate to it,
        // `asked the man who runs the ferry to leave`: a question's
        // wh-word has its subject after it)
        // (`what` relates to no noun; a `who` or `which` that does is
        // shown by the request after its clause, `asked anyone who saw
        // the crash to call`, or by a present in -s right after it)
        let at = at.filter(|&k| {
            k == j
                || !is_any(toks[k].text(text), &["who", "which"])
                || (toks.get(k + 1).is_some_and(|n| {
                    let x = n.text(text);
                    let present = ends_ci(x, "s")
                        && x.bytes().all(|b| b.is_ascii_lowercase())
                        && !n.is(Class::DETERMINER.with(Class::PRONOUN));
                    n.word && !present
                }) && {
                    // (within the question's clause: up to a comma or mark)
                    let end = (k + 1..toks.len())
                        .find(|&i| {
                            is_comma(text, &toks[i]) || cues::is_quote_mark(toks[i].text(text))
                        })
                        .unwrap_or(toks.len());
                    !toks[k + 1..end].windows(2).any(|p| {
                        is_word(p[0].text(text), "to")
                            && p[1].word
                            && p[1].text(text).starts_with(char::is_lowercase)
                            && !p[1].is(Class::DETERMINER.with(Class::PRONOUN))
                    })
                })
        });
        if let Some(q) = at.filter(|&q| q + 2 < toks.len()) {
            return Some(Claim {
                more: None,
                content: clause(text, toks, q).map(|c| before_second_report(text, toks, c, w))?,
                found: f,
            });
        }
    }
    // `told reporters the team was ready`: after the addressee of a verb
    // that takes one, a clause with no `that` whose finite verb comes
    // within four words (`told reporters a story` is no clause)
    if that.is_none() && w.lemma_use(lemma).is_some_and(|u| u.addressee) {
        // (the addressee: a phrase, or one word, `reporters`, `him`)
        // (or the words up to a subject pronoun that opens the clause:
        // `told the Times she expected …`, an outlet the phrase reader
        // leaves alone)
        // (the words before it name someone: no verb, wh-word or
        // subordinator, `promised to act should he win`, `promise
        // Saturday when he announced`)
        let names = |t: &Tok| {
            t.word
                && (t.is(Class::DETERMINER) || !t.is(Class::FUNCTION.with(Class::CUE)))
                && !is_any(t.text(text), QUESTION_OPENERS)
                && !is_any(t.text(text), crate::lexicon::classes::SUBORDINATORS)
        };
        let pronoun_after = || {
            (j + 1..toks.len().min(j + 5))
                .take_while(|&k| names(&toks[k - 1]))
                .find(|&k| {
                    is_any(toks[k].text(text), PRONOUN_SUBJECTS)
                        && toks
                            .get(k + 1)
                            .is_some_and(|t| t.word && !t.is(Class::FUNCTION))
                })
        };
        let addressee = super::phrase::after(text, toks, j, w)
            .map(|(_, e)| e)
            .or_else(pronoun_after)
            .or_else(|| {
                toks.get(j)
                    .filter(|t| t.word && !t.is(Class::DETERMINER))
                    .map(|_| j + 1)
            });
        // (a second determiner inside what the phrase reader took for
        // the addressee opens the clause: `told the Herald the firm had
        // failed`)
        let addressee = addressee.map(|e| {
            (j + 1..e.min(toks.len()))
                .find(|&k| {
                    toks[k].is(Class::DETERMINER)
                        && !toks[k].is(Class::CAP)
                        && !is_any(toks[k - 1].text(text), PREPOSITIONS)
                        && !is_any(toks[k - 1].text(text), &["and", "or", ","])
                        && !toks[k - 1].is(Class::DETERMINER)
                })
                .unwrap_or(e)
        });
        if let Some(e) = addressee {
            let rest = &toks[e.min(toks.len())..];
            // (a pronoun subject shows the clause whatever its verb: `told
            // the paper he expected some voters to switch`; contracted
            // too, `told the paper she’d never seen …`)
            let pronoun_clause = rest
                .first()
                .is_some_and(|t| is_any(t.text(text), PRONOUN_SUBJECTS))
                && rest
                    .get(1)
                    .is_some_and(|t| t.word && !t.is(Class::FUNCTION));
            let contracted_pronoun = rest.first().is_some_and(|t| {
                let x = t.text(text);
                let stem = x.split(['’', '\'']).next().unwrap_or(x);
                stem.len() < x.len() && is_any(stem, PRONOUN_SUBJECTS)
            });
            // (or a subject that a determiner or a name opens and a past
            // after it: `told the Herald the firm had failed`)
            // (a phrase of a preposition is when or where it was told only
            // before the clause's subject: `told investigators in July she
            // was advised …`, not `advising the campaign on policy and is
            // thought …`)
            let adjunct_first = rest
                .first()
                .is_some_and(|t| is_any(t.text(text), PREPOSITIONS))
                && !rest[1..rest.len().min(5)].iter().any(|t| {
                    is_any(t.text(text), PERSONAL_SUBJECTS)
                        || is_word(t.text(text), "it")
                        || contracted(t.text(text))
                });
            let past_clause = rest
                .first()
                .is_some_and(|t| t.is(Class::DETERMINER) || t.is(Class::CAP))
                && !rest
                    .first()
                    .is_some_and(|t| is_any(t.text(text), &["that", "not", "never"]))
                && past_in(text, rest, OBJECT_REACH)
                // (a pronoun before the past makes a relative clause on a
                // noun: `told investigators the route she planned`)
                && !rest[..rest.len().min(OBJECT_REACH)]
                    .iter()
                    .any(|t| is_any(t.text(text), PERSONAL_SUBJECTS));
            // (`told Roe as he left`: a subordinator opens a clause of
            // when or why, not what was told)
            if e > j
                && rest
                    .first()
                    .is_some_and(|t| t.word && !is_any(t.text(text), FRONTED))
                && !adjunct_first
                && (finite_within(text, rest)
                    || pronoun_clause
                    || contracted_pronoun
                    || past_clause)
            {
                return Some(Claim {
                    more: None,
                    content: clause(text, toks, e)
                        .map(|c| before_second_report(text, toks, c, w))?,
                    found: f,
                });
            }
        }
    }
    match that {
        Some(k) => j = k + 1,
        None => {
            // (`a plan which aides say was dead`: the clause's subject
            // stands before the speaker, its verb after the cue)
            if let Some(c) = relative_report(text, toks, j, &f, lemma, w) {
                return Some(c);
            }
            // `said on Tuesday the bridge would close`, `said last week he
            // was hoping …`: a short adjunct of when or where, then a
            // clause that shows itself plainly
            if w.lemma_use(lemma).is_some_and(|u| u.bare) {
                j = past_adjunct(text, toks, j).unwrap_or(j);
            }
            let opener = toks.get(j)?.text(text);
            // (`said he’s ready`, `says they’re wrong`: a pronoun with its
            // verb contracted onto it opens a clause as the pronoun does)
            let opener = opener.split(['’', '\'']).next().unwrap_or(opener);
            // (an object pronoun before a break is no clause: `says it,
            // from farm aid to defense`, `said so.`; a subject may be set
            // off, `said Trump, despite his wealth, is …`)
            // (a comma only before a phrase of a preposition: `says it,
            // too, will appeal` goes on as a clause)
            if is_any(opener, &["it", "so", "this", "them", "him"])
                && toks.get(j + 1).is_none_or(|t| {
                    matches!(t.text(text), "." | ";" | ":" | "?" | "!" | ")")
                        || (t.text(text) == ","
                            && toks
                                .get(j + 2)
                                .is_some_and(|n| is_any(n.text(text), PREPOSITIONS))
                            // (unless the phrase is set off before the
                            // verb: `said this, in his view, is …`)
                            && !(j + 3..toks.len().min(j + 10)).any(|c| {
                                is_comma(text, &toks[c])
                                    && toks.get(c + 1).is_some_and(|v| shows_verb(text, v))
                            }))
                })
            {
                return None;
            }
            let clause_start = is_any(
                opener,
                &[
                    "he", "she", "it", "they", "we", "i", "there", "the", "this", "his", "her",
                    "their", "its", "a", "an",
                    // (`said if he were elected, he would …`, `would not
                    // say whether …`: a condition or an open question is
                    // reported too)
                    "if", "whether",
                ],
            ) || (toks[j].text(text).starts_with(char::is_uppercase)
                // (`said Dec. 6 on CNN`: a date after the verb is when, not
                // what, unless a clause follows it, which `past_adjunct`
                // reads)
                && !toks[j].is(Class::CALENDAR)
                // (`Officials Warn Of Flooding`: a preposition opens none)
                && !is_any(opener, PREPOSITIONS))
                || bare_clause(text, &toks[j..])
                || (w.lemma_name(lemma).is_some_and(|l| is_any(l, CLAUSE_VERBS))
                    && !after_relative(text, toks, &f)
                    && (present_clause(text, &toks[j..])
                        // (not after `tell`, whose addressee comes first)
                        || (w.lemma_name(lemma) != Some("tell")
                            && singular_present(text, &toks[j..]))));
            // (after a verb that takes a noun as often as a clause, a
            // determiner opens an object unless a verb follows: `noted the
            // dichotomy between …`, `claimed the prize`, but `noted the
            // plan had failed`)
            let determined = is_any(
                opener,
                &["the", "this", "his", "her", "their", "its", "a", "an"],
            );
            let says = w.lemma_name(lemma).is_some_and(|l| is_any(l, CLAUSE_VERBS));
            // (`“…,” said the man who built the pier`: after a closing
            // mark, a person and the relative clause on them are the
            // subject of an inverted attribution, not a clause; after a
            // comma the verb may close an aside on its subject, `Police,
            // in a statement, said a man who …`)
            let ci = toks.partition_point(|t| t.span().start < f.cue.start);
            let inverted = determined
                && ci > 0
                && (cues::is_quote_mark(toks[ci - 1].text(text))
                    || (ci > 1
                        && toks[ci - 1].text(text) == ","
                        && cues::is_quote_mark(toks[ci - 2].text(text))));
            let person_then_who = inverted
                && toks[j + 1..toks.len().min(j + 1 + OBJECT_REACH)]
                    .iter()
                    .take_while(|t| t.word && !shows_verb(text, t) && !t.is(Class::AUX))
                    .any(|t| is_word(t.text(text), "who"));
            let clause_start = clause_start
                && !person_then_who
                && (!determined
                    || says
                    // (a verb of a relative clause is the object's, not
                    // a clause's: `maintain the zeal of voters who were
                    // new`)
                    || toks[j + 1..toks.len().min(j + 1 + OBJECT_REACH)]
                        .iter()
                        .take_while(|t| {
                            t.word
                                && !is_any(t.text(text), RELATIVE_PRONOUNS)
                        })
                        .any(|t| {
                            shows_verb(text, t) || is_any(t.text(text), &["does", "do", "did"])
                        })
                    || past_in(text, &toks[j..], OBJECT_REACH));
            // `the withdrawal, which they said had been discussed …`: a
            // relative clause reports a clause whose subject is the
            // relative pronoun, up to its closing comma
            let subject_tok = toks.partition_point(|t| t.span().end <= f.phrase.span.start);
            // (whatever the verb's tense: `which the campaign says
            // includes …`, `who aides said backed …`)
            let relative = subject_tok > 0
                && is_any(toks[subject_tok - 1].text(text), RELATIVE_WORDS)
                && (is_any(opener, RELATIVE_VERBS)
                    || (toks[j].word
                        && !toks[j].is(Class::FUNCTION.with(Class::CAP))
                        && (opener.ends_with('s') || opener.ends_with("ed"))));
            let u = w.lemma_use(lemma);
            // (`=finite`: only a clause whose verb shows, `confirmed the
            // plant would close`; its object is as often a noun)
            let finite = u.is_some_and(|u| u.finite)
                && toks[j].word
                // (`reported at least three ships ran aground`: a figure)
                && (!is_any(opener, PREPOSITIONS) || approximate(text, &toks[j..]))
                && !is_any(
                    opener,
                    &["to", "as", "that", "what", "how", "why", "whether", "if"],
                )
                && (finite_within(text, &toks[j..])
                    // (a noun phrase and a past show it: `alleges the chain
                    // deceived buyers`, `confirmed Israel shared …`)
                    || past_in(text, &toks[j..], OBJECT_REACH)
                    // (a subject pronoun and its verb show the clause
                    // whatever the verb: `confirmed he expected …`)
                    || (is_any(opener, &["he", "she", "they", "we", "i"])
                        && toks
                            .get(j + 1)
                            .is_some_and(|t| t.word && !t.is(Class::FUNCTION)))
                    // (`it` too, before a verb that shows its person:
                    // `signalled it wants …`, not `confirmed it on Monday`)
                    || (is_word(opener, "it")
                        && toks.get(j + 1).is_some_and(|t| {
                            let x = t.text(text);
                            t.word
                                && x.bytes().all(|b| b.is_ascii_lowercase())
                                && (x.ends_with('s') || x.ends_with("ed"))
                                && !t.is(Class::FUNCTION)
                        })));
            if !((u.is_some_and(|u| u.bare) && (clause_start || relative)) || finite) {
                return None;
            }
            if relative {
                // (`…, which they said had been discussed …, and pledged`)
                let end = (j + 1..toks.len())
                    .find(|&k| is_comma(text, &toks[k]))
                    .unwrap_or(toks.len());
                return Some(Claim {
                    more: None,
                    content: clause(text, &toks[..end], j)?,
                    found: f,
                });
            }
        }
    }
    let content = clause(text, toks, j).map(|c| before_second_report(text, toks, c, w))?;
    if !holds_verb(text, toks, content) {
        return None;
    }
    Some(Claim {
        more: None,
        content,
        found: f,
    })
}

/// Whether the words of `content` hold a word that may be a clause's
/// finite verb: an auxiliary or modal, a form in -s or -ed, an irregular
/// past, a contraction, or any word after a subject pronoun or a plural
/// with no ending (`they want`, `people need`). A reported clause has one;
/// an object has none (`added a new title to her resume`, `maintained an
/// energetic pace`).
fn holds_verb(text: &str, toks: &[Tok], content: Span) -> bool {
    let a = toks.partition_point(|t| t.span().end <= content.start);
    let b = toks.partition_point(|t| t.span().start < content.end);
    let words = &toks[a..b];
    // (`say the same of her rival`: an answer that stands for a clause)
    if words.len() > 1
        && is_word(words[0].text(text), "the")
        && is_word(words[1].text(text), "same")
    {
        return true;
    }
    // (a word in -s after a determiner or a preposition is a plural noun:
    // `a list of honours`, `into his nineties`; one in -ed a modifier, `the
    // reported bomber`)
    // (or after a count: `a few words`, `three times`)
    let noun_before = |i: usize| {
        i > 0 && {
            let p = &words[i - 1];
            p.is(Class::DETERMINER)
                || is_any(p.text(text), PREPOSITIONS)
                || is_any(p.text(text), super::phrase::COUNTS)
                || p.text(text)
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b == b',')
        }
    };
    // (a word after a subject pronoun or a plural is its verb: `they
    // want`, `people need`, `voters want`)
    // (past an adverb, `they only buy`; after a name, `he and Roe
    // differ`)
    let subject_before = |mut i: usize| {
        if i > 1
            && is_any(
                words[i - 1].text(text),
                &[
                    "only", "also", "still", "never", "just", "often", "always", "all",
                ],
            )
        {
            i -= 1;
        }
        i > 0 && {
            let p = &words[i - 1];
            is_any(p.text(text), PERSONAL_SUBJECTS)
                || is_any(p.text(text), IRREGULAR_PLURALS)
                || super::phrase::plural_noun(text, p)
                || (p.is(Class::CAP)
                    && !p.is(Class::FUNCTION)
                    && i > 1
                    && !p.text(text).contains(['\'', '’']))
        }
    };
    // (cheap endings first, which most clauses show early: `is`, `was`,
    // `has`, `says`, a past in -ed; the word lists after)
    let ending = words.iter().enumerate().any(|(i, t)| {
        let x = t.text(text);
        // (a name's word is none: `a lead over Sanders`, `the United States`)
        t.word
            && !t.is(Class::CAP)
            && ((x.len() > 3 && ends_ci(x, "ed") && !noun_before(i))
                || (x.len() > 2 && ends_ci(x, "s") && !noun_before(i) && !x.contains(['\'', '’'])))
    });
    ending
        || words.iter().enumerate().any(|(i, t)| {
            let x = t.text(text);
            t.word
                && (shows_verb(text, t)
                    || is_any(x, IRREGULAR_PASTS)
                    || is_any(x, MORE_PASTS)
                    || contracted(x)
                    || (is_word(x, "do")
                        && words
                            .get(i + 1)
                            .is_some_and(|n| is_any(n.text(text), &["not", "n't"])))
                    || (subject_before(i)
                        && !t.is(Class::FUNCTION)
                        && x.starts_with(char::is_lowercase)))
        })
}

/// Pasts that are also base forms or nouns (`hit`, `put`, `cut`), which
/// `past_in` leaves out as a clause's sign but which still show that a
/// clause has its verb, with more irregular pasts and `cannot`, `ought`.
const MORE_PASTS: &[&str] = &[
    "struck", "found", "hit", "told", "wrote", "meant", "heard", "put", "let", "spread", "said",
    "thought", "cut", "set", "cannot", "ought", "sought", "taught", "caught", "shut", "hurt",
    "cost", "quit", "fled", "sank", "swore", "rang", "sang", "shot", "slid", "split",
];

/// Most words of an addressee before the wh-word of a question put to it
/// (`asked the passengers of the night ferry whether …`).
const ADDRESSEE_WORDS: usize = 6;

/// Verbs that put a question (`asked whether …`).
const QUESTION_VERBS: &[&str] = &["ask", "question"];

/// Verbs of saying (base forms) whose subject may stand inside a relative
/// clause on the reported clause's own subject (`a plan which aides say
/// was dead`).
/// (Not the many that take an object as often: `the cases she argued
/// were dismissed`, `the figure they estimated was low`.)
const RELATIVE_REPORT_VERBS: &[&str] = &["say", "claim", "insist", "contend", "maintain"];

/// `the fund, which the audit said was empty`, `a gap that experts say
/// renders the wall moot`: the reported clause's subject is the relative
/// word right before the speaker, and its finite verb follows the cue at
/// token `j`. The claim is the predicate (as after `that`, the word stands
/// for a noun named before). With no relative word the reading is left
/// alone: `the vows the couple said were short` is the verb's object as
/// often as its clause's subject.
fn relative_report(
    text: &str,
    toks: &[Tok],
    j: usize,
    f: &Found,
    lemma: u16,
    w: &Words,
) -> Option<Claim> {
    // (cheap first: a finite verb right after the cue: an auxiliary or
    // modal, a past in -ed, a present in -s, `experts say renders …`)
    let verb = toks.get(j)?;
    let x = verb.text(text);
    // (not a pronoun with its verb contracted on: `says he’s …`)
    let present = x.len() > 3
        && x.ends_with('s')
        && !x.ends_with("ss")
        && !x.contains(['’', '\''])
        && !verb.is(Class::FUNCTION.with(Class::PRONOUN).with(Class::DETERMINER));
    // (the endings by bytes first, the word lists behind the class bit an
    // auxiliary carries: this is asked after most cues)
    if !(verb.word
        && !verb.is(Class::CAP)
        && ((ends_ci(x, "ed") && x.len() > 4)
            || present
            || (verb.is(Class::AUX) && is_any(x, RELATIVE_VERBS))
            || (x.len() <= 4 && is_any(x, DO_MUST))
            || negated_finite(x)))
    {
        return None;
    }
    if !w
        .lemma_name(lemma)
        .is_some_and(|l| is_any(l, RELATIVE_REPORT_VERBS))
        || f.phrase.span.is_empty()
    {
        return None;
    }
    let mut ps = toks.partition_point(|t| t.span().start < f.phrase.span.start);
    // (past an adverb on the speaker, `which even critics say was …`, or
    // the modifiers a bare plural leaves out, `that homeland security
    // experts say renders …`)
    if let Some(r) = (ps.saturating_sub(3)..ps).rev().find(|&k| {
        is_any(toks[k].text(text), &["which", "who", "that"])
            && toks[k + 1..ps]
                .iter()
                .all(|t| t.word && !t.is(Class::CAP.with(Class::FUNCTION).with(Class::AUX)))
    }) {
        ps = r + 1;
    }
    while ps > 0 && is_any(toks[ps - 1].text(text), &["even", "also", "now", "still"]) {
        ps -= 1;
    }
    let before = toks.get(ps.checked_sub(1)?)?;
    let b = before.text(text);
    // (not `what`: `What he said was wrong` judges the words)
    if !(before.word && is_any(b, &["which", "who", "that"])) {
        return None;
    }
    let more = clause(text, toks, j).map(|c| before_second_report(text, toks, c, w))?;
    // (the relative clause closes where the sentence's own predicate comes
    // back after a comma: `The rules, which aides say will start in May,
    // do not apply …`)
    let last = toks.partition_point(|t| t.span().end <= more.end);
    let more = (j + 1..last)
        .find(|&k| {
            is_comma(text, &toks[k])
                && toks.get(k + 1).is_some_and(|v| {
                    let x = v.text(text);
                    v.word
                        && !v.is(Class::CAP)
                        && (is_any(x, RELATIVE_VERBS)
                            || is_any(x, DO_MUST)
                            || is_word(x, "do")
                            || negated_finite(x)
                            || (ends_ci(x, "ed") && x.len() > 4)
                            || is_any(x, IRREGULAR_PASTS))
                })
        })
        .map_or(more, |k| Span::new(more.start, toks[k - 1].span().end));
    Some(Claim {
        content: more,
        more: None,
        found: f.clone(),
    })
}

/// Most words of an adjunct between a reporting verb and its clause.
const ADJUNCT_WORDS: usize = 5;

/// The first token of a clause after a short adjunct that follows a
/// reporting verb at token `j`: a day (`Tuesday`, `Thursday night`), `last
/// week`, `this month`, or a phrase opened by `in`, `on`, `at` or `during`
/// of at most [`ADJUNCT_WORDS`] words; the clause must open with a subject
/// pronoun and a word (`he was hoping`), or with a determiner and show its
/// auxiliary or modal within a few words (`the bridge would close`).
/// `None` when no adjunct stands there or no such clause follows it.
fn past_adjunct(text: &str, toks: &[Tok], j: usize) -> Option<usize> {
    let t = |k: usize| toks.get(k).map_or("", |x| x.text(text));
    let first = toks.get(j)?;
    let opens = super::phrase::is_day(text, first)
        || is_any(t(j), TIME_OPENERS)
        || is_any(t(j), &["in", "on", "at", "during"]);
    if !opens {
        return None;
    }
    let plain_clause = |k: usize| {
        let Some(s) = toks.get(k).filter(|s| s.word) else {
            return false;
        };
        // (or a pronoun and its contracted verb: `said tonight he's ready`)
        let pronoun = is_any(
            s.text(text),
            &["he", "she", "they", "we", "i", "it", "there"],
        ) && toks
            .get(k + 1)
            .is_some_and(|n| n.word && !n.is(Class::PRONOUN))
            || contracted(s.text(text));
        // (an auxiliary or modal: `in a statement issued on Monday` is a
        // noun and its participle, no clause)
        let determined = s.is(Class::DETERMINER) && finite_in(text, &toks[k..], 4);
        pronoun || determined
    };
    // (nor over a subordinator: `said at the hall as she sat …` is when)
    (j + 1..toks.len().min(j + 1 + ADJUNCT_WORDS))
        .take_while(|&k| {
            let t = &toks[k - 1];
            // (a subordinator is a function word: the list only for those)
            t.word && !(t.is(Class::FUNCTION) && is_any(t.text(text), FRONTED))
        })
        .find(|&k| plain_clause(k))
}

/// A clause with no `that` that opens with a quantifier, a number or a
/// bare noun phrase and reaches its finite verb within a few words (`said
/// city buses would run late`, `said everyone would be heard`, `said sales
/// had fallen 4%`): the verb tells a clause from an object (`said a few
/// words`, `told reporters`).
fn bare_clause(text: &str, toks: &[Tok]) -> bool {
    let Some(first) = toks.first().filter(|t| t.word) else {
        return false;
    };
    let opener = first.text(text);
    let quantifier = is_any(
        opener,
        &[
            "some",
            "many",
            "most",
            "all",
            "no",
            "every",
            "everyone",
            "everybody",
            "nobody",
            "none",
            "neither",
            "either",
            "both",
            "several",
            "few",
            "another",
            "these",
            "those",
            "our",
            "my",
            "your",
            "each",
            "such",
            "any",
            "much",
            "more",
        ],
    ) || opener.starts_with(|c: char| c.is_ascii_digit())
        // (a number word: `said one was a supporter`, `said two were hurt`)
        || is_any(opener, super::phrase::NUMBER_WORDS);
    (quantifier || !first.is(Class::FUNCTION) || approximate(text, toks))
        && (finite_in(text, toks, BARE_REACH) || past_in(text, toks, BARE_REACH))
}

/// Words that make a figure approximate (`about half`, `at least six`,
/// `more than 40`, `nearly a third`).
const APPROXIMATORS: &[&str] = &[
    "about", "nearly", "almost", "roughly", "around", "at", "least", "more", "than", "fewer",
    "less", "over", "just", "only", "some",
];

/// Whether `toks` open with an approximate figure: approximators, then a
/// number or `half`, `a` (`a third`), `one`.
fn approximate(text: &str, toks: &[Tok]) -> bool {
    let lead = toks
        .iter()
        .take(3)
        .take_while(|t| is_any(t.text(text), APPROXIMATORS))
        .count();
    lead > 0
        && toks.get(lead).is_some_and(|t| {
            let x = t.text(text);
            x.starts_with(|c: char| c.is_ascii_digit())
                || is_any(x, super::phrase::NUMBER_WORDS)
                || is_any(x, &["half", "a", "dozens", "hundreds", "thousands"])
        })
}

/// `said smugglers dig tunnels`, `says older voters want change`: a
/// plural noun (after at most two modifiers) and a present verb in lower
/// case right after it open a clause. A plural's present has no ending of
/// its own: the verb shows by its place, a word that cannot go on the noun
/// phrase (no ending in -s, -ed, -ing or -ly, no function word) with a
/// word after it. For verbs of saying only (`noted rising costs hit …` is
/// as often an object).
fn present_clause(text: &str, toks: &[Tok]) -> bool {
    let lower_word = |t: &Tok| t.word && t.text(text).bytes().all(|b| b.is_ascii_lowercase());
    // (past a word that counts the plural: `said all staffers sign …`)
    let counted = usize::from(
        toks.first()
            .is_some_and(|t| is_any(t.text(text), super::phrase::COUNTS)),
    );
    for i in counted..toks.len().min(3 + counted) {
        let t = &toks[i];
        // (or a plural with no -s: `said people misunderstand him`)
        if super::phrase::plural_noun(text, t) || is_any(t.text(text), IRREGULAR_PLURALS) {
            let Some(v) = toks.get(i + 1) else {
                return false;
            };
            let x = v.text(text);
            return lower_word(v)
                && x.len() >= 3
                // (`need`, `succeed`: -eed is no past)
                && !(["s", "ing", "ly"].iter().any(|e| ends_ci(x, e))
                    || ends_ci(x, "ed") && !ends_ci(x, "eed"))
                && !v.is(Class::FUNCTION
                    .with(Class::AUX)
                    .with(Class::CUE)
                    .with(Class::DETERMINER)
                    .with(Class::PRONOUN))
                && !is_any(x, PREPOSITIONS)
                && !is_any(x, ADDRESSEES)
                && !is_any(x, &["familiar", "close"])
                && toks.get(i + 2).is_some_and(|n| n.word);
        }
        if !lower_word(t) || t.is(Class::FUNCTION.with(Class::AUX).with(Class::CUE)) {
            return false;
        }
    }
    false
}

/// Plurals of people with no -s (`people need`, `women want`).
const IRREGULAR_PLURALS: &[&str] = &["people", "men", "women", "children", "police"];

/// `said social media success depends on …`, `says each year of study
/// yields a raise`: a bare noun phrase and a verb in -s after it, within a
/// few words: a word in lower case in -s after a word that is no
/// determiner, preposition or number, and before one that goes on after a
/// verb (a determiner, a preposition, `to`, an adverb in -ly). For verbs
/// of saying only, whose object is rarely a noun phrase.
fn singular_present(text: &str, toks: &[Tok]) -> bool {
    // (the clause opens with its subject's first word: no comma, no
    // preposition, no participle, `said, drawing gasps`, `said of the plan`)
    // (a quantifier of one opens it as a determiner does: `each year
    // of study yields …`)
    let opens = toks.first().is_some_and(|t| {
        t.word
            && (t.is(Class::DETERMINER)
                || is_any(t.text(text), &["each", "every", "another", "one"])
                || !t.is(Class::FUNCTION.with(Class::AUX).with(Class::CUE)))
            && !is_any(t.text(text), PREPOSITIONS)
            && !ends_ci(t.text(text), "ing")
            // (a word that counts plurals opens a plural noun's phrase, whose
            // noun in -s is no verb: `said some kind words about …`; a
            // free relative is no clause, `say whatever works`)
            && !is_any(t.text(text), PLURAL_OPENERS)
    });
    if !opens {
        return false;
    }
    let n = toks.len().min(BARE_REACH + 1);
    (1..n)
        .take_while(|&k| {
            let t = &toks[k];
            t.word
                && !is_any(t.text(text), SUBORDINATORS)
                && !is_any(t.text(text), RELATIVE_PRONOUNS)
        })
        .any(|k| {
            let x = toks[k].text(text);
            let p = &toks[k - 1];
            x.len() >= 4
                && x.bytes().all(|b| b.is_ascii_lowercase())
                && x.ends_with('s')
                && !["ss", "us", "is"].iter().any(|e| x.ends_with(e))
                && !toks[k].is(Class::FUNCTION.with(Class::AUX))
                && p.word
                && !p.is(Class::DETERMINER.with(Class::FUNCTION))
                && !is_any(p.text(text), PREPOSITIONS)
                && !p.text(text).starts_with(|c: char| c.is_ascii_digit())
                && !is_any(p.text(text), super::phrase::NUMBER_WORDS)
                // (a count before it makes it a plural noun: `a few kind
                // words about …`)
                && !toks[..k]
                    .iter()
                    .any(|t| is_any(t.text(text), super::phrase::COUNTS))
                && toks.get(k + 1).is_some_and(|v| {
                    v.word
                        && (v.is(Class::DETERMINER)
                            || is_any(v.text(text), PREPOSITIONS)
                            || (v.is(Class::AUX) && ends_ci(v.text(text), "ly")))
                })
        })
}

/// Words that open a plural noun's phrase (or a free relative), after
/// which a word in -s is the noun, not a verb.
const PLURAL_OPENERS: &[&str] = &[
    "some",
    "many",
    "several",
    "few",
    "these",
    "those",
    "both",
    "all",
    "most",
    "more",
    "such",
    "whatever",
    "what",
    "whoever",
    "whichever",
];

/// Words that open a relative clause whose subject may be a speaker (`a
/// letter that she said was …`, `what he said were …`).
const RELATIVE_WORDS: &[&str] = &["which", "who", "that", "what"];

/// The speaker stands right after a relative word (`a gap that experts
/// say renders …`, `what he said frightens him`): the reported clause has
/// no subject of its own, so its first word is a verb.
fn after_relative(text: &str, toks: &[Tok], f: &Found) -> bool {
    // (past the modifiers a bare plural leaves out: `that homeland
    // security experts say`)
    let at = toks.partition_point(|t| t.span().end <= f.phrase.span.start);
    toks[at.saturating_sub(4)..at]
        .iter()
        .rev()
        .take_while(|t| t.word && !t.is(Class::CAP))
        .any(|t| is_any(t.text(text), RELATIVE_WORDS))
}

/// Irregular past forms that show a clause's verb after its subject
/// (`said sales fell 4%`, `said the firm lost money`); forms that are also
/// nouns or base forms (`cut`, `set`, `put`, `hit`) are left out.
const IRREGULAR_PASTS: &[&str] = &[
    "fell",
    "rose",
    "gave",
    "took",
    "made",
    "won",
    "lost",
    "grew",
    "came",
    "went",
    "got",
    "paid",
    "sold",
    "bought",
    "left",
    "knew",
    "began",
    "saw",
    "kept",
    "held",
    "brought",
    "built",
    "spent",
    "sent",
    "fought",
    "ran",
    "became",
    "understood",
    "chose",
    "drove",
    "broke",
    "stole",
    "wore",
    "hid",
    "met",
    "led",
    "felt",
    "ate",
    "drew",
    "threw",
    "flew",
    "forgot",
    "lied",
];

/// A verb in the past within `reach` words after the first of `toks`,
/// before any comma: a form in -ed that no `by` follows (`the plan backed
/// by the unions` is a participle), or an irregular past; the words before
/// it words of a noun phrase, not a preposition (`said voters backed the
/// plan`, `said more than a million donors gave`), before any word that
/// opens a clause of its own (`acknowledged some errors even as he
/// defended …`).
fn past_in(text: &str, toks: &[Tok], reach: usize) -> bool {
    let n = toks.len().min(reach + 1);
    // (`said yes while most agreed`: an answer, then a clause of its own)
    if toks.first().is_some_and(|t| is_word(t.text(text), "yes")) {
        return false;
    }
    // (a quantity's `of` goes on to its noun: `said about half of the
    // budget went`, `most of the crew left`)
    // (asked only at an `of`: most clauses have none)
    let quantity = || {
        approximate(text, toks)
            || toks.first().is_some_and(|t| {
                let x = t.text(text);
                is_any(
                    x,
                    &[
                        "most", "many", "some", "none", "all", "half", "each", "both",
                    ],
                ) || x.starts_with(|c: char| c.is_ascii_digit())
            })
            // (`the majority of voters wanted`, `a third of the staff
            // left`: a determiner and a noun of share)
            || (toks.first().is_some_and(|t| is_any(t.text(text), &["the", "a"]))
                && toks.get(1).is_some_and(|t| is_any(t.text(text), SHARE_NOUNS)))
    };
    (1..n)
        .take_while(|&k| {
            let t = toks[k].text(text);
            // (or a preposition before a name, a place's: `said voters in
            // Iowa wanted`)
            toks[k].word
                && (!is_any(t, PREPOSITIONS)
                    || (is_word(t, "of") && quantity())
                    || toks.get(k + 1).is_some_and(|n| {
                        n.word && n.is(Class::CAP) && !super::phrase::is_day(text, n)
                            || is_word(n.text(text), "the") && is_any(t, &["in", "of", "at", "from", "on"]) && quantity()
                    }))
                && !is_any(t, SUBORDINATORS)
                // (`repeating a claim that he opposed …`: a relative
                // clause's verb is the noun's)
                && !is_any(t, RELATIVE_PRONOUNS)
                && !is_word(t, "even")
        })
        .any(|k| {
            let t = toks[k].text(text);
            let past = (ends_ci(t, "ed") && t.len() > 4) || is_any(t, IRREGULAR_PASTS);
            past && !t.starts_with(char::is_uppercase)
                && !toks[k - 1].is(Class::DETERMINER)
                && !is_any(toks[k - 1].text(text), &["and", "but", "or"])
                && !toks.get(k + 1).is_some_and(|n| is_word(n.text(text), "by"))
        })
}

/// Nouns of a share that go on with `of` to what they count (`the
/// majority of voters`, `a third of the staff`).
const SHARE_NOUNS: &[&str] = &[
    "majority",
    "minority",
    "rest",
    "bulk",
    "number",
    "share",
    "third",
    "quarter",
    "fifth",
    "half",
    "handful",
    "fraction",
    "percentage",
    "lot",
    "couple",
    "host",
    "slew",
];

/// Words after a determiner in which a verb must come for the phrase it
/// opens to be a clause's subject, not the object of a verb that takes
/// either (`noted the dichotomy between …`).
const OBJECT_REACH: usize = 9;

/// Words after a bare clause's first in which its finite verb must come
/// (`said some legal protections for animals were weakened`: a noun
/// phrase with a modifier or a prepositional phrase).
const BARE_REACH: usize = 10;

/// The finite verb of a clause opening `toks`: an auxiliary or a modal
/// within four words after its first, before any comma.
fn finite_within(text: &str, toks: &[Tok]) -> bool {
    finite_in(text, toks, 4)
}

/// A word that shows a clause has its verb: an auxiliary or a modal
/// (`must`, `did` too), or a form in -ed.
fn shows_verb(text: &str, t: &Tok) -> bool {
    let l = t.text(text);
    is_any(l, RELATIVE_VERBS) || is_any(l, DO_MUST) || ends_ci(l, "ed") || negated_finite(l)
}

/// An auxiliary or modal with `n't` on it (`aren't`, `shouldn’t`, `won't`,
/// `can't`): a finite verb.
fn negated_finite(x: &str) -> bool {
    let stem = x
        .strip_suffix("n't")
        .or_else(|| x.strip_suffix("n’t"))
        .or_else(|| x.strip_suffix("N'T"));
    stem.is_some_and(|st| {
        is_any(st, RELATIVE_VERBS) || is_any(st, DO_MUST) || is_any(st, &["do", "ca", "wo", "need"])
    })
}

/// An auxiliary or a modal within `reach` words after the first of
/// `toks`, before any comma (in lower case: after a clause's first word,
/// `May` is the month).
/// Finite verbs beside [`RELATIVE_VERBS`] that show a clause: `do` as an
/// auxiliary (`voters did not trust`) and `must`.
const DO_MUST: &[&str] = &["did", "does", "must"];

fn finite_in(text: &str, toks: &[Tok], reach: usize) -> bool {
    let n = toks.len().min(reach + 1);
    (1..n).take_while(|&k| toks[k].word).any(|k| {
        let t = &toks[k];
        let x = t.text(text);
        !t.is(Class::CAP)
            && !is_any(toks[k - 1].text(text), &["and", "but", "or"])
            && (is_any(x, RELATIVE_VERBS)
                // (`said voters did not trust them`, `says the law must
                // change`: `do` as an auxiliary shows by its `not`)
                || is_any(x, DO_MUST)
                || negated_finite(x)
                || (is_word(x, "do")
                    && toks
                        .get(k + 1)
                        .is_some_and(|n| is_any(n.text(text), &["not", "n't"]))))
    })
}

/// Nouns of time after which `that` is their determiner (`reported that
/// night`, `said that week`).
const THAT_TIMES: &[&str] = &[
    "night",
    "day",
    "morning",
    "afternoon",
    "evening",
    "week",
    "weekend",
    "month",
    "year",
    "time",
];

/// The `that` (its token) that opens the clause of the cue `f`, whose
/// words end before token `j`: right after the cue, or after its
/// addressee or an adverbial; a `that` further on is a relative pronoun
/// or a determiner. (Also the quotations' measure of the clause a
/// partial quotation stands in.)
pub(super) fn clause_that(
    text: &str,
    toks: &[Tok],
    j: usize,
    f: &Found,
    w: &Words,
) -> Option<usize> {
    // `that` opens the clause only right after the cue, after an addressee
    // of a verb marked `=addressee` (`told Putin that`) or after adverbials (`said on Monday that`); a
    // `that` further on is a relative pronoun (`a speech that included`)
    let lemma = cue_tok(text, toks, f).map_or(0, |t| t.lemma);
    (j..toks.len().min(j + THAT_REACH))
        // (a subordinate clause is no adverbial: `said, because Russia
        // intends over that period`)
        .take_while(|&k| {
            // (`, and the panel has conditioned that`: a new clause)
            let coordinated = k > j
                && is_comma(text, &toks[k - 1])
                && matches!(toks[k].text(text), "and" | "but" | "or");
            // (`claimed, adding that …`: the `that` of another reporting
            // verb)
            let participle = k > j
                && toks[k].is(Class::CUE)
                && !toks[k].is(Class::CAP)
                && ends_ci(toks[k].text(text), "ing");
            !coordinated
                && !participle
                && (toks[k].word || is_comma(text, &toks[k]))
                && !is_any(
                    toks[k].text(text),
                    &["because", "although", "though", "if", "unless", "whereas"],
                )
        })
        // (`reported that night the ferry had sunk`, `told reporters that
        // night that …`: a time's determiner, passed over; but `said that
        // time was short`, `said that morning prayers …`: the clause's)
        .find(|&k| {
            is_word(toks[k].text(text), "that")
                && !(toks
                    .get(k + 1)
                    .is_some_and(|t| is_any(t.text(text), THAT_TIMES))
                    && toks.get(k + 2).is_some_and(|t| {
                        t.is(Class::DETERMINER.with(Class::PRONOUN).with(Class::CAP))
                            || is_word(t.text(text), "that")
                    }))
        })
        .filter(|&k| {
            k == j
                || w.lemma_use(lemma).is_some_and(|u| u.addressee)
                || is_any(toks[j].text(text), ADVERBIAL)
                // (`said Tuesday that`: a day is an adverbial too)
                || super::phrase::is_day(text, &toks[j])
                // `reiterating Moscow’s belief that`: the content of a noun
                // that names a claim
                || (k > j
                    && k - j <= 4
                    && toks[k - 1].is(Class::CONTENT_NOUN))
                // `has said for months that`, `reported to the agency
                // that`, `explained through a spokesman that`: a short
                // phrase of a preposition, with no verb, after a verb that
                // takes a clause
                || (k - j <= PHRASE_BEFORE_THAT
                    && is_any(toks[j].text(text), THAT_PHRASE_PREPOSITIONS)
                    && w.lemma_use(lemma).is_some_and(|u| u.bare || u.finite)
                    // (by a speaker the grammar knows: `the strongest
                    // signals to date that …` is a noun's clause)
                    && f.phrase.kind != super::SpeakerKind::Unknown
                    && toks[j + 1..k]
                        .iter()
                        .all(|t| t.word && !shows_verb(text, t) && !t.is(Class::CUE))
                    // (a `that` before its verb is the phrase's relative
                    // pronoun: `adds to the drama that has surrounded …`)
                    && !toks.get(k + 1).is_some_and(|t| shows_verb(text, t)))
        })
        // (past any words, a `that` with a verb right after it, an adverb
        // aside, is a relative pronoun: `told a crowd that spilled onto the
        // street`, `said with a passion that almost suggested …`)
        .filter(|&k| {
            let verb = |t: &Tok| {
                t.word
                    && !t.is(Class::CAP)
                    && (shows_verb(text, t) || is_any(t.text(text), IRREGULAR_PASTS))
            };
            k == j
                || !toks.get(k + 1).is_some_and(|t| {
                    verb(t)
                        || (t.is(Class::AUX)
                            && !t.is(Class::CAP)
                            && toks.get(k + 2).is_some_and(verb))
                })
        })
}

/// The token of the cue's verb (`was quoted` → `quoted`).
fn cue_tok<'t>(text: &str, toks: &'t [Tok], f: &Found) -> Option<&'t Tok> {
    let k = toks.partition_point(|t| t.span().end <= f.cue.start);
    let t = toks.get(k)?;
    if matches!(t.text(text), "was" | "is" | "were" | "are") {
        Some(toks.get(k + 1).unwrap_or(t))
    } else {
        Some(t)
    }
}

/// Most tokens of an apposition on a speaker inside a clause, with its
/// closing comma (`, another former envoy,`).
const APPOSITION_REACH: usize = 12;

/// Tokens after an early comma in which an attribution inside the clause
/// has its reporting verb and closing comma (`, the union's two senior
/// officials say,`).
const EARLY_CUE_REACH: usize = 8;

/// `CLAUSE, X said.` / `CLAUSE, said X, ROLE.` / `CLAUSE, according to X.`
fn clause_then_cue(text: &str, toks: &[Tok], w: &Words) -> Option<Claim> {
    // the attribution stands in the last words: look no further without a
    // reporting verb or `according` there
    let cues_in = |ts: &[Tok]| {
        ts.iter()
            .any(|t| t.word && (t.is(Class::CUE) || t.text(text) == "according"))
    };
    // the last three commas, from the end
    let mut last = [0usize; 3];
    let mut n = 0;
    for k in (1..toks.len()).rev() {
        if is_comma(text, &toks[k]) {
            last[n] = k;
            n += 1;
            if n == 3 {
                break;
            }
        }
    }
    let tail_start = if n > 0 { last[n - 1] } else { toks.len() };
    // (or, in a longer sentence, after one of its first two commas, where
    // an attribution interrupts the clause early: `Unless the plan
    // changes, the experts say, the city could flood, with …, …`)
    // (a reporting verb closed by a comma a few words on: only an
    // attribution set off on both sides is read there; and only past the
    // last three commas, which are read anyway)
    let early = || {
        (1..if n == 3 { tail_start } else { 1 })
            .filter(|&k| is_comma(text, &toks[k]))
            .take(2)
            .filter(|&k| {
                let reach = &toks[k + 1..toks.len().min(k + 1 + EARLY_CUE_REACH)];
                reach
                    .iter()
                    .position(|t| t.word && (t.is(Class::CUE) || t.text(text) == "according"))
                    .is_some_and(|c| reach[c..].iter().any(|t| is_comma(text, t)))
            })
    };
    if !cues_in(&toks[tail_start..]) && early().next().is_none() {
        return None;
    }
    // the attribution follows one of the last commas (`, said X, head of …`)
    let commas = last[..n]
        .iter()
        .map(|&k| (k, false))
        .chain(early().map(|k| (k, true)));
    let (comma, f, more) = commas.into_iter().find_map(|(comma, early)| {
        let tail = &toks[comma..];
        let f = cues::after(text, tail, w)?;
        // the attribution must end the sentence (`, Roe said.`), or run on
        // only over an apposition and a full stop
        let rest = &tail[f.end_tok.min(tail.len())..];
        // (`In a post on Monday, Roe wrote:`: what the verb reports follows
        // its colon; before the comma stands when or where)
        // (`according to` names a source, which reports no more)
        // (a clause with its verb stays one: `The fleet is old, the captain
        // said: …`)
        if f.rule != RuleId::AccordingTo
            && rest.first().is_some_and(|t| t.text(text) == ":")
            && !holds_verb(
                text,
                toks,
                Span::new(toks[0].span().start, toks[comma].span().start),
            )
        {
            return None;
        }
        // (`…, he told a parliamentary committee.`: the addressee of a
        // verb that takes one, and nothing else)
        let takes_addressee = cue_tok(text, tail, &f)
            .is_some_and(|t| w.lemma_use(t.lemma).is_some_and(|u| u.addressee));
        let addressee = || {
            takes_addressee
                && (1..=4).contains(&rest.iter().filter(|t| t.word).count())
                && rest
                    .iter()
                    .all(|t| t.word || matches!(t.text(text), "." | "!" | "?"))
                && !rest.iter().any(|t| t.is(Class::CUE))
        };
        // (an inverted `, said Roe, …` may run on after a comma, but not
        // straight into more words: `…, decried Trump’s plan` is a verb
        // and its object, with no speaker)
        // (`said Messrs. Dale Grant and Ivo Petrov.`: a second name)
        // (and only a verb that news puts before its subject: `…, said
        // Roe`, `…, added Roe`; `…, criticized the plan` is a verb and
        // its object)
        let inverts = || {
            cue_tok(text, tail, &f)
                .and_then(|t| w.lemma_name(t.lemma))
                .is_some_and(|l| INVERTING.contains(&l))
        };
        if f.rule == RuleId::CueAfterInverted && !inverts() {
            return None;
        }

        // (`…, an arrangement the union has criticized`: a noun and a
        // relative clause without its pronoun, whose subject the second
        // determiner opens, are what the clause is; no attribution)
        // (not after a participle, whose object the determiner opens: `…,
        // an analyst covering the company said`)
        if f.rule == RuleId::CueAfter {
            let a = tail.partition_point(|t| t.span().start < f.phrase.span.start);
            if tail.get(a).is_some_and(|t| t.is(Class::DETERMINER)) {
                let b = tail.partition_point(|t| t.span().start < f.phrase.span.end);
                if (a + 1..b).any(|k| {
                    let n = &tail[k - 1];
                    tail[k].is(Class::DETERMINER)
                        && n.word
                        && !n.is(Class::FUNCTION.with(Class::DETERMINER).with(Class::CUE))
                        && !is_any(n.text(text), PREPOSITIONS)
                        && !ends_ci(n.text(text), "ing")
                        && !ends_ci(n.text(text), "ed")
                }) {
                    return None;
                }
            }
        }
        // (`…, asked a judge to block the rules`: a request of the
        // phrase after the verb, which is its object, not its subject)
        let after_phrase = &tail[tail.partition_point(|t| t.span().start < f.phrase.span.end)..];
        if f.phrase.span.start > f.cue.start
            && after_phrase
                .first()
                .is_some_and(|t| is_word(t.text(text), "to"))
            && after_phrase.get(1).is_some_and(|t| {
                t.word
                    && t.text(text).starts_with(char::is_lowercase)
                    && !t.is(Class::DETERMINER.with(Class::PRONOUN))
                    && !super::phrase::plural_noun(text, t)
            })
        {
            return None;
        }
        let inverted_ends = f.rule == RuleId::CueAfterInverted
            && (rest.first().is_none_or(|t| !t.word)
                || (rest.first().is_some_and(|t| is_word(t.text(text), "and"))
                    && rest.get(1).is_some_and(|t| t.is(Class::CAP))));
        // (`…, the charity claimed, adding that …`: a reporting participle
        // after the attribution opens a report of its own)
        let participle = rest.first().is_some_and(|t| is_comma(text, t))
            && rest.get(1).is_some_and(|t| {
                t.word && t.is(Class::CUE) && !t.is(Class::CAP) && ends_ci(t.text(text), "ing")
            });
        let ends = !rest.iter().any(|t| t.word)
            || participle
            || f.rule == RuleId::AccordingTo
            || inverted_ends
            || adjunct_to_end(text, rest)
            || time_to_end(text, rest)
            || addressee()
            || tail_ends(text, rest, takes_addressee);
        // `This is all the more true, the same sources said, because …`:
        // the reported clause goes on after a mid-sentence attribution
        // (`The solution, the partner told them, was simple`: an addressee
        // pronoun may stand before the comma)
        let addressed = usize::from(
            rest.first()
                .is_some_and(|t| is_any(t.text(text), ADDRESSEES)),
        );
        let rest = &rest[addressed..];
        // (`The bridge, said Jones, will reopen …`, `The bridge, according
        // to a report, was …`: after an inverted cue or `according to`, a
        // predicate that opens with its verb goes on, not an apposition)
        // (a capitalised cue is a name's word: `Jo Bell, State
        // Department director, informed …`)
        let verb_at = |i: usize| {
            rest.get(i).is_some_and(|t| {
                t.word && shows_verb(text, t) && !is_any(t.text(text), TRAILING_ADJUNCTS)
            })
        };
        let inverted_or_source = matches!(f.rule, RuleId::CueAfterInverted | RuleId::AccordingTo)
            && f.cue.slice(text).starts_with(char::is_lowercase)
            && rest.first().is_some_and(|t| t.text(text) == ",");
        // (or past an apposition on the speaker, a short phrase with no
        // verb closed by a comma: `The trouble, according to Dan Ross, a
        // former envoy, was a decision …`)
        let opens = if !inverted_or_source {
            None
        } else if verb_at(1) {
            Some(1)
        } else {
            (2..rest.len().min(APPOSITION_REACH))
                .find(|&c| is_comma(text, &rest[c]))
                .filter(|&c| {
                    verb_at(c + 1)
                        && rest[1..c].iter().all(|t| !(t.word && shows_verb(text, t)))
                        && !quotes_in(text, &rest[1..c])
                })
                .map(|c| c + 1)
        };
        let predicate = opens.is_some() && !quotes_in(text, rest);
        let ends = ends && !predicate;
        // (`… ago after, according to him, the mill closed`: a
        // subordinator before `according to` opens the clause after it)
        let subordinate = f.rule == RuleId::AccordingTo
            && is_any(toks[comma - 1].text(text), SUBORDINATORS)
            && rest.first().is_some_and(|t| t.text(text) == ",");
        let mid = predicate
            || subordinate
            || (!ends
            && f.rule == RuleId::CueAfter
            && rest.first().is_some_and(|t| t.text(text) == ",")
            // (a short rest that opens with its verb is the predicate of
            // the subject before: `The mayor, aides said, was furious.`)
            && (rest.iter().filter(|t| t.word).count() >= MIN_WORDS
                || rest.get(1).is_some_and(|t| is_any(t.text(text), RELATIVE_VERBS)))
            // (`…, he said, “…”`: the attribution of a quotation)
            && !quotes_in(text, rest));
        // a loose reading (`…, sought to capitalize on his rival`) is no
        // attribution: the speaker must be a person, body or group; nor is
        // a possessor's noun (`Indeed, Ivanov’s comments, which came …`),
        // which names a speaker as a subject, not after a clause
        let possessed = tail
            .iter()
            .rposition(|t| t.span().end <= f.cue.start)
            .is_some_and(|k| super::phrase::possessive_len(tail[k].text(text)) > 0);
        // (or, after a plain verb of saying, any short noun phrase that a
        // determiner opens, `…, his brother said`, which `in_sentence`
        // checks)
        let known = (f.phrase.kind != super::SpeakerKind::Unknown
            || (f.rule == RuleId::AccordingTo && names_a_source(text, &f))
            || (f.rule == RuleId::CueAfter
                && toks
                    .get(toks.partition_point(|t| t.span().start < f.phrase.span.start))
                    .is_some_and(|t| t.is(Class::DETERMINER))))
            && !possessed;
        let more = if mid {
            clause(
                text,
                toks,
                comma + f.end_tok + addressed + if predicate { opens.unwrap_or(1) } else { 1 },
            )
        } else {
            None
        };
        // (an early comma reads only an attribution inside the clause,
        // and only before a clause: `the mayor warned, in a speech, that
        // …` and `the minister announced, to applause, a new plan` hold a
        // verb's object)
        let more = more.filter(|_| {
            !early
                || rest.get(1).is_some_and(|t| {
                    t.word && !is_any(t.text(text), PREPOSITIONS) && !is_word(t.text(text), "that")
                })
        });
        ((ends && !early || more.is_some()) && known).then_some((comma, f, more))
    })?;
    // a quotation's attribution, handled there (`“We will win,” she said.`);
    // a clause that only holds a quoted phrase is a claim (`The public was
    // turned off by “the battle of words”, she added.`)
    // (and marks that do not pair up inside the clause are a quotation
    // that opened before it: `… kill them,” Hewitt said`)
    let marks = (0..comma).filter(|&k| quote_at(text, toks, k)).count();
    if marks % 2 == 1
        || toks
            .first()
            .is_some_and(|t| cues::is_quote_mark(t.text(text)))
        || (comma - 1..toks.len().min(comma + 2)).any(|k| quote_at(text, toks, k))
    {
        return None;
    }
    // a subject and its apposition or relative clause, not a clause: the
    // verb after the comma is their predicate (`Ana Park, who called the
    // mayor, told her supporters …`, `Ivo Renner, an analyst at the
    // bank, recalled calls with Roe`)
    // (unless the clause goes on after the attribution: `After the war,
    // the election, we might recall, was a rout`)
    if more.is_none() && subject_only(text, &toks[..comma]) {
        return None;
    }
    // a clause, not a phrase (`In a speech last July, Perry said`): a
    // short one shows its finite verb (`The bridge was unsafe, the agency
    // said`) and opens no subordinate clause (`As it was, he said, …`)
    let short_clause = || {
        comma >= 3
            // (or a past: `Ada Brandt gave her blessing, according to
            // court papers`)
            && (finite_within(text, &toks[..comma]) || past_in(text, &toks[..comma], comma))
            && !is_any(toks[0].text(text), SUBORDINATORS)
    };
    // (an interrupted claim may open with a phrase: `Even so, she said,
    // the schools would stay open` is one claim of two fragments)
    if comma < 6 && more.is_none() && !short_clause() {
        return None;
    }
    // the clause opens after the last break before it: a line break (a
    // headline over its first line), a dash, a colon or a semicolon
    // (`She praised the staff — all of whom, she said, had worked …`)
    let from = clause_break_before(text, &toks[..comma], more.is_some())
        .filter(|&k| toks[k..comma].iter().filter(|t| t.word).count() >= 2 || more.is_some())
        // (past the conjunction that joins the clause to the writer's:
        // `… that night - and the permit, aides said, was late`)
        .map(|k| {
            k + usize::from(
                k + 2 < comma
                    && k > 0
                    && !matches!(toks[k - 1].text(text), ";" | ":")
                    && is_any(toks[k].text(text), &["and", "but"]),
            )
        })
        .unwrap_or(0);
    // (`And yet, aides say, Syria remains a priority`: connectives alone
    // are no part of the report)
    // (`He left years ago after, according to him, the mill closed`,
    // `… the days when, he said, protesters were …`: a subordinator before
    // the attribution opens the clause it reports, the main clause before
    // it is the writer's; a clause with its verb, not `after, according
    // to X, a collision`)
    let subordinate = is_any(toks[comma - 1].text(text), SUBORDINATORS);
    if subordinate && !more.is_some_and(|m| holds_verb(text, toks, m)) {
        return None;
    }
    let bare = subordinate
        || toks[from..comma]
            .iter()
            .all(|t| !t.word || is_any(t.text(text), LEADING_CONNECTIVES));
    if let (true, Some(m)) = (bare, more) {
        return Some(Claim {
            more: None,
            content: m,
            found: f,
        });
    }
    Some(Claim {
        more,
        content: Span::new(toks[from].span().start, toks[comma - 1].span().end),
        found: f,
    })
}

/// Whether token `j` is a quotation mark: not the apostrophe of a
/// plural's possessive (`the farmers’ union`, `his supporters' fury`), a
/// mark on a word in -s with a space or a stop after it and no single
/// opening mark in the words before (which would make it a closing one:
/// `‘… the buses’`).
fn quote_at(text: &str, toks: &[Tok], j: usize) -> bool {
    let t = &toks[j];
    if t.word {
        return false;
    }
    let x = t.text(text);
    if !cues::is_quote_mark(x) {
        return false;
    }
    if !matches!(x, "'" | "’")
        || j == 0
        || toks[j - 1].span().end != t.span().start
        || !toks[j - 1].text(text).ends_with(['s', 'S'])
        || text[t.span().end..]
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric())
    {
        return true;
    }
    // (an opening single mark stands before a word, after a space or at
    // the start; looked for in the last words only, so the test stays
    // cheap whatever the sentence)
    let opens = toks[j.saturating_sub(POSSESSIVE_REACH)..j].iter().any(|o| {
        matches!(o.text(text), "'" | "‘")
            && text[..o.span().start]
                .chars()
                .next_back()
                .is_none_or(char::is_whitespace)
    });
    opens
}

/// Words before a possessive's apostrophe searched for a single opening
/// mark it might close.
const POSSESSIVE_REACH: usize = 40;

/// Whether `toks` hold a quotation mark (see [`quote_at`]).
fn quotes_in(text: &str, toks: &[Tok]) -> bool {
    (0..toks.len()).any(|j| quote_at(text, toks, j))
}

/// The token after the last break in `toks`: a line break (a headline
/// over its first line), a dash, a colon or a semicolon. A pair of dashes
/// sets off an aside inside the clause (`led by 1,500 votes — or 0.2
/// points — in early returns`), no break: the search goes on before it.
fn clause_break_before(text: &str, toks: &[Tok], hyphens: bool) -> Option<usize> {
    // (a hyphen set off by spaces is a dash in copy typed without one,
    // read so only before an interrupted clause: `… for the night - and
    // the permit, aides said, was late`; before a closing attribution it
    // sets off a figure as often: `… - 13.3 million to be exact,
    // according to …`)
    // (nor after a dateline, words in capitals and an agency in
    // brackets: `MADRID (Reuters) - The …`)
    // (the dateline's extent found once: the first word in lower case
    // outside brackets ends it)
    let mut bracket = false;
    let dateline_end = toks
        .iter()
        .position(|t| {
            let x = t.text(text);
            bracket = (bracket || x == "(") && x != ")";
            !bracket && x != ")" && t.word && x.contains(char::is_lowercase)
        })
        .unwrap_or(toks.len());
    // (nor between figures: `a 10 - 2 vote`, `300 - 400 metres`)
    let figures = |k: usize| {
        k > 0
            && toks[k - 1]
                .text(text)
                .ends_with(|c: char| c.is_ascii_digit())
            && toks
                .get(k + 1)
                .is_some_and(|t| t.text(text).starts_with(|c: char| c.is_ascii_digit()))
    };
    let dash = |k: usize| {
        matches!(toks[k].text(text), "—" | "–" | "--")
            || (hyphens
                && toks[k].text(text) == "-"
                && text[..toks[k].span().start].ends_with(' ')
                && text[toks[k].span().end..].starts_with(' ')
                && k > dateline_end
                && !figures(k))
    };
    let mut k = toks.len();
    while k > 1 {
        k -= 1;
        let line = text[toks[k - 1].span().end..toks[k].span().start].contains('\n');
        if line || matches!(toks[k - 1].text(text), ";" | ":") {
            return Some(k);
        }
        if dash(k - 1) {
            // (the opening dash of a pair, with no other break between)
            let open = (0..k - 1)
                .rev()
                .find(|&d| dash(d) || matches!(toks[d].text(text), ";" | ":"));
            match open {
                Some(d) if dash(d) => k = d + 1,
                _ => return Some(k),
            }
        }
    }
    None
}

/// Most words of a name or noun phrase before its apposition.
const APPOSED_WORDS: usize = 5;

/// Whether `toks` (the words before an attribution's comma) are only a
/// subject with an apposition or relative clause after its comma: a short
/// phrase with no verb, a comma, then `who`/`which`/`whose` (a relative
/// clause: whatever verb follows is its own), or a determiner, preposition
/// or adverb opening words with no verb at all.
fn subject_only(text: &str, toks: &[Tok]) -> bool {
    let Some(c) = toks.iter().position(|t| is_comma(text, t)) else {
        return false;
    };
    // (a compound in -ed is an adjective, `a Denver-based firm`; not a
    // verb with a prefix, `re-elected`)
    let verb = |t: &Tok| {
        let x = t.text(text);
        let compound = x.split_once('-').is_some_and(|(head, _)| {
            !is_any(
                head,
                &[
                    "re", "co", "pre", "un", "de", "mis", "over", "under", "out", "non",
                ],
            )
        });
        t.word && (shows_verb(text, t) || is_any(x, IRREGULAR_PASTS)) && !compound
    };
    let head = &toks[..c];
    let words = head.iter().filter(|t| t.word).count();
    if words == 0
        || words > APPOSED_WORDS
        || head.iter().any(verb)
        || !head
            .first()
            .is_some_and(|t| t.is(Class::CAP.with(Class::DETERMINER)))
    {
        return false;
    }
    let Some(next) = toks.get(c + 1) else {
        return false;
    };
    // (the apposition runs to the attribution: a second comma closes it
    // before a predicate, `The trust, which owns the pier, is bankrupt`)
    let rest = &toks[c + 1..];
    if rest.iter().any(|t| is_comma(text, t)) {
        return false;
    }
    let x = next.text(text);
    is_any(x, &["who", "which", "whose"])
        || ((next.is(Class::DETERMINER)
            || is_any(x, PREPOSITIONS)
            || ends_ci(x, "ly")
            || is_word(x, "only"))
            && !rest.iter().any(verb))
}

/// `SUBJECT VERB …, saying (that) CLAUSE`: a reporting participle after a
/// comma reports for the subject that opens the sentence (`She opposed the
/// bill, saying it would cost jobs`; `The minister spoke for an hour,
/// adding that the deal was off`). The clause after it opens with `that`
/// or reaches its finite verb within a few words (`saying a few words` is
/// no report), and the subject is a phrase of a known kind directly
/// followed by its verb. (Asked last: a reporting verb of the sentence's
/// own, `said A, adding B`, gives its claim first.)
fn participle_after_clause(text: &str, toks: &[Tok], w: &Words) -> Option<Claim> {
    // (the participle first: most sentences have none, and the subject
    // is read only for those that do)
    // (a participle after `and` goes on from one after a comma: `…,
    // welcoming the plan and saying that …`)
    let ing = |t: &Tok| t.word && crate::tokens::ends_ci(t.text(text), "ing");
    // (a reporting participle at all, on its lemma first: most sentences
    // that reach this reading have none)
    if !toks.iter().any(|t| t.lemma != 0 && ing(t)) {
        return None;
    }
    // (or after `by`: `She answered him by saying …`)
    let k = (2..toks.len()).find(|&k| {
        // (`by` in lower case: a headline's `By Saying` is read as its
        // title-case words are)
        // (or a dash: `defended the plan — saying the gains …`)
        let before = &toks[k - 1];
        (is_comma(text, before)
            || (!before.word && matches!(before.text(text), "—" | "–" | "--"))
            || (before.span().len() == 2 && before.text(text) == "by"))
            && ing(&toks[k])
    })?;
    let reports = |i: usize| {
        toks[i].lemma != 0 && ing(&toks[i]) && (i == k || is_word(toks[i - 1].text(text), "and"))
    };
    let first = (k..toks.len()).find(|&i| reports(i))?;
    // (the subject after a connective or an opener: `But the council
    // delayed the vote, saying …`, `On Friday, the mayor …, saying …`)
    let (phrase, mut e) = cues::subject_at_start(text, &toks[..k], w)?;
    // (past a short parenthesis on the name: `Sen. Tom Rusk (D-Ore.)
    // defended the plan, saying …`)
    if toks.get(e).is_some_and(|t| t.text(text) == "(") {
        if let Some(c) = (e + 1..k.min(e + 8)).find(|&c| toks[c].text(text) == ")") {
            e = c + 1;
        }
    }
    // (past an apposition or relative clause on the subject to its verb:
    // `Sen. Ann Lee, who faces a hard race, dropped her support, saying …`)
    if toks.get(e).is_some_and(|t| is_comma(text, t)) {
        // (not past a second clause: `The firm, which makes boats, grew,
        // and the owner … retired, saying …`)
        if toks[e..k]
            .windows(2)
            .any(|p| is_comma(text, &p[0]) && is_any(p[1].text(text), &["and", "but"]))
        {
            return None;
        }
        e = (e + 2..k.saturating_sub(2)).find(|&c| {
            is_comma(text, &toks[c])
                && toks.get(c + 1).is_some_and(|v| {
                    v.word
                        && !v.is(Class::CAP)
                        && (shows_verb(text, v) || is_any(v.text(text), IRREGULAR_PASTS))
                })
        })? + 1;
    }
    if phrase.kind == super::SpeakerKind::Unknown
        || e + 2 > k
        || !toks.get(e).is_some_and(|t| t.word)
    {
        return None;
    }
    participle_report(text, toks, first, phrase.clone(), w).or_else(|| {
        let next = (first + 2..toks.len()).find(|&i| reports(i) && i != k)?;
        participle_report(text, toks, next, phrase, w)
    })
}

/// Subordinators that open a sentence with a reporting participle whose
/// subject is the main clause's (`After saying the pier was safe, the mayor
/// …`).
const FRONTED_PARTICIPLE_OPENERS: &[&str] = &["after", "while", "despite", "before", "since"];

/// `After saying the pier was safe, the mayor closed it`, `Despite
/// insisting he wants a deal, the chief executive …`: a reporting
/// participle in a phrase that opens the sentence reports for the subject
/// of the main clause after its comma (a phrase of a known kind, then a
/// word in lower case that is no reporting verb). The clause runs to that
/// comma.
/// A claim of its own beside the main clause's (`Despite insisting he
/// wants a deal, the chief executive suggested he may pull out` reports
/// twice), found as `asked` finds a question.
pub fn fronted_participle(text: &str, toks: &[Tok], w: &Words) -> Option<Claim> {
    // (cheap first: the participle's class bit, then its ending, then the
    // opener before it; this is asked of every sentence)
    let k = 1;
    let p = toks.get(k)?;
    if !p.is(Class::CUE) || p.lemma == 0 || !ends_ci(p.text(text), "ing") {
        return None;
    }
    if !toks[0].word || !is_any(toks[0].text(text), FRONTED_PARTICIPLE_OPENERS) {
        return None;
    }
    let comma = (k + 2..toks.len()).find(|&c| is_comma(text, &toks[c]))?;
    let (phrase, e) = cues::subject_at_start(text, &toks[comma + 1..], w)?;
    let verb = toks.get(comma + 1 + e)?;
    // (a main clause that itself reports leaves the participle to someone
    // it reports on as often: `Despite insisting he wants a deal, the
    // paper suggested he may pull out`)
    if phrase.kind == super::SpeakerKind::Unknown
        || !verb.word
        || verb.is(Class::CAP.with(Class::CUE))
    {
        return None;
    }
    participle_report(text, &toks[..comma], k, phrase, w)
        .filter(|c| has_words(c.content.slice(text)))
}

/// The report of the reporting participle at token `k` (after a comma),
/// spoken by `phrase`: `saying (that) CLAUSE`, `pointing out that …`,
/// `telling reporters (that) …`.
fn participle_report(
    text: &str,
    toks: &[Tok],
    k: usize,
    phrase: super::phrase::Phrase,
    w: &Words,
) -> Option<Claim> {
    let uses = w.lemma_use(toks[k].lemma);
    let mut j = k + 1;
    let mut cue = toks[k].span();
    // `pointing out that`: the particle the verb reports with is the cue's
    if let Some(p) = uses.and_then(|u| u.particle.as_deref()) {
        if !toks.get(j).is_some_and(|t| is_word(t.text(text), p)) {
            return None;
        }
        cue = Span::new(cue.start, toks[j].span().end);
        j += 1;
    }
    let that = |i: usize| toks.get(i).is_some_and(|t| is_word(t.text(text), "that"));
    // (a verb that takes no bare clause reports one only after `that`:
    // `continuing a pattern of high turnout that has …` is its object)
    if !that(j) && !uses.is_some_and(|u| u.bare || u.finite || u.addressee) {
        return None;
    }
    // `telling reporters in May that`: past the addressee, to its `that`
    // (or, with none, to the clause after it: `telling supporters the
    // stakes are too high`)
    let addressee = uses.is_some_and(|u| u.addressee) && !that(j);
    let that_after = addressee
        .then(|| (j..toks.len().min(j + 6)).find(|&i| that(i)))
        .flatten();
    if let Some(i) = that_after {
        j = i;
    } else if addressee {
        // (a determiner alone is none: `telling the story of …`)
        j = super::phrase::after(text, toks, j, w)
            .map(|(_, e)| e)
            .or_else(|| {
                toks.get(j)
                    .filter(|t| t.word && !t.is(Class::DETERMINER))
                    .map(|_| j + 1)
            })
            .filter(|&e| e > j && e < toks.len())?;
    }
    // a clause opens with its subject: a word that is no function word,
    // or a pronoun or determiner (`laughing like he was a kid` reports
    // nothing)
    let opens_clause = |t: &Tok| {
        t.word
            && (!t.is(Class::FUNCTION) || t.is(Class::PRONOUN.with(Class::DETERMINER)))
            && !is_any(t.text(text), PREPOSITIONS)
            && !is_any(t.text(text), SUBORDINATORS)
    };
    // (a clause shows its verb: an auxiliary or modal within a few words,
    // a subject pronoun and its verb, `saying it protects …`, a bare noun
    // phrase and its verb, `saying the raise falls short`)
    // (up to a second participle: `praising the crew and saying that the
    // ferry would …` shows no clause of `praising`)
    let stop = (j + 1..toks.len())
        .find(|&i| {
            is_word(toks[i - 1].text(text), "and")
                && toks[i].lemma != 0
                && ends_ci(toks[i].text(text), "ing")
        })
        .map_or(toks.len(), |i| i - 1);
    let says = w
        .lemma_name(toks[k].lemma)
        .is_some_and(|l| is_any(l, CLAUSE_VERBS));
    let from = if that(j) {
        j + 1
    } else if toks.get(j).is_some_and(opens_clause)
        && participle_clause(text, &toks[j..stop.max(j + 1)], says)
    {
        j
    } else {
        return None;
    };
    reported_from(
        text,
        toks,
        from,
        Found {
            cue,
            phrase,
            rule: RuleId::CueParticiple,
            end_tok: j,
        },
        w,
    )
}

/// Whether `rest`, right after a reporting participle, opens a clause
/// that shows its verb: an auxiliary or modal within a few words, a
/// subject pronoun and its verb (`saying it protects …`), a bare noun
/// phrase and its verb (`saying the raise falls short`), a determiner's
/// phrase and its verb (`saying a new levy would pass`); after a verb of
/// saying, a present with no auxiliary (`saying farmers need help`).
fn participle_clause(text: &str, rest: &[Tok], says: bool) -> bool {
    finite_within(text, rest)
        || (is_any(rest[0].text(text), PRONOUN_SUBJECTS) || contracted(rest[0].text(text)))
            && rest
                .get(1)
                .is_some_and(|t| t.word && !t.is(Class::FUNCTION))
        || bare_clause(text, rest)
        || rest[0].is(Class::DETERMINER)
            && (finite_in(text, rest, OBJECT_REACH) || past_in(text, rest, OBJECT_REACH))
        || says && (present_clause(text, rest) || singular_present(text, rest))
}

/// Most words between `with` and its participle (`with nearly 30 percent
/// of likely voters saying`).
const WITH_SUBJECT_WORDS: usize = 8;

/// `…, with the union saying many staff will strike`, `…, with 30 percent
/// of voters saying they would pay more`: after a comma, `with`, a speaker
/// phrase and a reporting participle, whose own subject the phrase is;
/// then `that` or a clause that shows its verb.
fn with_saying(text: &str, toks: &[Tok], w: &Words) -> Option<Claim> {
    let k = (1..toks.len()).find(|&k| {
        // (or a dash: `… for the job - with half saying …`)
        toks[k].span().len() == 4
            && is_word(toks[k].text(text), "with")
            && (is_comma(text, &toks[k - 1]) || matches!(toks[k - 1].text(text), "-" | "—" | "–"))
    })?;
    // (or, read back from the participle, a count or share: `with 30
    // percent of voters saying`, which the forward reader leaves)
    let (phrase, e) = super::phrase::after(text, toks, k + 1, w)
        .filter(|(p, _)| p.kind != super::SpeakerKind::Unknown)
        .or_else(|| {
            let v = (k + 2..toks.len().min(k + 2 + WITH_SUBJECT_WORDS)).find(|&v| {
                let t = &toks[v];
                !t.word || (t.is(Class::CUE) && ends_ci(t.text(text), "ing"))
            })?;
            let p = super::phrase::before(text, toks, v, w)?;
            (p.span.start == toks[k + 1].span().start).then_some((p, v))
        })?;
    let v = toks.get(e)?;
    if phrase.kind == super::SpeakerKind::Unknown
        || phrase.pronoun
        || v.lemma == 0
        || !ends_ci(v.text(text), "ing")
        || w.lemma_use(v.lemma).is_some_and(|u| u.particle.is_some())
    {
        return None;
    }
    let says = w
        .lemma_name(v.lemma)
        .is_some_and(|l| is_any(l, CLAUSE_VERBS));
    let from = if toks
        .get(e + 1)
        .is_some_and(|t| is_word(t.text(text), "that"))
    {
        e + 2
    } else if toks.get(e + 1).is_some_and(|t| t.word)
        && participle_clause(text, &toks[e + 1..], says)
    {
        e + 1
    } else {
        return None;
    };
    reported_from(
        text,
        toks,
        from,
        Found {
            cue: v.span(),
            phrase,
            rule: RuleId::CueBefore,
            end_tok: e + 1,
        },
        w,
    )
}

/// The claim of `found` whose clause opens at token `from` and runs to
/// the sentence end or a second report.
fn reported_from(text: &str, toks: &[Tok], from: usize, found: Found, w: &Words) -> Option<Claim> {
    Some(Claim {
        content: clause(text, toks, from).map(|c| before_second_report(text, toks, c, w))?,
        more: None,
        found,
    })
}

/// Whether `rest`, after an attribution that follows its clause, is only
/// an adjunct of the attribution running to the sentence end: `…, the firm
/// said in a statement.`, `…, she told a committee on Monday.`, `…, the
/// agency said, without giving details.` A preposition (or `without`)
/// opens it, a few words at most, no other reporting verb and no second
/// clause in it. (Four words at most: `opined on the state of the world`
/// is the verb's topic, not an adjunct, and the clause before it no
/// report.)
fn adjunct_to_end(text: &str, rest: &[Tok]) -> bool {
    let Some(first) = rest.iter().position(|t| t.word) else {
        return false;
    };
    // (a reporting word after a determiner is a noun: `in a statement`)
    let other_cue = (first + 1..rest.len())
        .any(|k| rest[k].is(Class::CUE) && !rest[k - 1].is(Class::DETERMINER));
    is_any(rest[first].text(text), ADJUNCT_OPENERS)
        && rest.iter().filter(|t| t.word).count() <= adjunct_reach(text, &rest[first])
        && !other_cue
        && !rest
            .iter()
            .any(|t| matches!(t.text(text), ";" | ":") || cues::is_quote_mark(t.text(text)))
}

/// Most words of the phrases of place, time and occasion after an
/// attribution that follows its clause (`at a news conference in the
/// harbour hall on Monday`).
const TAIL_WORDS: usize = 12;

/// Whether `rest`, after an attribution that follows its clause, ends it:
/// an addressee (of a verb that takes one), then phrases that say where,
/// when or how (each run opened by a preposition of [`ADJUNCT_OPENERS`] or
/// a word of time), up to the sentence end or to an aside of the writer's
/// after a dash or after a comma and a relative pronoun (`…, the mayor
/// told reporters at a news conference on Monday.`, `…, the agency
/// reported on Tuesday — a blow to commuters.`, `…, she said in an
/// interview with the paper, which first reported the loss.`).
fn tail_ends(text: &str, rest: &[Tok], takes_addressee: bool) -> bool {
    let opener = |t: &Tok| {
        is_any(t.text(text), ADJUNCT_OPENERS)
            || is_any(t.text(text), TIME_OPENERS)
            || super::phrase::is_day(text, t)
    };
    let mut i = 0;
    // (the addressee: a phrase a determiner, a capital or a word of
    // [`ADDRESSEES`] opens, with no verb in it: `reporters`, `the court`)
    if takes_addressee
        && rest.first().is_some_and(|t| {
            t.word && (t.is(Class::DETERMINER.with(Class::CAP)) || is_any(t.text(text), ADDRESSEES))
        })
    {
        while i < rest.len().min(4)
            && rest[i].word
            && !opener(&rest[i])
            && !rest[i].is(Class::CUE)
            && !shows_verb(text, &rest[i])
            && !is_any(rest[i].text(text), &["to", "that"])
        {
            i += 1;
        }
    }
    // the phrases, each opened by a preposition or a word of time and
    // short (`at a news conference | in the harbour hall | on Monday`),
    // with no verb or reporting word in them (`on the state of the
    // world` is the verb's topic, `at least six planes filled …` a
    // clause)
    let mut words = 0;
    while rest.get(i).is_some_and(|t| t.word && opener(t)) {
        let from = i;
        i += 1;
        while rest.get(i).is_some_and(|t| t.word && !opener(t)) {
            let t = &rest[i];
            let noun = rest[i - 1].is(Class::DETERMINER);
            if (t.is(Class::CUE) && !noun)
                || (shows_verb(text, t) && !noun && !t.is(Class::CAP))
                || (i == from + 1 && is_any(t.text(text), &["least", "most", "odds", "risk"]))
                || (is_word(rest[i - 1].text(text), "to")
                    && !t.is(Class::DETERMINER.with(Class::CAP)))
            {
                return false;
            }
            i += 1;
        }
        words += i - from;
        if i - from > adjunct_reach(text, &rest[from]) || words > TAIL_WORDS {
            return false;
        }
    }
    let Some(t) = rest.get(i) else {
        return true;
    };
    let aside = || !rest[i..].iter().any(|t| cues::is_quote_mark(t.text(text)));
    // (`--` may come as two hyphens)
    let double_hyphen = || rest.get(i + 1).is_some_and(|n| n.text(text) == "-");
    match t.text(text) {
        "." | "!" | "?" => rest[i + 1..].iter().all(|t| !t.word),
        "—" | "--" | "–" => aside(),
        "-" => double_hyphen() && aside(),
        "," => {
            rest.get(i + 1)
                .is_some_and(|n| is_any(n.text(text), &["which", "who", "where"]))
                && aside()
        }
        _ => false,
    }
}

/// Most words of a phrase of place, time or occasion opened by `opener`
/// after an attribution: a place or an occasion may run longer than a
/// topic could hide in (`at a rally in Ohio on Friday`; `on the state of
/// the world` is the verb's topic).
fn adjunct_reach(text: &str, opener: &Tok) -> usize {
    if is_any(opener.text(text), &["at", "during"]) {
        8
    } else {
        4
    }
}

/// Whether `rest`, after an attribution that follows its clause, only says
/// when, to the sentence end: `…, she said Tuesday.`, `…, he said last
/// week.`, `…, she said Dec. 6.` (three words at most, opening with a day,
/// a month or a word of relative time).
fn time_to_end(text: &str, rest: &[Tok]) -> bool {
    let Some(first) = rest.iter().find(|t| t.word) else {
        return false;
    };
    let opens = super::phrase::is_day(text, first)
        || is_any(first.text(text), TIME_OPENERS)
        || crate::lexicon::MONTHS.iter().any(|m| {
            is_word(first.text(text), m) || is_word(first.text(text).trim_end_matches('.'), &m[..3])
        });
    opens
        && rest.iter().filter(|t| t.word).count() <= 3
        && rest
            .iter()
            .all(|t| t.word || matches!(t.text(text), "." | "!" | "?"))
}

/// Words that open, after a comma, the writer's own addition to a reported
/// clause rather than more of it.
const TRAILING_ADJUNCTS: &[&str] = &[
    "compared",
    "where",
    "whereas",
    "unlike",
    "which",
    "who",
    "however",
    "according",
];

/// A reported clause ends where a contrast opens another report with its
/// own reporting verb (the clause after it belongs to someone else), or
/// where the writer adds to it after a comma ([`TRAILING_ADJUNCTS`]).
fn before_second_report(text: &str, toks: &[Tok], content: Span, w: &Words) -> Span {
    // (the clause's tokens by binary search: this is asked of every claim)
    let first = toks.partition_point(|t| t.span().start < content.start);
    if toks.get(first).is_none_or(|t| t.span().end > content.end) {
        return content;
    }
    let last = toks
        .partition_point(|t| t.span().end <= content.end)
        .saturating_sub(1)
        .max(first);
    // (a second report needs a reporting verb after the clause's start:
    // most clauses hold none, and are spared the test at every comma)
    let later_cue = toks[first..=last]
        .iter()
        .skip(3)
        .any(|t| t.word && t.is(Class::CUE));
    // what the clause holds before token `k`, kept as `k` moves (asking
    // it again at every cut would read a long clause once per comma):
    // whether it has its verb yet (read on only when a cut is in question:
    // most clauses have none), and how many quotation marks
    let mut verb = VerbScan {
        next: first + 1,
        found: false,
    };
    let mut marks = 0usize;
    // (a clause that opens with a subordinate clause has its main verb
    // only after the comma that closes it: `said that, even if they liked
    // it, a recount could not be done`)
    let fronted = {
        let x = toks[first].text(text);
        (is_any(x, SUBORDINATORS)
            && !is_word(x, "whether")
            // (`as many as 40`, `as of May`: no clause)
            && !(is_word(x, "as")
                && toks.get(first + 1).is_some_and(|t| {
                    is_any(t.text(text), &["many", "much", "of", "well", "long", "soon", "far", "few", "little"])
                })))
            || (is_word(x, "even")
                && toks
                    .get(first + 1)
                    .is_some_and(|t| is_any(t.text(text), SUBORDINATORS)))
    };
    let mut subordinate_open = fronted;
    for k in first + 1..last {
        // (the comma that closes the subordinate clause closes no report)
        let closes_subordinate = subordinate_open && is_comma(text, &toks[k]);
        subordinate_open &= !closes_subordinate;
        let before = &toks[k - 1];
        // (quotation marks are no words)
        marks += usize::from(!before.word && cues::is_quote_mark(before.text(text)));
        // `…, despite reports to the contrary`, `…, where he trailed`,
        // `…, compared with 41 percent`: a comment of the writer's closes
        // the reported clause
        // (once the clause has its verb: `said the festival, which opens
        // on Thursday, will …` is one clause; and never inside a
        // quotation the clause holds)
        // (a semicolon or a dash joins a clause of the writer's own: `said
        // he was “encouraged” by the plan — a modest boost for …`)
        // (and a colon before a quotation: `asserted that France had lost
        // its identity: “France is no longer France”`)
        // (a hyphen set as a dash breaks only before what plainly is no
        // part of the clause: a quotation, a reporting participle, `but
        // she also …`; it joins words as often: `a 10 - 2 vote`)
        let hyphen_aside = toks[k].span().len() == 1
            && text.as_bytes()[toks[k].span().start] == b'-'
            && toks.get(k + 1).is_some_and(|n| {
                let x = n.text(text);
                cues::is_quote_mark(x)
                    || (n.is(Class::CUE) && ends_ci(x, "ing"))
                    // (a clause of the writer's, its subject a pronoun:
                    // `said he would stay - he is planning to …`)
                    // (not before the clause has its main verb: `noted
                    // that although … - he wrote …, …`)
                    || (n.is(Class::PRONOUN)
                        && !is_any(toks[first].text(text), SUBORDINATORS)
                        && is_any(x, PRONOUN_SUBJECTS)
                        && toks.get(k + 2).is_some_and(|v| v.word && !v.is(Class::FUNCTION)))
                    || (is_word(x, "but")
                        && toks.get(k + 2).is_some_and(|p| p.is(Class::PRONOUN))
                        && toks
                            .get(k + 3)
                            .is_some_and(|a| is_word(a.text(text), "also")))
            });
        // (marks only: a word is never one)
        let breaks = !toks[k].word
            && (hyphen_aside
                || matches!(toks[k].text(text), ";" | "—" | "--" | "–")
                || (toks[k].text(text) == ":"
                    && toks
                        .get(k + 1)
                        .is_some_and(|t| cues::is_quote_mark(t.text(text)))));
        if k > first + 2
            && (breaks
                || (is_comma(text, &toks[k]) && is_any(toks[k + 1].text(text), TRAILING_ADJUNCTS))
                // (`…, when asked whether …`: the question put, a record of
                // its own)
                || (is_comma(text, &toks[k])
                    && is_word(toks[k + 1].text(text), "when")
                    && toks.get(k + 2).is_some_and(|t| t.text(text) == "asked"))
                // (`…, a mass layoff rivaling …`: the writer names what
                // the clause said, after its verb)
                || (is_comma(text, &toks[k])
                    && is_any(toks[k + 1].text(text), &["a", "an"])
                    && k + 1 < last))
            && !closes_subordinate
            && verb.before(text, toks, k)
            && marks % 2 == 0
        {
            return Span::new(content.start, toks[k - 1].span().end);
        }
        // `…, adding such changes should …`, `… but he said the UK had to
        // …`: a reporting participle after a comma, or a pronoun and its
        // reporting verb after a conjunction, opens a second report
        // (or a finite one after a whole clause: `Roe, who said the
        // bridge was safe, said he …` goes back to the main clause)
        let participle = is_comma(text, &toks[k])
            && toks[k + 1].word
            && toks[k + 1].is(Class::CUE)
            && !toks[k + 1].is(Class::CAP)
            && (ends_ci(toks[k + 1].text(text), "ing")
                || (marks % 2 == 0
                    && verb.before(text, toks, k)
                    && k + 2 <= last
                    && cues::cue_at(text, toks, k + 1, w)
                    // (a plural noun, `…, claims of sabotage were false`)
                    && !toks[k + 2].is(Class::AUX)
                    && !is_word(toks[k + 2].text(text), "of")));
        let pronoun_reports = k + 2 <= last
            && is_any(toks[k].text(text), &["and", "but"])
            && toks[k + 1].is(Class::PRONOUN)
            && toks[k + 2].word
            && toks[k + 2].is(Class::CUE)
            && !ends_ci(toks[k + 2].text(text), "ing");
        if k > first + 2 && (participle || pronoun_reports) {
            let end = if is_comma(text, &toks[k - 1]) {
                k - 1
            } else {
                k
            };
            return Span::new(content.start, toks[end - 1].span().end);
        }
        // `… would rise, and predicted that …`: the same subject reports
        // again (a claim of its own, see `coordinated_report`)
        // (cheap first: a comma, `and` or `but`)
        let joins = is_comma(text, &toks[k]) || toks[k].span().len() == 3;
        if joins && k > first + 2 && second_cue_at(text, toks, k).is_some() {
            return Span::new(content.start, toks[k - 1].span().end);
        }
        // `One in three said X and one in four said Y`, `… the bill would
        // pass, while aides have said …`: another subject and its own
        // reporting verb open a second report (see `next_report`)
        // (counting a closing mark at `k` itself, which the clause keeps:
        // `… “been friends for some time,” he claimed …`)
        let closing = !toks[k].word && cues::is_quote_mark(toks[k].text(text));
        // (cheap first: only at a comma, a closing mark or a conjunction)
        let may_open = closing
            || is_comma(text, &toks[k])
            || (toks[k].word
                && matches!(toks[k].span().len(), 3 | 5 | 7)
                && is_any(toks[k].text(text), SECOND_JOINS));
        if may_open
            && later_cue
            && k > first + 2
            && (marks + usize::from(closing)) % 2 == 0
            && verb.before(text, toks, k)
            && subject_reports_at(text, toks, k, last, w)
        {
            let end = if closing { k } else { k - 1 };
            return Span::new(content.start, toks[end].span().end);
        }
        // (`…, but that informal accords could be announced`: a second
        // clause of the same report)
        if !is_comma(text, &toks[k]) {
            continue;
        }
        // (`…, and most said the mayor …`: another report of another
        // subject, after `and` too)
        // (not the same subject going on: `…, and would strive …`)
        let and = is_word(toks[k + 1].text(text), "and")
            && toks
                .get(k + 2)
                .is_some_and(|t| !shows_verb(text, t) && !t.is(Class::CUE));
        if !(is_any(toks[k + 1].text(text), CONTRASTS) || and)
            || toks
                .get(k + 2)
                .is_some_and(|t| is_word(t.text(text), "that"))
        {
            continue;
        }
        let reports = toks[k + 2..=last.min(k + 10)]
            .iter()
            .any(|t| t.word && t.is(Class::CUE))
            || apposed_subject_reports(text, toks, k + 2, last);
        // (`…, but she has bristled at …`: the speaker again, as a pronoun,
        // in a clause of the writer's)
        let again = toks
            .get(k + 2)
            .is_some_and(|t| is_any(t.text(text), PRONOUN_SUBJECTS))
            && verb.before(text, toks, k);
        if reports || (again && !and) {
            return Span::new(content.start, toks[k - 1].span().end);
        }
    }
    content
}

/// A determiner after which a form in -ed modifies a noun (`the reported
/// bomber`): not a demonstrative, which may stand alone as the subject
/// (`said this needed more time`).
fn modifying_determiner(text: &str, t: &Tok) -> bool {
    t.is(Class::DETERMINER) && !is_any(t.text(text), &["this", "that", "these", "those"])
}

/// Whether a reported clause shows its finite verb before a token, read
/// on from where it was last asked (each token once at most).
struct VerbScan {
    /// The next token to read.
    next: usize,
    found: bool,
}

impl VerbScan {
    /// Whether the tokens before `k` (past the clause's first) hold a
    /// finite verb.
    fn before(&mut self, text: &str, toks: &[Tok], k: usize) -> bool {
        while !self.found && self.next < k {
            let (p, t) = (&toks[self.next - 1], &toks[self.next]);
            let x = t.text(text);
            // (`doesn’t`, `did`, `must`: a clause shows its verb by these
            // too; not a form in -ed after a determiner, its modifier, `said
            // the reported bomber, who …, was …`, nor a name's, `United`;
            // an irregular past is one, `made`)
            self.found = t.word
                && !((modifying_determiner(text, p) || t.is(Class::CAP)) && ends_ci(x, "ed"))
                && (shows_verb(text, t)
                    || ends_ci(x, "n't")
                    || ends_ci(x, "n’t")
                    || is_any(x, DO_MUST)
                    || is_any(x, IRREGULAR_PASTS));
            self.next += 1;
        }
        self.found
    }
}

/// Most words of a name before its apposition (`and Ana Roe, the harbour
/// climate change adviser, said`), and of the apposition.
const APPOSED_NAME_WORDS: usize = 4;
const APPOSITION_WORDS: usize = 10;

/// `…, and Ana Roe, the harbour climate change adviser, said …`: a subject
/// at token `from` with an apposition between commas, then its reporting
/// verb (a second report, whose subject runs past the reach of a plain
/// one).
fn apposed_subject_reports(text: &str, toks: &[Tok], from: usize, last: usize) -> bool {
    let Some(c) =
        (from + 1..=last.min(from + APPOSED_NAME_WORDS)).find(|&c| is_comma(text, &toks[c]))
    else {
        return false;
    };
    if !toks[from..c].iter().all(|t| t.word && t.is(Class::CAP)) {
        return false;
    }
    (c + 2..=last.min(c + 1 + APPOSITION_WORDS))
        .find(|&d| !toks[d].word)
        .is_some_and(|d| {
            is_comma(text, &toks[d])
                && toks.get(d + 1).is_some_and(|v| {
                    v.word && v.is(Class::CUE) && !v.is(Class::CAP) && !ends_ci(v.text(text), "ing")
                })
        })
}

/// The reporting verbs that open a second report of another subject
/// inside a reported clause: the plain ones of opinion and report (`and
/// others said`, `while critics argue`), not the many that take a noun as
/// often (`and Obama agreed`, `and patrols … responded`).
const SECOND_REPORT_VERBS: &[&str] = &[
    "say", "argue", "note", "suggest", "claim", "insist", "report", "tell", "contend", "maintain",
];

/// Most words of the subject of a second report inside a reported clause.
const SECOND_SUBJECT_WORDS: usize = 6;

/// Conjunctions that join a second clause, or a second report of another
/// subject, to a first (`…, while most said …`): `and` and the
/// [`CONTRASTS`].
const SECOND_JOINS: &[&str] = &["and", "while", "but", "whereas"];

/// Whether a second report of its own subject opens at token `k` (up to
/// `last`): a comma or `and`/`while`/`but`/`whereas` (or both), a subject
/// of at most [`SECOND_SUBJECT_WORDS`] words with no relative pronoun,
/// auxiliary or negation in it, `have`/`has`/`had` and an adverb if any,
/// then a finite reporting verb that runs on into its clause (`, while
/// most voters said …`, `and others have said …`; not `, the agency said,`
/// where the attribution sits inside the clause).
fn subject_reports_at(text: &str, toks: &[Tok], k: usize, last: usize, w: &Words) -> bool {
    let mut i = k;
    // (or a quotation's closing mark after its comma: `“… some time,” he
    // claimed …`)
    let comma = is_comma(text, &toks[i])
        || (k > 0 && is_comma(text, &toks[k - 1]) && cues::is_quote_mark(toks[k].text(text)));
    if comma {
        i += 1;
    }
    if toks
        .get(i)
        .is_some_and(|t| is_any(t.text(text), SECOND_JOINS))
    {
        i += 1;
    } else if !comma {
        return false;
    }
    let subject = i;
    while i <= last && i - subject <= SECOND_SUBJECT_WORDS {
        let t = &toks[i];
        let x = t.text(text);
        // (the word lists hold short words only: longer ones are asked
        // no further)
        let short = x.len() <= 7;
        if !t.word
            || (short && is_any(x, RELATIVE_PRONOUNS))
            || (short && is_any(x, DO_MUST))
            || (short
                && is_any(
                    x,
                    &[
                        "not", "never", "would", "will", "could", "should", "can", "may", "might",
                    ],
                ))
            || (x.ends_with('t') && (ends_ci(x, "n't") || ends_ci(x, "n’t")))
            || (short && is_any(x, SECOND_JOINS))
        {
            return false;
        }
        if t.is(Class::CUE)
            && i > subject
            && !t.is(Class::CAP)
            && !ends_ci(x, "ing")
            && w.lemma_name(t.lemma)
                .is_some_and(|l| is_any(l, SECOND_REPORT_VERBS))
        {
            // (a noun after a determiner or possessive is no verb: `and
            // the mayor's remarks`)
            if toks[i - 1].is(Class::DETERMINER) {
                return false;
            }
            return toks.get(i + 1).is_some_and(|n| n.word);
        }
        if i > subject && is_any(x, &["have", "has", "had"]) {
            i += 1;
            while toks
                .get(i)
                .is_some_and(|t| is_any(t.text(text), cues::SECOND_CUE_ADVERBS))
            {
                i += 1;
            }
            continue;
        }
        i += 1;
    }
    false
}

/// `t` is a comma (by its byte: this is asked of every token of a
/// sentence from its end).
fn is_comma(text: &str, t: &Tok) -> bool {
    t.span().len() == 1 && text.as_bytes()[t.span().start] == b','
}

/// From token `from` to the sentence end, without a closing citation block
/// or end mark.
fn clause(text: &str, toks: &[Tok], mut from: usize) -> Option<Span> {
    // (a clause opens past a comma at its start, as after `that,` before a
    // phrase set off: `suggesting that, from his point of view, the pact
    // was …`)
    if toks.get(from).is_some_and(|t| is_comma(text, t)) {
        from += 1;
    }
    let start = from;
    // a day the attribution ends with says when, and opens no clause
    // (`asked Roe Friday whether …`); but a day or month with its verb
    // after it is the clause's subject (`said Friday was a disaster`,
    // `said January was the coldest month`)
    while toks
        .get(from)
        .is_some_and(|t| super::phrase::is_day(text, t))
        && !toks
            .get(from + 1)
            .is_some_and(|n| n.is(Class::AUX) || is_any(n.text(text), RELATIVE_VERBS))
    {
        from += 1;
    }
    // (after a day, a phrase that opens with a preposition or a comma is
    // where or how it was said, no clause: `said Sunday on NBC's “Meet the
    // Press”`, `said Thursday, speaking of the convention`)
    if from > start
        && toks
            .get(from)
            .is_some_and(|t| !t.word || is_any(t.text(text), PREPOSITIONS))
    {
        return None;
    }
    let mut end = toks.len();
    while end > from {
        let t = toks[end - 1].text(text);
        if matches!(t, "." | "!" | "?" | ";" | ",") {
            end -= 1;
        } else if t == ")" {
            // a citation block `(Reuters, November 2)` closing the sentence
            match (from..end - 1).rev().find(|&k| toks[k].text(text) == "(") {
                Some(open) => end = open,
                None => break,
            }
        } else {
            break;
        }
    }
    (end > from).then(|| Span::new(toks[from].span().start, toks[end - 1].span().end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;

    /// The content of the claim `in_sentence` reads in `text`.
    fn content(text: &str) -> Option<String> {
        let w = Lexicon::builtin();
        let toks = crate::tokens::tokenize(text, Span::new(0, text.len()), &w);
        in_sentence(text, &toks, &w, true).map(|c| c.content.slice(text).to_string())
    }

    #[test]
    fn a_trailing_comment_after_the_clause_is_not_reported() {
        for (sentence, clause) in [
            (
                "Ana Park said the ferry had stopped running, which left the island cut off.",
                "the ferry had stopped running",
            ),
            (
                "The survey said prices had risen 4%, compared with 2% a year earlier.",
                "prices had risen 4%",
            ),
            (
                "Tom Reyes said he would stand in Leeds, where he grew up.",
                "he would stand in Leeds",
            ),
            (
                "Ana Park said the ferry would run again — a relief for the island.",
                "the ferry would run again",
            ),
            (
                "Most voters said the council had failed; the mayor disagreed.",
                "the council had failed",
            ),
            (
                "The charity said the funds had not been spent, adding that more were needed.",
                "the funds had not been spent",
            ),
            (
                "Tom Reyes said he backed the plan but he said the timing was wrong.",
                "he backed the plan",
            ),
            // (the clause has no verb yet: the relative clause is inside it)
            (
                "Organisers said the town fair, which opens on Friday, would be the largest yet.",
                "the town fair, which opens on Friday, would be the largest yet",
            ),
            // (nor inside a quotation the clause holds)
            (
                "Ana Park said the council backed “a plan, which nobody had read.”",
                "the council backed “a plan, which nobody had read.”",
            ),
            // (a contrast is part of what was said)
            (
                "Ana Park said she would stay, although she was tired.",
                "she would stay, although she was tired",
            ),
        ] {
            assert_eq!(content(sentence).as_deref(), Some(clause), "{sentence}");
        }
    }
}
