//! Quotation marks: which characters they are and what they may do.
//!
//! Curly marks say which side they are on; straight marks (`"`, `'`, `''`)
//! are read from the characters around them. An apostrophe (`Russia’s`,
//! `don’t`, `’90s`, `rock ’n’ roll`) is not a mark at all.

use crate::chars::{eight, is_alnum};

/// The two nesting levels news text uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Double,
    Single,
}

/// What a mark can do where it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Open,
    Close,
    /// Either; the pairing decides from what is open.
    Either,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    /// `„` opens a quotation that `“` closes (German style).
    pub low_open: bool,
    pub pos: usize,
    /// Bytes: one to three.
    pub len: u8,
    pub level: Level,
    pub role: Role,
}

/// Every quotation mark in `p` (a paragraph), in order; `base` is added to
/// the positions. An iterator, not a list: text dense with marks would
/// hold a list of them as large as itself many times over, and pairing
/// reads each mark once.
pub fn marks(p: &str, base: usize) -> Marks<'_> {
    Marks {
        p,
        base,
        i: 0,
        queued: [None, None],
    }
}

/// The marks of a paragraph; see [`marks`].
pub struct Marks<'a> {
    p: &'a str,
    base: usize,
    /// Where reading goes on.
    i: usize,
    /// Marks found but not yet handed out (a run of three apostrophes is
    /// two marks), first one first.
    queued: [Option<Mark>; 2],
}

impl Iterator for Marks<'_> {
    type Item = Mark;

    fn next(&mut self) -> Option<Mark> {
        if let Some(m) = self.queued[0].take() {
            self.queued[0] = self.queued[1].take();
            return Some(m);
        }
        let (p, base) = (self.p, self.base);
        let b = p.as_bytes();
        while self.i < b.len() {
            // (marks are few: skip eight bytes at a time to the next `"`,
            // `'` or non-ASCII byte, in a loop of its own)
            while eight::at(b, self.i).is_some_and(|x| !may_mark(x)) {
                self.i += 8;
            }
            let i = self.i;
            if i >= b.len() {
                break;
            }
            let c = b[i];
            if c == b'"' {
                self.i += 1;
                return Some(straight(p, i, 1, Level::Double, base));
            }
            if c == b'\'' {
                let mut k = i;
                while k < b.len() && b[k] == b'\'' {
                    k += 1;
                }
                self.i = k;
                let [first, second] = apostrophes(p, i, k - i, base);
                if first.is_some() {
                    self.queued[0] = second;
                    return first;
                }
                continue;
            }
            if c < 0x80 {
                self.i += 1;
                continue;
            }
            let ch = p[i..].chars().next().unwrap_or(' ');
            let n = ch.len_utf8();
            self.i += n;
            let m = |level, role| {
                Some(Mark {
                    low_open: ch == '\u{201e}',
                    pos: base + i,
                    len: n as u8,
                    level,
                    role,
                })
            };
            let found = match ch {
                // a mark typed the wrong way round is read by its context:
                // `unusual,“ said` closes, ` ”Hello` opens
                '\u{201c}' if misturned(p, i, n, false) => m(Level::Double, Role::Close),
                '\u{201d}' if misturned(p, i, n, true) => m(Level::Double, Role::Open),
                '\u{201c}' | '\u{201e}' | '\u{ab}' | '\u{201f}' => m(Level::Double, Role::Open),
                '\u{201d}' | '\u{bb}' => m(Level::Double, Role::Close),
                '\u{2039}' => m(Level::Single, Role::Open),
                '\u{203a}' => m(Level::Single, Role::Close),
                // ‘90s is an elided year, not an opening mark; `Trump‘s`, a
                // mark typed for an apostrophe inside a word, is none either
                '\u{2018}' if opens_single(p, i, n) => m(Level::Single, Role::Open),
                '\u{2019}' => single_close_role(p, i, n).and_then(|role| m(Level::Single, role)),
                _ => None,
            };
            if found.is_some() {
                return found;
            }
        }
        None
    }
}

/// Whether a byte of `x` may start a mark: `"`, `'` or a byte beyond
/// ASCII (or `#` or `&`, which the byte loop passes over: one test for
/// both marks, as setting bits 0 and 2 makes `"` (0x22) and `'` (0x27)
/// one byte, 0x27, and only those two others with them).
fn may_mark(x: u64) -> bool {
    eight::has_non_ascii(x) || eight::has(x | 0x0505_0505_0505_0505, b'\'')
}

/// An opening mark with a word or punctuation before it and a space after,
/// or a closing mark with a space before it and a word after.
fn misturned(p: &str, i: usize, n: usize, closing: bool) -> bool {
    let before = prev_char(p, i);
    let after = next_char(p, i + n);
    let tight = |c: Option<char>| c.is_some_and(|c| is_alnum(c) || ".,!?…".contains(c));
    let loose = |c: Option<char>| c.is_none_or(char::is_whitespace);
    if closing {
        before.is_none_or(char::is_whitespace) && after.is_some_and(is_alnum)
    } else {
        tight(before) && loose(after)
    }
}

