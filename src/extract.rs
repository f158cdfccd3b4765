//! The whole pipeline as one frozen, reusable extractor.

use crate::attribute::{self, Attribution};
use crate::citations::{self, Block};
use crate::document::Document;
use crate::lexicon::Lexicon;
use crate::quotes;
use crate::segment::{self, Sentence};

/// Output schema version; bumped when a field is renamed or removed.
pub const SCHEMA: u32 = 1;

/// Everything found in one document.
#[derive(Debug, Clone)]
pub struct Extraction {
    pub sentences: Vec<Sentence>,
    pub quotations: Vec<Attribution>,
    /// Parenthetical citation blocks and cross-references, in text order.
    pub citations: Vec<Block>,
}

/// Built once (lexicons loaded) and shared by every document; `extract`
/// never fails: odd input gives fewer or flagged results.
#[derive(Debug, Clone, Default)]
pub struct Extractor {
    pub lexicon: Lexicon,
}

impl Extractor {
    pub fn new(lexicon: Lexicon) -> Extractor {
        Extractor { lexicon }
    }

    pub fn extract(&self, doc: &Document) -> Extraction {
        let sentences = segment::sentences(doc, &self.lexicon);
        let found = quotes::find(doc);
        let quotations = attribute::attribute(doc, &sentences, &found, &self.lexicon);
        let citations = citations::blocks(doc, &self.lexicon);
        Extraction {
            sentences,
            quotations,
            citations,
        }
    }
}
