//! The document model: the original text (never altered), its metadata
//! header and headline, and its paragraphs.

use crate::span::{CharMap, Span};
use serde::Serialize;

/// Metadata read from the top of an article. Header and headline are never
/// mined for sentences, quotations or citations.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Metadata {
    pub publication: Option<String>,
    pub volume: Option<String>,
    pub issue: Option<String>,
    pub headline: Option<String>,
    /// Byte span of the header line (`Publication: … Volume: … Issue: …`).
    #[serde(skip)]
    pub header_span: Option<Span>,
    /// Byte span of the headline line.
    #[serde(skip)]
    pub headline_span: Option<Span>,
}

/// One paragraph of the body: its byte span (trimmed) and index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paragraph {
    pub index: usize,
    pub span: Span,
    /// The headline line, read as body text because it reports speech
    /// (`Rail strike will go ahead, union says`, `Minister 'will not
    /// resign'`): its records carry `headline: true`.
    pub headline: bool,
}

/// A document ready for the pipeline.
#[derive(Debug, Clone)]
pub struct Document {
    pub id: String,
    pub text: String,
    pub metadata: Metadata,
    /// Body paragraphs, in order; header and headline are not among them.
    pub paragraphs: Vec<Paragraph>,
    pub chars: CharMap,
    /// Fields carried from a JSONL input line besides id and text.
    pub meta: Option<serde_json::Map<String, serde_json::Value>>,
}

/// A headline is one short line; longer first paragraphs are body text.
const HEADLINE_MAX_WORDS: usize = 30;

/// The longest text a document may have: 4 GiB less a byte. The tokens of
/// a whole document are kept (16 bytes each, with `u32` offsets, where
/// text dense with punctuation has one a byte), and no news article comes
/// near it; the reader refuses a longer one by name, and
/// [`crate::Extractor::extract`] finds nothing in it.
pub const MAX_BYTES: usize = u32::MAX as usize;

/// Which first paragraph is a headline (metadata, never mined for
/// quotations) rather than body text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Headline {
    /// A first line that looks like a headline and not like a lede: never
    /// one that ends in a full stop, holds a quotation mark or a reporting
    /// verb, opens with a dateline, or runs over one sentence. A lede is
    /// never lost; a headline that reports speech is read as body text.
    #[default]
    Auto,
    /// A first paragraph of one line, of at most 30 words and one
    /// sentence, whatever it holds (the layout of corpora whose every
    /// article has a headline line); one that reports speech is still read
    /// as body text, flagged, as under `Auto`.
    FirstLine,
    /// No headline: every paragraph is body text (for texts without one,
    /// or whose title comes from elsewhere).
    None,
}

/// How the top of a document is read.
#[derive(Clone, Copy)]
pub struct Layout<'a> {
    pub headline: Headline,
    /// Whether a lower-case word is a reporting verb (`said`, `says`,
    /// `warns`): the lexicon's cue words, passed in so that this stage
    /// needs no lexicon of its own.
    pub reports: &'a (dyn Fn(&str) -> bool + Sync),
}

impl Layout<'_> {
    /// [`Headline::Auto`] with no reporting verbs known: the layout tests
    /// only.
    pub const AUTO: Layout<'static> = Layout {
        headline: Headline::Auto,
        reports: &|_| false,
    };
}

impl std::fmt::Debug for Layout<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Layout")
            .field("headline", &self.headline)
            .finish()
    }
}

impl Document {
    /// A document read with [`Layout::AUTO`]; [`Document::with_layout`]
    /// adds the lexicon's reporting verbs to the headline test.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Document {
        Document::with_layout(id, text, &Layout::AUTO)
    }

    pub fn with_layout(
        id: impl Into<String>,
        text: impl Into<String>,
        layout: &Layout,
    ) -> Document {
        let text = text.into();
        let mut blocks = paragraph_spans(&text);
        let mut metadata = Metadata::default();
        if let Some(first) = blocks.first().copied() {
            if let Some(h) = parse_header(first.slice(&text)) {
                metadata = h;
                metadata.header_span = Some(first);
                blocks.remove(0);
            }
        }
        let mut reporting_headline = false;
        if blocks.len() >= 2 {
            let first = blocks[0];
            let line = first.slice(&text);
            let headline = match layout.headline {
                Headline::None => false,
                Headline::FirstLine => is_headline_shaped(line),
                Headline::Auto => is_headline_shaped(line) && !is_lede(line),
            };
            // (a headline that reports speech is mined, its records
            // flagged; any other is metadata)
            reporting_headline = headline && reports_speech(line, layout.reports);
            if headline && !reporting_headline {
                metadata.headline = Some(line.to_string());
                metadata.headline_span = Some(first);
                blocks.remove(0);
            }
        }
        let paragraphs = blocks
            .into_iter()
            .enumerate()
            .map(|(index, span)| Paragraph {
                index,
                span,
                headline: index == 0 && reporting_headline,
            })
            .collect();
        let chars = CharMap::new(&text);
        Document {
            id: id.into(),
            text,
            metadata,
            paragraphs,
            chars,
            meta: None,
        }
    }
}

