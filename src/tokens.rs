//! Word tokens with byte spans: `O’Malley`, `U.S.`, `Russia’s` and
//! `Secretary-General` stay whole.

use crate::chars::{eight, is_alnum};
use crate::lexicon::{Class, Lexicon};
use crate::span::Span;
pub use crate::words::{ends_ci, is_any, is_word, lower, Lower};
use std::borrow::Cow;
use std::cell::Cell;

/// A token: 16 bytes (offsets as `u32`: a document is at most
/// [`crate::document::MAX_BYTES`]), as text dense with punctuation has a
/// token for every byte, and the tokens of a whole document are kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok {
    start: u32,
    end: u32,
    /// Contains a letter or digit.
    pub word: bool,
    /// For a form of a reporting verb, its lemma id (see
    /// [`Lexicon::lemmas`]); else 0.
    pub lemma: u16,
    /// The word's classes, looked up once here for every rule that asks.
    pub class: Class,
}

impl Tok {
    /// A token of `span` (which ends within [`crate::document::MAX_BYTES`]).
    pub fn new(span: Span, word: bool, lemma: u16, class: Class) -> Tok {
        debug_assert!(span.end <= crate::document::MAX_BYTES);
        Tok {
            start: span.start as u32,
            end: span.end as u32,
            word,
            lemma,
            class,
        }
    }

    /// Where the token stands in the text.
    #[inline]
    pub fn span(&self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }

    pub fn text<'a>(&self, t: &'a str) -> &'a str {
        self.span().slice(t)
    }

    /// Whether the token is in any of the classes of `c`.
    pub fn is(&self, c: Class) -> bool {
        self.class.any(c)
    }
}

/// Tokens of `text[window]`, white space dropped.
///
/// A word is a run of letters and digits that goes on over one joining
/// character with a letter or digit on both sides: an apostrophe or a
/// period between letters (`O’Malley`, `U.S`), a hyphen (`Secretary-General`),
/// a comma or period between digits (`1,000`, `3.5`). As UAX #29 word
/// boundaries do for these cases, but in one pass with no table lookups,
/// which this stage runs for every sentence of every document.
pub fn tokenize(text: &str, window: Span, w: &Lexicon) -> Vec<Tok> {
    let mut out = Vec::with_capacity(window.len() / 5 + 1);
    tokenize_into(text, window, w, &mut out);
    out
}

/// Least words of a line written in title case.
const TITLE_CASE_WORDS: usize = 4;

/// In a line written in title case (`Mayor Says Bridge Will Reopen`, a
/// headline), a capitalised reporting verb after its first word is a verb
/// as in running text, not a word of a name: its capital says nothing.
/// A line is in title case when nine words in ten, at least
/// [`TITLE_CASE_WORDS`], open with a capital. Returns the tokens with
/// those verbs' capitals dropped, or `None` for any other line (most:
/// the test reads no further than its first capitalised verb). For the
/// reading of reported claims only: a headline's quotation and names are
/// left to the rules that read capitals.
pub fn verbs_in_title_case(text: &str, toks: &[Tok]) -> Option<Vec<Tok>> {
    // (asked of every sentence: most show two words in lower case among
    // their first four, and are done with at once)
    if toks
        .iter()
        .filter(|t| t.word)
        .take(4)
        .filter(|t| !t.is(Class::CAP))
        .count()
        >= 2
    {
        return None;
    }
    let capital_cue = |t: &Tok| t.is(Class::CUE) && t.is(Class::CAP);
    if !toks.iter().skip(1).any(capital_cue) {
        return None;
    }
    // (a headline with a quotation keeps its capitals: which word is its
    // speaker's there is for the quotation rules, `Roe: ‘Not A Radical
    // Idea’ To Ask For More`)
    if toks.iter().any(|t| {
        !t.word
            && matches!(
                t.text(text),
                "\"" | "“" | "”" | "‘" | "’" | "'" | "''" | "«" | "»"
            )
    }) {
        return None;
    }
    let (mut words, mut capitals) = (0usize, 0usize);
    for t in toks.iter().filter(|t| t.word) {
        let Some(c) = t.text(text).chars().next() else {
            continue;
        };
        if c.is_alphabetic() {
            words += 1;
            capitals += usize::from(c.is_uppercase());
        }
    }
    if words < TITLE_CASE_WORDS || capitals * 10 < words * 9 {
        return None;
    }
    let mut out = toks.to_vec();
    for t in out.iter_mut().skip(1).filter(|t| capital_cue(t)) {
        t.class = t.class.without(Class::CAP);
    }
    Some(out)
}

