//! Which citation blocks cover which statement: a block in the statement's
//! own sentence (`sentence`), or a block that closes the statement's
//! paragraph with no other block between them (`paragraph`).

use super::{Block, BlockKind};
use crate::attribute::{Attribution, Kind};
use crate::document::Document;
use crate::segment::Sentence;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    Sentence,
    Paragraph,
    /// A source named in the statement's own sentence (`told Reuters`).
    Inline,
}

impl Scope {
    /// The name output gives it (as serde writes it).
    pub fn name(self) -> &'static str {
        match self {
            Scope::Sentence => "sentence",
            Scope::Paragraph => "paragraph",
            Scope::Inline => "inline",
        }
    }
}

/// A block that covers a statement, and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Link {
    pub block: usize,
    pub scope: Scope,
}

/// For every statement, the citation blocks that cover it (none for a
/// scare quote; an empty list is a finding: uncited).
pub fn link(
    doc: &Document,
    sentences: &[Sentence],
    statements: &[Attribution],
    blocks: &[Block],
) -> Vec<Vec<Link>> {
    statements
        .iter()
        .map(|a| links_of(doc, sentences, a, blocks))
        .collect()
}

fn links_of(
    doc: &Document,
    sentences: &[Sentence],
    a: &Attribution,
    blocks: &[Block],
) -> Vec<Link> {
    // a scare quote is no statement: nothing cites it
    if a.kind == Kind::Scare {
        return Vec::new();
    }
    let end = a.attr_end().unwrap_or(0).max(a.span().end);
    let last = sentences
        .partition_point(|s| s.span.end < end)
        .min(sentences.len().saturating_sub(1));
    let (Some(first_s), Some(last_s)) = (sentences.get(a.sentence()), sentences.get(last)) else {
        return Vec::new();
    };
    // blocks are in text order: look only at those from the statement's
    // first sentence on
    let from = blocks.partition_point(|b| b.span.start < first_s.span.start);
    let own: Vec<Link> = blocks[from..]
        .iter()
        .enumerate()
        .take_while(|(_, b)| b.span.start < last_s.span.end)
        .filter(|(_, b)| b.kind != BlockKind::CrossReference && b.span.end <= last_s.span.end)
        .map(|(i, b)| Link {
            block: from + i,
            scope: if b.kind == BlockKind::Inline {
                Scope::Inline
            } else {
                Scope::Sentence
            },
        })
        .collect();
    // a block in the sentence is the nearer citation; an inline source
    // names where the words come from, and the paragraph's block still
    // covers the report
    if own.iter().any(|l| l.scope == Scope::Sentence) {
        return own;
    }
    let mut own = own;
    // the next block after the statement, when it closes the paragraph
    let Some(para) = doc.paragraphs.get(doc.paragraph_at(end)) else {
        return own;
    };
    let after = blocks.partition_point(|b| b.span.start < end);
    let next = blocks[after..]
        .iter()
        .enumerate()
        .find(|(_, b)| b.kind != BlockKind::Inline)
        .filter(|(_, b)| b.span.end <= para.span.end);
    match next {
        Some((i, b)) if b.kind == BlockKind::Citation && closes(doc, para.span.end, b) => {
            own.push(Link {
                block: after + i,
                scope: Scope::Paragraph,
            });
            own
        }
        _ => own,
    }
}

/// Only a full stop and white space stand between the block and the
/// paragraph's end.
fn closes(doc: &Document, para_end: usize, b: &Block) -> bool {
    doc.text[b.span.end..para_end]
        .trim()
        .trim_matches(['.', ')', '”', '"'])
        .is_empty()
}
