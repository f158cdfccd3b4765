//! The forward pass that finds sentence starts in one paragraph.

use super::rules::{self, Candidate, Next, Terminal};
use crate::lexicon::Lexicon;

/// How far any look-behind or look-ahead may reach, in bytes. Words and
/// citation parentheses are short; a longer run is not an abbreviation.
const WORD_REACH: usize = 64;
const PAREN_REACH: usize = 240;

/// Byte offsets (relative to `p`) where sentences start; the first is 0.
pub fn sentence_starts(p: &str, lx: &Lexicon) -> Vec<usize> {
    let b = p.as_bytes();
    let mut st = State {
        starts: vec![0],
        list: marker_at(p, 0).map(|m| m.next()),
    };
    let mut i = 0;
    // the next end mark and the next lead byte of `…` or a bullet, found by
    // memchr (vector instructions) and kept until passed
    let mut mark = Ahead::default();
    let mut lead = Ahead::default();
    while i < b.len() {
        if st.list.is_some() {
            // (white space matters too once a list has opened: by table)
            match b[i..].iter().position(|&c| LIST_BYTES[c as usize]) {
                Some(k) => i += k,
                None => break,
            }
        } else {
            let m = mark.from(i, |i| memchr::memchr3(b'.', b'?', b'!', &b[i..]));
            let l = lead.from(i, |i| memchr::memchr(0xE2, &b[i..]));
            match m.min(l) {
                usize::MAX => break,
                k => i = k,
            }
        }
        match b[i] {
            b'.' | b'?' | b'!' => {
                i = terminal(p, i, lx, &mut st);
                continue;
            }
            // curly quotes and dashes (E2 80 93/94/98/99/9C/9D) end nothing
            0xE2 if b.get(i + 1) == Some(&0x80)
                && matches!(b.get(i + 2), Some(0x93 | 0x94 | 0x98 | 0x99 | 0x9C | 0x9D)) =>
            {
                i += 3;
                continue;
            }
            0xE2 => {
                let rest = &b[i..];
                if rest.starts_with("…".as_bytes()) {
                    i = terminal(p, i, lx, &mut st);
                    continue;
                }
                if is_bullet_at(p, i) && i > 0 && b[i - 1].is_ascii_whitespace() {
                    st.push(p, i);
                }
            }
            b' ' | b'\t' | b'\n' | b'\r' => {
                if let Some(want) = st.list {
                    if let Some(m) = marker_at(p, i + 1) {
                        if m.style == want.style && m.value == want.value {
                            st.push(p, i + 1);
                            st.list = Some(m.next());
                        }
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    st.starts
}

/// Bytes that may end a sentence or open a bullet (`.`, `?`, `!` and the
/// lead byte of `…` and of every bullet: `•`, `◦`, …), and white space,
/// before which a list marker may stand.
const LIST_BYTES: [bool; 256] = list_bytes();

/// Where the next byte of a kind stands at or after a position, searched
/// again only once the scan has passed it.
#[derive(Default)]
struct Ahead {
    /// The position found (`usize::MAX`: none left), once searched.
    at: Option<usize>,
}

impl Ahead {
    fn from(&mut self, i: usize, find: impl Fn(usize) -> Option<usize>) -> usize {
        match self.at {
            Some(at) if at >= i => at,
            _ => {
                let at = find(i).map_or(usize::MAX, |k| i + k);
                self.at = Some(at);
                at
            }
        }
    }
}

const fn list_bytes() -> [bool; 256] {
    let mut t = [false; 256];
    t[b'.' as usize] = true;
    t[b'?' as usize] = true;
    t[b'!' as usize] = true;
    t[0xE2] = true;
    t[b' ' as usize] = true;
    t[b'\t' as usize] = true;
    t[b'\n' as usize] = true;
    t[b'\r' as usize] = true;
    t
}

struct State {
    starts: Vec<usize>,
    /// The list marker expected next, once a list has opened.
    list: Option<Marker>,
}

impl State {
    fn push(&mut self, p: &str, pos: usize) {
        if pos < p.len() && pos > *self.starts.last().unwrap_or(&0) {
            self.starts.push(pos);
            if let Some(m) = marker_at(p, pos) {
                self.list = Some(m.next());
            }
        }
    }

    fn current_start(&self) -> usize {
        *self.starts.last().unwrap_or(&0)
    }
}

/// Handles a run of end marks starting at `i`; returns where scanning goes on.
fn terminal(p: &str, i: usize, lx: &Lexicon, st: &mut State) -> usize {
    let b = p.as_bytes();
    let attached = i > 0 && !space_before(b, i);
    let mut j = i;
    let mut dots = 0usize;
    let mut other_marks = false;
    let mut ellipsis_char = false;
    let mut first_spaced_dot = None;
    loop {
        match b.get(j) {
            Some(b'.') => {
                dots += 1;
                j += 1;
            }
            Some(b'?') | Some(b'!') => {
                other_marks = true;
                j += 1;
            }
            Some(b' ') if b.get(j + 1) == Some(&b'.') && (dots > 0 || ellipsis_char) => {
                first_spaced_dot.get_or_insert(j + 1);
                j += 1;
            }
            _ if b[j..].starts_with("…".as_bytes()) => {
                ellipsis_char = true;
                j += "…".len();
            }
            _ => break,
        }
    }
    // closing quotes and brackets, possibly with more end marks after them
    let mut closed_quote = false;
    while let Some(c) = p[j..].chars().next() {
        closed_quote |= is_closer(c) && c != ')' && c != ']';
        if is_closer(c) || c == '.' || c == '?' || c == '!' {
            j += c.len_utf8();
        } else {
            break;
        }
    }
    if j >= b.len() || space_at(b, j) == 0 {
        return j.max(i + 1);
    }
    let n = skip_space(b, j);
    if n >= b.len() {
        return j;
    }
    let kind = if let (true, Some(at)) = (attached && dots > 0, first_spaced_dot) {
        // "word. . . . Next": the sentence ends at the first period and the
        // spaced ellipsis opens the next one.
        if at == i + 2 {
            Terminal::PeriodThenEllipsis
        } else {
            Terminal::SpacedEllipsis { dots }
        }
    } else if first_spaced_dot.is_some() || (!attached && dots > 1) {
        Terminal::SpacedEllipsis { dots }
    } else if ellipsis_char || dots > 1 {
        Terminal::Ellipsis
    } else if other_marks {
        Terminal::QuestionOrBang
    } else {
        Terminal::Period
    };
    let (prev_start, prev) = word_before(p, i);
    let prev_start = prev_start + (prev.len() - strip_openers(prev).len());
    let prev = strip_openers(prev);
    let sentence_start = content_start(p, st.current_start());
    let unbulleted = prev.trim_start_matches(is_bullet);
    let after_colon = p[..prev_start].trim_end().ends_with(':');
    let prev_is_marker = (prev_start + (prev.len() - unbulleted.len()) == sentence_start
        || after_colon)
        && is_marker_word(unbulleted);
    if prev_is_marker && after_colon {
        // an inline list: `three parts: 1. Cut … 2. Open …`
        st.list = marker_at(p, prev_start).map(|m| m.next());
    }
    let prevprev_lower = word_before(p, prev_start.saturating_sub(1))
        .1
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase());
    let next = next_word(p, n);
    let attribution_follows = closed_quote
        && next.first.is_uppercase()
        && attribution_at(p, n, kind == Terminal::Period, lx);
    let cand = Candidate {
        kind,
        prev,
        prev_is_marker,
        prevprev_lower,
        attribution_follows,
        next,
    };
    if rules::ends_sentence(&cand, lx) {
        let at = match kind {
            Terminal::PeriodThenEllipsis => first_spaced_dot.unwrap_or(n),
            _ => n,
        };
        st.push(p, at);
    }
    j
}

/// Whether the words at `n` read as a speaker and a reporting verb
/// (`Trump said.`, `Sen. Ted Cruz asked`). After a full stop only a complete
/// short attribution counts (`Trump said.`), since `He said the plan …`
/// would open a new sentence.
fn attribution_at(p: &str, n: usize, after_period: bool, lx: &Lexicon) -> bool {
    let mut end = (n + 2 * WORD_REACH).min(p.len());
    while !p.is_char_boundary(end) {
        end -= 1;
    }
    let mut words = p[n..end].split_whitespace().take(6).enumerate().peekable();
    while let Some((k, w)) = words.next() {
        let core = w.trim_matches(|c: char| !c.is_alphanumeric());
        if k > 0 && lx.cue_lemma(core).is_some() {
            // `Cruz says, “That …”` introduces the next quotation instead
            if w.ends_with(['.', ',', ';']) {
                let opens_quote = words
                    .peek()
                    .is_some_and(|(_, nw)| nw.starts_with(is_opener));
                return !opens_quote;
            }
            // `Trump said of Apple …`, `Obama asked Republicans …` go on the
            // attribution; `Rubio claimed that …` is a sentence of its own
            return !after_period
                && words.peek().is_some_and(|(_, nw)| {
                    nw.starts_with(char::is_uppercase)
                        || ATTRIBUTION_TAIL.contains(&nw.trim_end_matches([',', '.']))
                });
        }
        if k == 0 && lx.starters.contains(core) {
            return false;
        }
        if !core.chars().next().is_some_and(|c| c.is_uppercase()) {
            return false;
        }
    }
    false
}

/// Words that continue an attribution after its verb (`said of`, `said in`).
const ATTRIBUTION_TAIL: &[&str] = &[
    "of",
    "to",
    "in",
    "on",
    "at",
    "during",
    "when",
    "as",
    "after",
    "before",
    "while",
    "with",
    "about",
    "from",
    "rhetorically",
    "recently",
    "later",
    "earlier",
    "today",
    "yesterday",
    "last",
    "this",
    "repeatedly",
    "again",
    "sarcastically",
    "angrily",
    "quietly",
    "then",
];

fn skip_space(b: &[u8], mut k: usize) -> usize {
    while k < b.len() {
        match space_at(b, k) {
            0 => break,
            n => k += n,
        }
    }
    k
}

/// The byte length of a space character starting at `k`, or 0: ASCII white
/// space, and the no-break and thin spaces news text puts after a full stop
/// (U+00A0, U+2009, U+200A, U+202F).
pub fn space_at(b: &[u8], k: usize) -> usize {
    match b.get(k..) {
        Some([c, ..]) if c.is_ascii_whitespace() => 1,
        Some([0xC2, 0xA0, ..]) => 2,
        Some([0xE2, 0x80, 0x89 | 0x8A | 0xAF, ..]) => 3,
        _ => 0,
    }
}

/// Whether a space character ends right before byte `k`.
fn space_before(b: &[u8], k: usize) -> bool {
    match k.checked_sub(1).map(|j| b[j]) {
        None => return false,
        // (an ASCII byte ends no longer character: one test)
        Some(c) if c < 0x80 => return c.is_ascii_whitespace(),
        Some(_) => {}
    }
    (k >= 2 && space_at(b, k - 2) == 2) || (k >= 3 && space_at(b, k - 3) == 3)
}

/// The word that ends just before byte `end`, reaching back at most
/// [`WORD_REACH`] bytes; returns its start and text ("" when too long).
fn word_before(p: &str, end: usize) -> (usize, &str) {
    let b = p.as_bytes();
    let end = end.min(b.len());
    let mut k = end;
    let floor = end.saturating_sub(WORD_REACH);
    while k > 0 && !space_before(b, k) {
        if k <= floor {
            return (end, "");
        }
        k -= 1;
    }
    match p.get(k..end) {
        Some(w) => (k, w),
        None => (end, ""),
    }
}

fn next_word(p: &str, n: usize) -> Next<'_> {
    let rest = &p[n..];
    let mut chars = rest.char_indices();
    let mut lead = 0;
    let mut first = ' ';
    let mut quoted = false;
    for (k, c) in chars.by_ref() {
        if is_opener(c) {
            quoted |= !matches!(c, '[' | '{');
            continue;
        }
        lead = k;
        first = c;
        break;
    }
    let tail = &rest[lead..];
    let mut w_end = tail.len().min(WORD_REACH);
    while !tail.is_char_boundary(w_end) {
        w_end -= 1;
    }
    let w = &tail[..w_end];
    let word = w.split(|c: char| c.is_whitespace()).next().unwrap_or("");
    let paren_ends_sentence = (first == '(').then(|| paren_holds_sentence(tail));
    Next {
        first,
        word,
        paren_ends_sentence,
        quoted,
    }
}

/// Whether the parenthesis opening `s` closes on a sentence end of its own
/// (`(He left.)`), as opposed to a citation such as `(Interfax, March 18)`.
fn paren_holds_sentence(s: &str) -> bool {
    let mut limit = s.len().min(PAREN_REACH);
    while !s.is_char_boundary(limit) {
        limit -= 1;
    }
    let inner = &s[..limit];
    match inner.find(')') {
        Some(k) => inner[..k]
            .trim_end_matches(is_closer)
            .ends_with(['.', '?', '!', '…']),
        None => true,
    }
}

fn content_start(p: &str, from: usize) -> usize {
    let mut k = from;
    for c in p[from..].chars() {
        if c.is_whitespace() || is_bullet(c) {
            k += c.len_utf8();
        } else {
            break;
        }
    }
    k
}

fn strip_openers(w: &str) -> &str {
    w.trim_start_matches(|c: char| is_opener(c) || c == '(')
}

pub(super) fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '[' | '{' | '\u{201c}' | '\u{2018}' | '\u{ab}' | '\u{2039}' | '\u{201e}'
    )
}

pub(super) fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | ')' | ']' | '}' | '\u{201d}' | '\u{2019}' | '\u{bb}' | '\u{203a}'
    )
}

fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '⁃' | '◦' | '▪' | '‣')
}

fn is_bullet_at(p: &str, i: usize) -> bool {
    p[i..].chars().next().is_some_and(is_bullet)
}

/// A list marker's look: `1.`, `1)`, `1.)`, `a.`, `a)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Marker {
    style: (bool, u8),
    value: u32,
}

impl Marker {
    fn next(self) -> Marker {
        Marker {
            value: self.value + 1,
            ..self
        }
    }
}

fn is_marker_word(w: &str) -> bool {
    let core = w.trim_end_matches([')', '.']);
    (1..=3).contains(&core.len()) && core.bytes().all(|c| c.is_ascii_digit())
        || core.len() == 1 && core.bytes().all(|c| c.is_ascii_lowercase())
}

/// A list marker starting at `pos` (after optional bullets), followed by space.
fn marker_at(p: &str, pos: usize) -> Option<Marker> {
    let pos = content_start(p, pos.min(p.len()));
    let b = p.as_bytes();
    let mut k = pos;
    let letter = b.get(k).is_some_and(|c| c.is_ascii_lowercase());
    let value = if letter {
        k += 1;
        u32::from(b[pos] - b'a') + 1
    } else {
        while k < b.len() && k - pos < 3 && b[k].is_ascii_digit() {
            k += 1;
        }
        if k == pos {
            return None;
        }
        p[pos..k].parse().ok()?
    };
    let suffix = if b[k..].starts_with(b".)") {
        2
    } else if b[k..].starts_with(b".") {
        1
    } else if b[k..].starts_with(b")") {
        3
    } else {
        return None;
    };
    let after = k + if suffix == 2 { 2 } else { 1 };
    if !b.get(after).is_some_and(|c| c.is_ascii_whitespace()) {
        return None;
    }
    Some(Marker {
        style: (letter, suffix),
        value,
    })
}