/// The tokens of every sentence of a document, tokenized once for the
/// stages that read whole sentences (entity tracking, claims).
pub struct SentenceTokens<'s> {
    toks: Vec<Tok>,
    sentences: &'s [crate::segment::Sentence],
    /// Where each sentence's tokens start in `toks` (one more entry at the
    /// end; a token a byte at most, so a `u32` as its offsets are).
    starts: Vec<u32>,
    /// Where the last window began (an index into `toks`): windows come in
    /// text order, and the next is searched for from there.
    last: Cell<usize>,
}

impl<'s> SentenceTokens<'s> {
    pub fn new(
        text: &str,
        sentences: &'s [crate::segment::Sentence],
        w: &Lexicon,
    ) -> SentenceTokens<'s> {
        let mut toks = Vec::with_capacity(text.len() / 5 + 1);
        let mut starts = Vec::with_capacity(sentences.len() + 1);
        let extent = match (sentences.first(), sentences.last()) {
            (Some(a), Some(z)) => Span::new(a.span.start, z.span.end),
            _ => Span::new(0, 0),
        };
        for s in sentences {
            starts.push(toks.len() as u32);
            append(text, s.span, w, extent, &mut toks);
        }
        starts.push(toks.len() as u32);
        // they live on through attribution and citations: no room to spare
        toks.shrink_to_fit();
        SentenceTokens {
            toks,
            sentences,
            starts,
            last: Cell::new(0),
        }
    }

    /// The tokens of `text[window]`, as [`tokenize`] gives them: those of
    /// sentence `si` when the window lies inside it and cuts none of them
    /// (tokenizing reads only forward from a token's start, so they are the
    /// same), else tokenized afresh.
    pub fn window<'t>(
        &'t self,
        si: usize,
        text: &str,
        window: Span,
        w: &Lexicon,
    ) -> Cow<'t, [Tok]> {
        let inside = self
            .sentences
            .get(si)
            .map(|s| s.span)
            .is_some_and(|s| s.start <= window.start && window.end <= s.end);
        if inside {
            let toks = self.get(si);
            let a = self.seek(si, |t| (t.end as usize) <= window.start);
            let b = gallop(toks, a, |t| (t.start as usize) < window.end);
            let cut_at_start = toks.get(a).is_some_and(|t| t.span().start < window.start);
            let cut_at_end = b > 0 && toks[b - 1].span().end > window.end;
            if !cut_at_start && !cut_at_end {
                return Cow::Borrowed(&toks[a..b.max(a)]);
            }
        }
        Cow::Owned(tokenize(text, window, w))
    }

    /// The start of the first token of sentence `si` that starts at or
    /// after `pos` (`pos` itself if none does): a window from there cuts no
    /// token, and is read without tokenizing again.
    pub fn next_token_start(&self, si: usize, pos: usize) -> usize {
        if si >= self.len() {
            return pos;
        }
        let k = self.seek(si, |t| (t.start as usize) < pos);
        self.get(si).get(k).map_or(pos, |t| t.start as usize)
    }

    /// The first token of sentence `si` (an index among its tokens) that
    /// is not `before`, searched for from where the last window began;
    /// a window begins there now.
    fn seek(&self, si: usize, before: impl Fn(&Tok) -> bool) -> usize {
        let first = self.first_token(si);
        let k = gallop(self.get(si), self.last.get().saturating_sub(first), before);
        self.last.set(first + k);
        k
    }

    /// The tokens of sentence `i`.
    pub fn get(&self, i: usize) -> &[Tok] {
        &self.toks[self.starts[i] as usize..self.starts[i + 1] as usize]
    }

    /// The index of sentence `i`'s first token among all the document's.
    pub fn first_token(&self, i: usize) -> usize {
        self.starts[i] as usize
    }

    pub fn len(&self) -> usize {
        self.starts.len() - 1
    }

    /// The sentence whose tokens hold byte `pos` (the last one starting
    /// at or before it).
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let first_start = |&i: &u32| {
            self.toks
                .get(i as usize)
                .map_or(usize::MAX, |t| t.span().start)
        };
        let k = self.starts[..self.len()].partition_point(|i| first_start(i) <= pos);
        k.checked_sub(1)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// [`tokenize`] into a buffer the caller reuses (cleared first), for
