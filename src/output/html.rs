//! `--format html`: one self-contained page (no network, no external
//! assets) for reading an article set of any size: each document's text
//! with its quotations, claims, speakers, cues and citations highlighted,
//! a key to the marks, the details of a record on click, and a panel of
//! speakers (grouped under canonical names, with their mentions and
//! kinds) and outlets, searchable, that filters the documents.
//!
//! The page carries data, not drawn text: each document once, as its text
//! and the UTF-16 spans of its highlights ([`data`]), and an index over
//! all of them ([`index`]: speakers, outlets, the documents each is in).
//! Its script draws documents a batch at a time as the reader scrolls,
//! and a filter reads the index, so 10,000 articles open as fast as the
//! browser reads the file. Drawn markup was about 30 KB an article (300
//! MB for 10,000); the data is about 1.5 times the text. One file
//! rather than a folder of pages: it can be mailed, archived and opened
//! anywhere, and a filter over the whole set needs no server.
//!
//! Written as a stream: the page's frame first, then each document's data
//! as it is extracted, then the index and the script; only the index is
//! kept across documents.

mod data;
mod escape;
mod index;

use super::counts::{plural, Counts};
use super::extract::{all_records, Record};
use crate::document::Document;
use crate::extract::Extraction;
use escape::script_json;
use std::io::{self, Write};

const STYLE: &str = include_str!("html/page.css");
const SCRIPT: &str = include_str!("html/page.js");

/// The page across documents.
#[derive(Default)]
pub struct Page {
    counts: Counts,
    index: index::Index,
    /// Whether claims were looked for (the summary says so).
    claims: bool,
    /// A box to paste an article into, posted to `/page` (`attrib serve`
    /// shows the page with one).
    pub paste: bool,
}

/// The paste box of a served page: the form posts the text to the
/// server's `/page`, which answers with the page of that article.
const PASTE: &str = "<form id=\"paste\" method=\"post\" action=\"/page\">\
<textarea name=\"text\" rows=\"8\" placeholder=\"Paste a news article\" aria-label=\"article text\" required></textarea>\
<button type=\"submit\">Find quotations and claims</button></form>";

/// The key to the marks, always in view: each mark as the text shows it.
const KEY: &str = "<span class=\"key\" aria-label=\"key to the marks\">\
<mark class=\"q direct\">quotation</mark> \
<mark class=\"k claim\">claim</mark> \
<mark class=\"q scare\">scare quote</mark> \
<span class=\"sp\">speaker</span> \
<span class=\"cue\">cue</span> \
<span class=\"cit\">citation</span></span>";

impl Page {
    pub fn new(claims: bool) -> Page {
        Page {
            claims,
            ..Page::default()
        }
    }

    /// The page's frame: the header with the key, the empty document list
    /// and the panel, which the script fills from the index.
    pub fn write_head(&self, w: &mut impl Write) -> io::Result<()> {
        let paste = if self.paste { PASTE } else { "" };
        write!(
            w,
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <title>attrib: quotations and claims</title>\n<style>\n{STYLE}</style>\n\
             </head>\n<body>\n\
             <header id=\"top\"><b>attrib</b> {KEY}\
             <button type=\"button\" id=\"panel-toggle\" aria-controls=\"panel\" aria-expanded=\"false\">Speakers and outlets</button></header>\n\
             <main id=\"docs\">{paste}<p id=\"status\">Reading the documents…</p><div id=\"list\"></div>\
             <p id=\"more\"><button type=\"button\" id=\"more-button\" hidden>Show more documents</button></p></main>\n\
             <aside id=\"panel\">\n<p class=\"summary\" id=\"summary\"></p>\n\
             <p class=\"help\">Click a speaker or outlet to show only its statements (again, or <em>show all</em>, to clear); click a highlight for its details.</p>\n\
             <button type=\"button\" id=\"clear\" data-filter=\"\">show all</button>\n\
             <h2>Details</h2>\n<div id=\"details\">Click a highlighted quotation or claim.</div>\n\
             <input type=\"search\" id=\"search\" placeholder=\"Search speakers and outlets\" aria-label=\"search speakers and outlets\" autocomplete=\"off\">\n\
             <h2>Speakers</h2>\n<p class=\"legend\">{SPEAKERS_LEGEND}</p>\n<ul id=\"speakers\"></ul>\n\
             <h2>Outlets</h2>\n<p class=\"legend\">{OUTLETS_LEGEND}</p>\n<ul id=\"outlets\"></ul>\n\
             </aside>\n"
        )
    }

    /// One document's data, in a JSON script element the page's script
    /// parses when the document is drawn.
    pub fn write_document(
        &mut self,
        w: &mut impl Write,
        doc: &Document,
        ex: &Extraction,
    ) -> io::Result<()> {
        let recs: Vec<Record> = all_records(doc, ex).collect();
        let d = data::document(doc, ex, &recs, &mut self.counts, &mut self.index);
        let json = serde_json::to_string(&d).map_err(io::Error::other)?;
        writeln!(
            w,
            "<script type=\"application/json\" class=\"doc\">{}</script>",
            script_json(&json)
        )
    }

    /// The index (with the counts of the whole page, in the words of
    /// `attrib audit`) and the script; ends the page.
    pub fn write_tail(&mut self, w: &mut impl Write) -> io::Result<()> {
        let c = &self.counts;
        let statements = if self.claims {
            format!(
                "; {} (quotations and claims), {} cited",
                plural(c.statements(), "statement"),
                c.statements_cited()
            )
        } else {
            format!("; {} cited", c.quotations_cited)
        };
        self.index.summary = format!(
            "{}: {}{statements}. Quotations are direct and partial; scare quotes are counted apart.",
            plural(self.index.docs.len(), "document"),
            c.summary(self.claims)
        );
        self.index.finish();
        let json = serde_json::to_string(&self.index).map_err(io::Error::other)?;
        writeln!(
            w,
            "<script type=\"application/json\" id=\"index\">{}</script>\n<script>\n{SCRIPT}</script>\n</body>\n</html>",
            script_json(&json)
        )
    }
}

/// What the speakers' counts count.
const SPEAKERS_LEGEND: &str =
    "statements (quotations and claims) per speaker, with the words the text names them by";
/// What the outlets' counts count.
const OUTLETS_LEGEND: &str =
    "statements citing each outlet, once a statement however many of its citation entries name it";