/// `‘` opens unless it starts an elided year (`‘90s`) or stands between
/// two letters as a misplaced apostrophe (`Trump‘s`).
fn opens_single(p: &str, i: usize, n: usize) -> bool {
    let next = next_char(p, i + n);
    let elided_year = next.is_some_and(|c| c.is_ascii_digit());
    let inside_word = prev_char(p, i).is_some_and(is_alnum) && next.is_some_and(is_alnum);
    !elided_year && !inside_word
}

fn prev_char(p: &str, i: usize) -> Option<char> {
    p[..i].chars().next_back()
}

fn next_char(p: &str, i: usize) -> Option<char> {
    p.get(i..).and_then(|s| s.chars().next())
}

fn opens_before(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '(' | '[' | '{' | '—' | '–' | '-' | '/' | '\u{201c}' | '\u{2018}' | '"' | '\''
                )
        }
    }
}

fn closes_after(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '.' | ','
                        | ';'
                        | ':'
                        | '!'
                        | '?'
                        | ')'
                        | ']'
                        | '}'
                        | '—'
                        | '–'
                        | '-'
                        | '…'
                        | '\u{201d}'
                        | '\u{2019}'
                        | '"'
                        | '\''
                )
        }
    }
}

fn straight(p: &str, i: usize, len: u8, level: Level, base: usize) -> Mark {
    let before = prev_char(p, i);
    let after = next_char(p, i + usize::from(len));
    let can_open =
        opens_before(before) && !after.is_some_and(char::is_whitespace) && after.is_some();
    let can_close =
        closes_after(after) && !before.is_some_and(char::is_whitespace) && before.is_some();
    let role = match (can_open, can_close) {
        (true, false) => Role::Open,
        (false, true) => Role::Close,
        _ => Role::Either,
    };
    Mark {
        low_open: false,
        pos: base + i,
        len,
        level,
        role,
    }
}

/// A run of ASCII apostrophes: `'` is a single mark or an apostrophe, `''`
/// is a double mark (a typewriter convention), `'''` is both.
fn apostrophes(p: &str, i: usize, run: usize, base: usize) -> [Option<Mark>; 2] {
    match run {
        1 => {
            let before = prev_char(p, i);
            let after = next_char(p, i + 1);
            let word_before = before.is_some_and(is_alnum);
            let word_after = after.is_some_and(is_alnum);
            if word_before && word_after {
                return [None, None]; // don't, Russia's
            }
            if !word_before && after.is_some_and(|c| c.is_ascii_digit()) {
                return [None, None]; // '90s
            }
            [Some(straight(p, i, 1, Level::Single, base)), None]
        }
        2 => [Some(straight(p, i, 2, Level::Double, base)), None],
        3 => {
            let m = straight(p, i, 3, Level::Double, base);
            let (single, double) = if m.role == Role::Open {
                ((i + 2, Role::Open), (i, Role::Open))
            } else {
                ((i, Role::Close), (i + 1, Role::Close))
            };
            let mark = |at: usize, len, level, role| Mark {
                low_open: false,
                pos: base + at,
                len,
                level,
                role,
            };
            let s = mark(single.0, 1, Level::Single, single.1);
            let d = mark(double.0, 2, Level::Double, double.1);
            if s.pos < d.pos {
                [Some(s), Some(d)]
            } else {
                [Some(d), Some(s)]
            }
        }
        _ => [None, None],
    }
}

/// `’` closes a single quotation only where no word goes on after it;
/// inside a word it is an apostrophe. After an `s` it may be either
/// (`Jones’`): the pairing decides.
fn single_close_role(p: &str, i: usize, n: usize) -> Option<Role> {
    let before = prev_char(p, i);
    let after = next_char(p, i + n);
    if before.is_some_and(is_alnum) && after.is_some_and(is_alnum) {
        return None;
    }
    if before.is_none_or(char::is_whitespace) {
        return None; // ’90s, ’n’
    }
    Some(Role::Close)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles(s: &str) -> Vec<(Level, Role)> {
        marks(s, 0).map(|m| (m.level, m.role)).collect()
    }

    #[test]
    fn a_chunk_with_a_mark_is_never_skipped() {
        for c in 0..=255u8 {
            for at in 0..8 {
                let mut b = [b'a'; 8];
                b[at] = c;
                let x = u64::from_le_bytes(b);
                let mark = c == b'"' || c == b'\'' || c >= 0x80;
                assert_eq!(may_mark(x), mark || c == b'#' || c == b'&', "{c} at {at}");
            }
        }
    }

    #[test]
    fn apostrophes_are_not_marks() {
        assert!(roles("Russia’s don’t Topol-M’s ’90s rock ’n’ roll").len() <= 1);
        assert!(roles("don't Russia's '90s").is_empty());
        // an opening single mark typed for an apostrophe
        assert!(roles("Trump‘s view").is_empty());
    }

    #[test]
    fn straight_quotes_read_context() {
        assert_eq!(
            roles("He said \"yes,\" and left."),
            vec![(Level::Double, Role::Open), (Level::Double, Role::Close)]
        );
    }
}
