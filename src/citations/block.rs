//! One parenthetical block read as a citation: `(AP, Reuters, November 6)`,
//! `(Reuters, November 2; New York Times, November 3)`, damaged blocks
//! with missing outlet names, and `(see the Monitor, December 17)`.
//!
//! The decision is structural: every `;`-group must end with a date, and
//! everything before the date must be short capitalised names (or nothing,
//! for a damaged entry). A list of outlets only normalizes the names.

use super::{Block, BlockKind, Entry};
use crate::lexicon::{Lexicon, MONTHS};
use crate::span::Span;

/// The month number (1-12) of a month word, full or abbreviated.
fn month_number(word: &str) -> Option<usize> {
    let m = word.to_lowercase();
    // `Nov.`, `Sept.`: an abbreviation with its period is a month's prefix
    let (stem, abbreviated) = match m.strip_suffix('.') {
        Some(stem) => (stem, stem.len() >= 3),
        None => (m.as_str(), false),
    };
    MONTHS
        .iter()
        .position(|x| *x == stem || (abbreviated && x.starts_with(stem)))
        .map(|k| k + 1)
}

/// Longest outlet name, in words, a block entry may have.
const MAX_NAME_WORDS: usize = 6;

/// Reads the block whose content (inside the brackets) is `inner`.
pub fn parse(text: &str, outer: Span, inner: Span, lx: &Lexicon) -> Option<Block> {
    let body = inner.slice(text);
    // `(see the Monitor, December 17)` points to coverage; it cites nothing
    let trimmed = body.trim_start();
    let first = trimmed.split_whitespace().next().unwrap_or("");
    let (kind, body_start) = if lx.cross_references.contains(first.to_lowercase().as_str()) {
        let rest = trimmed[first.len()..].trim_start();
        (BlockKind::CrossReference, inner.end - rest.len())
    } else {
        (BlockKind::Citation, inner.start)
    };
    let mut entries = Vec::new();
    for group in pieces(text, Span::new(body_start, inner.end), ';') {
        entries.extend(parse_group(text, group, lx)?);
    }
    if entries.is_empty() {
        return None;
    }
    let malformed = entries.iter().any(|e| e.malformed);
    Some(Block {
        span: outer,
        kind,
        entries,
        malformed,
    })
}

/// The pieces of `span` between separators `sep`, with their white space
/// trimmed (an empty piece keeps a zero-length span where it stands).
fn pieces(text: &str, span: Span, sep: char) -> Vec<Span> {
    let s = span.slice(text);
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in s.char_indices().chain([(s.len(), sep)]) {
        if c != sep {
            continue;
        }
        let raw = &s[start..i];
        let lead = raw.len() - raw.trim_start().len();
        let trimmed = raw.trim();
        let a = span.start + start + lead;
        out.push(Span::new(a, a + trimmed.len()));
        start = i + c.len_utf8();
    }
    out
}

/// One `;`-group: names, then the date that applies to all of them.
fn parse_group(text: &str, group: Span, lx: &Lexicon) -> Option<Vec<Entry>> {
    let items = pieces(text, group, ',');
    // the date starts at the first item that opens with a month, and may go
    // on over bare day numbers (`November 17, 19`)
    let d = items.iter().position(|s| is_month_day(s.slice(text)))?;
    if !items[d + 1..].iter().all(|s| is_day(s.slice(text))) {
        return None;
    }
    let date = Span::new(items[d].start, items[items.len() - 1].end);
    let names = &items[..d];
    if names.is_empty() {
        return None;
    }
    let mut out = Vec::with_capacity(names.len());
    for n in names {
        let name = n.slice(text);
        if name.is_empty() {
            // `(AP, Interfax,, December 17)`: a name is missing; keep the
            // entry, never invent one
            out.push(Entry {
                source: None,
                outlet: None,
                date: Some(date),
                span: *n,
                malformed: true,
                unknown_outlet: false,
                interviewer: None,
            });
            continue;
        }
        if !is_name(name) {
            return None;
        }
        let outlet = lx.outlet(name).map(str::to_string);
        out.push(Entry {
            unknown_outlet: outlet.is_none(),
            interviewer: None,
            source: Some(*n),
            outlet,
            date: Some(date),
            span: *n,
            malformed: false,
        });
    }
    Some(out)
}

/// `November 6`, `November 2-3`, `Dec. 17`.
fn is_month_day(s: &str) -> bool {
    let mut w = s.split_whitespace();
    let (Some(m), Some(d), None) = (w.next(), w.next(), w.next()) else {
        return false;
    };
    month_number(m).is_some() && is_day(d)
}

/// `19`, `2-3`, `17–18`.
fn is_day(s: &str) -> bool {
    let parts: Vec<&str> = s.split(['-', '–']).collect();
    !s.is_empty()
        && parts.len() <= 2
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit()))
}

/// A short run of words that opens with a capital or a digit (`AP`,
/// `The Guardian`, `ITAR-TASS`, `RFE/RL`), with no sentence punctuation.
fn is_name(s: &str) -> bool {
    let s = s.strip_prefix("the ").unwrap_or(s);
    let words: Vec<&str> = s.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= MAX_NAME_WORDS
        && words[0]
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        && !s.contains(['“', '”', '"', ':', '?', '!', '(', ')'])
}

/// `2001-11-06` for `November 6` (the first day of `November 2-3` or
/// `November 17, 19`) in `year`.
pub fn date_iso(date: &str, year: i32) -> Option<String> {
    let mut w = date.split_whitespace();
    let month = month_number(w.next()?)?;
    let day: u32 = w.next()?.split(['-', '–', ',']).next()?.parse().ok()?;
    (1..=31)
        .contains(&day)
        .then(|| format!("{year:04}-{month:02}-{day:02}"))
}
