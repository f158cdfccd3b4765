//! Output of `attrib extract`: per-document JSON, per-quotation JSONL, the
//! scorer's format, and a table for people.

use super::visible::visible;
use crate::attribute::{Attribution, Kind, Speaker, SpeakerKind};
use crate::citations::{date_iso, BlockKind, Entry, Link, Scope};
use crate::document::Document;
use crate::extract::{Extraction, SCHEMA};
use crate::rule::RuleId;
use crate::span::{Offsets, Span};
use serde::Serialize;
use std::borrow::Cow;
use std::io::{self, Write};

#[derive(Serialize)]
pub struct TextSpan<'a> {
    pub text: &'a str,
    #[serde(flatten)]
    pub offsets: Offsets,
}

#[derive(Serialize)]
pub struct SpeakerOut<'a> {
    pub name: Option<&'a str>,
    pub mention: &'a str,
    #[serde(flatten)]
    pub offsets: Offsets,
    pub kind: SpeakerKind,
    pub role: Option<&'a str>,
    pub resolved_by: &'a str,
}

/// One quotation record: the extract contract (see README).
#[derive(Serialize)]
pub struct Record<'a> {
    pub doc: &'a str,
    pub id: String,
    pub kind: Kind,
    /// The parts' text, joined by a space (borrowed when there is one part).
    pub text: Cow<'a, str>,
    #[serde(flatten)]
    pub offsets: Offsets,
    pub parts: Vec<TextSpan<'a>>,
    pub closed: bool,
    pub paragraph: usize,
    pub sentence: usize,
    pub speaker: Option<SpeakerOut<'a>>,
    pub cue: Option<TextSpan<'a>>,
    pub rule: &'a str,
    pub confidence: f64,
    pub quoted_share: f64,
    pub continues: Option<String>,
    /// The citation entries that cover this quotation.
    pub citations: Vec<CitedBy<'a>>,
    /// For a quotation inside a claim's clause, that claim's id.
    pub claim_id: Option<String>,
    /// For a claim, the quotations inside its clause.
    pub quote_ids: Vec<String>,
    /// Whether it comes from the headline line (written only when true).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub headline: bool,
    /// The input line's other fields (JSONL input only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<&'a serde_json::Map<String, serde_json::Value>>,
}

/// A citation entry covering a statement, and how (`sentence`: a block in
/// its own sentence; `paragraph`: a block closing its paragraph).
#[derive(Serialize)]
pub struct CitedBy<'a> {
    #[serde(flatten)]
    pub entry: EntryName<'a>,
    pub scope: Scope,
    pub block_id: String,
}

fn text_span<'a>(doc: &'a Document, s: Span) -> TextSpan<'a> {
    TextSpan {
        text: s.slice(&doc.text),
        offsets: doc.chars.offsets(s),
    }
}

fn speaker_out<'a>(doc: &'a Document, s: &'a Speaker) -> SpeakerOut<'a> {
    SpeakerOut {
        name: s.name.as_deref(),
        mention: s.mention.slice(&doc.text),
        offsets: doc.chars.offsets(s.mention),
        kind: s.kind,
        role: s.role.map(|r| r.slice(&doc.text)),
        resolved_by: s.resolved_by,
    }
}

pub fn quote_id(i: usize) -> String {
    format!("q{}", i + 1)
}

/// The records of one document, in text order.
pub fn records<'a>(doc: &'a Document, ex: &'a Extraction) -> Vec<Record<'a>> {
    quotation_records(doc, ex).collect()
}

/// The claim records of one document, in text order (ids `k1`, `k2`, …).
pub fn claim_records<'a>(doc: &'a Document, ex: &'a Extraction) -> Vec<Record<'a>> {
    claim_records_iter(doc, ex).collect()
}

/// [`records`], made one at a time as they are asked for (a writer that
/// writes each before it makes the next holds one in memory, not all).
pub fn quotation_records<'a>(
    doc: &'a Document,
    ex: &'a Extraction,
) -> impl Iterator<Item = Record<'a>> + 'a {
    records_of(doc, ex, false)
}

