//! Constructions written as patterns, matched: users' (`[constructions]`
//! `NAME = PATTERN`, parsed by [`crate::lexicon::patterns`]) around a
//! quotation ([`after`], [`before`]), and the built-in ones of
//! `data/patterns.txt` at the one token their rule names ([`at`],
//! [`opens_at`]). The steps
//! `CUE` and `SPEAKER` call the same predicates as the built-in rules: the
//! verb test of a cue ([`cues::cue_at`], with its particle) and the speaker
//! phrase ([`phrase::after`]).
//!
//! Matching backtracks over the repeats, one match of an atom at a time,
//! and remembers each (step, token) that failed, so a pattern of `m` steps
//! costs at most about `2m` times the tokens of its window, whatever its
//! repeats; the window is at most [`REACH`] tokens on either side of the
//! quotation.

use super::cues::{self, Found};
use super::phrase::{self, Phrase};
use super::Words;
use crate::lexicon::patterns::{Atom, Pattern, Repeat, Side, Step, UserConstruction};
use crate::lexicon::Class;
use crate::rule::RuleId;
use crate::span::Span;
use crate::tokens::{ends_ci, is_dash, lower, Tok};
use std::cell::RefCell;

/// Tokens a construction is read within, after the closing mark or
/// before the opening one.
pub const REACH: usize = 64;

/// A user's construction after a quotation (none when no rules file
/// added one: then nothing is read).
pub fn user_after(text: &str, toks: &[Tok], w: &Words) -> Option<Found> {
    if w.constructions.is_empty() {
        return None;
    }
    after(text, toks, &w.constructions, w)
}

/// A user's construction before a quotation.
pub fn user_before(text: &str, toks: &[Tok], from: usize, w: &Words) -> Option<Found> {
    if w.constructions.is_empty() {
        return None;
    }
    before(text, toks, from, &w.constructions, w)
}

/// The first of `constructions` whose attribution follows the quotation:
/// `toks` run from its closing mark on. The match starts there (after
/// any commas and colons, when the pattern does not name them).
pub fn after(
    text: &str,
    toks: &[Tok],
    constructions: &[UserConstruction],
    w: &Words,
) -> Option<Found> {
    let toks = &toks[..toks.len().min(REACH)];
    let reads = Reads::new(toks.len());
    let mut spare = Vec::new();
    constructions
        .iter()
        .filter(|c| c.pattern.side == Side::After && holds(text, toks, &c.pattern.required))
        .find_map(|c| {
            let room = std::mem::take(&mut spare);
            let mut m = Matcher::new(text, toks, &c.pattern.steps, w, None, &reads, room);
            let starts = [0, skip_marks(text, toks)];
            let found = starts
                .iter()
                .find_map(|&s| m.run(s).map(|e| (s, e)))
                .and_then(|(start, end)| m.found(c.rule, start, end));
            spare = m.failed;
            found
        })
}

/// The first of `constructions` whose attribution comes before the
/// quotation: `toks` run up to its opening mark, and the match ends there
/// (or before the commas and colons there), starting at token `from` or
/// later (the leftmost match).
pub fn before(
    text: &str,
    toks: &[Tok],
    from: usize,
    constructions: &[UserConstruction],
    w: &Words,
) -> Option<Found> {
    let from = from.max(toks.len().saturating_sub(REACH));
    let n = toks.len();
    let trimmed = n - toks.iter().rev().take_while(|t| is_mark(text, t)).count();
    let reads = Reads::new(n);
    let mut spare = Vec::new();
    constructions
        .iter()
        .filter(|c| {
            c.pattern.side == Side::Before && holds(text, &toks[from..], &c.pattern.required)
        })
        .find_map(|c| {
            let room = std::mem::take(&mut spare);
            let ends = Some((trimmed, n));
            let mut m = Matcher::new(text, toks, &c.pattern.steps, w, ends, &reads, room);
            let found = (from..n)
                .find_map(|s| m.run(s).map(|e| (s, e)))
                .and_then(|(start, end)| m.found(c.rule, start, end));
            spare = m.failed;
            found
        })
}

/// Whether `toks` hold a token for every one of `required` (a pattern's
/// one-token steps that every match holds; `CUE` by its class).
fn holds(text: &str, toks: &[Tok], required: &[Atom]) -> bool {
    required.iter().all(|a| {
        toks.iter().any(|t| match a {
            Atom::Word(x) => t.word && lower(t.text(text)).as_str() == x,
            Atom::Punct(x) => !t.word && t.text(text) == x,
            Atom::Dash => is_dash(t.text(text)),
            Atom::Class(c) => t.word && t.is(*c),
            Atom::Cue => t.is(Class::CUE),
            _ => true,
        })
    })
}

