//! Output of `attrib segment`: one sentence a line, or JSON with offsets.

use super::visible::visible;
use crate::document::{Document, Metadata};
use crate::segment::Sentence;
use crate::span::Offsets;
use serde::Serialize;
use std::io::{self, Write};

/// One sentence a line; line breaks inside a sentence become spaces, and
/// other controls (a tab, ESC) are shown [`visible`].
pub fn write_text(w: &mut impl Write, doc: &Document, sentences: &[Sentence]) -> io::Result<()> {
    for s in sentences {
        let t = s.span.slice(&doc.text);
        if t.contains(['\n', '\r']) {
            let flat: Vec<&str> = t.split_whitespace().collect();
            writeln!(w, "{}", visible(&flat.join(" ")))?;
        } else {
            writeln!(w, "{}", visible(t))?;
        }
    }
    Ok(())
}

/// One sentence as `attrib segment --format json` writes it.
#[derive(Serialize)]
pub struct SentenceOut<'a> {
    pub index: usize,
    pub paragraph: usize,
    #[serde(flatten)]
    pub offsets: Offsets,
    pub text: &'a str,
}

/// The sentences of a document as records.
pub fn sentence_records<'a>(
    doc: &'a Document,
    sentences: &'a [Sentence],
) -> impl Iterator<Item = SentenceOut<'a>> + 'a {
    sentences.iter().map(|s| SentenceOut {
        index: s.index,
        paragraph: s.paragraph,
        offsets: doc.chars.offsets(s.span),
        text: s.span.slice(&doc.text),
    })
}

#[derive(Serialize)]
struct DocOut<'a> {
    doc: &'a str,
    metadata: &'a Metadata,
    paragraphs: usize,
    sentences: Vec<SentenceOut<'a>>,
}

/// One JSON object for the document, on one line.
pub fn write_json(w: &mut impl Write, doc: &Document, sentences: &[Sentence]) -> io::Result<()> {
    let out = DocOut {
        doc: &doc.id,
        metadata: &doc.metadata,
        paragraphs: doc.paragraphs.len(),
        sentences: sentence_records(doc, sentences).collect(),
    };
    serde_json::to_writer(&mut *w, &out)?;
    writeln!(w)
}