/// [`claim_records`], made one at a time.
pub fn claim_records_iter<'a>(
    doc: &'a Document,
    ex: &'a Extraction,
) -> impl Iterator<Item = Record<'a>> + 'a {
    records_of(doc, ex, true)
}

fn records_of<'a>(
    doc: &'a Document,
    ex: &'a Extraction,
    claim: bool,
) -> impl Iterator<Item = Record<'a>> + 'a {
    let list = if claim { &ex.claims } else { &ex.quotations };
    list.iter()
        .enumerate()
        .map(move |(i, a)| record(doc, ex, i, a, claim))
}

/// Every record of one document, quotations then claims, made one at a
/// time.
pub fn all_records<'a>(
    doc: &'a Document,
    ex: &'a Extraction,
) -> impl Iterator<Item = Record<'a>> + 'a {
    quotation_records(doc, ex).chain(claim_records_iter(doc, ex))
}

pub fn claim_id(i: usize) -> String {
    format!("k{}", i + 1)
}

fn record<'a>(
    doc: &'a Document,
    ex: &'a Extraction,
    i: usize,
    a: &'a Attribution,
    claim: bool,
) -> Record<'a> {
    let parts: Vec<TextSpan> = a.parts.iter().map(|p| text_span(doc, *p)).collect();
    let text = match parts.as_slice() {
        [one] => Cow::Borrowed(one.text),
        _ => Cow::Owned(parts.iter().map(|p| p.text).collect::<Vec<_>>().join(" ")),
    };
    let links = if claim { &ex.claim_links } else { &ex.links };
    Record {
        doc: &doc.id,
        id: if claim { claim_id(i) } else { quote_id(i) },
        kind: a.kind,
        text,
        offsets: doc.chars.offsets(a.span()),
        parts,
        closed: a.closed,
        paragraph: a.paragraph(),
        sentence: a.sentence(),
        speaker: a.speaker.as_ref().map(|s| speaker_out(doc, s)),
        cue: a.cue.map(|c| text_span(doc, c)),
        rule: a.rule.name(),
        confidence: hundredths(a.confidence),
        quoted_share: hundredths(a.quoted_share),
        continues: a.continues().map(quote_id),
        citations: cited_by(doc, ex, links.get(i).map_or(&[][..], Vec::as_slice)),
        claim_id: (!claim)
            .then(|| a.related.first().map(|&k| claim_id(k as usize)))
            .flatten(),
        quote_ids: if claim {
            a.related.iter().map(|&q| quote_id(q as usize)).collect()
        } else {
            Vec::new()
        },
        headline: doc
            .paragraphs
            .get(a.paragraph())
            .is_some_and(|p| p.headline),
        meta: doc.meta.as_ref(),
    }
}

fn cited_by<'a>(doc: &'a Document, ex: &'a Extraction, links: &[Link]) -> Vec<CitedBy<'a>> {
    links
        .iter()
        .flat_map(|l| {
            let b = &ex.citations[l.block];
            b.entries.iter().map(move |e| CitedBy {
                entry: entry_name(doc, ex, e),
                scope: l.scope,
                block_id: block_id(l.block),
            })
        })
        .collect()
}

fn block_id(i: usize) -> String {
    format!("c{}", i + 1)
}

/// Two decimals are all these scores mean, and f64 keeps `0.7` from
/// printing as `0.699999988`.
fn hundredths(x: f32) -> f64 {
    (f64::from(x) * 100.0).round() / 100.0
}

/// A citation entry's outlet as written, normalized, and its date.
#[derive(Serialize)]
pub struct EntryName<'a> {
    pub source: Option<&'a str>,
    pub outlet: Option<&'a str>,
    pub date: Option<&'a str>,
    pub date_iso: Option<String>,
    /// The outlet's journalist, when an inline source names one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interviewer: Option<&'a str>,
}

