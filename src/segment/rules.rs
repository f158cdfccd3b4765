//! Whether a candidate end mark really ends a sentence.

use crate::lexicon::{AbbrClass, Lexicon};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Terminal {
    Period,
    QuestionOrBang,
    /// `...`, `....` or `…` glued to the word before it.
    Ellipsis,
    /// `. . .` standing apart from the words around it.
    SpacedEllipsis {
        dots: usize,
    },
    /// `word. . . .`: a full stop, then a spaced ellipsis.
    PeriodThenEllipsis,
}

pub struct Next<'a> {
    /// The first character after white space and opening quotes.
    pub first: char,
    /// The next word as written (may carry trailing punctuation).
    pub word: &'a str,
    /// For a following `(`: whether its parenthesis ends in a sentence mark.
    pub paren_ends_sentence: Option<bool>,
    /// An opening quotation mark stands before the word.
    pub quoted: bool,
}

pub struct Candidate<'a> {
    pub kind: Terminal,
    /// The word before the mark, opening quotes and brackets removed.
    pub prev: &'a str,
    /// The word before the mark is a list marker opening the sentence.
    pub prev_is_marker: bool,
    /// The word before that one starts with a lower-case letter.
    pub prevprev_lower: bool,
    /// The marks closed a quotation and a capitalised attribution follows
    /// (`“Why?” Trump asked.`): the attribution belongs to this sentence.
    pub attribution_follows: bool,
    pub next: Next<'a>,
}

pub fn ends_sentence(c: &Candidate<'_>, lx: &Lexicon) -> bool {
    let next = &c.next;
    if next.first.is_lowercase() || c.attribution_follows {
        return false;
    }
    if let Some(holds) = next.paren_ends_sentence {
        // a parenthesis after a full stop is the sentence's citation unless it
        // is a whole sentence itself
        return holds;
    }
    match c.kind {
        Terminal::QuestionOrBang => true,
        Terminal::Ellipsis => next_word(next) != "I",
        Terminal::SpacedEllipsis { dots } => dots >= 4,
        Terminal::PeriodThenEllipsis => !next.first.is_lowercase(),
        Terminal::Period => period_ends(c, lx),
    }
}

fn period_ends(c: &Candidate<'_>, lx: &Lexicon) -> bool {
    let prev = c.prev;
    let next = &c.next;
    if prev.is_empty() {
        return true;
    }
    if c.prev_is_marker {
        return false;
    }
    let starter = is_starter(next, lx);
    if is_initial(prev) {
        return (prev == "I" && c.prevprev_lower) || (starter && next_word(next) != "I");
    }
    if let Some(class) = lx.abbreviations.get(prev) {
        return match class {
            AbbrClass::Title => false,
            AbbrClass::Numeric => !next.first.is_ascii_digit(),
            // (a day follows a month's abbreviation, never a quotation:
            // `went to the DEC. “I’d …`)
            AbbrClass::Month => starter || next.quoted,
            AbbrClass::Final => true,
            AbbrClass::Other => starter || (is_upper_acronym(prev) && next_is_honorific(next)),
        };
    }
    if is_acronym(prev) {
        return starter || (is_upper_acronym(prev) && next_is_honorific(next));
    }
    true
}

fn next_word<'a>(next: &Next<'a>) -> &'a str {
    let w = next
        .word
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .trim_end_matches(|c: char| !c.is_alphanumeric());
    // (a contraction starts as its pronoun does: `I’d`, `It's`)
    w.split(['\'', '’']).next().unwrap_or(w)
}

fn is_starter(next: &Next<'_>, lx: &Lexicon) -> bool {
    lx.starters.contains(next_word(next))
}

/// An honorific (Mr., Dr.) after an upper-case acronym opens a sentence
/// (`at 6 P.M. Mr. Smith left`); office titles do not (`U.S. Rep. Smith`).
fn next_is_honorific(next: &Next<'_>) -> bool {
    next.word.ends_with('.')
        && matches!(
            next_word(next),
            "Mr" | "Mrs" | "Ms" | "Messrs" | "Dr" | "Prof"
        )
}

/// One capital letter: an initial (George W. Bush) or the pronoun I.
fn is_initial(w: &str) -> bool {
    let mut cs = w.chars();
    matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase())
}

/// Letters separated by periods: U.S, e.g, U.S.S.R (the final period is the
/// candidate itself).
fn is_acronym(w: &str) -> bool {
    w.contains('.')
        && w.split('.').all(|part| {
            !part.is_empty() && part.len() <= 2 && part.chars().all(char::is_alphabetic)
        })
}

fn is_upper_acronym(w: &str) -> bool {
    w.contains('.') && w.chars().all(|c| c == '.' || c.is_uppercase())
}