/// One line of at most 30 words and one sentence, not a label ending in a
/// colon.
fn is_headline_shaped(line: &str) -> bool {
    !line.contains('\n')
        && line.split_whitespace().count() <= HEADLINE_MAX_WORDS
        && !line.ends_with(':')
        && !has_inner_sentence_end(line)
}

/// What a first line of body text has and a headline does not: a final
/// full stop (house styles that end headlines with one are read with
/// `--headline first-line`) or a dateline. A lede taken for a headline
/// would lose its records.
fn is_lede(line: &str) -> bool {
    let end = line.trim_end_matches(['"', '\u{201d}', '\u{2019}', '\'', ')']);
    (end.ends_with('.') && !end.ends_with("...")) || dateline_end(line).is_some()
}

/// Whether a headline reports speech: it holds a quotation mark or a
/// reporting verb (`Rail strike will go ahead, union says`, `Minister
/// 'will not resign'`). Such a headline is read as body text, with its
/// records flagged: a headline mined by mistake costs little, a
/// headline attribution missed is a statement lost.
fn reports_speech(line: &str, reports: &dyn Fn(&str) -> bool) -> bool {
    line.contains(['"', '\u{201c}', '\u{201d}', '\u{2018}'])
        || single_quoted(line)
        || line
            .split(|c: char| !c.is_alphabetic())
            .any(|w| !w.is_empty() && reports(&w.to_lowercase()))
}

/// Whether a straight single mark opens a quotation of two letters or more
/// and a mark closes it (`says deflation 'controlled'`): not an
/// apostrophe (`Obama's`, `'80s`, `rock 'n' roll`).
fn single_quoted(line: &str) -> bool {
    line.match_indices('\'').any(|(i, _)| {
        let opens = i == 0 || line[..i].ends_with(' ');
        let rest = &line[i + 1..];
        opens
            && rest.starts_with(char::is_alphabetic)
            && rest.find('\'').is_some_and(|j| {
                rest[..j].chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && rest[j + 1..]
                        .chars()
                        .next()
                        .is_none_or(|c| !c.is_alphanumeric())
            })
    })
}

/// The end of a dateline opening a paragraph (or a sentence): a place in
/// capitals (`WASHINGTON`, `NEW YORK`, `ST. PAUL, Minn.`), or a place with
/// a news agency in parentheses (`Washington (AP)`), then a dash (`—`,
/// `–`, `―`, `--` or ` - `) within a few words, with nothing before it but
/// capitalised words, numbers and their commas and brackets. Returns the
/// byte after the dash. The one dateline test: the headline rule asks it
/// of a first line, attribution of a sentence's start (a dateline is
/// layout, never a speaker).
pub fn dateline_end(para: &str) -> Option<usize> {
    // (asked of every sentence: most are passed over on their first word,
    // and only the bytes that may start a dash are looked at)
    let near = &para.as_bytes()[..para.len().min(80)];
    // the place in capitals (two letters at least), or an agency after it
    // (found by its bytes, as the three stops are ASCII; and a lower-case
    // letter looked for first, which most first words show at once)
    let stop = para.bytes().position(|b| matches!(b, b' ' | b',' | b'('));
    let first = &para[..stop.unwrap_or(para.len())];
    let in_capitals = !first.chars().any(char::is_lowercase)
        && first.chars().filter(|c| c.is_alphabetic()).count() >= 2;
    // (not in capitals: a one-word agency in brackets must stand near,
    // `(Reuters)`, not any bracket, `(R-Texas)`)
    let bracketed_name = || {
        let open = memchr::memchr(b'(', near)?;
        let (name, _) = para[open + 1..].split_once(')')?;
        (name.starts_with(char::is_uppercase) && name.chars().all(char::is_alphabetic))
            .then_some(())
    };
    if !in_capitals && bracketed_name().is_none() {
        return None;
    }
    // the dash, within 80 bytes: a hyphen only standing alone (a word's
    // hyphen, `WINSTON-SALEM`, is passed over)
    let mut from = 0;
    let (at, len) = loop {
        let i = from + memchr::memchr2(b'-', 0xE2, &near[from..])?;
        let rest = &para[i..];
        if rest.starts_with("--") {
            break (i, 2);
        }
        if rest.starts_with("- ") && para[..i].ends_with(' ') {
            break (i, 1);
        }
        if ["\u{2014}", "\u{2013}", "\u{2015}"]
            .iter()
            .any(|d| rest.starts_with(d))
        {
            break (i, 3);
        }
        from = i + 1;
    };
    let head = para[..at].trim_end();
    // no more than nine words (a kicker in capitals before a name, `IOWA
    // POLLS NOT WRONG, JUST TOO EARLY - Jane Roe:`, is as long), each
    // capitalised or a number (`Dec. 8`)
    let mut words = head.split_whitespace();
    let all_parts = words.clone().all(|w| {
        w.trim_start_matches('(')
            .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
    });
    if head.is_empty() || !all_parts || words.nth(9).is_some() {
        return None;
    }
    // (one capitalised word in brackets: `(Reuters)`, not `(D-Ill.)`)
    let agency = head
        .split_once('(')
        .and_then(|(_, rest)| rest.split_once(')'))
        .is_some_and(|(name, _)| {
            name.starts_with(char::is_uppercase) && name.chars().all(char::is_alphabetic)
        });
    (in_capitals || agency).then_some(at + len)
}

