//! Attribution: each quotation gets its cue, its speaker and a kind.
//!
//! Rules, tried in order for every quotation (the rule id is in the output):
//! - `cue-after` / `cue-after-inverted`: `“…,” Putin said.` / `“…,” said Fiona Hill, …`
//! - `cue-before` / `cue-before-coordinated` / `according-to`: `Lavrov said: “…”`,
//!   `Putin rejected … and told Walters that “…”`, `According to X, “…”`
//! - `interrupted`: the second half of `“…,” Ivanov said, “…”` joins the first
//! - `continuation`: a quotation with no cue right after one attributed to X
//!   (same paragraph, or opening the next) is X's
//! - `scare`: a quoted term with no speech in reach; `unattributed`: a
//!   quoted sentence with no speaker in reach.

mod claims;
mod continuation;
mod cues;
mod entities;
mod kind;
mod layout;
mod pattern;
mod phrase;

pub use crate::rule::RuleId;

pub use phrase::SpeakerKind;

use crate::document::Document;
use crate::lexicon::classes::ADDRESSEES;
use crate::lexicon::Lexicon;
use crate::quotes::Quote;
use crate::segment::Sentence;
use crate::span::Span;
use crate::tokens::{self, Tok};
use continuation::names_someone;
use entities::Tracker;
use kind::{share, Shape};
use layout::{intro_paragraph_end, sentence_at};
use serde::Serialize;

/// The lexicon as the attribution stage reads it.
pub type Words = Lexicon;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Direct,
    Partial,
    Scare,
    /// Indirect speech: `X said (that) CLAUSE`.
    Claim,
}

