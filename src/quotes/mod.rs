//! Quotation pairing: marks into quotations, with nesting, quotations that
//! run over several paragraphs, and recovery from unbalanced marks.
//!
//! Pairing is done paragraph by paragraph with a small stack, so a stray
//! mark can damage at most the rest of its own paragraph: a quotation still
//! open at a paragraph's end either continues (the next paragraph opens with
//! a quotation mark, the news convention for long quotations) or is closed
//! there and flagged `closed: false`.

mod marks;

use crate::document::Document;
use crate::span::Span;
use marks::{Level, Mark, Role};

/// One quotation as found in the text, before attribution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// Content pieces without the marks, one per paragraph it covers.
    pub parts: Vec<Span>,
    /// From the opening mark to the closing mark (or the paragraph end).
    pub outer: Span,
    pub closed: bool,
    /// Index of the paragraph it starts in.
    pub paragraph: usize,
    pub level: Level,
    /// Quotations nested inside this one (not reported on their own).
    pub nested: usize,
}

impl Quote {
    /// From the start of the first part to the end of the last.
    pub fn span(&self) -> Span {
        Span::new(self.parts[0].start, self.parts[self.parts.len() - 1].end)
    }
}

pub use marks::Level as QuoteLevel;

struct Open {
    mark: Mark,
    /// Where the quotation's first opening mark stands.
    first: usize,
    /// Parts already finished in earlier paragraphs (multi-paragraph quotes).
    done: Vec<Span>,
    paragraph: usize,
    nested: usize,
}

/// Finds the top-level quotations of a document, in text order.
pub fn find(doc: &Document) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut carry: Option<Open> = None;
    for (k, para) in doc.paragraphs.iter().enumerate() {
        let text = para.span.slice(&doc.text);
        let ms = marks::marks(text, para.span.start);
        let mut stack: Vec<Open> = Vec::new();
        let mut iter = ms.into_iter().peekable();
        if let Some(mut c) = carry.take() {
            // the carried quotation goes on if this paragraph opens with a mark
            match iter.peek() {
                Some(m)
                    if m.pos == para.span.start
                        && m.level == Level::Double
                        && m.role != Role::Close =>
                {
                    c.mark.pos = m.pos;
                    c.mark.len = m.len;
                    iter.next();
                    stack.push(c);
                }
                _ => {}
            }
        }
        for m in iter {
            step(&mut stack, m, para.index, &mut out);
        }
        // singles left open were apostrophes or stray marks
        while stack.last().is_some_and(|o| o.mark.level == Level::Single) {
            stack.pop();
        }
        if let Some(mut bottom) = (!stack.is_empty()).then(|| stack.swap_remove(0)) {
            let piece = Span::new(bottom.mark.pos + bottom.mark.len, para.span.end).trim(&doc.text);
            let next_opens = doc.paragraphs.get(k + 1).is_some_and(|np| {
                let t = np.span.slice(&doc.text);
                t.starts_with(['"', '\u{201c}', '\u{ab}', '\u{201e}']) || t.starts_with("''")
            });
            if !piece.is_empty() {
                bottom.done.push(piece);
            }
            // a quotation carried over paragraphs opens with a capital; a
            // stray mark before a lower-case word is not one
            let sentence_like = bottom.done.first().is_some_and(|p| {
                p.slice(&doc.text)
                    .chars()
                    .find(|c| c.is_alphanumeric())
                    .is_some_and(char::is_uppercase)
            });
            if next_opens && sentence_like {
                carry = Some(bottom);
            } else if !bottom.done.is_empty() {
                out.push(Quote {
                    outer: Span::new(bottom.first, para.span.end),
                    parts: bottom.done,
                    closed: false,
                    paragraph: bottom.paragraph,
                    level: bottom.mark.level,
                    nested: bottom.nested,
                });
            }
        }
    }
    if let Some(c) = carry {
        let end = c.done.last().map_or(c.mark.pos, |s| s.end);
        out.push(Quote {
            outer: Span::new(c.first, end),
            parts: c.done,
            closed: false,
            paragraph: c.paragraph,
            level: c.mark.level,
            nested: c.nested,
        });
    }
    out.sort_by_key(|q| q.outer.start);
    out
}

fn step(stack: &mut Vec<Open>, m: Mark, paragraph: usize, out: &mut Vec<Quote>) {
    let open_at = |stack: &Vec<Open>, level| stack.iter().rposition(|o| o.mark.level == level);
    let german_close = m.len == 3
        && m.role == Role::Open
        && !m.low_open
        && stack.last().is_some_and(|o| o.mark.low_open);
    let closes = match m.role {
        Role::Open => german_close,
        Role::Close => true,
        // an ambiguous mark closes the innermost quotation of its level if
        // one is open, and opens one otherwise
        Role::Either => open_at(stack, m.level).is_some(),
    };
    if !closes {
        stack.push(Open {
            mark: m,
            first: m.pos,
            done: Vec::new(),
            paragraph,
            nested: 0,
        });
        return;
    }
    let Some(k) = open_at(stack, m.level) else {
        return; // a stray closing mark (or an apostrophe after an s)
    };
    stack.truncate(k + 1);
    let Some(o) = stack.pop() else { return };
    let content = Span::new(o.mark.pos + o.mark.len, m.pos);
    if let Some(parent) = stack.last_mut() {
        parent.nested += 1;
        return;
    }
    let mut parts = o.done;
    if content.end > content.start {
        parts.push(content);
    }
    if parts.is_empty() {
        return;
    }
    out.push(Quote {
        outer: Span::new(o.first, m.pos + m.len),
        parts,
        closed: true,
        paragraph: o.paragraph,
        level: o.mark.level,
        nested: o.nested,
    });
}
