//! Where a position stands in the document: its sentence, its paragraph,
//! and the paragraph layout around a quotation.

use super::tokens::Tok;
use crate::document::Document;
use crate::lexicon::Class;
use crate::quotes::Quote;
use crate::segment::Sentence;

pub fn sentence_at(sentences: &[Sentence], pos: usize) -> Option<usize> {
    let k = sentences.partition_point(|s| s.span.end <= pos);
    (k < sentences.len() && sentences[k].span.start <= pos + 1).then_some(k)
}

/// Where the last sentence of the paragraph before `q` starts, when `q`
/// opens its paragraph and that paragraph ends with a colon.
pub fn intro_paragraph_end(doc: &Document, sentences: &[Sentence], q: &Quote) -> Option<usize> {
    let k = doc.paragraph_starting_at(q.outer.start)?;
    let prev = doc.paragraphs.get(k.checked_sub(1)?)?;
    if !prev.span.slice(&doc.text).trim_end().ends_with(':') {
        return None;
    }
    let s = sentences.partition_point(|s| s.span.end <= prev.span.start);
    let last = sentences[s..]
        .iter()
        .take_while(|x| x.span.end <= prev.span.end)
        .last()?;
    Some(last.span.start)
}

pub fn opens_paragraph(doc: &Document, q: &Quote) -> bool {
    doc.paragraph_starting_at(q.outer.start).is_some()
}

/// Where the subject may start after a dateline that opens `toks`
/// (`HONOLULU —`, `RANGOON, Burma -`, `ORLANDO, Fla. (Reuters) -`,
/// `Washington (AP) —`): the token after its dash, or 0 when there is
/// none. A dateline is layout, not a speaker: a place in capitals, or one
/// with a news agency in brackets, and a dash within a few words after it,
/// with nothing between but capitalised words, numbers and commas.
pub fn dateline_end(text: &str, toks: &[Tok]) -> usize {
    let Some(first) = toks.first().filter(|t| t.is(Class::CAP)) else {
        return 0;
    };
    let in_capitals = first.span().len() >= 2
        && !first.text(text).chars().any(char::is_lowercase)
        && !first.is(Class::STARTER);
    let mut agency = false;
    for (k, t) in toks.iter().enumerate().take(DATELINE_WORDS).skip(1) {
        let s = t.text(text);
        if super::tokens::is_dash(s) {
            return if in_capitals || agency { k + 1 } else { 0 };
        }
        // `(Reuters)`
        if s == "(" {
            agency =
                toks.get(k + 2).is_some_and(|c| c.text(text) == ")") && toks[k + 1].is(Class::CAP);
            continue;
        }
        let part = if t.word {
            t.is(Class::CAP) || s.starts_with(|c: char| c.is_ascii_digit())
        } else {
            matches!(s, "," | ")")
        };
        if !part {
            return 0;
        }
    }
    0
}

/// Tokens a dateline runs to, its dash included (`WASHINGTON, Dec. 8
/// (UPI) —` is eight).
const DATELINE_WORDS: usize = 10;
