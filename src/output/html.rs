//! `--format html`: one self-contained page (no network, no external
//! assets) with each document's text, its quotations, claims, speakers,
//! cues and citations highlighted, one color per speaker, each record's
//! details on hover and click, and a side panel of speakers and outlets
//! with counts that filters the text.
//!
//! Written as a stream: the page head first, then one `<article>` per
//! document as it is extracted, then the panel, whose counts are the only
//! thing kept across documents.

use super::counts::{plural, Statements, NO_SPEAKER};
use super::extract::{all_records, blocks, Record};
use crate::document::Document;
use crate::extract::Extraction;
use crate::span::Span;
use std::borrow::Cow;
use std::io::{self, Write};

const STYLE: &str = include_str!("html/page.css");
const SCRIPT: &str = include_str!("html/page.js");

/// The page across documents: the counts of [`super::counts`], whose
/// speakers take their colors in order of first appearance.
#[derive(Default)]
pub struct Page {
    counted: Statements,
    documents: usize,
    /// Whether claims were looked for (the summary says so).
    claims: bool,
}

/// What a scare quote's highlight is filed under: no speaker of the
/// panel, so that no filter shows it.
const SCARE: &str = "(scare quote)";

impl Page {
    pub fn new(claims: bool) -> Page {
        Page {
            claims,
            ..Page::default()
        }
    }

    pub fn write_head(&self, w: &mut impl Write) -> io::Result<()> {
        write!(
            w,
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <title>attrib: quotations and claims</title>\n<style>\n{STYLE}</style>\n\
             </head>\n<body>\n<main id=\"docs\">\n"
        )
    }

    /// One document as an `<article>`, its records as JSON beside it for
    /// the details view.
    pub fn write_document(
        &mut self,
        w: &mut impl Write,
        doc: &Document,
        ex: &Extraction,
    ) -> io::Result<()> {
        let n = self.documents;
        self.documents += 1;
        let recs: Vec<Record> = all_records(doc, ex).collect();
        let mut marks = Vec::new();
        for r in &recs {
            let (key, outlets) = self.counted.add(r);
            let key = key.unwrap_or(SCARE);
            let open = record_open(n, r, key, self.hue(key), &outlets);
            if r.kind == crate::attribute::Kind::Claim {
                marks.push(Mark::new(
                    Span::new(r.offsets.start, r.offsets.end),
                    0,
                    open,
                ));
            } else {
                for p in &r.parts {
                    let s = Span::new(p.offsets.start, p.offsets.end);
                    marks.push(Mark::new(s, 1, open.clone()));
                }
            }
            if let Some(sp) = &r.speaker {
                let tag = format!(
                    "<span class=\"sp\" data-for=\"{n}-{}\" style=\"--c:{}\">",
                    r.id,
                    hsl(self.hue(key))
                );
                marks.push(Mark::new(
                    Span::new(sp.offsets.start, sp.offsets.end),
                    2,
                    tag,
                ));
            }
            if let Some(c) = &r.cue {
                let tag = format!("<span class=\"cue\" data-for=\"{n}-{}\">", r.id);
                marks.push(Mark::new(Span::new(c.offsets.start, c.offsets.end), 3, tag));
            }
        }
        for b in blocks(doc, ex) {
            let names: Vec<&str> = b
                .entries
                .iter()
                .filter_map(|e| e.entry.outlet.or(e.entry.source))
                .collect();
            let tag = format!(
                "<span class=\"cit\" data-outlets=\"{}\" title=\"{}\">",
                attr(&names.join("|")),
                attr(&format!("{:?} {}: {}", b.kind, b.id, names.join(", ")).to_lowercase())
            );
            marks.push(Mark::new(Span::new(b.offsets.start, b.offsets.end), 4, tag));
        }
        marks.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end), m.layer));

        writeln!(
            w,
            "<article id=\"d{n}\" data-doc=\"{}\">\n<h2>{}</h2>",
            attr(&doc.id),
            text(&doc.id)
        )?;
        if let Some(h) = &doc.metadata.headline {
            writeln!(w, "<h3>{}</h3>", text(h))?;
        }
        let mut at = Cursor::default();
        for p in &doc.paragraphs {
            w.write_all(b"<p>")?;
            render(w, &doc.text, p.span, &marks, &mut at)?;
            w.write_all(b"</p>\n")?;
        }
        let json = serde_json::to_string(&recs).map_err(io::Error::other)?;
        writeln!(
            w,
            "<script type=\"application/json\" class=\"records\" data-doc=\"{n}\">{}</script>\n</article>",
            script_json(&json)
        )
    }

    /// The side panel (the counts, speakers and outlets with theirs, the
    /// details box) and the script; ends the page. Each count says what
    /// it counts, in the words of `attrib audit`.
    pub fn write_tail(&self, w: &mut impl Write) -> io::Result<()> {
        let c = &self.counted.counts;
        writeln!(w, "</main>\n<aside id=\"panel\">")?;
        let statements = if self.claims {
            format!(
                "; {} (quotations and claims), {} cited",
                plural(c.statements(), "statement"),
                c.statements_cited()
            )
        } else {
            format!("; {} cited", c.quotations_cited)
        };
        writeln!(
            w,
            "<p class=\"summary\">{}: {}{statements}. Quotations are direct and partial; scare quotes are counted apart. Click a speaker or outlet to show only its statements; click a highlight for its details.</p>",
            plural(self.documents, "document"),
            c.summary(self.claims)
        )?;
        writeln!(
            w,
            "<button type=\"button\" id=\"clear\" data-filter=\"\">show all</button>"
        )?;
        // a swatch of the speaker's color; outlets have none
        let swatch = |name: &str| format!("<i style=\"--c:{}\"></i>", hsl(self.hue(name)));
        let speakers = self.counted.by_speaker.top(usize::MAX);
        let outlets = self.counted.by_outlet.top(usize::MAX);
        filter_list(w, "Speakers", "speaker", SPEAKERS_LEGEND, &speakers, swatch)?;
        filter_list(w, "Outlets", "outlet", OUTLETS_LEGEND, &outlets, |_| {
            String::new()
        })?;
        writeln!(
            w,
            "<h2>Details</h2>\n<div id=\"details\">Click a highlighted quotation or claim.</div>\n</aside>\n<script>\n{SCRIPT}</script>\n</body>\n</html>"
        )
    }

    /// A speaker's hue: the golden angle apart from the one before, so
    /// neighbours in the list never look alike; none is grey.
    fn hue(&self, key: &str) -> Option<u32> {
        if key == NO_SPEAKER || key == SCARE {
            return None;
        }
        let i = self.counted.by_speaker.position(key).unwrap_or(0) as f64;
        Some((i * 137.508 + 30.0).rem_euclid(360.0) as u32)
    }
}

