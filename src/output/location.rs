//! Places in an input file for people and editors: line, column and a
//! short excerpt, shared by `audit` and `eval` findings.

use crate::span::Span;
use serde::Serialize;

/// Characters of an excerpt, at most (a longer one ends in `…`).
const EXCERPT_CHARS: usize = 60;

/// A place in an input file, for people and editors.
#[derive(Debug, Clone, Serialize)]
pub struct Location {
    pub file: String,
    pub line: usize,
    pub col: usize,
    pub excerpt: String,
}

/// 1-based line and column (in characters) of a byte offset, with a short
/// excerpt of the text there.
pub fn location(file: &str, text: &str, s: Span) -> Location {
    let before = &text[..s.start];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |k| k + 1);
    let col = text[line_start..s.start].chars().count() + 1;
    let raw: String = s
        .slice(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let excerpt = if raw.chars().count() > EXCERPT_CHARS {
        raw.chars().take(EXCERPT_CHARS - 1).collect::<String>() + "…"
    } else {
        raw
    };
    Location {
        file: file.to_string(),
        line,
        col,
        excerpt,
    }
}
