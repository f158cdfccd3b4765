//! Word tokens with byte spans, built on Unicode word boundaries (UAX #29)
//! so that `O’Malley`, `U.S` and `Russia’s` stay whole; hyphenated words
//! (`Secretary-General`) are joined back.

use crate::span::Span;
use unicode_segmentation::UnicodeSegmentation;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok {
    pub span: Span,
    /// Contains a letter or digit.
    pub word: bool,
}

impl Tok {
    pub fn text<'a>(&self, t: &'a str) -> &'a str {
        self.span.slice(t)
    }
}

/// Tokens of `text[window]`, white space dropped.
pub fn tokenize(text: &str, window: Span) -> Vec<Tok> {
    let s = window.slice(text);
    let mut out: Vec<Tok> = Vec::new();
    for (i, w) in s.split_word_bound_indices() {
        if w.chars().all(char::is_whitespace) {
            continue;
        }
        let span = Span::new(window.start + i, window.start + i + w.len());
        let word = w.chars().any(char::is_alphanumeric);
        // join `word-word` (no spaces) into one token
        if let [.., a, h] = out.as_slice() {
            if a.word
                && h.text(text) == "-"
                && a.span.end == h.span.start
                && h.span.end == span.start
                && word
            {
                let start = a.span.start;
                out.pop();
                out.pop();
                out.push(Tok {
                    span: Span::new(start, span.end),
                    word: true,
                });
                continue;
            }
        }
        // keep the period of `U.S.`, `Mr.` and `W.` with its word
        if w == "." {
            if let Some(a) = out.last_mut() {
                let at = a.text(text);
                if a.word && a.span.end == span.start && is_abbreviation_like(at) {
                    a.span.end = span.end;
                    continue;
                }
            }
        }
        out.push(Tok { span, word });
    }
    out
}

fn is_abbreviation_like(w: &str) -> bool {
    w.contains('.')
        || (w.len() <= 3
            && w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().all(char::is_alphabetic)
            && w != "AP")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_names_whole() {
        let t = "NATO Secretary-General O’Malley, U.S. envoy";
        let toks: Vec<&str> = tokenize(t, Span::new(0, t.len()))
            .iter()
            .map(|k| k.text(t))
            .collect();
        assert_eq!(
            toks,
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
}
