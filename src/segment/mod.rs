//! Sentence segmentation inside paragraphs.
//!
//! A single forward pass over each paragraph finds candidate ends (runs of
//! `.`, `?`, `!`, `…` with any closing quotes or brackets after them, followed
//! by white space) and asks [`rules`] whether each one really ends a sentence,
//! looking at the word before it and the word after it. Every look-around is
//! bounded, so the pass is linear in the paragraph even on hostile input.
//! List markers and bullets add boundaries of their own.

mod rules;
mod scan;

use crate::document::Document;
use crate::lexicon::Lexicon;
use crate::span::Span;

/// One sentence: its index in the document, its paragraph, its byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub index: usize,
    pub paragraph: usize,
    pub span: Span,
}

/// Splits every body paragraph of a document into sentences, in order.
pub fn sentences(doc: &Document, lexicon: &Lexicon) -> Vec<Sentence> {
    let mut out = Vec::new();
    for p in &doc.paragraphs {
        for span in split_paragraph(&doc.text, p.span, lexicon) {
            out.push(Sentence {
                index: out.len(),
                paragraph: p.index,
                span,
            });
        }
    }
    // the list lives on through every later stage: no room to spare
    out.shrink_to_fit();
    out
}

/// Splits one paragraph (a span of `text`) into trimmed, non-empty sentence
/// spans that cover every non-space character of it.
pub fn split_paragraph(text: &str, para: Span, lexicon: &Lexicon) -> Vec<Span> {
    let p = para.slice(text);
    let starts = scan::sentence_starts(p, lexicon);
    let mut out = Vec::with_capacity(starts.len());
    for (k, &s) in starts.iter().enumerate() {
        let e = starts.get(k + 1).copied().unwrap_or(p.len());
        let span = Span::new(para.start + s, para.start + e).trim(text);
        if !span.is_empty() {
            out.push(span);
        }
    }
    out
}

/// Splits a free text (as read from a file or stdin) into sentences, with
/// the document model's paragraph rules but no header or headline removal.
pub fn split_text(text: &str, lexicon: &Lexicon) -> Vec<Span> {
    crate::document::paragraph_spans(text)
        .into_iter()
        .flat_map(|p| split_paragraph(text, p, lexicon))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(t: &str) -> Vec<&str> {
        let lx = Lexicon::builtin();
        split_text(t, &lx).into_iter().map(|s| s.slice(t)).collect()
    }

    #[test]
    fn abbreviations_and_initials() {
        assert_eq!(
            split("U.S. President George W. Bush told Putin on Dec. 13 that he will go. Then he left."),
            vec![
                "U.S. President George W. Bush told Putin on Dec. 13 that he will go.",
                "Then he left."
            ]
        );
    }

    #[test]
    fn citation_after_full_stop_stays() {
        assert_eq!(
            split("Margelov said. (Interfax, March 18). Next one."),
            vec!["Margelov said. (Interfax, March 18).", "Next one."]
        );
    }

    #[test]
    fn quote_then_lowercase_attribution() {
        assert_eq!(
            split("\u{201c}It is over.\u{201d} he said. \u{201c}So what?\u{201d} said Harry."),
            vec![
                "\u{201c}It is over.\u{201d} he said.",
                "\u{201c}So what?\u{201d} said Harry."
            ]
        );
    }

    #[test]
    fn numbers_do_not_split() {
        assert_eq!(
            split("It cost $2.3 billion, up 3.5% from 1,500. Fine."),
            vec!["It cost $2.3 billion, up 3.5% from 1,500.", "Fine."]
        );
    }

    #[test]
    fn hostile_input_is_linear_enough() {
        let t = ".".repeat(200_000) + &" . ".repeat(100_000) + &"(".repeat(100_000);
        let lx = Lexicon::builtin();
        let n = split_text(&t, &lx).len();
        assert!(n >= 1);
    }
}