/// A speaker phrase and the token after it, as [`phrase::after`] gives it.
type Read = Option<(Phrase, usize)>;

/// The speaker phrase read at each token of a window, read once for all
/// the constructions tried there (the costliest step: a window of 64
/// tokens and sixteen constructions would read it a thousand times).
struct Reads {
    /// By token: `None` until read.
    speaker: RefCell<Vec<Option<Read>>>,
    n: usize,
}

impl Reads {
    /// Reads for a window of `n` tokens (room taken when first read: most
    /// windows are passed over by every construction).
    fn new(n: usize) -> Reads {
        Reads {
            speaker: RefCell::new(Vec::new()),
            n,
        }
    }

    /// `phrase::after` at token `p`, read once.
    fn speaker(&self, text: &str, toks: &[Tok], p: usize, w: &Words) -> Read {
        if let Some(Some(r)) = self.speaker.borrow().get(p) {
            return r.clone();
        }
        let r = phrase::after(text, toks, p, w);
        let mut read = self.speaker.borrow_mut();
        if read.is_empty() {
            read.resize(self.n, None);
        }
        if let Some(slot) = read.get_mut(p) {
            *slot = Some(r.clone());
        }
        r
    }
}

/// Whether the opening steps of a built-in pattern (those up to its
/// speaker) stand at token `k`: then the pattern decides there, found or
/// not (`according to` with no source after it ends the search for a cue).
pub fn opens_at(text: &str, toks: &[Tok], k: usize, p: &Pattern, w: &Words) -> bool {
    let mut at = k;
    for step in p
        .steps
        .iter()
        .take_while(|s| !matches!(s.atom, Atom::Speaker | Atom::Source))
    {
        if step.repeat != Repeat::One {
            break;
        }
        match atom_at(text, toks, &step.atom, at, w, None) {
            Some((to, _, _)) => at = to,
            None => return false,
        }
    }
    true
}

/// A built-in pattern (written without `QUOTE`) matched from token `k`,
/// ending anywhere: the attribution, with `end_tok` the token after its
/// cue.
pub fn at(
    text: &str,
    toks: &[Tok],
    k: usize,
    p: &Pattern,
    rule: RuleId,
    w: &Words,
) -> Option<Found> {
    debug_assert_eq!(p.side, Side::At);
    let reads = Reads::new(toks.len());
    let mut m = Matcher::new(text, toks, &p.steps, w, None, &reads, Vec::new());
    let end = m.run(k)?;
    let cue_end = m
        .path
        .iter()
        .filter(|t| p.steps[t.step].in_cue || t.cue.is_some())
        .map(|t| t.to)
        .max()?;
    let mut f = m.found(rule, k, end)?;
    f.end_tok = cue_end;
    Some(f)
}

/// A comma or a colon: left out of a pattern next to the quotation.
fn is_mark(text: &str, t: &Tok) -> bool {
    matches!(t.text(text), "," | ":")
}

/// The first token after the commas and colons at the window's start.
fn skip_marks(text: &str, toks: &[Tok]) -> usize {
    toks.iter().take_while(|t| is_mark(text, t)).count()
}

/// What one step took: its step, its tokens, and the speaker it read.
#[derive(Clone)]
struct Took {
    step: usize,
    from: usize,
    to: usize,
    speaker: Option<Phrase>,
    /// For `CUE`: the cue's span (the verb and its particle).
    cue: Option<Span>,
}

struct Matcher<'a> {
    text: &'a str,
    toks: &'a [Tok],
    steps: &'a [Step],
    w: &'a Words,
    /// Where a match must end (before the quotation: at the opening mark,
    /// or before the commas and colons there); after it, anywhere.
    ends: Option<(usize, usize)>,
    /// (step, token) pairs known to fail (its room handed on to the next
    /// construction tried in the window).
    failed: Vec<bool>,
    path: Vec<Took>,
    /// States entered, for the test of the bound.
    states: usize,
    reads: &'a Reads,
}