/// stages that tokenize every sentence.
pub fn tokenize_into(text: &str, window: Span, w: &Lexicon, out: &mut Vec<Tok>) {
    out.clear();
    append(text, window, w, window, out);
}

/// What an ASCII byte is to the tokenizer.
const OTHER: u8 = 0;
const SPACE: u8 = 1;
const ALNUM: u8 = 2;

/// [`OTHER`], [`SPACE`] or [`ALNUM`] for each ASCII byte: white space as
/// `char::is_whitespace` has it (vertical tab included), letters and digits.
static ASCII: [u8; 128] = {
    let mut t = [OTHER; 128];
    let mut c = 0;
    while c < 128 {
        let b = c as u8;
        t[c] = if b == b' ' || (b >= 0x09 && b <= 0x0d) {
            SPACE
        } else if b.is_ascii_alphanumeric() {
            ALNUM
        } else {
            OTHER
        };
        c += 1;
    }
    t
};

fn ascii_alnum(b: u8) -> bool {
    b < 0x80 && ASCII[b as usize] == ALNUM
}

/// The end of the run of ASCII letters and digits at `i`: eight bytes
/// tested at once, so that the end of a word is found without a branch
/// on every letter.
fn ascii_word_end(b: &[u8], mut i: usize) -> usize {
    while let Some(x) = eight::at(b, i) {
        let stop = !eight::alnum(x) & 0x8080_8080_8080_8080;
        if stop != 0 {
            return i + stop.trailing_zeros() as usize / 8;
        }
        i += 8;
    }
    while i < b.len() && ascii_alnum(b[i]) {
        i += 1;
    }
    i
}

/// The tokens of `text[window]` pushed onto `out`.
///
/// Reads bytes, and decodes a character only where a byte is not ASCII:
/// this runs over every sentence of every document, and a run of ASCII
/// letters, most of a word, is one table lookup a byte. `extent` is the
/// text whose tokens `out` is to hold (for its growth).
fn append(text: &str, window: Span, w: &Lexicon, extent: Span, out: &mut Vec<Tok>) {
    let s = window.slice(text);
    let b = s.as_bytes();
    let base = window.start;
    let mut i = 0;
    while i < b.len() {
        let len = if b[i] < 0x80 {
            match ASCII[b[i] as usize] {
                SPACE => {
                    i += 1;
                    continue;
                }
                ALNUM => 1,
                _ => {
                    push(out, punctuation(base + i, 1), extent);
                    i += 1;
                    continue;
                }
            }
        } else if b[i..].starts_with("\u{FFFD}".as_bytes()) {
            // (text read with --lossy: the replacement character is
            // punctuation, known without decoding)
            push(out, punctuation(base + i, 3), extent);
            i += 3;
            continue;
        } else {
            let c = s[i..].chars().next().unwrap_or_default();
            let len = c.len_utf8();
            if c.is_whitespace() {
                i += len;
                continue;
            }
            if !is_alnum(c) {
                push(out, punctuation(base + i, len), extent);
                i += len;
                continue;
            }
            len
        };
        let start = i;
        let mut end = i + len;
        let mut ascii = len == 1;
        loop {
            end = ascii_word_end(b, end);
            // (most words end at a space)
            if b.get(end).is_none_or(|&c| c == b' ') {
                break;
            }
            let Some(n) = char_at(s, end) else { break };
            if !n.is_ascii() && is_alnum(n) {
                end += n.len_utf8();
                ascii = false;
                continue;
            }
            // (the character before `end` is the word's last letter or
            // digit, and a digit is one byte)
            let prev_digit = b[end - 1].is_ascii_digit();
            if !joins(prev_digit, n) {
                break;
            }
            let after = end + n.len_utf8();
            let ok = char_at(s, after).is_some_and(|a| {
                is_alnum(a)
                    && (n != ',' || (prev_digit && a.is_ascii_digit()))
                    && (n != '.' || prev_digit == a.is_ascii_digit())
            });
            if !ok {
                break;
            }
            ascii &= n.is_ascii();
            end = after;
        }
        // keep the period of `U.S.`, `Mr.` and `W.` with its word, and of a
        // longer listed title (`Capt.`, `Prof.`, `Messrs.`): split from it,
        // the period ended the speaker phrase it opens
        if b.get(end) == Some(&b'.') {
            let word = &s[start..end];
            // (looked up only for a capitalised word: most words before a
            // period end a sentence)
            let listed = is_capitalised(word) && w.abbreviations.get(word).is_some();
            if (is_abbreviation_like(word) || listed)
                && takes_period(text, base + start, base + end, listed)
            {
                end += 1;
            }
        }
        let (class, lemma) = w.classes_at(s, start, end, ascii);
        push(
            out,
            Tok::new(Span::new(base + start, base + end), true, lemma, class),
            extent,
        );
        // (most words end at a space, which is passed over here)
        i = end + usize::from(b.get(end) == Some(&b' '));
    }
}