impl Kind {
    /// The name output gives it (as serde writes it).
    pub fn name(self) -> &'static str {
        match self {
            Kind::Direct => "direct",
            Kind::Partial => "partial",
            Kind::Scare => "scare",
            Kind::Claim => "claim",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Speaker {
    /// Canonical name the document establishes, when known.
    pub name: Option<String>,
    pub mention: Span,
    pub kind: SpeakerKind,
    pub role: Option<Span>,
    pub resolved_by: &'static str,
}

/// One attributed quotation.
#[derive(Debug, Clone, PartialEq)]
pub struct Attribution {
    pub kind: Kind,
    pub parts: Vec<Span>,
    pub closed: bool,
    /// (indexes and offsets are u32: a document is under 4 GiB, and text
    /// dense with quotations holds one of these every dozen bytes)
    pub paragraph: u32,
    pub sentence: u32,
    pub speaker: Option<Box<Speaker>>,
    pub cue: Option<Span>,
    pub rule: RuleId,
    pub confidence: f32,
    /// Index (in the output list) of the quotation this one continues.
    /// (read with [`Attribution::continues`])
    pub continues: Packed,
    /// Where an attribution after the quotation ends (read with
    /// [`Attribution::attr_end`]).
    pub attr_end: Packed,
    /// Share of the reported content (the clause the cue governs) that
    /// stands inside quotation marks: 1.0 for `X said: “…”`, low for a
    /// quoted phrase in a paraphrase.
    pub quoted_share: f32,
    /// For a claim, the quotations inside its clause; for a quotation, the
    /// claim whose clause holds it (indexes into the other list).
    pub related: Box<[u32]>,
}

/// An optional index or offset in four bytes (`Option<u32>` takes eight):
/// a document is under 4 GiB, so `u32::MAX` is never a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Packed(u32);

impl Packed {
    pub const NONE: Packed = Packed(u32::MAX);

    pub fn new(v: Option<usize>) -> Packed {
        v.and_then(|v| u32::try_from(v).ok())
            .filter(|&v| v != u32::MAX)
            .map_or(Packed::NONE, Packed)
    }

    pub fn get(self) -> Option<usize> {
        (self != Packed::NONE).then_some(self.0 as usize)
    }
}

impl Attribution {
    /// A record for a quotation with no speaker, cue or link yet; it takes
    /// the quotation's parts (a quotation is attributed once, and text
    /// dense with quotations held every part twice).
    fn bare(
        q: &mut Quote,
        sentence: usize,
        kind: Kind,
        rule: RuleId,
        confidence: f32,
    ) -> Attribution {
        Attribution {
            kind,
            parts: std::mem::take(&mut q.parts),
            closed: q.closed,
            paragraph: q.paragraph,
            sentence: sentence as u32,
            speaker: None,
            cue: None,
            rule,
            confidence,
            continues: Packed::NONE,
            attr_end: Packed::NONE,
            quoted_share: 1.0,
            related: Box::default(),
        }
    }

    pub fn span(&self) -> Span {
        Span::new(self.parts[0].start, self.parts[self.parts.len() - 1].end)
    }

    /// Index of the paragraph it starts in.
    pub fn paragraph(&self) -> usize {
        self.paragraph as usize
    }

    /// Index of the sentence it starts in.
    pub fn sentence(&self) -> usize {
        self.sentence as usize
    }

    /// Where an attribution after it ends.
    pub fn attr_end(&self) -> Option<usize> {
        self.attr_end.get()
    }

    /// Index of the quotation this one continues.
    pub fn continues(&self) -> Option<usize> {
        self.continues.get()
    }
}

/// How far before a quotation its attribution's subject is looked for,
/// and how far after it its reported clause is measured, in bytes: cost
/// per quotation stays bounded however long the sentence.
const HEAD_REACH: usize = 600;

fn floor_char(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_char(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Quotations and reported claims of one document, each in text order.
pub struct Attributed {
    pub quotations: Vec<Attribution>,
    pub claims: Vec<Attribution>,
}

/// Attributes every quotation of a document and finds its reported claims.
/// Each quotation's parts move into its record: `quotes` are spent.
pub fn attribute(
    doc: &Document,
    sentences: &[Sentence],
    sentence_toks: &tokens::SentenceTokens,
    quotes: &mut [Quote],
    w: &Words,
    with_claims: bool,
) -> Attributed {
    let mut found: Vec<(usize, claims::Claim)> = Vec::new();
    if with_claims {
        for si in 0..sentences.len() {
            let toks = sentence_toks.get(si);
            let Some(c) = claims::in_sentence(&doc.text, toks, w) else {
                continue;
            };
            // (`…, and predicted that …`: a second claim of the speaker)
            let second = claims::coordinated_report(&doc.text, toks, &c, w);
            found.push((si, c));
            found.extend(second.map(|c| (si, c)));
        }
    }
    // mentions matter up to the last statement's paragraph and the one
    // after it (a surname may come before its full name there); the rest
    // of a long article need not be read for names
    let last = quotes
        .last()
        .map(|q| q.outer.end)
        .max(found.last().map(|(_, c)| c.more.unwrap_or(c.content).end));
    let reach = last.map_or(0, |end| {
        let p = doc.paragraph_at(end);
        doc.paragraphs
            .get(p + 1)
            .or_else(|| doc.paragraphs.get(p))
            .map_or(end, |para| para.span.end)
    });
    let read = sentences.partition_point(|s| s.span.start < reach);
    let tracker = Tracker::build(doc, sentence_toks, read, w);
    let mut quotations = attribute_quotes(doc, sentences, sentence_toks, quotes, &tracker, w);
    let claims = resolve_claims(doc, sentences, found, &mut quotations, &tracker);
    Attributed { quotations, claims }
}

/// Reported claims: one per sentence at most, skipped where a quotation
/// already reports (nearly) the whole clause; linked both ways to the
/// quotations inside their clause.
fn resolve_claims(
    doc: &Document,
    sentences: &[Sentence],
    found: Vec<(usize, claims::Claim)>,
    quotations: &mut [Attribution],
    tracker: &Tracker,
) -> Vec<Attribution> {
    let text = &doc.text;
    let mut out = Vec::new();
    // every quotation part in text order, to look up by position instead
    // of scanning all quotations for each claim
    // (none without a claim to look up; room for exactly the parts, and a
    // sort that takes no room: text dense with quotations holds several
    // times itself in this list)
    let mut parts: Vec<Span> = Vec::new();
    if !found.is_empty() {
        parts.reserve_exact(quotations.iter().map(|q| q.parts.len()).sum());
        parts.extend(quotations.iter().flat_map(|q| q.parts.iter().copied()));
        parts.sort_unstable_by_key(|p| p.start);
    }
    for (si, c) in found {
        let s = &sentences[si];
        // a cue inside a quotation is the quoted speaker's, not a report
        let k = parts.partition_point(|p| p.start <= c.found.cue.start);
        if k > 0 && c.found.cue.end <= parts[k - 1].end {
            continue;
        }
        // quotations are in text order: those opening inside the clause
        let whole = Span::new(c.content.start, c.more.unwrap_or(c.content).end);
        let parts: Vec<Span> = std::iter::once(c.content).chain(c.more).collect();
        let first = quotations.partition_point(|q| q.span().start < whole.start);
        let inside: Vec<usize> = (first..quotations.len())
            .take_while(|&i| quotations[i].span().start < whole.end)
            .filter(|&i| quotations[i].kind != Kind::Scare && quotations[i].span().end <= whole.end)
            .collect();
        let quoted_share = share(
            text,
            c.content,
            &inside
                .iter()
                .flat_map(|&i| quotations[i].parts.clone())
                .collect::<Vec<_>>(),
        );
        if quoted_share >= 0.8 {
            continue; // a quotation reports it
        }
        let k = out.len();
        for &i in &inside {
            // (a quotation stands in one claim's clause, rarely more)
            let r = &mut quotations[i].related;
            *r = r.iter().copied().chain([k as u32]).collect();
        }
        out.push(Attribution {
            kind: Kind::Claim,
            parts,
            closed: true,
            paragraph: s.paragraph as u32,
            sentence: si as u32,
            // (an unsourced report names no one)
            speaker: (c.found.rule != RuleId::ClaimUnsourced).then(|| {
                let resolved = tracker.resolve(text, &c.found.phrase);
                Box::new(Speaker {
                    name: resolved.name,
                    mention: c.found.phrase.span,
                    kind: resolved.kind.unwrap_or(c.found.phrase.kind),
                    role: c.found.phrase.role,
                    resolved_by: resolved.resolved_by,
                })
            }),
            cue: Some(c.found.cue),
            rule: match c.found.rule {
                RuleId::ClaimUnsourced => RuleId::ClaimUnsourced,
                RuleId::AccordingTo => RuleId::ClaimAccordingTo,
                r if r.is_cue_after() => RuleId::ClaimCueAfter,
                _ => RuleId::ClaimCueBefore,
            },
            confidence: 0.7,
            continues: Packed::NONE,
            attr_end: Packed::NONE,
            quoted_share,
            related: inside.iter().map(|&i| i as u32).collect(),
        });
    }
    out
}

/// A user's construction after a quotation (none when no rules file
/// added one: then nothing is read).
fn user_after(text: &str, toks: &[Tok], w: &Words) -> Option<cues::Found> {
    if w.constructions.is_empty() {
        return None;
    }
    pattern::after(text, toks, &w.constructions, w)
}

/// A user's construction before a quotation.
fn user_before(text: &str, toks: &[Tok], from: usize, w: &Words) -> Option<cues::Found> {
    if w.constructions.is_empty() {
        return None;
    }
    pattern::before(text, toks, from, &w.constructions, w)
}

/// Attributes every quotation of a document.
fn attribute_quotes(
    doc: &Document,
    sentences: &[Sentence],
    sentence_toks: &tokens::SentenceTokens,
    quotes: &mut [Quote],
    tracker: &Tracker,
    w: &Words,
) -> Vec<Attribution> {
    let text = &doc.text;
    let mut out: Vec<Attribution> = Vec::with_capacity(quotes.len());
    // where the previous quotation's attribution ended, for interruptions
    let mut prev_attr_end: Option<usize> = None;
    let mut prev_outer_end = 0usize;
    for qi in 0..quotes.len() {
        let next_start = quotes.get(qi + 1).map_or(usize::MAX, |n| n.outer.start);
        let q = &mut quotes[qi];
        let open_s = sentence_at(sentences, q.outer.start);
        let close_s = sentence_at(sentences, q.outer.end.saturating_sub(1));
        let mut found = None;
        // the tokens between a cue before the quotation and its mark
        let mut after_cue_toks: Option<Vec<Tok>> = None;
        let mut inherited: Option<(Speaker, Span, RuleId)> = None;
        // a quotation that closes a noun or prepositional phrase (`on
        // Fox’s “Hannity,” Gingrich said …`, `the “Never Trump” movement`)
        // is a title or a term: a cue after it reports something else
        let titled =
            open_s.is_some_and(|s| names_a_title(text, sentences[s].span.start, q.outer.start));
        // cue after the quotation, in its closing sentence
        if let Some(s) = close_s.filter(|_| !titled) {
            let end = sentences[s].span.end.min(next_start);
            if end > q.outer.end {
                let toks = sentence_toks.window(s, text, Span::new(q.outer.end, end), w);
                // (a user's construction first: it is there to be used)
                if let Some(f) = user_after(text, &toks, w)
                    .or_else(|| cues::after(text, &toks, w))
                    .or_else(|| cues::dash_after(text, &toks, w))
                {
                    let attr_end = toks
                        .get(f.end_tok.saturating_sub(1))
                        .map_or(end, |t| t.span().end);
                    found = Some((f, Some(attr_end)));
                }
            }
        }
        // `“…” — Jane Roe`: the segmenter ends the sentence at the mark, and
        // the dash and the name after it are the next sentence, in the
        // same paragraph
        if found.is_none() && !titled {
            if let Some(s) = close_s.filter(|&s| sentences[s].span.end <= q.outer.end + 1) {
                // (a dash first, before any tokenizing)
                // (or a user's construction, which may open with anything)
                if let Some(next) = sentences.get(s + 1).filter(|n| {
                    n.paragraph == sentences[s].paragraph
                        && n.span.start < next_start
                        && (n.span.slice(text).starts_with(['—', '―', '–', '-'])
                            || !w.constructions.is_empty())
                }) {
                    // (up to the next quotation: `— Jane Roe, a nurse at
                    // “St. Mary’s”` leaves that one its own)
                    let end = next.span.end.min(next_start);
                    let toks =
                        sentence_toks.window(s + 1, text, Span::new(next.span.start, end), w);
                    // (the attribution is the whole signing sentence; a
                    // user's, up to the end of its match)
                    if let Some(f) = user_after(text, &toks, w) {
                        let attr_end = toks
                            .get(f.end_tok.saturating_sub(1))
                            .map_or(end, |t| t.span().end);
                        found = Some((f, Some(attr_end)));
                    } else if let Some(f) = cues::dash_after(text, &toks, w) {
                        found = Some((f, Some(next.span.end)));
                    }
                }
            }
        }
        // interrupted: `“…,” Ivanov said, “…”` — this quotation opens right
        // after the previous one's attribution
        if let (Some(pe), Some(last)) = (prev_attr_end, out.last_mut()) {
            let gap = Span::new(pe.min(q.outer.start), q.outer.start).slice(text);
            let bare = gap.trim().trim_matches([',', ':', ';', '—', '–']).trim();
            // `“…,” he said of the plan, “…”` / `“…,” she said, and “…”`:
            // the rest of the attribution's own sentence leads on
            let same_sentence =
                open_s.is_some() && sentence_at(sentences, pe.saturating_sub(1)) == open_s;
            // a short rest (`of the two leaders,`), and no second cue
            // (`, adding,` starts a quotation of its own)
            // (asked only in the attribution's own sentence: the gap can
            // be long, and its words are not wanted otherwise)
            let leads_on = || {
                let mut words = gap
                    .split(|c: char| !crate::chars::is_alnum(c))
                    .filter(|x| !x.is_empty());
                (gap.trim_end().ends_with([',', ':', '—', '–'])
                    || matches!(bare, "and" | "but" | "then"))
                    && words.clone().nth(6).is_none()
                    && !words.any(|x| w.cue_word(&tokens::lower(x)))
            };
            if (bare.is_empty() || (same_sentence && leads_on() && !names_someone(gap, w)))
                && last.paragraph == q.paragraph
            {
                last.parts.extend(q.parts.iter().copied());
                last.attr_end = Packed::NONE;
                last.closed &= q.closed;
                if last.rule.is_cue_after() {
                    last.rule = RuleId::Interrupted;
                }
                prev_attr_end = None;
                prev_outer_end = q.outer.end;
                continue;
            }
        }
        // cue before the quotation, in its opening sentence
        if found.is_none() {
            if let Some(s) = open_s {
                // after the previous quotation and its own attribution
                // (`“…,” Roe said. “…”` where the segmenter kept them together)
                let prev_end = prev_attr_end.unwrap_or(0).max(prev_outer_end);
                let start = sentences[s]
                    .span
                    .start
                    .max(if prev_end > sentences[s].span.start {
                        prev_end
                    } else {
                        0
                    });
                // `In a 1963 speech, he declared:` ending the paragraph
                // before one that opens with the quotation
                let start = if start >= q.outer.start {
                    intro_paragraph_end(doc, sentences, q)
                        .filter(|&p| p >= prev_outer_end)
                        .unwrap_or(start)
                } else {
                    start
                };
                if start < q.outer.start {
                    // the subject may stand at the sentence start, but never
                    // read more than HEAD_REACH back: a megabyte without a
                    // full stop must not be tokenized again for each quotation
                    // (from a token's start: a window that cuts a token
                    // is tokenized again, 600 bytes for every quotation
                    // of text dense with them)
                    let head = floor_char(
                        text,
                        start
                            .min(sentences[s].span.start)
                            .max(start.saturating_sub(HEAD_REACH)),
                    );
                    let head = sentence_toks.next_token_start(s, head).min(start);
                    let toks = sentence_toks.window(s, text, Span::new(head, q.outer.start), w);
                    let from = toks.partition_point(|t| t.span().start < start);
                    if let Some(f) = user_before(text, &toks, from, w)
                        .or_else(|| cues::before(text, &toks, from, w))
                        .filter(|f| !is_label(text, &toks, f, tracker))
                    {
                        after_cue_toks = Some(toks[f.end_tok.min(toks.len())..].to_vec());
                        found = Some((f, None));
                    } else if start > sentences[s].span.start {
                        // `X said the plan was “…,” adding that it is “…”`,
                        // `… warned that “…” lay ahead and that “…”`
                        let prev = out.last().and_then(|p| p.speaker.clone());
                        let stretch = &toks[from..];
                        let cue = cues::leading_cue(text, stretch, w)
                            .map(|c| (c, RuleId::CueParticiple))
                            .or_else(|| {
                                cues::coordinated_clause(text, stretch)
                                    .map(|c| (c, RuleId::CoordinatedClause))
                            });
                        if let (Some((cue, rule)), Some(sp)) = (cue, prev) {
                            inherited = Some((*sp, cue, rule));
                        }
                    }
                }
            }
        }
        // a quotation that ends its sentence may have its attribution as the
        // next sentence when the segmenter could not join them
        // (`“…?” Will Roe, the county chairman, said of it.`)
        if found.is_none() && !titled {
            if let Some(s) = close_s.filter(|&s| sentences[s].span.end <= q.outer.end + 1) {
                if let Some(ns) = sentences
                    .get(s + 1)
                    .filter(|n| n.paragraph == sentences[s].paragraph)
                {
                    let end = ns.span.end.min(next_start);
                    if end > ns.span.start {
                        let toks =
                            sentence_toks.window(s + 1, text, Span::new(ns.span.start, end), w);
                        if let Some(mut f) = cues::after(text, &toks, w)
                            .filter(|f| ends_attribution(text, &toks, f.end_tok))
                        {
                            f.rule = RuleId::CueNextSentence;
                            let attr_end = toks
                                .get(f.end_tok.saturating_sub(1))
                                .map_or(end, |t| t.span().end);
                            found = Some((f, Some(attr_end)));
                        }
                    }
                }
            }
        }
        let sentence = open_s.unwrap_or(0);
        let shape = Shape::of(text, q, sentences, open_s, close_s);

        if let Some((sp, cue, rule)) = inherited {
            let kind = shape.kind_inherited(rule == RuleId::CoordinatedClause);
            let sp = Speaker {
                resolved_by: "clause",
                ..sp
            };
            let (speaker, cue, rule) = speech(kind, sp, cue, rule);
            let reported = Span::new(
                cue.map_or(q.outer.start, |c| c.end).min(q.outer.start),
                close_s.map_or(q.outer.end, |s| sentences[s].span.end),
            );
            out.push(Attribution {
                speaker: speaker.map(Box::new),
                cue,
                quoted_share: share(text, reported, &q.parts),
                ..Attribution::bare(q, sentence, kind, rule, 0.7)
            });
            prev_attr_end = None;
            prev_outer_end = q.outer.end;
            continue;
        }
        if let Some((f, attr_end)) = found {
            let resolved = tracker.resolve(text, &f.phrase);
            let speaker = Speaker {
                name: resolved.name,
                mention: f.phrase.span,
                kind: resolved.kind.unwrap_or(f.phrase.kind),
                role: f.phrase.role,
                resolved_by: resolved.resolved_by,
            };
            let kind = match attr_end {
                Some(_) => shape.kind_after(),
                None => shape.kind_before(text, after_cue_toks.as_deref().unwrap_or(&[])),
            };
            let (speaker, cue, rule) = speech(kind, speaker, f.cue, f.rule);
            // (a quotation after a dash attribution is its own: the dash
            // ends what it signs, it interrupts nothing)
            prev_attr_end = attr_end.filter(|_| rule != RuleId::DashAfter);
            let confidence = if kind == Kind::Direct { 0.9 } else { 0.7 };
            let reported = match (attr_end, close_s, open_s) {
                (None, Some(s), _) => Span::new(
                    f.cue.end.min(q.outer.start),
                    ceil_char(text, sentences[s].span.end.min(q.outer.end + HEAD_REACH)),
                ),
                (Some(_), _, Some(s)) => Span::new(
                    sentences[s]
                        .span
                        .start
                        .max(prev_outer_end.min(q.outer.start)),
                    q.outer.end,
                ),
                _ => q.outer,
            };
            let quoted_share = share(text, reported, &q.parts);
            out.push(Attribution {
                speaker: speaker.map(Box::new),
                cue,
                attr_end: Packed::new(attr_end),
                quoted_share,
                ..Attribution::bare(q, sentence, kind, rule, confidence)
            });
            prev_outer_end = q.outer.end;
            continue;
        }
        prev_attr_end = None;
        prev_outer_end = q.outer.end;
        // no cue of its own: a full quoted sentence may continue the last speaker
        let full_sentence =
            shape.first_upper && shape.words >= 3 && (shape.starts_sentence || q.parts.len() > 1);
        if let Some((pi, speaker)) = continuation::find(doc, sentences, &out, q, full_sentence, w) {
            out.push(Attribution {
                speaker: Some(Box::new(speaker)),
                continues: Packed::new(Some(pi)),
                ..Attribution::bare(q, sentence, Kind::Direct, RuleId::Continuation, 0.8)
            });
            continue;
        }
        // `Bell said politicians failed to see themselves as others did.
        // “We need figures we trust.”`: a quoted sentence with no cue of its
        // own, opening its sentence right after one whose subject reports
        // speech, speaks for that subject
        if full_sentence && shape.ends_clause && shape.starts_sentence {
            if let Some(f) = open_s.and_then(|s| follow_on(doc, sentences, sentence_toks, s, q, w))
            {
                let resolved = tracker.resolve(text, &f.phrase);
                out.push(Attribution {
                    speaker: Some(Box::new(Speaker {
                        name: resolved.name,
                        mention: f.phrase.span,
                        kind: resolved.kind.unwrap_or(f.phrase.kind),
                        role: f.phrase.role,
                        resolved_by: resolved.resolved_by,
                    })),
                    cue: Some(f.cue),
                    ..Attribution::bare(q, sentence, Kind::Direct, RuleId::FollowOn, 0.6)
                });
                continue;
            }
        }
        // a whole quoted clause right after a reporting verb and `,` or `:`
        // (`…, a spokesman in the capital, said, “I mean, a raid is a
        // raid.”`) is speech even when its speaker was not found
        let after_cue = || {
            shape.first_upper
                && shape.words >= 3
                && open_s.is_some_and(|s| {
                    // (the verb as the cue rules read it: `cited the
                    // report, “…”` has none)
                    let from = sentences[s]
                        .span
                        .start
                        .max(q.outer.start.saturating_sub(HEAD_REACH));
                    let from = sentence_toks.next_token_start(s, from).min(q.outer.start);
                    let toks = sentence_toks.window(s, text, Span::new(from, q.outer.start), w);
                    cues::ends_with_cue(text, &toks, w)
                })
        };
        let (kind, rule) = if (full_sentence || after_cue()) && shape.ends_clause {
            (Kind::Direct, RuleId::Unattributed)
        } else {
            (Kind::Scare, RuleId::Scare)
        };
        out.push(Attribution::bare(q, sentence, kind, rule, 0.5));
    }
    out
}

/// The attribution of the sentence before sentence `s` when it can speak
/// for a cue-less quotation `q` opening `s`: in the same paragraph, or
/// ending the paragraph before one that `q` opens; holding no quotation
/// mark of its own (a quotation there has its own record, and continuation
/// follows from it); with a reporting verb whose subject is a person, an
/// organisation or an anonymous source (`Bell said …`, `The ministry
/// warned that …`; a group, `supporters cheered`, is a crowd the writer
/// describes, and the words after it are seldom all of theirs). A narrator's sentence about someone who does
/// not speak (`Bell left the room.`) gives none.
fn follow_on(
    doc: &Document,
    sentences: &[Sentence],
    sentence_toks: &tokens::SentenceTokens,
    s: usize,
    q: &Quote,
    w: &Words,
) -> Option<cues::Found> {
    let text = &doc.text;
    let prev = sentences.get(s.checked_sub(1)?)?;
    let same = prev.paragraph == sentences[s].paragraph;
    if !(same || (prev.paragraph + 1 == sentences[s].paragraph && layout::opens_paragraph(doc, q)))
    {
        return None;
    }
    if prev.span.len() > FOLLOW_ON_REACH
        || prev
            .span
            .slice(text)
            .contains(['"', '\u{201c}', '\u{201d}', '\u{ab}', '\u{bb}'])
    {
        return None;
    }
    let toks = sentence_toks.window(s - 1, text, prev.span, w);
    let f = cues::first_cue(text, &toks, 0, w)?;
    let speaks = matches!(
        f.phrase.kind,
        SpeakerKind::Person | SpeakerKind::Organization | SpeakerKind::Anonymous
    );
    speaks.then_some(f)
}

/// Longest sentence, in bytes, read for a follow-on's speaker (a sentence
/// with no end mark can run for megabytes).
const FOLLOW_ON_REACH: usize = 2000;

/// Whether the word right before an opening mark makes the quotation the
/// end of a noun or prepositional phrase: a preposition, a determiner or a
/// possessive.
fn names_a_title(text: &str, sentence_start: usize, open: usize) -> bool {
    let before = &text[sentence_start.min(open)..open];
    let Some(word) = before.split_whitespace().next_back() else {
        return false;
    };
    // a possessive, in any case (`Fox’s “Hannity”`)
    if word
        .strip_suffix(['s', 'S'])
        .is_some_and(|w| w.ends_with(['’', '\'']))
    {
        return true;
    }
    if word.len() > "about".len() {
        return false; // (longer than any word below)
    }
    tokens::is_any(
        word,
        &[
            "on", "of", "with", "in", "at", "from", "about", "the", "a", "an", "his", "her",
            "their", "its", "our", "by", "for",
        ],
    )
}

/// `Transcript as follows:`, `Wait:`: a label that opens a transcript is
/// layout, not a speaker. A colon with no reporting verb introduces the
/// words of someone the article names; but every sentence opens with a
/// capital, so a lone capitalised word opening one names a person only
/// when the article names them in full (`Bush:` after `George W. Bush`),
/// writes the word with its capital inside a sentence too (`when Trump
/// mentioned …`), or the lexicon knows it for a speaker.
fn is_label(text: &str, toks: &[Tok], f: &cues::Found, tracker: &Tracker) -> bool {
    let p = &f.phrase;
    f.rule == RuleId::ColonIntro
        && p.kind == SpeakerKind::Person
        && p.name == Some(p.span)
        && toks
            .first()
            .is_some_and(|t| t.span() == p.span && !t.is(crate::lexicon::Class::NOUN))
        && tracker.resolve(text, p).resolved_by == "direct"
        && !named_inside_a_sentence(text, p.span)
}

/// How far before a word its capitalised use inside a sentence is looked
/// for: a bound on the work for a document of a million labels.
const LABEL_REACH: usize = 4000;

/// Whether the word at `span` stands capitalised after a lower-case word
/// (so not as a sentence's first word) within [`LABEL_REACH`] before it.
fn named_inside_a_sentence(text: &str, span: Span) -> bool {
    let word = span.slice(text);
    let from = floor_char(text, span.start.saturating_sub(LABEL_REACH));
    let before = &text[from..span.start];
    before.match_indices(word).any(|(i, _)| {
        let head = before[..i].trim_end_matches(' ');
        let ends_word = before[i + word.len()..]
            .chars()
            .next()
            .is_none_or(|c| !crate::chars::is_alnum(c));
        ends_word && head.len() < i && head.ends_with(|c: char| c.is_lowercase() || c == ',')
    })
}

/// Speaker, cue and rule of a record of `kind`: none for a scare quote.
fn speech(
    kind: Kind,
    speaker: Speaker,
    cue: Span,
    rule: RuleId,
) -> (Option<Speaker>, Option<Span>, RuleId) {
    if kind == Kind::Scare {
        (None, None, RuleId::Scare)
    } else {
        (Some(speaker), Some(cue), rule)
    }
}

/// Words after `said of` that may still close an attribution (`said of
/// the county's new budget plan.`).
const OF_WORDS: usize = 6;

/// A whole attribution ends at its verb (`Roe said.`): a sentence that goes
/// on (`Roe said the plan …`) reports something new.
fn ends_attribution(text: &str, toks: &[Tok], mut after: usize) -> bool {
    // `Roe, the county chairman, said of it.`: what the words were about
    // (a few words after `of`) closes the attribution too
    if toks
        .get(after)
        .is_some_and(|t| tokens::is_word(t.text(text), "of"))
    {
        let stop = toks.len().min(after + 1 + OF_WORDS);
        let end = (after + 1..stop).find(|&k| !toks[k].word).unwrap_or(stop);
        if end > after + 1 && (end < stop || stop == toks.len()) {
            after = end;
        }
    }
    // `Roe asked him.`, `Roe told reporters.`: the one asked closes it too
    if toks
        .get(after)
        .is_some_and(|t| tokens::is_any(t.text(text), ADDRESSEES))
    {
        after += 1;
    }
    let opens_quote = toks
        .get(after + 1)
        .is_some_and(|t| cues::is_quote_mark(t.text(text)));
    toks.get(after)
        .is_none_or(|t| matches!(t.text(text), "." | "," | ";" | "!" | "?") && !opens_quote)
}

#[cfg(test)]
mod tests {
    use super::Packed;

    #[test]
    fn a_packed_index_gives_back_what_it_was_given() {
        for v in [None, Some(0), Some(1), Some(4_000_000_000)] {
            assert_eq!(Packed::new(v).get(), v);
        }
        // past a document's largest offset there is no value to hold
        assert_eq!(Packed::new(Some(u32::MAX as usize)).get(), None);
        assert_eq!(Packed::new(Some(usize::MAX)).get(), None);
        // four bytes, where `Option<u32>` takes eight
        assert_eq!(std::mem::size_of::<Packed>(), 4);
    }
}
