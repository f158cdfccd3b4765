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
    pub len: usize,
    pub level: Level,
    pub role: Role,
}

/// Every quotation mark in `p` (a paragraph), in order; `base` is added to
/// the positions.
pub fn marks(p: &str, base: usize) -> Vec<Mark> {
    let b = p.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        // (marks are few: skip eight bytes at a time to the next `"`, `'`
        // or non-ASCII byte)
        while let Some(x) = eight::at(b, i) {
            if eight::has_non_ascii(x) || eight::has(x, b'"') || eight::has(x, b'\'') {
                break;
            }
            i += 8;
        }
        let Some(&c) = b.get(i) else { break };
        if c == b'"' {
            out.push(straight(p, i, 1, Level::Double, base));
            i += 1;
            continue;
        }
        if c == b'\'' {
            let mut k = i;
            while k < b.len() && b[k] == b'\'' {
                k += 1;
            }
            apostrophes(p, i, k - i, base, &mut out);
            i = k;
            continue;
        }
        if c < 0x80 {
            i += 1;
            continue;
        }
        let ch = p[i..].chars().next().unwrap_or(' ');
        let n = ch.len_utf8();
        let m = |level, role| Mark {
            low_open: ch == '\u{201e}',
            pos: base + i,
            len: n,
            level,
            role,
        };
        match ch {
            // a mark typed the wrong way round is read by its context:
            // `unusual,“ said` closes, ` ”Hello` opens
            '\u{201c}' if misturned(p, i, n, false) => out.push(m(Level::Double, Role::Close)),
            '\u{201d}' if misturned(p, i, n, true) => out.push(m(Level::Double, Role::Open)),
            '\u{201c}' | '\u{201e}' | '\u{ab}' | '\u{201f}' => {
                out.push(m(Level::Double, Role::Open))
            }
            '\u{201d}' | '\u{bb}' => out.push(m(Level::Double, Role::Close)),
            '\u{2039}' => out.push(m(Level::Single, Role::Open)),
            '\u{203a}' => out.push(m(Level::Single, Role::Close)),
            // ‘90s is an elided year, not an opening mark; `Trump‘s`, a
            // mark typed for an apostrophe inside a word, is none either
            '\u{2018}' if opens_single(p, i, n) => out.push(m(Level::Single, Role::Open)),
            '\u{2019}' => {
                if let Some(role) = single_close_role(p, i, n) {
                    out.push(m(Level::Single, role));
                }
            }
            _ => {}
        }
        i += n;
    }
    out
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

fn straight(p: &str, i: usize, len: usize, level: Level, base: usize) -> Mark {
    let before = prev_char(p, i);
    let after = next_char(p, i + len);
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
fn apostrophes(p: &str, i: usize, run: usize, base: usize, out: &mut Vec<Mark>) {
    match run {
        1 => {
            let before = prev_char(p, i);
            let after = next_char(p, i + 1);
            let word_before = before.is_some_and(is_alnum);
            let word_after = after.is_some_and(is_alnum);
            if word_before && word_after {
                return; // don't, Russia's
            }
            if !word_before && after.is_some_and(|c| c.is_ascii_digit()) {
                return; // '90s
            }
            let m = straight(p, i, 1, Level::Single, base);
            out.push(m);
        }
        2 => out.push(straight(p, i, 2, Level::Double, base)),
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
                out.extend([s, d]);
            } else {
                out.extend([d, s]);
            }
        }
        _ => {}
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
        marks(s, 0).into_iter().map(|m| (m.level, m.role)).collect()
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
