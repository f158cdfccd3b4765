//! One document as the page's script reads it: the text once, and every
//! highlight as a span of it. Spans count UTF-16 code units, the unit of
//! a JavaScript string, so the script slices the text with no table of
//! its own (byte offsets would be wrong past the first non-ASCII
//! character, code points past the first emoji).

use super::index::{Index, UNSOURCED};
use crate::output::counts::{outlet_name, outlets_cited, speaker_key, Counts};
use crate::output::extract::{blocks, Record};
use crate::span::Offsets;
use crate::{Document, Extraction};
use serde::Serialize;

/// A span in UTF-16 code units: `[start, end)`.
type Units = [usize; 2];

#[derive(Serialize)]
pub struct DocData<'a> {
    pub id: &'a str,
    pub headline: Option<&'a str>,
    pub text: &'a str,
    pub paragraphs: Vec<Units>,
    pub records: Vec<RecordData<'a>>,
    /// Citation blocks: the span and a line saying what they cite.
    pub citations: Vec<(Units, String)>,
}

/// A quotation or claim: where it is drawn, and what its details say.
/// The speaker is an index into the page's speaker list (none for a
/// scare quote, which no filter shows). Written as an array of the
/// fields in this order (the page's script names them again): keys
/// repeated on every record were two fifths of a PolNeAR page.
pub struct RecordData<'a> {
    pub id: String,
    pub kind: &'static str,
    pub speaker: Option<usize>,
    /// The record's parts (a quotation's, or an interrupted claim's).
    pub spans: Vec<Units>,
    pub mention: Option<Units>,
    pub cue: Option<Units>,
    pub outlets: Vec<usize>,
    pub rule: &'a str,
    pub confidence: f64,
    pub role: Option<&'a str>,
    pub speaker_kind: Option<&'static str>,
    pub resolved_by: Option<&'a str>,
    /// Each citation entry covering it: `outlet, date [scope]`.
    pub cited: Vec<String>,
}

impl Serialize for RecordData<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeTuple;
        let mut t = s.serialize_tuple(13)?;
        t.serialize_element(&self.id)?;
        t.serialize_element(self.kind)?;
        t.serialize_element(&self.speaker)?;
        t.serialize_element(&self.spans)?;
        t.serialize_element(&self.mention)?;
        t.serialize_element(&self.cue)?;
        t.serialize_element(&self.outlets)?;
        t.serialize_element(self.rule)?;
        t.serialize_element(&self.confidence)?;
        t.serialize_element(&self.role)?;
        t.serialize_element(&self.speaker_kind)?;
        t.serialize_element(&self.resolved_by)?;
        t.serialize_element(&self.cited)?;
        t.end()
    }
}

/// UTF-16 offsets of a document's byte offsets: its code-point offset
/// plus one for each character before it outside the Basic Multilingual
/// Plane (two units each); those are rare, so a sorted list of them.
struct Utf16<'a> {
    doc: &'a Document,
    astral: Vec<usize>,
}

impl<'a> Utf16<'a> {
    fn new(doc: &'a Document) -> Utf16<'a> {
        let astral = if doc.text.is_ascii() {
            Vec::new()
        } else {
            doc.text
                .char_indices()
                .filter(|(_, c)| c.len_utf16() == 2)
                .map(|(i, _)| i)
                .collect()
        };
        Utf16 { doc, astral }
    }

    fn at(&self, byte: usize) -> usize {
        self.doc.chars.char_offset(byte) + self.astral.partition_point(|&b| b < byte)
    }

    fn span(&self, o: &Offsets) -> Units {
        [self.at(o.start), self.at(o.end)]
    }
}

/// The data of one document; counts its records into `counts` and
/// `index`.
pub fn document<'a>(
    doc: &'a Document,
    ex: &'a Extraction,
    recs: &'a [Record<'a>],
    counts: &mut Counts,
    index: &mut Index,
) -> DocData<'a> {
    let u = Utf16::new(doc);
    index.document(&doc.id);
    let records = recs
        .iter()
        .map(|r| {
            counts.add_record(r);
            let speaker = speaker_key(r).map(|key| match &r.speaker {
                Some(s) => index.speaker(key, s.kind.name(), Some(s.mention)),
                None => index.speaker(key, UNSOURCED, None),
            });
            let outlets = outlets_cited(r).iter().map(|o| index.outlet(o)).collect();
            // (an interrupted claim, like a quotation, is drawn in its
            // parts: `The schools, she said, will stay open`)
            let spans = if r.parts.is_empty() {
                vec![u.span(&r.offsets)]
            } else {
                r.parts.iter().map(|p| u.span(&p.offsets)).collect()
            };
            RecordData {
                id: r.id.clone(),
                kind: r.kind.name(),
                speaker,
                spans,
                mention: r.speaker.as_ref().map(|s| u.span(&s.offsets)),
                cue: r.cue.as_ref().map(|c| u.span(&c.offsets)),
                outlets,
                rule: r.rule,
                confidence: r.confidence,
                role: r.speaker.as_ref().and_then(|s| s.role),
                speaker_kind: r.speaker.as_ref().map(|s| s.kind.name()),
                resolved_by: r.speaker.as_ref().map(|s| s.resolved_by),
                cited: r
                    .citations
                    .iter()
                    .map(|c| {
                        let date = c.entry.date.map(|d| format!(", {d}")).unwrap_or_default();
                        format!("{}{date} [{}]", outlet_name(&c.entry), c.scope.name())
                    })
                    .collect(),
            }
        })
        .collect();
    let citations = blocks(doc, ex)
        .into_iter()
        .map(|b| {
            let names: Vec<&str> = b.entries.iter().map(|e| outlet_name(&e.entry)).collect();
            let kind = match b.kind {
                crate::citations::BlockKind::Citation => "citation",
                crate::citations::BlockKind::CrossReference => "cross-reference",
                crate::citations::BlockKind::Inline => "inline source",
            };
            (
                u.span(&b.offsets),
                format!("{kind} {}: {}", b.id, names.join(", ")),
            )
        })
        .collect();
    DocData {
        id: &doc.id,
        headline: doc.metadata.headline.as_deref(),
        text: &doc.text,
        paragraphs: doc
            .paragraphs
            .iter()
            .map(|p| [u.at(p.span.start), u.at(p.span.end)])
            .collect(),
        records,
        citations,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_count_utf16_units() {
        let doc = Document::new("d", "a😀 “é” b");
        let u = Utf16::new(&doc);
        let js: Vec<u16> = doc.text.encode_utf16().collect();
        for (b, c) in doc.text.char_indices() {
            let at = u.at(b);
            assert_eq!(
                String::from_utf16(&js[at..at + c.len_utf16()]).unwrap(),
                c.to_string()
            );
        }
        assert_eq!(u.at(doc.text.len()), js.len());
    }
}