fn entry_name<'a>(doc: &'a Document, ex: &Extraction, e: &'a Entry) -> EntryName<'a> {
    let date = e.date.map(|d| d.slice(&doc.text));
    EntryName {
        source: e.source.map(|s| s.slice(&doc.text)),
        outlet: e.outlet.as_deref(),
        date,
        date_iso: date.zip(ex.year).and_then(|(d, y)| date_iso(d, y)),
        interviewer: e.interviewer.map(|s| s.slice(&doc.text)),
    }
}

/// One citation entry with where it stands.
#[derive(Serialize)]
pub struct EntryOut<'a> {
    #[serde(flatten)]
    pub entry: EntryName<'a>,
    #[serde(flatten)]
    pub offsets: Offsets,
    pub malformed: bool,
    pub unknown_outlet: bool,
}

/// One parenthetical block.
#[derive(Serialize)]
pub struct BlockOut<'a> {
    pub id: String,
    pub kind: BlockKind,
    pub text: &'a str,
    #[serde(flatten)]
    pub offsets: Offsets,
    pub malformed: bool,
    pub entries: Vec<EntryOut<'a>>,
}

/// The citation blocks of one document, in text order.
pub fn blocks<'a>(doc: &'a Document, ex: &'a Extraction) -> Vec<BlockOut<'a>> {
    block_records(doc, ex).collect()
}

/// [`blocks`], made one at a time.
pub fn block_records<'a>(
    doc: &'a Document,
    ex: &'a Extraction,
) -> impl Iterator<Item = BlockOut<'a>> + 'a {
    ex.citations.iter().enumerate().map(move |(i, b)| BlockOut {
        id: block_id(i),
        kind: b.kind,
        text: b.span.slice(&doc.text),
        offsets: doc.chars.offsets(b.span),
        malformed: b.malformed,
        entries: b
            .entries
            .iter()
            .map(|e| EntryOut {
                entry: entry_name(doc, ex, e),
                offsets: doc.chars.offsets(e.span),
                malformed: e.malformed,
                unknown_outlet: e.unknown_outlet,
            })
            .collect(),
    })
}

/// One JSON object for the document, on one line: `schema`, `doc`,
/// `metadata`, `meta` (JSONL input only), `sentences`, `quotations`,
/// `claims`, `citations`, written as serde_json writes such a struct, but
/// a record at a time (the records of a document dense with quotations
/// are many times its size).
pub fn write_json(w: &mut impl Write, doc: &Document, ex: &Extraction) -> io::Result<()> {
    w.write_all(b"{\"schema\":")?;
    serde_json::to_writer(&mut *w, &SCHEMA)?;
    w.write_all(b",\"doc\":")?;
    serde_json::to_writer(&mut *w, &doc.id)?;
    w.write_all(b",\"metadata\":")?;
    serde_json::to_writer(&mut *w, &doc.metadata)?;
    if let Some(meta) = &doc.meta {
        w.write_all(b",\"meta\":")?;
        serde_json::to_writer(&mut *w, meta)?;
    }
    w.write_all(b",\"sentences\":")?;
    serde_json::to_writer(&mut *w, &ex.sentences.len())?;
    w.write_all(b",\"quotations\":")?;
    json_array(w, quotation_records(doc, ex))?;
    w.write_all(b",\"claims\":")?;
    json_array(w, claim_records_iter(doc, ex))?;
    w.write_all(b",\"citations\":")?;
    json_array(w, block_records(doc, ex))?;
    w.write_all(b"}\n")
}

/// `[a,b,…]` as serde_json writes a sequence, an item at a time.
fn json_array<T: Serialize>(w: &mut impl Write, items: impl Iterator<Item = T>) -> io::Result<()> {
    w.write_all(b"[")?;
    for (i, item) in items.enumerate() {
        if i > 0 {
            w.write_all(b",")?;
        }
        serde_json::to_writer(&mut *w, &item)?;
    }
    w.write_all(b"]")
}