/// The first index of `toks` whose token is not `before` (as
/// `partition_point`; `before` holds for a prefix), searched outward from
/// `hint`: the windows of a document come in text order, near each other,
/// and a binary search over the tokens of a long sentence missed the cache
/// at nearly every step (a third of the time on text dense with
/// quotations).
fn gallop(toks: &[Tok], hint: usize, before: impl Fn(&Tok) -> bool) -> usize {
    let n = toks.len();
    let h = hint.min(n);
    let (mut lo, mut hi) = (0, n);
    let mut step = 1;
    if h < n && before(&toks[h]) {
        lo = h + 1;
        while h + step < n {
            if before(&toks[h + step]) {
                lo = h + step + 1;
                step *= 2;
            } else {
                hi = h + step;
                break;
            }
        }
    } else {
        hi = h;
        while step <= h {
            if before(&toks[h - step]) {
                lo = h - step + 1;
                break;
            }
            hi = h - step;
            step *= 2;
        }
    }
    lo + toks[lo..hi].partition_point(before)
}

/// Pushes `t` onto `out`, which is to hold the tokens of `extent`. When full, `out` grows by what the text read so far predicts
/// for the rest, not by doubling: the tokens of a whole document live on
/// through the later stages, and a doubled list is up to twice the room
/// they need (text dense with tokens, a byte each, then took over 38× its
/// size, most of it spare).
#[inline]
fn push(out: &mut Vec<Tok>, t: Tok, extent: Span) {
    if out.len() == out.capacity() {
        grow(out, t.start as usize, extent);
    }
    out.push(t);
}

/// Room for the tokens of `extent` from `at` on, at the density of the
/// tokens so far, and at least an eighth more (so that growth stays
/// geometric and the copying linear, whatever the text).
#[cold]
fn grow(out: &mut Vec<Tok>, at: usize, extent: Span) {
    let n = out.len();
    let read = at.saturating_sub(extent.start);
    let rest = extent.end.saturating_sub(at);
    let predicted = n.saturating_mul(rest) / read.max(1);
    out.reserve_exact(predicted.max(n / 8) + 16);
}

fn punctuation(start: usize, len: usize) -> Tok {
    Tok::new(Span::new(start, start + len), false, 0, Class::NONE)
}

/// The character at byte `i` of `s` (a char boundary), without decoding
/// for ASCII, which is nearly all of the text.
fn char_at(s: &str, i: usize) -> Option<char> {
    match s.as_bytes().get(i) {
        Some(&b) if b < 0x80 => Some(b as char),
        Some(_) => s[i..].chars().next(),
        None => None,
    }
}

fn joins(prev_digit: bool, n: char) -> bool {
    matches!(n, '\'' | '’' | '-' | '.' | '‐') || (n == ',' && prev_digit)
}

/// What follows a period: the end of the text (past closing marks and
/// white space), the sentence going on in lower case, or anything else.
/// (Read in the whole text, not the window being tokenized: a word is
/// the same token in every window that holds it.)
#[derive(PartialEq)]
enum AfterPeriod {
    End,
    GoesOn,
    Other,
}

fn after_period(b: &[u8], mut i: usize) -> AfterPeriod {
    while let Some(&c) = b.get(i) {
        match c {
            b' ' | b'\t' | b'\n' | b'\r' | b'"' | b'\'' | b')' | b']' => i += 1,
            // (a closing ” or ’)
            0xE2 if b[i..].starts_with("”".as_bytes()) || b[i..].starts_with("’".as_bytes()) => {
                i += 3
            }
            c if c.is_ascii_lowercase() || c.is_ascii_digit() || c == b',' || c == b';' => {
                return AfterPeriod::GoesOn
            }
            _ => return AfterPeriod::Other,
        }
    }
    AfterPeriod::End
}

