//! The kind of a quotation (direct, partial or scare) from its shape and
//! the words between it and its cue, and how much of its clause it quotes.

use super::Kind;
use crate::lexicon::classes::ARTICLES;
use crate::quotes::Quote;
use crate::segment::Sentence;
use crate::span::Span;
use crate::tokens::Tok;

/// The most words of a quotation any rule counts to.
const WORDS_ASKED: usize = 8;

/// Words that may follow a whole quoted clause in its sentence: a time
/// or a count (`“…” on Friday`, `“…” in an interview`, `“…” moments
/// after`, `“…” three times`) or a conjunction opening a new clause (`“…”
/// and left`).
const AFTER_A_CLAUSE: &[&str] = &[
    "and",
    "but",
    "or",
    "as",
    "while",
    "before",
    "after",
    "when",
    "on",
    "at",
    "in",
    "during",
    "moments",
    "minutes",
    "hours",
    "earlier",
    "later",
    "last",
    "this",
    "once",
    "twice",
    "again",
    "repeatedly",
    "two",
    "three",
    "four",
    "five",
    "several",
];

/// Fewest words of a capitalised quotation set off by a colon or comma
/// that read as a sentence of speech, not a title.
const SENTENCE_WORDS: usize = 4;

/// The small words a title leaves in lower case.
const TITLE_SMALL: &[&str] = &[
    "a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "at", "by", "with",
];

/// What the kind rules read of a quotation itself.
pub struct Shape {
    /// The content opens with a capital or a digit.
    pub first_upper: bool,
    /// Words of content, up to [`WORDS_ASKED`] (an interrupted quotation
    /// counts as long).
    pub words: usize,
    /// The content ends with an end mark or a comma.
    pub ends_clause: bool,
    /// The first part, for [`Shape::title_case`] (asked of few
    /// quotations: read when asked).
    first: Span,
    /// The opening mark starts its sentence.
    pub starts_sentence: bool,
    /// The quotation runs to its sentence's end, ending a sentence itself.
    pub to_end: bool,
    /// Where the quotation closes and its sentence ends, for
    /// [`Shape::runs_on`] (asked of few quotations: read when asked).
    close: usize,
    sentence_end: usize,
}

impl Shape {
    pub fn of(
        text: &str,
        q: &Quote,
        sentences: &[Sentence],
        open_s: Option<usize>,
        close_s: Option<usize>,
    ) -> Shape {
        let content = q.parts[0].slice(text).trim();
        let last = q.parts[q.parts.len() - 1].slice(text).trim();
        // (a full stop after the closing mark ends the quoted sentence as
        // one inside it does: `“… of politicians”.`, as British house
        // styles punctuate)
        let stop_after = text[q.outer.end..].starts_with(['.', '?', '!']);
        let ends_clause = last.ends_with(['.', '?', '!', ',', '…']) || stop_after;
        let sentence_end = close_s.map_or(q.outer.end, |s| sentences[s].span.end.max(q.outer.end));
        Shape {
            first_upper: content
                .chars()
                .find(|c| c.is_alphanumeric())
                .is_some_and(|c| c.is_uppercase() || c.is_numeric()),
            // (counted no further than any rule asks: a quotation can be
            // long)
            words: content.split_whitespace().take(WORDS_ASKED).count()
                + if q.parts.len() > 1 { 5 } else { 0 },
            ends_clause,
            first: q.parts[0],
            close: q.outer.end,
            sentence_end,
            starts_sentence: open_s
                .is_some_and(|s| sentences[s].span.start >= q.outer.start.saturating_sub(1)),
            to_end: close_s.is_some_and(|s| sentences[s].span.end <= q.outer.end + 1)
                && last.ends_with(['.', '?', '!', '…']),
        }
    }

