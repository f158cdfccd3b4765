//! # attrib: quote and claim attribution for news text
//!
//! attrib reads news articles and finds who said what, on whose report.
//! The pipeline is a chain of plain-data stages, each a module:
//!
//! ```text
//! text ─► document ─► segment ─► quotes ─► attribute ─► citations ─► output
//! ```
//!
//! - [`document`]: the original text (never altered), its metadata header
//!   (`Publication: … Volume: … Issue: …`) and headline, and its paragraphs.
//! - [`segment`]: sentences inside paragraphs, with an abbreviation lexicon
//!   kept as data (see [`lexicon`]).
//! - [`output`]: writers for people and for tools.
//!
//! All positions are byte [`span::Span`]s into the original text; code-point
//! offsets are added at the edge through [`span::CharMap`], and every span in
//! any output carries both.

pub mod allocator;
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
pub mod segment;
pub mod span;

pub use document::Document;
pub use extract::{Extraction, Extractor};
pub use lexicon::Lexicon;
pub use span::Span;