/// Whether the abbreviation-like word `text[start..end]` owns the period
/// after it. A sentence's full stop is never part of a name (`said Kim.`,
/// `said Majority Leader John Doe.`): a short capitalised word that is no
/// abbreviation takes its period only where the sentence goes on in lower
/// case (`Harrisburg, Pa., said`), and an initial (`John F. Doe`) only
/// where the text goes on (before a capital it stays an initial: `Malcolm
/// X. Then` is read as `George W. Bush`). An abbreviation of the list (`Mr.`, `Gen.`,
/// `Jr.`, `Inc.`) and a dotted initialism (`U.S.`, `F.A.A.`) keep theirs
/// even at the end of a sentence, where one period serves as both (`said
/// John Doe Jr.` names `John Doe Jr.`, as the name is written), while
/// `Tchadinfos.com.` ends in a full stop. Asked only of a short or dotted
/// word before a period, so the lookups cost little.
fn takes_period(text: &str, start: usize, end: usize, listed: bool) -> bool {
    let word = &text[start..end];
    let initialism = word
        .rsplit_once('.')
        .is_some_and(|(_, last)| last.chars().nth(1).is_none());
    if initialism || listed {
        return true;
    }
    match after_period(text.as_bytes(), end + 1) {
        AfterPeriod::End => false,
        AfterPeriod::GoesOn => true,
        // (an initial before the rest of its name)
        AfterPeriod::Other => word.len() == 1 && !word.contains('.'),
    }
}

/// A dash token, as news text sets one between phrases: an em dash, a
/// horizontal bar, an en dash, or a hyphen or two standing alone.
/// The characters a dash token opens with (`--` opens with a hyphen).
pub const DASH_CHARS: [char; 4] = ['—', '―', '–', '-'];

pub fn is_dash(t: &str) -> bool {
    matches!(t, "—" | "―" | "–" | "-" | "--")
}

/// A word of ASCII letters with a capital first (`Capt`, `Messrs`): a
/// listed abbreviation spelt so is a title or a name's part, and keeps its
/// period; `approx.` in lower case ends a sentence as often as not.
fn is_capitalised(word: &str) -> bool {
    word.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
        && word.bytes().all(|b| b.is_ascii_alphabetic())
}

fn is_abbreviation_like(w: &str) -> bool {
    // (a byte loop: the words are short, and a memchr's set-up was most of
    // the cost of `contains`)
    w.bytes().any(|b| b == b'.')
        || (w.len() <= 3
            && w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().all(char::is_alphabetic)
            && w != "AP")
}

#[cfg(test)]
mod tests {
    #[test]
    fn gallop_finds_what_partition_point_finds() {
        // every cut of every length, from every hint
        for n in 0..40usize {
            let toks: Vec<Tok> = (0..n)
                .map(|k| Tok::new(Span::new(2 * k, 2 * k + 1), true, 0, Class::NONE))
                .collect();
            for cut in 0..=2 * n + 1 {
                let before = |t: &Tok| t.span().start < cut;
                let want = toks.partition_point(before);
                for hint in 0..=n + 2 {
                    assert_eq!(super::gallop(&toks, hint, before), want, "{n} {cut} {hint}");
                }
            }
        }
    }

    use super::*;

    fn words(t: &str) -> Vec<&str> {
        tokenize(t, Span::new(0, t.len()), &Lexicon::builtin())
            .iter()
            .map(|k| k.text(t))
            .collect()
    }

    #[test]
    fn keeps_names_whole() {
        assert_eq!(
            words("NATO Secretary-General O’Malley, U.S. envoy"),
            vec![
                "NATO",
                "Secretary-General",
                "O’Malley",
                ",",
                "U.S.",
                "envoy"
            ]
        );
    }

    #[test]
    fn numbers_and_edges() {
        assert_eq!(
            words("’90s: 1,000 people, 3.5 percent, Jones’ end.Next 'word'"),
            vec![
                "’", "90s", ":", "1,000", "people", ",", "3.5", "percent", ",", "Jones", "’",
                "end.Next", "'", "word", "'"
            ]
        );
    }
}
