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
    /// Index of the paragraph it starts in (u32: see `Attribution`).
    pub paragraph: u32,
    pub level: Level,
    /// Quotations nested inside this one (not reported on their own).
    pub nested: u32,
}

impl Quote {
    /// From the start of the first part to the end of the last.
    pub fn span(&self) -> Span {
        Span::new(self.parts[0].start, self.parts[self.parts.len() - 1].end)
    }
}

pub use marks::Level as QuoteLevel;

#[derive(Clone)]
struct Open {
    mark: Mark,
    /// Where the quotation's first opening mark stands.
    first: usize,
    /// Parts already finished in earlier paragraphs (multi-paragraph quotes).
    done: Vec<Span>,
    paragraph: u32,
    nested: u32,
}

/// Finds the top-level quotations of a document, in text order.
pub fn find(doc: &Document) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut carry: Option<Open> = None;
    for (k, para) in doc.paragraphs.iter().enumerate() {
        let text = para.span.slice(&doc.text);
        let ms = || marks::marks(text, para.span.start);
        let before = out.len();
        let carried = carry.clone();
        let mut stack = pair(&doc.text, para, ms(), &mut carry, &mut out);
        // A single mark still open at the paragraph's end was an
        // apostrophe or a stray mark (`'bot nets`, `CBS‘ Face`); the
        // double quotations after it were taken as nested in it and lost.
        // Pair the paragraph again without it.
        let strays: Vec<usize> = stack
            .iter()
            .filter(|o| o.mark.level == Level::Single && o.paragraph as usize == para.index)
            .map(|o| o.mark.pos)
            .collect();
        if !strays.is_empty() {
            // (positions in text order: a binary search each)
            let kept = ms().filter(|m| strays.binary_search(&m.pos).is_err());
            out.truncate(before);
            carry = carried;
            stack = pair(&doc.text, para, kept, &mut carry, &mut out);
        }
        // singles left open were apostrophes or stray marks
        while stack.last().is_some_and(|o| o.mark.level == Level::Single) {
            stack.pop();
        }
        if let Some(mut bottom) = (!stack.is_empty()).then(|| stack.swap_remove(0)) {
            let piece = Span::new(
                bottom.mark.pos + usize::from(bottom.mark.len),
                para.span.end,
            )
            .trim(&doc.text);
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
    // the list lives on through attribution: no room to spare
    out.shrink_to_fit();
    out
}

/// Pairs the marks `ms` of one paragraph, taking up a quotation `carry`
/// left open by the paragraph before if this one opens with a mark;
/// returns what is still open at the paragraph's end.
fn pair(
    text: &str,
    para: &crate::document::Paragraph,
    ms: impl Iterator<Item = Mark>,
    carry: &mut Option<Open>,
    out: &mut Vec<Quote>,
) -> Vec<Open> {
    let mut stack: Vec<Open> = Vec::new();
    let mut iter = ms.peekable();
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
        step(text, &mut stack, m, para.index, out);
    }
    stack
}

/// Whether an opening double mark, with a double quotation open, is a
/// paragraph break lost when the text was flattened (`“We will win.
/// “Nobody expected it. “The rest is history,” he said.`): it stands
/// after the end of a sentence and a space, before a capital. Such a mark
/// goes on with the open quotation as a new part; taken as a nested
/// quotation, it left the open one unclosed, to swallow the narration and
/// the quotations after it.
fn resumes(text: &str, m: &Mark) -> bool {
    let before = text[..m.pos].trim_end_matches([' ', '\t']);
    before.len() < m.pos
        && before.ends_with(['.', '?', '!', '\u{2026}'])
        && text[m.pos + usize::from(m.len)..]
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
}

fn step(text: &str, stack: &mut Vec<Open>, m: Mark, paragraph: usize, out: &mut Vec<Quote>) {
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
    if !closes
        && m.level == Level::Double
        && m.role == Role::Open
        && stack.last().is_some_and(|o| o.mark.level == Level::Double)
        && resumes(text, &m)
    {
        if let Some(o) = stack.last_mut() {
            let piece = Span::new(o.mark.pos + usize::from(o.mark.len), m.pos).trim(text);
            if !piece.is_empty() {
                o.done.push(piece);
            }
            o.mark.pos = m.pos;
            o.mark.len = m.len;
        }
        return;
    }
    if !closes {
        stack.push(Open {
            mark: m,
            first: m.pos,
            done: Vec::new(),
            paragraph: paragraph as u32,
            nested: 0,
        });
        return;
    }
    let Some(k) = open_at(stack, m.level) else {
        return; // a stray closing mark (or an apostrophe after an s)
    };
    stack.truncate(k + 1);
    let Some(o) = stack.pop() else { return };
    let content = Span::new(o.mark.pos + usize::from(o.mark.len), m.pos);
    if let Some(parent) = stack.last_mut() {
        parent.nested += 1;
        return;
    }
    let mut parts = o.done;
    if content.end > content.start {
        // (most quotations are one part: room for exactly one, not four)
        parts.reserve_exact(1);
        parts.push(content);
    }
    if parts.is_empty() {
        return;
    }
    out.push(Quote {
        outer: Span::new(o.first, m.pos + usize::from(m.len)),
        parts,
        closed: true,
        paragraph: o.paragraph,
        level: o.mark.level,
        nested: o.nested,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<Vec<String>> {
        let d = Document::new("t", text);
        find(&d)
            .iter()
            .map(|q| {
                q.parts
                    .iter()
                    .map(|p| p.slice(&d.text).to_string())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn a_flattened_paragraph_break_goes_on_with_the_quotation() {
        assert_eq!(
            quotes("“One. “Two? “Three,” she said. Then she left."),
            [["One.", "Two?", "Three,"]]
        );
        assert_eq!(
            quotes("\"Rain all week. \"Sun by Friday,\" he said. \"Maybe.\""),
            [vec!["Rain all week.", "Sun by Friday,"], vec!["Maybe."]]
        );
    }

    #[test]
    fn a_quotation_inside_a_quotation_is_still_nested() {
        // after a colon, a verb or in lower case: no lost break
        for text in [
            "“He shouted: “Run!” and we ran,” she said.",
            "“They said “never” to us,” she said.",
            "“It ended. “then” is all I recall,” she said.",
        ] {
            assert_eq!(quotes(text).len(), 1, "{text}");
            assert_eq!(quotes(text)[0].len(), 1, "one part: {text}");
        }
    }

    #[test]
    fn a_stray_single_mark_hides_no_quotation() {
        assert_eq!(
            quotes("Spammers rent 'bot nets by the hour. “It is cheap,” an analyst said."),
            [["It is cheap,"]]
        );
        assert_eq!(
            quotes("The show aired on CBS‘ morning slot. “We were live,” the host said."),
            [["We were live,"]]
        );
        // a closed single quotation is untouched
        assert_eq!(quotes("He called it ‘a mess’ twice."), [["a mess"]]);
    }
}