/// What the speakers' counts count.
const SPEAKERS_LEGEND: &str = "statements (quotations and claims) per speaker";
/// What the outlets' counts count.
const OUTLETS_LEGEND: &str =
    "statements citing each outlet, once a statement however many of its citation entries name it";

/// One list of the panel: a line saying what its numbers count, then a
/// button per name, most frequent first, that filters the text to its
/// statements.
fn filter_list(
    w: &mut impl Write,
    title: &str,
    what: &str,
    legend: &str,
    sorted: &[(String, usize)],
    swatch: impl Fn(&str) -> String,
) -> io::Result<()> {
    writeln!(
        w,
        "<h2>{title}</h2>\n<p class=\"legend\">{}</p>\n<ul id=\"{what}s\">",
        text(legend)
    )?;
    for (name, count) in sorted {
        writeln!(
            w,
            "<li><button type=\"button\" data-filter=\"{what}:{}\" data-count=\"{count}\">{}{} <b>{count}</b></button></li>",
            attr(name),
            swatch(name),
            text(name)
        )?;
    }
    writeln!(w, "</ul>")
}

fn hsl(hue: Option<u32>) -> String {
    match hue {
        Some(h) => format!("hsl({h} 75% 50%)"),
        None => "hsl(0 0% 55%)".to_string(),
    }
}

/// The opening tag of a quotation or claim highlight: its id, speaker and
/// outlets for the filter, and a tooltip with its details.
fn record_open(n: usize, r: &Record, key: &str, hue: Option<u32>, outlets: &[&str]) -> String {
    let kind = format!("{:?}", r.kind).to_lowercase();
    let class = if kind == "claim" { "k" } else { "q" };
    let mut tip = vec![format!("{kind} {}", r.id), format!("speaker: {key}")];
    if let Some(role) = r.speaker.as_ref().and_then(|s| s.role) {
        tip.push(format!("role: {role}"));
    }
    if let Some(c) = &r.cue {
        tip.push(format!("cue: {}", c.text));
    }
    tip.push(format!("rule: {}", r.rule));
    tip.push(format!("confidence: {}", r.confidence));
    if !outlets.is_empty() {
        tip.push(format!("cited: {}", outlets.join(", ")));
    }
    format!(
        "<mark class=\"{class} {kind}\" data-id=\"{n}-{}\" data-speaker=\"{}\" data-outlets=\"{}\" style=\"--c:{}\" title=\"{}\">",
        r.id,
        attr(key),
        attr(&outlets.join("|")),
        hsl(hue),
        attr(&tip.join("\n"))
    )
}

/// A highlight: a span and its opening tag; `layer` orders highlights that
/// cover the same text (claims outside quotations outside the rest).
struct Mark {
    span: Span,
    layer: u8,
    open: String,
}

