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

/// Maps byte offsets to Unicode code-point offsets in O(1) per lookup. A
/// text that is all ASCII needs no map. Otherwise every 64 bytes have one
/// entry: the characters before the block and a bit for each byte that
/// starts a character, so the map is a quarter of the text's size whatever
/// its content (one entry per non-ASCII character was five times the
/// text's size on random bytes).
#[derive(Debug, Clone)]
pub struct CharMap {
    blocks: Vec<Block>,
}

#[derive(Debug, Clone, Copy)]
struct Block {
    chars_before: usize,
    starts: u64,
}

impl CharMap {
    pub fn new(text: &str) -> CharMap {
        if text.is_ascii() {
            return CharMap { blocks: Vec::new() };
        }
        let mut blocks = Vec::with_capacity(text.len() / 64 + 1);
        let mut chars = 0;
        for chunk in text.as_bytes().chunks(64) {
            let mut starts = 0u64;
            let mut k = 0;
            while let Some(x) = crate::chars::eight::at(chunk, k) {
                starts |= char_starts(x) << k;
                k += 8;
            }
            for (k, &b) in chunk.iter().enumerate().skip(k) {
                starts |= u64::from(is_char_start(b)) << k;
            }
            blocks.push(Block {
                chars_before: chars,
                starts,
            });
            chars += starts.count_ones() as usize;
        }
        CharMap { blocks }
    }

    /// Code-point offset of a byte offset that lies on a char boundary.
    pub fn char_offset(&self, byte: usize) -> usize {
        if self.blocks.is_empty() {
            return byte;
        }
        let (k, bit) = (byte / 64, byte % 64);
        match self.blocks.get(k) {
            Some(b) => b.chars_before + (b.starts & ((1u64 << bit) - 1)).count_ones() as usize,
            // the end of a text whose length is a multiple of 64
            None => {
                let last = self.blocks[self.blocks.len() - 1];
                last.chars_before + last.starts.count_ones() as usize
            }
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

/// Not a continuation byte (`10xxxxxx`).
fn is_char_start(b: u8) -> bool {
    (b as i8) >= -0x40
}

/// A bit for each of the eight bytes of `x` (little-endian) that starts a
/// character: the test of [`is_char_start`] made on all eight at once.
fn char_starts(x: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let continuation = x & !(x << 1) & HIGH;
    // one bit at the bottom of each byte that starts a character, gathered
    // into the low byte by a multiplication
    let starts = (!continuation & HIGH) >> 7;
    starts.wrapping_mul(0x0102_0408_1020_4080) >> 56
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
    fn eight_char_starts_at_once() {
        let samples: [[u8; 8]; 4] = [
            *b"abcdefgh",
            [0x80, 0xbf, 0xc0, 0xff, 0x7f, 0x00, 0x40, 0xe2],
            [0xe2, 0x80, 0x9c, 0x41, 0xf0, 0x9f, 0x98, 0x80],
            [0xbf; 8],
        ];
        for b in samples
            .into_iter()
            .chain((0..=255u8).map(|c| [c, 0x80, c, b'a', c, 0xc3, 0xa9, c]))
        {
            let want = (0..8).fold(0u64, |m, k| m | u64::from(is_char_start(b[k])) << k);
            assert_eq!(char_starts(u64::from_le_bytes(b)), want, "{b:?}");
        }
    }

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
    fn char_offsets_hold_across_blocks() {
        // characters of 1 to 4 bytes straddling the 64-byte blocks, and
        // texts ending on a block boundary and inside a block
        for t in [
            "é".repeat(64),
            "ab€😀".repeat(40),
            "x".repeat(63) + "€",
            "€".repeat(3) + &"y".repeat(55),
        ] {
            let m = CharMap::new(&t);
            for (ci, (bi, _)) in t.char_indices().enumerate() {
                assert_eq!(m.char_offset(bi), ci, "{t:?} at byte {bi}");
            }
            assert_eq!(
                m.char_offset(t.len()),
                t.chars().count(),
                "{t:?} at the end"
            );
        }
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