impl<'a> Matcher<'a> {
    fn new(
        text: &'a str,
        toks: &'a [Tok],
        steps: &'a [Step],
        w: &'a Words,
        ends: Option<(usize, usize)>,
        reads: &'a Reads,
        mut failed: Vec<bool>,
    ) -> Matcher<'a> {
        // (the room of an earlier matcher of the window, cleared)
        failed.clear();
        failed.resize((steps.len() + 1) * (toks.len() + 1) * 2, false);
        Matcher {
            text,
            toks,
            steps,
            w,
            ends,
            failed,
            path: Vec::new(),
            states: 0,
            reads,
        }
    }

    /// Where a match from token `start` ends, its steps left in `path`.
    fn run(&mut self, start: usize) -> Option<usize> {
        self.path.clear();
        self.go(0, start, false)
    }

    /// A match of the steps from `s` on, at token `p`; `more` when step
    /// `s` is a repeat that has matched once already. Each call either
    /// takes one more match of the step's atom or leaves the step, so the
    /// states are steps × tokens × 2, each tried once.
    fn go(&mut self, s: usize, p: usize, more: bool) -> Option<usize> {
        if s == self.steps.len() {
            return match self.ends {
                Some((a, b)) => (p == a || p == b).then_some(p),
                None => Some(p),
            };
        }
        let key = (s * (self.toks.len() + 1) + p) * 2 + usize::from(more);
        if self.failed[key] {
            return None;
        }
        self.states += 1;
        let repeat = self.steps[s].repeat;
        let repeats = matches!(repeat, Repeat::Any | Repeat::Many);
        // one more match of the atom first (repeats are greedy)
        if let Some((to, speaker, cue)) = self.one(&self.steps[s].atom, p) {
            self.path.push(Took {
                step: s,
                from: p,
                to,
                speaker,
                cue,
            });
            let found = if repeats {
                self.go(s, to, true)
            } else {
                self.go(s + 1, to, false)
            };
            if found.is_some() {
                return found;
            }
            self.path.pop();
        }
        // or on to the next step, where this one may end here
        let may_leave = match repeat {
            Repeat::One => false,
            Repeat::Optional | Repeat::Any => true,
            Repeat::Many => more,
        };
        if may_leave {
            if let Some(e) = self.go(s + 1, p, false) {
                return Some(e);
            }
        }
        self.failed[key] = true;
        None
    }

    /// Where one match of `atom` at token `p` ends (always after `p`),
    /// with the speaker or cue it read.
    fn one(&self, atom: &Atom, p: usize) -> Option<(usize, Option<Phrase>, Option<Span>)> {
        atom_at(self.text, self.toks, atom, p, self.w, Some(self.reads))
    }

    /// The attribution a match from `start` to `end` makes, from the
    /// steps it took.
    fn found(&self, rule: RuleId, start: usize, end: usize) -> Option<Found> {
        let phrase = self.path.iter().find_map(|t| t.speaker.clone())?;
        let toks = self.toks;
        let span_of = |from: usize, to: usize| {
            (to > from).then(|| Span::new(toks[from].span().start, toks[to - 1].span().end))
        };
        let braced: Vec<&Took> = self
            .path
            .iter()
            .filter(|t| self.steps[t.step].in_cue && t.to > t.from)
            .collect();
        let cue = match (braced.first(), braced.last()) {
            (Some(a), Some(z)) => span_of(a.from, z.to)?,
            _ => self.path.iter().find_map(|t| t.cue)?,
        };
        debug_assert!(start <= end);
        Some(Found {
            cue,
            phrase,
            rule,
            end_tok: end,
        })
    }
}