impl Mark {
    fn new(span: Span, layer: u8, open: String) -> Mark {
        Mark { span, layer, open }
    }

    fn close(&self) -> &'static str {
        if self.open.starts_with("<mark") {
            "</mark>"
        } else {
            "</span>"
        }
    }
}

/// Where rendering stands in the sorted highlights, carried from one
/// paragraph to the next so that every highlight is looked at once.
#[derive(Default)]
struct Cursor {
    next: usize,
    open: Vec<usize>,
}

/// Writes the text of `para` with every highlight that touches it. The
/// text is cut at every highlight's start and end; each piece is wrapped
/// in the highlights that cover it, outermost first, so that crossing
/// highlights still give well-formed HTML. `marks` is sorted by start, so
/// the cost is the text times the (small) number of highlights open at
/// once.
fn render(
    w: &mut impl Write,
    src: &str,
    para: Span,
    marks: &[Mark],
    at: &mut Cursor,
) -> io::Result<()> {
    at.open.retain(|&i| marks[i].span.end > para.start);
    // highlights that ended in the text between paragraphs are skipped
    while at.next < marks.len() && marks[at.next].span.start < para.start {
        if marks[at.next].span.end > para.start {
            at.open.push(at.next);
        }
        at.next += 1;
    }
    let mut cuts: Vec<usize> = vec![para.start, para.end];
    cuts.extend(at.open.iter().map(|&i| marks[i].span.end.min(para.end)));
    for m in marks[at.next..]
        .iter()
        .take_while(|m| m.span.start < para.end)
    {
        cuts.push(m.span.start);
        cuts.push(m.span.end.min(para.end));
    }
    cuts.sort_unstable();
    cuts.dedup();
    for pair in cuts.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        at.open.retain(|&i| marks[i].span.end > a);
        while at.next < marks.len() && marks[at.next].span.start <= a {
            if marks[at.next].span.end > a {
                at.open.push(at.next);
            }
            at.next += 1;
        }
        at.open
            .sort_by_key(|&i| (marks[i].layer, marks[i].span.start));
        for &i in &at.open {
            w.write_all(marks[i].open.as_bytes())?;
        }
        w.write_all(text(&src[a..b]).as_bytes())?;
        for &i in at.open.iter().rev() {
            w.write_all(marks[i].close().as_bytes())?;
        }
    }
    Ok(())
}

/// Text for an element's content.
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            // a NUL or other control would make the page invalid
            c if c.is_control() && c != '\n' && c != '\t' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// JSON for the inside of a `<script>` element. The HTML parser reads a
/// script's content before any JSON parser: `</script` ends it early, and
/// `<!--` followed later by `<script` puts it in the "script data escaped"
/// state, where the page's own `</script>` no longer ends it and the rest
/// of the page becomes script text. So no `<` is left at all, nor `>` and
/// `&`; all three can only stand inside JSON strings, where `\u003c` is
/// the same character. U+2028 and U+2029 end a line in older JavaScript.
fn script_json(json: &str) -> Cow<'_, str> {
    let first = json.find(['<', '>', '&', '\u{2028}', '\u{2029}']);
    crate::chars::rewrite(json, first, |c, out| match c {
        '<' => out.push_str("\\u003c"),
        '>' => out.push_str("\\u003e"),
        '&' => out.push_str("\\u0026"),
        '\u{2028}' => out.push_str("\\u2028"),
        '\u{2029}' => out.push_str("\\u2029"),
        c => out.push(c),
    })
}

/// Text for an attribute value in double quotes.
fn attr(s: &str) -> String {
    text(s).replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crossing_highlights_give_well_formed_html() {
        let t = "abcdefgh";
        let marks = vec![
            Mark::new(Span::new(1, 5), 0, "<mark>".into()),
            Mark::new(Span::new(3, 7), 2, "<span>".into()),
        ];
        let mut out = Vec::new();
        render(&mut out, t, Span::new(0, 8), &marks, &mut Cursor::default()).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "a<mark>bc</mark><mark><span>de</span></mark><span>fg</span>h"
        );
    }

    #[test]
    fn text_and_attributes_are_escaped() {
        assert_eq!(text("a<b & c>\u{0}"), "a&lt;b &amp; c&gt;\u{fffd}");
        assert_eq!(attr("say \"hi\""), "say &quot;hi&quot;");
    }

    #[test]
    fn embedded_json_has_no_markup_characters() {
        let json = serde_json::to_string("<!--<script></script>&\u{2028}").unwrap();
        let safe = script_json(&json);
        assert!(!safe.contains(['<', '>', '&', '\u{2028}']), "{safe}");
        let back: String = serde_json::from_str(&safe).unwrap();
        assert_eq!(back, "<!--<script></script>&\u{2028}");
        assert!(matches!(script_json("{\"a\":\"b\"}"), Cow::Borrowed(_)));
    }
}
