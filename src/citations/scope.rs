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
    let end = a.attr_end.unwrap_or(0).max(a.span().end);
    let last = sentences
        .partition_point(|s| s.span.end < end)
        .min(sentences.len().saturating_sub(1));
    let (Some(first_s), Some(last_s)) = (sentences.get(a.sentence), sentences.get(last)) else {
        return Vec::new();
    };
    let citing = |b: &&Block| b.kind == BlockKind::Citation;
    // in the statement's own sentences
    let own: Vec<Link> = blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| {
            b.kind != BlockKind::CrossReference
                && b.span.start >= first_s.span.start
                && b.span.end <= last_s.span.end
        })
        .map(|(block, b)| Link {
            block,
            scope: if b.kind == BlockKind::Inline {
                Scope::Inline
            } else {
                Scope::Sentence
            },
        })
        .collect();
    if !own.is_empty() {
        return own;
    }
    // the next block after the statement, when it closes the paragraph
    let Some(para) = doc
        .paragraphs
        .iter()
        .find(|p| p.span.start <= end && end <= p.span.end)
    else {
        return Vec::new();
    };
    let next = blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| b.kind != BlockKind::Inline)
        .find(|(_, b)| b.span.start >= end && b.span.end <= para.span.end);
    match next {
        Some((block, b)) if citing(&b) && closes(doc, para.span.end, b) => vec![Link {
            block,
            scope: Scope::Paragraph,
        }],
        _ => Vec::new(),
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
