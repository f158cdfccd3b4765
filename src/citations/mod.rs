//! Source citations: the parenthetical blocks news text closes sentences
//! and paragraphs with (`(AP, Reuters, November 6)`), read into entries of
//! outlet and date.

mod block;
mod inline;
mod scope;

pub use inline::sources as inline_sources;

pub use block::date_iso;
pub use scope::{link, Link, Scope};

use crate::document::Document;
use crate::lexicon::Lexicon;
use crate::span::Span;
use serde::Serialize;

/// Longest parenthesis read as a possible block, in bytes.
const BLOCK_REACH: usize = 400;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// The report rests on these outlets.
    Citation,
    /// `(see the Monitor, December 17)`: a pointer to earlier coverage.
    CrossReference,
    /// A source named in running text: `told Reuters`, `according to
    /// agency reports`.
    Inline,
}

/// One outlet (or a missing one) with its date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The outlet as written; None when the block lost it (`AP,, May 2`).
    pub source: Option<Span>,
    /// The normalized outlet name, when the outlet lexicon knows it.
    pub outlet: Option<String>,
    /// The date as written (shared by every outlet of its `;`-group).
    pub date: Option<Span>,
    /// Where the entry's name stands (zero-length for a missing name).
    pub span: Span,
    pub malformed: bool,
    /// A well-formed name the outlet lexicon does not know.
    pub unknown_outlet: bool,
    /// The outlet's journalist, for inline sources (`an interview with
    /// ABC’s Barbara Walters`).
    pub interviewer: Option<Span>,
}

/// One parenthetical block, brackets included.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub span: Span,
    pub kind: BlockKind,
    pub entries: Vec<Entry>,
    /// Some entry lost its name.
    pub malformed: bool,
}

/// Every citation block of a document, in text order.
pub fn blocks(doc: &Document, lx: &Lexicon) -> Vec<Block> {
    let text = &doc.text;
    let mut out = Vec::new();
    for p in &doc.paragraphs {
        let s = p.span.slice(text);
        let mut from = 0;
        // (a bracket by its byte, with the memchr crate's vector search:
        // `str::find` read the whole text a word at a time)
        while let Some(k) = memchr::memchr(b'(', &s.as_bytes()[from..]) {
            let open = from + k;
            from = open + 1;
            // the closing bracket within reach, with no bracket between
            let close = s[open + 1..]
                .char_indices()
                .take_while(|&(i, _)| i < BLOCK_REACH)
                .find(|&(_, c)| c == ')' || c == '(');
            let Some((close, ')')) = close else {
                continue;
            };
            let base = p.span.start + open;
            let outer = Span::new(base, base + close + 2);
            let inner = Span::new(base + 1, base + 1 + close);
            if let Some(b) = block::parse(text, outer, inner, lx) {
                out.push(b);
                from = open + close + 2;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(t: &str) -> Vec<Block> {
        blocks(&Document::new("t", t), &Lexicon::builtin())
    }

    fn sources(t: &str, b: &Block) -> Vec<Option<String>> {
        b.entries
            .iter()
            .map(|e| e.source.map(|s| s.slice(t).to_string()))
            .collect()
    }

    #[test]
    fn groups_share_their_date() {
        let t = "Talks went on (AP, November 3; New York Times, November 4; Interfax, November 5).";
        let b = &parse(t)[0];
        assert_eq!(b.entries.len(), 3);
        assert_eq!(b.entries[1].outlet.as_deref(), Some("The New York Times"));
        assert_eq!(b.entries[1].date.map(|d| d.slice(t)), Some("November 4"));
    }

    #[test]
    fn damaged_blocks_keep_nameless_entries() {
        let t = "It ended (Reuters, November 16; The Guardian, AP, November 17;, November 17, 19;, November 18; Interfax, RIA, November 19).";
        let b = &parse(t)[0];
        let s = sources(t, b);
        assert_eq!(s.len(), 7);
        assert_eq!(s[3], None);
        assert_eq!(
            b.entries[3].date.map(|d| d.slice(t)),
            Some("November 17, 19")
        );
        assert!(b.malformed && b.entries[3].malformed);
        let t = "Done (AP, Interfax,, December 17).";
        assert_eq!(
            sources(t, &parse(t)[0]),
            vec![Some("AP".into()), Some("Interfax".into()), None]
        );
    }

    #[test]
    fn other_parentheses_are_not_citations() {
        for t in [
            "A map (MAP) here.",
            "The missile (designated SS-27 by NATO) flew.",
            "Its withdrawal (or abrogation of) the treaty.",
            "Amend it (rather than doing away with it entirely) now.",
        ] {
            assert!(parse(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn iso_dates_need_a_year() {
        assert_eq!(date_iso("November 6", 2001).as_deref(), Some("2001-11-06"));
        assert_eq!(
            date_iso("November 2-3", 2001).as_deref(),
            Some("2001-11-02")
        );
        assert_eq!(
            date_iso("November 17, 19", 2001).as_deref(),
            Some("2001-11-17")
        );
        assert_eq!(date_iso("Sept. 9", 2001).as_deref(), Some("2001-09-09"));
        assert_eq!(date_iso("Jun. 9", 2001).as_deref(), Some("2001-06-09"));
    }

    #[test]
    fn unknown_outlets_and_cross_references() {
        let t = "He said so (Kommersantik, March 3). Earlier (see the Monitor, December 17).";
        let b = parse(t);
        assert!(b[0].entries[0].unknown_outlet);
        assert_eq!(b[1].kind, BlockKind::CrossReference);
        assert_eq!(b[1].entries[0].outlet.as_deref(), Some("Monitor"));
    }
}
