//! Byte spans and the byte→char offset map.
//!
//! Everything inside attrib works in byte offsets (cheap slicing, no
//! re-counting); code-point offsets are added only when results leave the
//! library, through [`CharMap`].

use serde::Serialize;

/// A half-open byte range `[start, end)` into a document's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The text under the span. Callers only build spans on char boundaries;
    /// `get` keeps a stray span from panicking and yields "" instead.
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }

    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The span with leading and trailing white space removed.
    pub fn trim(&self, text: &str) -> Span {
        let s = self.slice(text);
        let lead = s.len() - s.trim_start().len();
        let t = s.trim();
        Span::new(self.start + lead, self.start + lead + t.len())
    }
}

/// Maps byte offsets to Unicode code-point offsets in O(log n) per lookup,
/// storing one entry per non-ASCII character only: news text is mostly ASCII,
/// so the map stays small.
#[derive(Debug, Clone)]
pub struct CharMap {
    /// (byte offset just past a multi-byte char, bytes saved so far)
    marks: Vec<(usize, usize)>,
}

impl CharMap {
    pub fn new(text: &str) -> CharMap {
        let mut marks = Vec::new();
        let mut extra = 0usize;
        if !text.is_ascii() {
            for (i, c) in text.char_indices() {
                let n = c.len_utf8();
                if n > 1 {
                    extra += n - 1;
                    marks.push((i + n, extra));
                }
            }
        }
        CharMap { marks }
    }

    /// Code-point offset of a byte offset that lies on a char boundary.
    pub fn char_offset(&self, byte: usize) -> usize {
        let k = self.marks.partition_point(|&(b, _)| b <= byte);
        if k == 0 {
            byte
        } else {
            byte - self.marks[k - 1].1
        }
    }

    /// Byte and char offsets of a span, ready for output.
    pub fn offsets(&self, span: Span) -> Offsets {
        Offsets {
            start: span.start,
            end: span.end,
            char_start: self.char_offset(span.start),
            char_end: self.char_offset(span.end),
        }
    }
}

/// A span as it appears in output: byte offsets and code-point offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Offsets {
    pub start: usize,
    pub end: usize,
    pub char_start: usize,
    pub char_end: usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_count_code_points() {
        let t = "a’b “c” d";
        let m = CharMap::new(t);
        for (ci, (bi, _)) in t.char_indices().enumerate() {
            assert_eq!(m.char_offset(bi), ci);
        }
        assert_eq!(m.char_offset(t.len()), t.chars().count());
    }

    #[test]
    fn ascii_is_identity() {
        let m = CharMap::new("plain text");
        assert_eq!(m.char_offset(5), 5);
    }

    #[test]
    fn trim_drops_outer_space() {
        let t = "  hi there \n";
        let s = Span::new(0, t.len()).trim(t);
        assert_eq!(s.slice(t), "hi there");
    }
}
