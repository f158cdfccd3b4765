//! Places in an input file for people and editors: line, column and a
//! short excerpt, shared by `audit` and `eval` findings.

use crate::span::Span;
use serde::Serialize;

/// Characters of an excerpt, at most (a longer one ends in `…`).
const EXCERPT_CHARS: usize = 60;

/// Bytes (and characters) between two checkpoints of the offset tables.
const STEP: usize = 256;

/// A place in an input file, for people and editors.
#[derive(Debug, Clone, Serialize)]
pub struct Location {
    pub file: String,
    pub line: usize,
    pub col: usize,
    pub excerpt: String,
}

/// Finds places in one text. The line starts and two offset tables are
/// built once, in one pass; each place then costs a binary search and at
/// most [`STEP`] bytes of counting, so a document with many findings is
/// located in linear time (a scan from the start for each finding made
/// `audit` on one 10 MB document take seconds).
#[derive(Debug)]
pub struct Locator<'a> {
    file: &'a str,
    text: &'a str,
    /// Byte offset of the start of every line.
    lines: Vec<usize>,
    /// Characters that start before byte `k * STEP`.
    chars_before: Vec<usize>,
    /// Byte offset of character `k * STEP`.
    char_bytes: Vec<usize>,
    /// Bytes read to answer questions after the tables were built (for
    /// the test that holds each answer to at most [`STEP`] of them).
    #[cfg(test)]
    read: std::cell::Cell<usize>,
}

impl<'a> Locator<'a> {
    pub fn new(file: &'a str, text: &'a str) -> Locator<'a> {
        let bytes = text.as_bytes();
        let mut lines = vec![0];
        lines.extend(memchr::memchr_iter(b'\n', bytes).map(|k| k + 1));
        let mut chars_before = Vec::with_capacity(bytes.len() / STEP + 1);
        let mut char_bytes = Vec::with_capacity(bytes.len() / STEP + 1);
        let mut chars = 0;
        for (k, &b) in bytes.iter().enumerate() {
            if k % STEP == 0 {
                chars_before.push(chars);
            }
            if !is_continuation(b) {
                if chars % STEP == 0 {
                    char_bytes.push(k);
                }
                chars += 1;
            }
        }
        Locator {
            file,
            text,
            lines,
            chars_before,
            char_bytes,
            #[cfg(test)]
            read: std::cell::Cell::new(0),
        }
    }

    /// Characters before byte `pos` (a char boundary).
    pub fn char_offset(&self, pos: usize) -> usize {
        let pos = pos.min(self.text.len());
        // (the text's end may fall on a multiple of STEP, past the last
        // checkpoint: count from the one before)
        let k = (pos / STEP).min(self.chars_before.len().saturating_sub(1));
        let Some(&before) = self.chars_before.get(k) else {
            return 0;
        };
        let bytes = &self.text.as_bytes()[k * STEP..pos];
        #[cfg(test)]
        self.read.set(self.read.get() + bytes.len());
        before + count_chars(bytes)
    }

    /// The byte offset of character `c` (the text's end past the last).
    pub fn byte_offset(&self, c: usize) -> usize {
        let Some(&from) = self.char_bytes.get(c / STEP) else {
            return self.text.len();
        };
        #[cfg(test)]
        self.read
            .set(self.read.get() + ((c % STEP) * 4).min(self.text.len() - from));
        self.text[from..]
            .char_indices()
            .nth(c % STEP)
            .map_or(self.text.len(), |(b, _)| from + b)
    }

    /// 1-based line and column (in characters) of a span's start, with a
    /// short excerpt of the text there.
    pub fn at(&self, s: Span) -> Location {
        let line = self.lines.partition_point(|&l| l <= s.start);
        let line_start = self.lines[line - 1];
        let col = self.char_offset(s.start) - self.char_offset(line_start) + 1;
        Location {
            file: self.file.to_string(),
            line,
            col,
            excerpt: excerpt(s.slice(self.text)),
        }
    }
}

/// The words of `text` joined by single spaces, cut at [`EXCERPT_CHARS`]
/// characters (with `…`); reads no further than it needs.
fn excerpt(text: &str) -> String {
    let mut out = String::new();
    let mut n = 0;
    for w in text.split_whitespace() {
        for c in (n > 0).then_some(' ').into_iter().chain(w.chars()) {
            if n == EXCERPT_CHARS {
                // one character too many: the last one gives way to `…`
                out.pop();
                out.push('…');
                return out;
            }
            out.push(c);
            n += 1;
        }
    }
    out
}

fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| !is_continuation(b)).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The old definition, a scan from the start.
    fn scanned(text: &str, s: Span) -> (usize, usize, String) {
        let before = &text[..s.start];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |k| k + 1);
        let col = text[line_start..s.start].chars().count() + 1;
        let raw = s
            .slice(text)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let excerpt = if raw.chars().count() > EXCERPT_CHARS {
            raw.chars().take(EXCERPT_CHARS - 1).collect::<String>() + "…"
        } else {
            raw
        };
        (line, col, excerpt)
    }

    /// Linear, counted rather than timed: each place of a long one-line
    /// document costs at most [`STEP`] bytes of reading, wherever it is (a
    /// scan from the start read half the document for each, on average).
    #[test]
    fn each_place_reads_a_bounded_stretch() {
        let text = "é".repeat(500_000) + &"x".repeat(500_000);
        let loc = Locator::new("f", &text);
        let n = 2_000;
        for k in 0..n {
            let pos = (text.len() - 1) * k / n;
            let pos = (0..=pos).rev().find(|&p| text.is_char_boundary(p)).unwrap();
            let at = loc.at(Span::new(pos, pos));
            assert_eq!(at.line, 1);
            assert_eq!(loc.byte_offset(loc.char_offset(pos)), pos);
        }
        // (`at` counts twice, the place and its line start; then the round trip)
        assert!(
            loc.read.get() <= n * 4 * STEP,
            "{} bytes read",
            loc.read.get()
        );
    }

    #[test]
    fn every_place_is_where_a_scan_finds_it() {
        let mut text = String::new();
        for k in 0..400 {
            text.push_str(
                [
                    "Ünïcödé “quoted” words ",
                    "plain ascii\n",
                    "\n",
                    "€€€ ",
                    "a  b\t c ",
                ][k % 5],
            );
        }
        let loc = Locator::new("f", &text);
        let bounds: Vec<usize> = text
            .char_indices()
            .map(|(b, _)| b)
            .chain([text.len()])
            .collect();
        for (i, &start) in bounds.iter().enumerate().step_by(7) {
            for &end in bounds[i..].iter().step_by(53).take(4) {
                let s = Span::new(start, end);
                let at = loc.at(s);
                assert_eq!((at.line, at.col, at.excerpt), scanned(&text, s), "{s:?}");
            }
            assert_eq!(loc.char_offset(start), i);
            assert_eq!(loc.byte_offset(i), start);
        }
        assert_eq!(loc.byte_offset(bounds.len() + 5), text.len());
        // a text whose end falls on a checkpoint: its end is a place too
        let even = "x".repeat(2 * STEP);
        let at_end = Locator::new("f", &even).at(Span::new(even.len(), even.len()));
        assert_eq!((at_end.line, at_end.col), (1, 2 * STEP + 1));
    }
}