/// One JSON object per quotation, one a line (written by
/// [`super::json::record`], as serde_json would write it, faster), a
/// record at a time through a small buffer.
pub fn write_jsonl(w: &mut impl Write, doc: &Document, ex: &Extraction) -> io::Result<()> {
    let mut b = Vec::with_capacity(JSONL_CHUNK + 4096);
    for r in all_records(doc, ex) {
        super::json::record(&mut b, &r);
        b.push(b'\n');
        if b.len() >= JSONL_CHUNK {
            w.write_all(&b)?;
            b.clear();
        }
    }
    w.write_all(&b)
}

/// Bytes of JSONL gathered before they are passed to the writer.
const JSONL_CHUNK: usize = 32 << 10;

/// [`write_jsonl`] into memory, with no copy through a writer.
pub fn jsonl_into(out: &mut Vec<u8>, doc: &Document, ex: &Extraction) {
    for r in all_records(doc, ex) {
        super::json::record(out, &r);
        out.push(b'\n');
    }
}

#[derive(Serialize)]
struct ScoreOut<'a> {
    doc: &'a str,
    start: usize,
    end: usize,
    fragments: Vec<[usize; 2]>,
    text: &'a str,
    speaker: Option<&'a str>,
    speaker_start: Option<usize>,
    speaker_end: Option<usize>,
    kind: Kind,
    rule: &'a str,
}

/// A partial quotation that is at least this share of its reported clause
/// counts as direct speech in news attribution corpora (`Trump said he
/// wants “a total and complete shutdown …”`).
const SCORE_SHARE: f32 = 0.8;

/// The format of `../shared/eval/score.py`: attributed direct quotations
/// (and partial ones that are nearly all of their clause) only, in
/// code-point offsets, with a run of quotations that continue each other
/// (`“…,” he said. “…”`, also over paragraphs) as one record whose parts
/// are its fragments, as the annotation guidelines of news attribution
/// corpora do.
pub fn write_score(w: &mut impl Write, doc: &Document, ex: &Extraction) -> io::Result<()> {
    let qs = &ex.quotations;
    // (the quoted parts of one report, `said Roe was “tired” and “angry”`,
    // share one clause: the first is as much of it as they all are)
    let part_of = |a: &Attribution| a.rule == RuleId::CoordinatedClause && a.continues().is_some();
    let mut share: Vec<f32> = qs.iter().map(|a| a.quoted_share).collect();
    let mut head: Vec<usize> = (0..qs.len()).collect();
    for (i, a) in qs.iter().enumerate() {
        if let Some(p) = a.continues().filter(|&p| p < i && part_of(a)) {
            head[i] = head[p];
            share[head[i]] += a.quoted_share;
        }
    }
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (i, a) in qs.iter().enumerate() {
        if a.speaker.is_none() {
            continue;
        }
        if let (Some(p), Some(g)) = (a.continues(), groups.last_mut()) {
            if g.last() == Some(&p) && (part_of(a) || wanted(a, share[i])) {
                g.push(i);
                continue;
            }
        }
        if part_of(a) || !wanted(a, share[head[i]]) {
            continue;
        }
        groups.push(vec![i]);
    }
    for g in groups {
        let first = &qs[g[0]];
        let last = &qs[*g.last().unwrap_or(&g[0])];
        let span = Span::new(first.span().start, last.span().end);
        let fragments = g
            .iter()
            .flat_map(|&i| qs[i].parts.iter())
            .map(|p| {
                let o = doc.chars.offsets(*p);
                [o.char_start, o.char_end]
            })
            .collect();
        score_line(w, doc, first, span, fragments)?;
    }
    Ok(())
}

/// Whether a quotation of `kind` whose report is `share` quoted counts as
/// direct speech for the scorer. (A transcript's turn, `HOST: …`, is
/// speech without quotation marks, which the scorer's `direct` is not:
/// its content is "mostly inside quotation marks".)
fn wanted(a: &Attribution, share: f32) -> bool {
    (a.kind == Kind::Direct && a.rule != RuleId::Transcript)
        || (a.kind == Kind::Partial && share >= SCORE_SHARE)
}

