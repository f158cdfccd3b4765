//! Where a position stands in the document: its sentence, its paragraph,
//! and the paragraph layout around a quotation.

use crate::document::Document;
use crate::lexicon::Class;
use crate::quotes::Quote;
use crate::segment::Sentence;
use crate::tokens::Tok;

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
/// none. The text from the first token is read by
/// [`crate::document::dateline_end`], the one dateline test.
pub fn dateline_end(text: &str, toks: &[Tok]) -> usize {
    // (both forms open with a capitalised word: most sentences are
    // passed over here)
    let Some(first) = toks.first().filter(|t| t.is(Class::CAP)) else {
        return 0;
    };
    let from = first.span().start;
    match crate::document::dateline_end(&text[from..]) {
        Some(end) => toks.partition_point(|t| t.span().start < from + end),
        None => 0,
    }
}
