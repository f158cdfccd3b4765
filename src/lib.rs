//! # attrib: quote and claim attribution for news text
//!
//! attrib reads news articles and finds who said what, on whose report.
//! The pipeline is a chain of plain-data stages, each a module:
//!
//! ```text
//! text ─► document ─► segment ─► tokens ─► quotes ─► attribute ─► citations ─► output
//!                        ▲                              ▲
//!                        └──────── lexicon (rules as data) ┘
//! ```
//!
//! - [`document`]: the original text (never altered), its metadata header
//!   (`Publication: … Volume: … Issue: …`) and headline, and its paragraphs.
//! - [`segment`]: sentences inside paragraphs, with an abbreviation lexicon
//!   kept as data (see [`lexicon`]).
//! - [`tokens`]: word tokens of every sentence, read by attribution and
//!   inline citations alike.
//! - [`quotes`], [`attribute`], [`citations`]: quotation marks paired;
//!   speakers, cues and claims found by the rules named in [`rule::RuleId`]
//!   (for quotations, one construction a file behind one trait, tried in
//!   one ordered list; the sequence-shaped ones written as patterns, in the
//!   language users add constructions in); citation blocks and what they
//!   cover.
//! - [`extract`]: the join of all stages, [`Extractor`].
//! - [`output`]: writers for people and for tools; [`eval`] and
//!   [`rule_check`] read what the extractor gives.
//!
//! Modules stand in layers, and each imports only from its layer or below
//! (lowest first: helpers `chars`, `words`, `span`, `line_error`, `rule`;
//! `document`, `input`, `queue`; `lexicon`; the stages; `output`, `eval`,
//! `rule_check`, `pipeline`). A test holds the order; the README draws it.
//!
//! All positions are byte [`span::Span`]s into the original text; code-point
//! offsets are added at the edge through [`span::CharMap`], and every span in
//! any output carries both.

pub mod attribute;
pub mod chars;
pub mod citations;
pub mod document;
pub mod eval;
pub mod extract;
pub mod input;
pub mod lexicon;
pub mod line_error;
pub mod output;
pub mod pipeline;
pub mod queue;
pub mod quotes;
pub mod rule;
pub mod rule_check;
pub mod segment;
pub mod span;
pub mod tokens;
pub mod words;

pub use document::Document;
pub use extract::{Extraction, Extractor};
pub use lexicon::Lexicon;
pub use span::Span;