/// One record of the scorer's format: `span` with its `fragments`, and
/// the speaker and rule of `a`.
fn score_line(
    w: &mut impl Write,
    doc: &Document,
    a: &Attribution,
    span: Span,
    fragments: Vec<[usize; 2]>,
) -> io::Result<()> {
    let o = doc.chars.offsets(span);
    let sp = a.speaker.as_ref();
    let so = sp.map(|s| doc.chars.offsets(s.mention));
    let out = ScoreOut {
        doc: &doc.id,
        start: o.char_start,
        end: o.char_end,
        fragments,
        text: span.slice(&doc.text),
        speaker: sp.map(|s| {
            s.name
                .as_deref()
                .unwrap_or_else(|| s.mention.slice(&doc.text))
        }),
        speaker_start: so.map(|o| o.char_start),
        speaker_end: so.map(|o| o.char_end),
        kind: a.kind,
        rule: a.rule.name(),
    };
    serde_json::to_writer(&mut *w, &out)?;
    writeln!(w)
}

/// Reported claims in the format of `../shared/eval/score.py`.
pub fn write_score_claims(w: &mut impl Write, doc: &Document, ex: &Extraction) -> io::Result<()> {
    for a in &ex.claims {
        let o = doc.chars.offsets(a.span());
        score_line(w, doc, a, a.span(), vec![[o.char_start, o.char_end]])?;
    }
    Ok(())
}

/// A short table: kind, speaker, rule and the start of each quotation,
/// then of each claim, under a header that counts them in the words of
/// [`super::counts`] (`claims`: whether claims were looked for).
pub fn write_table(
    w: &mut impl Write,
    doc: &Document,
    ex: &Extraction,
    width: usize,
    claims: bool,
) -> io::Result<()> {
    // counted from the attributions, then written a record at a time: all
    // the records at once are many times a dense document's size
    let counts = super::counts::Counts::of(ex);
    writeln!(w, "== {} ({})", visible(&doc.id), counts.summary(claims))?;
    // the text column takes what the terminal leaves, and wraps there; on a
    // narrow terminal it goes on its own lines below the row
    let (indent, room) = if width >= TABLE_LEAD + 24 {
        (TABLE_LEAD, width - TABLE_LEAD)
    } else {
        (5, width.saturating_sub(5).max(20))
    };
    for r in all_records(doc, ex) {
        let speaker = r
            .speaker
            .as_ref()
            .map_or("-".to_string(), |s| match s.name {
                Some(n) if n != s.mention => format!("{n} ({})", s.mention),
                _ => s.mention.to_string(),
            });
        let kind = format!("{:?}", r.kind).to_lowercase();
        let lead = format!(
            "{:<4} {:<8} {:<28} {:<22} ",
            r.id,
            kind,
            trunc(&visible(&speaker), 28),
            r.rule
        );
        let lines = wrap(&r.text, room);
        if indent == TABLE_LEAD {
            write!(w, "{lead}")?;
        } else {
            writeln!(w, "{}", lead.trim_end())?;
        }
        for (i, l) in lines.iter().enumerate() {
            if i > 0 || indent != TABLE_LEAD {
                write!(w, "{:indent$}", "")?;
            }
            writeln!(w, "{l}")?;
        }
    }
    Ok(())
}

/// Width of the id, kind, speaker and rule columns before the text.
const TABLE_LEAD: usize = 4 + 1 + 8 + 1 + 28 + 1 + 22 + 1;

/// `text` with its white space collapsed and the rest [`visible`], in
/// lines of at most `room` characters (each stand-in is one column),
/// broken at spaces (a longer word gets a line of its own).
fn wrap(text: &str, room: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    let mut len = 0;
    for word in text.split_whitespace() {
        let word = visible(word);
        let n = word.chars().count();
        let last = lines.last_mut().expect("one line at least");
        if len > 0 && len + 1 + n > room {
            lines.push(word.into_owned());
            len = n;
        } else {
            if len > 0 {
                last.push(' ');
                len += 1;
            }
            last.push_str(&word);
            len += n;
        }
    }
    lines
}

fn trunc(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        s.chars().take(n - 1).collect::<String>() + "…"
    }
}