    /// Words of its sentence follow the closing mark with no end mark or
    /// comma inside it: the quoted words are part of a clause that goes
    /// on (`said, “I have not heard that concern” from the police`). Read
    /// up to a line break, a bracket or a dash; a time or a new clause
    /// after the mark, `“…” on Friday`, `“…” and left`, ends the quoted
    /// clause where it stands.
    fn runs_on(&self, text: &str) -> bool {
        if self.ends_clause {
            return false;
        }
        let rest = &text[self.close..self.sentence_end];
        let Some(i) =
            rest.find(|c: char| c.is_alphanumeric() || matches!(c, '\n' | '(' | '[' | '—' | '–'))
        else {
            return false;
        };
        // (` - ` stands for a dash in plain-text copy)
        if rest[..i].contains(" - ") || !rest[i..].starts_with(char::is_alphanumeric) {
            return false;
        }
        let word = rest[i..]
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        !crate::tokens::is_any(word, AFTER_A_CLAUSE)
            && !crate::tokens::is_any(word, crate::lexicon::classes::CALENDAR)
            && !word.starts_with(|c: char| c.is_ascii_digit())
    }

    /// Every word of the first [`WORDS_ASKED`] but [`TITLE_SMALL`] ones
    /// opens with a capital, as a title or slogan does (`“Make America
    /// Great Again”`, `“Hands Off the Harbour”`).
    fn title_case(&self, text: &str) -> bool {
        self.first
            .slice(text)
            .split_whitespace()
            .take(WORDS_ASKED)
            .all(|x| !x.starts_with(char::is_lowercase) || crate::tokens::is_any(x, TITLE_SMALL))
    }

    /// At most two words and no clause: a term, not speech.
    fn term(&self) -> bool {
        self.words <= 2 && !self.first_upper && !self.ends_clause
    }

    /// With its attribution after it (`“…,” Roe said.`).
    pub fn kind_after(&self) -> Kind {
        if self.starts_sentence || self.first_upper || self.ends_clause {
            Kind::Direct
        } else {
            Kind::Partial
        }
    }

    /// With its cue before it; `rest` are the tokens between the cue and
    /// the opening mark.
    pub fn kind_before(&self, text: &str, rest: &[Tok]) -> Kind {
        // `the treasurer said “the accounts will …”`: a whole clause right
        // after its cue, to the sentence end, is direct speech
        let adjacent = rest.len() <= 1
            && rest
                .iter()
                .all(|t| matches!(t.text(text), "that" | ":" | ","));
        // a short term close to its cue is the speaker's word (`warned that
        // “difficult consultations”`, `described the plan as a
        // “step-change”`); far from it, the writer's
        let near_cue = rest.len() <= 5
            && !rest
                .iter()
                .any(|t| matches!(t.text(text), "," | ";" | "(" | ")"));
        // a whole clause after the cue and its object (eight words at
        // most: further, the writer's framing may stand between), introduced
        // by `that`, `:` or `,` and running to the sentence end, is
        // reported whole at any case (`told her supporters that “we are in this
        // together.”`); `said the plan was “a disaster.”` is not
        let direct_intro = introduces_directly(text, rest);
        let introduced = direct_intro
            && rest
                .last()
                .is_some_and(|t| matches!(t.text(text), "that" | ":" | ","));
        // a capitalised sentence of several words after a colon or comma,
        // running to the sentence end, is quoted whole however far its cue
        // stands, unless a `that` opened a reported clause before it
        // (`replied with words of his own: “Do not …”`, `said on the radio,
        // hours after the vote, “We …”`)
        let set_off = self.first_upper
            && self.to_end
            && self.words >= SENTENCE_WORDS
            && rest
                .last()
                .is_some_and(|t| matches!(t.text(text), ":" | ","))
            // (after a `that` the quotation ends the reported clause the
            // writer opened: `said that, if it came to it, “I …”`)
            && !rest.iter().any(|t| t.text(text) == "that")
            && !self.title_case(text);
        // a short quotation after an article or possessive is the
        // object's name or term (`decried what he calls the “Harbour Cartel”`), and one
        // set off by a comma and opening with `a` in lower case a noun
        // phrase (`calling him, among other things, “a failed mayor.”`):
        // neither is a sentence of speech (`that “the price …”` is)
        let named = self.words < SENTENCE_WORDS
            && rest
                .last()
                .is_some_and(|t| crate::tokens::is_any(t.text(text), ARTICLES));
        let phrase = !self.first_upper
            && rest.last().is_some_and(|t| t.text(text) == ",")
            && self
                .first
                .slice(text)
                .split_whitespace()
                .next()
                .is_some_and(|x| crate::tokens::is_any(x, &["a", "an"]));
        if (self.first_upper
            && (direct_intro || self.starts_sentence)
            && !self.runs_on(text)
            && !named)
            || ((adjacent || introduced) && self.to_end && !phrase)
            || set_off
        {
            Kind::Direct
        } else if self.term() && !near_cue {
            Kind::Scare
        } else {
            Kind::Partial
        }
    }