/// Where one match of `atom` at token `p` ends (always after `p`), with
/// the speaker or cue it read.
fn atom_at(
    text: &str,
    toks: &[Tok],
    atom: &Atom,
    p: usize,
    w: &Words,
    reads: Option<&Reads>,
) -> Option<(usize, Option<Phrase>, Option<Span>)> {
    let t = toks.get(p)?;
    let word = |ok: bool| (ok && t.word).then_some((p + 1, None, None));
    match atom {
        Atom::Word(x) => word(lower(t.text(text)).as_str() == x),
        Atom::Punct(x) => (!t.word && t.text(text) == x).then_some((p + 1, None, None)),
        Atom::Dash => is_dash(t.text(text)).then_some((p + 1, None, None)),
        Atom::Class(c) => word(t.is(*c)),
        Atom::AnyWord => word(true),
        Atom::Any => Some((p + 1, None, None)),
        Atom::Cue => {
            if !cues::cue_at(text, toks, p, w) {
                return None;
            }
            let (span, next) = cues::cue_span(text, toks, p, w);
            Some((next.max(p + 1), None, Some(span)))
        }
        Atom::Speaker => {
            let (phrase, end) = match reads {
                Some(r) => r.speaker(text, toks, p, w),
                None => phrase::after(text, toks, p, w),
            }?;
            (end > p).then_some((end, Some(phrase), None))
        }
        Atom::Source => {
            let phrase = match reads {
                Some(r) => r.speaker(text, toks, p, w),
                None => phrase::after(text, toks, p, w),
            }
            .or_else(|| cues::loose_phrase_after(text, toks, p, w))
            .or_else(|| cues::bare_source_after(text, toks, p, w));
            let (phrase, end) = phrase?;
            (end > p).then_some((end, Some(phrase), None))
        }
        Atom::OpeningCue => (t.is(Class::CAP) && t.is(Class::CUE) && !ends_ci(t.text(text), "ing"))
            .then_some((p + 1, None, Some(t.span()))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::patterns::{parse, UserConstruction};
    use crate::lexicon::Lexicon;

    fn one(pattern: &str) -> Vec<UserConstruction> {
        vec![UserConstruction {
            rule: RuleId::user("test-rule").unwrap(),
            pattern: parse(pattern).unwrap(),
        }]
    }

    /// The speaker's words and the cue a construction finds in `text`,
    /// read after the quotation (`text` is what follows the closing mark).
    fn after_in(pattern: &str, text: &str) -> Option<(String, String)> {
        let w = Lexicon::builtin();
        let toks = crate::tokens::tokenize(text, Span::new(0, text.len()), &w);
        let f = after(text, &toks, &one(pattern), &w)?;
        Some((f.phrase.span.slice(text).into(), f.cue.slice(text).into()))
    }

    fn before_in(pattern: &str, text: &str) -> Option<(String, String)> {
        let w = Lexicon::builtin();
        let toks = crate::tokens::tokenize(text, Span::new(0, text.len()), &w);
        let f = before(text, &toks, 0, &one(pattern), &w)?;
        Some((f.phrase.span.slice(text).into(), f.cue.slice(text).into()))
    }

    fn pair(a: &str, b: &str) -> Option<(String, String)> {
        Some((a.into(), b.into()))
    }

    #[test]
    fn words_punctuation_and_the_speaker() {
        let p = "QUOTE {as reported by} SPEAKER";
        assert_eq!(
            after_in(p, ", as reported by Ida Marsh."),
            pair("Ida Marsh", "as reported by")
        );
        // (the comma inside the marks, or none at all)
        assert_eq!(
            after_in(p, " As Reported By the council."),
            pair("the council", "As Reported By")
        );
        assert_eq!(after_in(p, ", reported by Ida Marsh."), None);
        assert_eq!(after_in(p, ", Ida Marsh said."), None);
    }

    #[test]
    fn repeats_backtrack() {
        // `<word>*` must give back the words the speaker needs
        let p = "QUOTE {wrote} <word>* in SPEAKER";
        assert_eq!(
            after_in(p, " wrote the editor in chief in Ana Park."),
            pair("Ana Park", "wrote")
        );
        let p = "QUOTE — SPEAKER , <word>+ CUE";
        assert_eq!(
            after_in(p, " — Ana Park, a nurse, told us."),
            None,
            "the comma inside the apposition is no word"
        );
        assert_eq!(
            after_in(p, " — Ana Park, nurse told us."),
            pair("Ana Park", "told")
        );
    }

    #[test]
    fn before_the_quotation_the_match_ends_at_the_mark() {
        let p = "{in the words of} SPEAKER QUOTE";
        assert_eq!(
            before_in(p, "Last year, in the words of Ana Park,"),
            pair("Ana Park", "in the words of")
        );
        assert_eq!(
            before_in(p, "In the words of Ana Park she said"),
            None,
            "words between the speaker and the quotation"
        );
    }

    #[test]
    fn cue_is_the_verb_test_of_the_built_in_rules() {
        let p = "QUOTE — SPEAKER CUE";
        assert_eq!(
            after_in(p, " — Ana Park shot back."),
            pair("Ana Park", "shot back")
        );
        assert_eq!(after_in(p, " — Ana Park rested."), None);
    }

    /// A built-in pattern read at token `k` of `text`: its speaker, its
    /// cue and the text of the token after the cue.
    fn at_in(
        pick: fn(&Lexicon) -> &Pattern,
        text: &str,
        k: usize,
    ) -> Option<(String, String, String)> {
        let w = Lexicon::builtin();
        let toks = crate::tokens::tokenize(text, Span::new(0, text.len()), &w);
        let f = at(text, &toks, k, pick(&w), RuleId::AccordingTo, &w)?;
        let next = toks.get(f.end_tok).map_or("", |t| t.text(text));
        Some((
            f.phrase.span.slice(text).into(),
            f.cue.slice(text).into(),
            next.into(),
        ))
    }

    fn triple(a: &str, b: &str, c: &str) -> Option<(String, String, String)> {
        Some((a.into(), b.into(), c.into()))
    }

    #[test]
    fn built_in_patterns_match_at_their_token() {
        fn according(w: &Lexicon) -> &Pattern {
            &w.builtin.according_to
        }
        assert_eq!(
            at_in(according, "According to Ivo Renner, the", 0),
            triple("Ivo Renner", "According to", "Ivo")
        );
        // `@source`: a phrase the speaker grammar does not know, to the comma
        assert_eq!(
            at_in(according, "But according to her old diary, the", 1),
            triple("her old diary", "according to", "her")
        );
        assert_eq!(at_in(according, "According to plan", 1), None);
        fn words(w: &Lexicon) -> &Pattern {
            &w.builtin.in_the_words_of
        }
        assert_eq!(
            at_in(words, "In the words of Ann Wills,", 0),
            triple("Ann Wills", "In the words of", "Ann")
        );
        assert_eq!(at_in(words, "In the words of the", 0), None);
        fn said(w: &Lexicon) -> &Pattern {
            &w.builtin.said_first
        }
        assert_eq!(
            at_in(said, "Said Jane Roe, who grew up nearby,", 0),
            triple("Jane Roe", "Said", "Jane")
        );
        // (an -ing form opens a participle clause, not an attribution)
        assert_eq!(at_in(said, "Saying Jane Roe was right,", 0), None);
    }

    #[test]
    fn a_built_in_pattern_opens_where_its_words_stand() {
        let w = Lexicon::builtin();
        let text = "according to the";
        let toks = crate::tokens::tokenize(text, Span::new(0, text.len()), &w);
        let p = &w.builtin.according_to;
        assert!(opens_at(text, &toks, 0, p, &w));
        assert!(!opens_at(text, &toks, 1, p, &w));
        // (the words are there, the source is not: the pattern decides)
        assert_eq!(
            at(text, &toks, 0, p, RuleId::AccordingTo, &w).map(|f| f.cue),
            None
        );
    }

    /// A window is passed over only when no token could take one of the
    /// pattern's required steps; optional and `*` steps require nothing.
    #[test]
    fn required_steps_pass_over_a_window_that_cannot_match() {
        let w = Lexicon::builtin();
        let p = parse("QUOTE <any>* {in the view of} <calendar>? SPEAKER , CUE").unwrap();
        let text = ", in the view of Ana Park, who said";
        let toks = crate::tokens::tokenize(text, Span::new(0, text.len()), &w);
        assert!(holds(text, &toks, &p.required));
        let text = ", in the view of Ana Park, who left";
        let toks = crate::tokens::tokenize(text, Span::new(0, text.len()), &w);
        assert!(!holds(text, &toks, &p.required), "no cue");
        let text = ", in the eyes of Ana Park, who said";
        let toks = crate::tokens::tokenize(text, Span::new(0, text.len()), &w);
        assert!(!holds(text, &toks, &p.required), "no `view`");
        assert_eq!(
            after_in(
                "QUOTE <any>* {as told to} SPEAKER",
                " it was, as told to Ana Park."
            ),
            pair("Ana Park", "as told to")
        );
    }

    /// Twenty repeats over any token and a word that never comes: each
    /// state is entered once, not once for every way to split the window.
    #[test]
    fn repeats_cost_states_not_splits() {
        let w = Lexicon::builtin();
        let text = "word ".repeat(REACH);
        let toks = crate::tokens::tokenize(&text, Span::new(0, text.len()), &w);
        let pattern = format!("QUOTE {} {{never}} SPEAKER", "<any>* ".repeat(20));
        let steps = parse(&pattern).unwrap().steps;
        let reads = Reads::new(toks.len());
        let mut m = Matcher::new(&text, &toks, &steps, &w, None, &reads, Vec::new());
        assert_eq!(m.run(0), None);
        let bound = (steps.len() + 1) * (toks.len() + 1) * 2;
        assert!(m.states <= bound, "{} states, bound {bound}", m.states);
    }

    #[test]
    fn a_window_of_any_length_is_read_within_reach() {
        let mut text = String::from(" ");
        for _ in 0..5000 {
            text.push_str("word ");
        }
        text.push_str("as reported by Ida Marsh.");
        assert_eq!(
            after_in("QUOTE <any>* {as reported by} SPEAKER", &text),
            None
        );
    }
}
