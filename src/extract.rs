//! The whole pipeline as one frozen, reusable extractor.

use crate::attribute::{self, Attribution};
use crate::citations::{self, Block, Link};
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
    /// For each quotation, the citation blocks that cover it.
    pub links: Vec<Vec<Link>>,
    /// Reported claims (indirect speech), in text order.
    pub claims: Vec<Attribution>,
    /// For each claim, the citation blocks that cover it.
    pub claim_links: Vec<Vec<Link>>,
    /// The articles' year, when the extractor was given one.
    pub year: Option<i32>,
}

/// Built once (lexicons loaded) and shared by every document; `extract`
/// never fails: odd input gives fewer or flagged results.
#[derive(Debug, Clone)]
pub struct Extractor {
    pub lexicon: Lexicon,
    /// The articles' year, for ISO dates of citation entries.
    pub year: Option<i32>,
    /// Also find reported claims (indirect speech); on by default.
    pub claims: bool,
}

impl Default for Extractor {
    fn default() -> Extractor {
        Extractor::new(Lexicon::default())
    }
}

impl Extractor {
    pub fn new(lexicon: Lexicon) -> Extractor {
        Extractor {
            lexicon,
            year: None,
            claims: true,
        }
    }

    pub fn extract(&self, doc: &Document) -> Extraction {
        if doc.text.len() > crate::document::MAX_BYTES {
            // (the reader refuses such a document by name before this)
            return Extraction {
                sentences: Vec::new(),
                quotations: Vec::new(),
                citations: Vec::new(),
                links: Vec::new(),
                claims: Vec::new(),
                claim_links: Vec::new(),
                year: self.year,
            };
        }
        let sentences = segment::sentences(doc, &self.lexicon);
        let mut found = quotes::find(doc);
        // every sentence tokenized once, for the stages that read them whole
        let sentence_toks =
            crate::tokens::SentenceTokens::new(&doc.text, &sentences, &self.lexicon);
        let attribute::Attributed { quotations, claims } = attribute::attribute(
            doc,
            &sentences,
            &sentence_toks,
            &mut found,
            &self.lexicon,
            self.claims,
        );
        // (their parts have moved into the attributions; the rest is not
        // read again, and dense text holds many of them)
        drop(found);
        let mut citations = citations::blocks(doc, &self.lexicon);
        citations.extend(citations::inline_sources(
            &doc.text,
            &sentence_toks,
            &self.lexicon,
        ));
        citations.sort_by_key(|b| b.span.start);
        let links = citations::link(doc, &sentences, &quotations, &citations);
        let claim_links = citations::link(doc, &sentences, &claims, &citations);
        Extraction {
            sentences,
            quotations,
            citations,
            links,
            claims,
            claim_links,
            year: self.year,
        }
    }
}