impl Document {
    /// The index of the paragraph that holds byte `pos` (the nearest one
    /// when `pos` falls between paragraphs; 0 for a document without any).
    pub fn paragraph_at(&self, pos: usize) -> usize {
        self.paragraphs
            .partition_point(|p| p.span.end < pos)
            .min(self.paragraphs.len().saturating_sub(1))
    }

    /// The index of the paragraph that starts exactly at byte `pos`.
    pub fn paragraph_starting_at(&self, pos: usize) -> Option<usize> {
        let k = self.paragraphs.partition_point(|p| p.span.start < pos);
        (self.paragraphs.get(k)?.span.start == pos).then_some(k)
    }
}

/// Splits text into paragraphs. Blank lines separate paragraphs; a document
/// with no blank line between several lines is taken as one paragraph per
/// line (the other common way feeds and dumps lay out articles), unless it
/// is hard-wrapped wire copy, where an indented line opens each paragraph
/// and the lines after it, not indented, go on with it. Spans are trimmed
/// and never empty.
pub fn paragraph_spans(text: &str) -> Vec<Span> {
    let blank_separated = has_blank_line(text);
    let indented = !blank_separated && indent_opens_paragraphs(text);
    let mut out = Vec::new();
    let mut start = 0usize;
    let bytes = text.as_bytes();
    // (one memchr iterator: `find` on each line paid a searcher's set-up
    // a line)
    for line_end in memchr::memchr_iter(b'\n', bytes) {
        let next = line_end + 1;
        let is_break = if blank_separated {
            next_line_is_blank(bytes, next)
        } else if indented {
            // the next line opens a paragraph when it is indented (or is
            // empty, or is the end)
            bytes
                .get(next)
                .is_none_or(|&b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
        } else {
            true
        };
        if is_break {
            push_trimmed(text, start, line_end, &mut out);
            start = next;
        }
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

/// Hard-wrapped wire copy (`  Shares rose today after the company
/// said\nit would buy …`): at least two indented lines open paragraphs, and
/// at least half as many lines are cut mid-sentence (no end mark) with a
/// line after them that is not indented. Read as a paragraph a line, each
/// wrapped line would be cut mid-sentence; a feed with a paragraph a line
/// ends its lines with end marks.
fn indent_opens_paragraphs(text: &str) -> bool {
    let (mut opening, mut wrapped) = (0, 0);
    let mut lines = text.lines().filter(|l| !l.trim().is_empty()).peekable();
    while let Some(line) = lines.next() {
        if line.starts_with([' ', '\t']) {
            opening += 1;
        }
        let cut = !line
            .trim_end()
            .ends_with(['.', '?', '!', '"', '\u{201d}', ':', '\u{2019}', '\'', ')']);
        if cut && lines.peek().is_some_and(|n| !n.starts_with([' ', '\t'])) {
            wrapped += 1;
        }
    }
    opening >= 2 && 2 * wrapped >= opening
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let s = Span::new(start, end).trim(text);
    if !s.is_empty() {
        out.push(s);
    }
}

fn next_line_is_blank(bytes: &[u8], from: usize) -> bool {
    for &b in &bytes[from.min(bytes.len())..] {
        match b {
            b'\n' => return true,
            b' ' | b'\t' | b'\r' => continue,
            _ => return false,
        }
    }
    true
}

fn has_blank_line(text: &str) -> bool {
    let bytes = text.as_bytes();
    // only a line end after some content counts: search from the first
    // (line ends found by memchr, not a byte at a time)
    let Some(content) = bytes.iter().position(|b| !b.is_ascii_whitespace()) else {
        return false;
    };
    for i in memchr::memchr_iter(b'\n', &bytes[content..]).map(|k| content + k) {
        if next_line_is_blank(bytes, i + 1) {
            // a blank line followed by more text
            // (only white space is left otherwise: no later line can
            // be followed by text either)
            return !text[i + 1..].trim().is_empty();
        }
    }
    false
}

/// A headline is one sentence at most: an end mark (optionally inside a
/// closing quotation mark) followed by a space and a capital or an opening
/// quotation mark means body text.
fn has_inner_sentence_end(line: &str) -> bool {
    let chars: Vec<char> = line.chars().collect();
    (0..chars.len()).any(|i| {
        if !matches!(chars[i], '.' | '?' | '!') {
            return false;
        }
        let mut k = i + 1;
        while k < chars.len() && matches!(chars[k], '"' | '\u{201d}' | '\u{2019}' | '\'') {
            k += 1;
        }
        chars.get(k).is_some_and(|c| c.is_whitespace())
            && chars
                .get(k + 1)
                .is_some_and(|c| c.is_uppercase() || matches!(c, '"' | '\u{201c}' | '\u{2018}'))
    })
}

/// Reads `Publication: NAME Volume: N Issue: N` (any of the three parts may
/// be missing, but it must start with `Publication:`).
fn parse_header(block: &str) -> Option<Metadata> {
    if block.contains('\n') {
        return None;
    }
    let rest = block.strip_prefix("Publication:")?;
    let (publication, rest) = split_field(rest, "Volume:");
    let (volume, rest) = match rest {
        Some(r) => split_field(r, "Issue:"),
        None => (None, None),
    };
    let issue = rest.map(|r| r.trim().to_string()).filter(|s| !s.is_empty());
    Some(Metadata {
        publication,
        volume,
        issue,
        ..Metadata::default()
    })
}

fn split_field<'a>(s: &'a str, key: &str) -> (Option<String>, Option<&'a str>) {
    match s.find(key) {
        Some(k) => (non_empty(&s[..k]), Some(&s[k + key.len()..])),
        None => (non_empty(s), None),
    }
}

fn non_empty(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_and_headline_are_metadata() {
        let d = Document::new(
            "x",
            "Publication: Monitor Volume: 7 Issue: 205\n\nShort Title Here\n\nBody one.\n\nBody two.",
        );
        assert_eq!(d.metadata.publication.as_deref(), Some("Monitor"));
        assert_eq!(d.metadata.volume.as_deref(), Some("7"));
        assert_eq!(d.metadata.issue.as_deref(), Some("205"));
        assert_eq!(d.metadata.headline.as_deref(), Some("Short Title Here"));
        assert_eq!(d.paragraphs.len(), 2);
    }

    #[test]
    fn header_without_headline() {
        let d = Document::new(
            "x",
            "Publication: Eurasia Daily Monitor Volume: 5 Issue: 62\n\nA long body paragraph.",
        );
        assert_eq!(
            d.metadata.publication.as_deref(),
            Some("Eurasia Daily Monitor")
        );
        assert_eq!(d.metadata.headline, None);
        assert_eq!(d.paragraphs.len(), 1);
    }

    #[test]
    fn datelines_are_found() {
        for (para, dateline) in [
            ("WASHINGTON — The Senate voted.", "WASHINGTON —"),
            ("HONOLULU ― Crews worked.", "HONOLULU ―"),
            ("NEW YORK (AP) -- Stocks fell.", "NEW YORK (AP) --"),
            ("ST. PAUL, Minn. - The vote failed.", "ST. PAUL, Minn. -"),
            ("Washington (AP) — Markets fell.", "Washington (AP) —"),
            (
                "WINSTON-SALEM, N.C. — Mills closed.",
                "WINSTON-SALEM, N.C. —",
            ),
            (
                "WASHINGTON, Dec. 8 (UPI) — Talks ended.",
                "WASHINGTON, Dec. 8 (UPI) —",
            ),
            (
                "PORT FEES RISE, BUT NOT FOR LONG - Ann Lee: “…”",
                "PORT FEES RISE, BUT NOT FOR LONG -",
            ),
        ] {
            assert_eq!(
                dateline_end(para).map(|k| &para[..k]),
                Some(dateline),
                "{para}"
            );
        }
        for para in [
            "The Senate voted — again.",
            "Full-year profits rose.",
            "A well-known mayor — Jane Roe — spoke.",
            "US-Russia talks end",
            "Washington said on Tuesday — again — no.",
            "Talks (again) — end",
            "Roe (D-Ill.) — a sponsor — spoke.",
        ] {
            assert_eq!(dateline_end(para), None, "{para}");
        }
    }

    #[test]
    fn ledes_are_body_text_and_headlines_are_not() {
        let reports = |w: &str| matches!(w, "said" | "says" | "warns");
        let auto = Layout {
            headline: Headline::Auto,
            reports: &reports,
        };
        let headline = |first: &str, layout: &Layout| {
            Document::with_layout("x", format!("{first}\n\nBody.\n\nMore."), layout)
                .metadata
                .headline
        };
        let flagged = |first: &str, layout: &Layout| {
            let d = Document::with_layout("x", format!("{first}\n\nBody.\n\nMore."), layout);
            d.paragraphs.iter().filter(|p| p.headline).count()
        };
        let first = Layout {
            headline: Headline::FirstLine,
            ..auto
        };
        // a lede: body text, never a headline, unless every first line is
        for lede in ["The bill is dead.", "LONDON — Markets fell"] {
            assert_eq!(headline(lede, &auto), None, "{lede}");
            assert_eq!(flagged(lede, &auto), 0, "{lede}");
            assert_eq!(headline(lede, &first).as_deref(), Some(lede));
        }
        // a headline that reports speech: body text, flagged, in both
        // layouts (`'` only where it opens a quotation)
        for reporting in [
            "The bill is dead, the senator said on Tuesday",
            "Mayor warns of cuts",
            "“No surrender” as strike goes on",
            "Tokyo calls deflation 'controlled'",
        ] {
            for layout in [&auto, &first] {
                assert_eq!(headline(reporting, layout), None, "{reporting}");
                assert_eq!(flagged(reporting, layout), 1, "{reporting}");
            }
        }
        // (an apostrophe opens no quotation: `rock 'n' roll`, `'80s`)
        for plain in [
            "Floods Close Roads in Kerry's County",
            "Rock 'n' roll is back in Dublin",
            "Fans flock to '80s revival",
        ] {
            assert_eq!(flagged(plain, &auto), 0, "{plain}");
            assert_eq!(headline(plain, &auto).as_deref(), Some(plain));
        }
        assert_eq!(flagged("The bill is dead, the senator said.", &first), 1);
        assert_eq!(
            headline("Floods Close Roads in Three Counties", &auto).as_deref(),
            Some("Floods Close Roads in Three Counties")
        );
        let none = Layout {
            headline: Headline::None,
            ..auto
        };
        assert_eq!(headline("Floods Close Roads", &none), None);
    }

    #[test]
    fn hard_wrapped_wire_copy_keeps_its_paragraphs() {
        let wire = "  Harbour shares rose sharply after the company said\n\
                    it would buy a rival for ten dollars a share.\n  \
                    \"We are pleased with the price,\" the chairman told\n\
                    reporters at the exchange.\n  \
                    The deal needs the approval of regulators, who\n\
                    meet next month.\n Reuter\n";
        let spans = paragraph_spans(wire);
        let paras: Vec<&str> = spans.iter().map(|s| s.slice(wire)).collect();
        assert_eq!(paras.len(), 4, "{paras:?}");
        assert!(paras[1].starts_with("\"We are pleased") && paras[1].ends_with("exchange."));
        assert_eq!(paras[3], "Reuter");
        // a feed with one paragraph a line and a few indented lines is not
        // wire copy
        let feed = "First paragraph.\n  Second, indented.\nThird.\n  Fourth, indented.\n";
        assert_eq!(paragraph_spans(feed).len(), 4);
    }

    #[test]
    fn one_paragraph_per_line_when_no_blank_lines() {
        assert_eq!(paragraph_spans("a\nb\nc").len(), 3);
        assert_eq!(paragraph_spans("a\nb\n\nc").len(), 2);
    }
}