    /// Speaker taken from an earlier quotation of the sentence; a second
    /// complement of the same cue (`and that “…”`) is speech at any length.
    pub fn kind_inherited(&self, coordinated: bool) -> Kind {
        if self.term() && !coordinated {
            Kind::Scare
        } else if self.first_upper {
            Kind::Direct
        } else {
            Kind::Partial
        }
    }
}

/// Between a cue and its quotation only `that`, `:`, `,` or the cue's
/// object (`told reporters that`) stand: the quotation is reported whole.
fn introduces_directly(text: &str, rest: &[Tok]) -> bool {
    match rest.last() {
        None => true,
        Some(last) => {
            (rest.len() <= 1 || matches!(last.text(text), ":" | "," | "that")) && rest.len() <= 8
        }
    }
}

/// Letters and digits of `reported` inside the quotation's parts, over all
/// letters and digits of `reported`; a `that` opening the reported clause
/// is the cue's, not the content's.
/// (each byte is counted once: the parts' letters count toward both
/// sums, and a quotation can be long)
pub fn share(text: &str, reported: Span, parts: &[Span]) -> f32 {
    let count = |a: usize, b: usize| {
        if a < b {
            crate::chars::count_alnum(&text[a..b])
        } else {
            0
        }
    };
    let mut r = reported.slice(text).trim_start();
    if let Some(rest) = r.strip_prefix("that ") {
        r = rest;
    }
    let r_start = reported.end - r.len();
    if !parts.windows(2).all(|w| w[0].end <= w[1].start) {
        return share_unordered(text, r, reported, parts);
    }
    // (letters of the parts inside `reported`, and of `r` in the gaps
    // between them and inside them)
    let (mut inside, mut in_r, mut at) = (0, 0, r_start);
    for p in parts
        .iter()
        .filter(|p| p.start >= reported.start && p.end <= reported.end)
    {
        let c = count(p.start, p.end);
        inside += c;
        in_r += count(at, p.start) + c - count(p.start, r_start.min(p.end));
        at = at.max(p.end);
    }
    in_r += count(at, reported.end);
    inside as f32 / in_r.max(inside).max(1) as f32
}

/// [`share`] for parts out of text order, each counted apart.
fn share_unordered(text: &str, r: &str, reported: Span, parts: &[Span]) -> f32 {
    let count = crate::chars::count_alnum;
    let inside: usize = parts
        .iter()
        .filter(|p| p.start >= reported.start && p.end <= reported.end)
        .map(|p| count(p.slice(text)))
        .sum();
    let all = count(r).max(inside).max(1);
    inside as f32 / all as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The share counted each way agrees on every clause and part split of
    /// a sentence (with a leading `that`, spaces and non-ASCII letters).
    #[test]
    fn share_counts_each_letter_once_as_when_counted_apart() {
        let text = "  that “Our école will open,” she said, “and then close.” Done";
        let bounds: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        let mut asked = 0;
        let at = |w: &str| text.find(w).unwrap();
        let (a1, a2) = (at("Our"), at("open,") + "open,".len());
        let (b1, b2) = (at("and then"), at("close.") + "close.".len());
        // (two parts in order, one of them cut short, or one alone)
        let splits = [
            vec![Span::new(a1, a2), Span::new(b1, b2)],
            vec![Span::new(a1 + 4, a2), Span::new(b1, b2 - 6)],
            vec![Span::new(a1, a2)],
            vec![Span::new(at("that"), a2)],
        ];
        for (i, &a) in bounds.iter().enumerate() {
            for &b in &bounds[i..] {
                for parts in &splits {
                    let reported = Span::new(a, b);
                    let mut r = reported.slice(text).trim_start();
                    if let Some(rest) = r.strip_prefix("that ") {
                        r = rest;
                    }
                    assert_eq!(
                        share(text, reported, parts),
                        share_unordered(text, r, reported, parts),
                        "{a}..{b} with {parts:?}"
                    );
                    asked += 1;
                }
            }
        }
        assert!(asked > 500, "{asked}");
    }
}
