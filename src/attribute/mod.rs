//! Attribution: each quotation gets its cue, its speaker and a kind.
//!
//! Quotations are attributed by the constructions of `quotations`, one a
//! file, tried in the order of `quotations::ORDER` (which says why that
//! order; each record names its rule): an interruption (`“…,” Ivanov said,
//! “…”`: one record), a cue after the quotation (`“…,” Putin said.`,
//! `“…,” said Fiona Hill, …`, `“…” — Jane Roe`), a cue before it (`Lavrov
//! said: “…”`, `According to X, “…”`, `Governor Hale went further: “…”`),
//! a cue of the previous speaker's clause (`…, adding that it is “…”`), an
//! attribution left as the next sentence, then with no cue of its own:
//! continuation, follow-on, and `unattributed` or `scare`. Reported claims
//! are found sentence by sentence (`claims`), then linked to the
//! quotations inside their clause.

mod claims;
mod cues;
mod entities;
mod headline;
mod kind;
mod layout;
mod pattern;
mod phrase;
mod quotations;
mod transcript;

pub use crate::rule::RuleId;

pub use phrase::SpeakerKind;

use crate::document::Document;
use crate::lexicon::Lexicon;
use crate::quotes::Quote;
use crate::segment::Sentence;
use crate::span::Span;
use crate::tokens;
use entities::Tracker;
use kind::share;
use quotations::{attribute_quotes, speaker_of};
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
        // (one search of the text for `reportedly`, not one of each
        // sentence's words: most documents have none)
        let hearsay = memchr::memmem::find(doc.text.as_bytes(), b"eportedly").is_some();
        // (and one for `when asked` inside a sentence, as rare)
        let asked_within = memchr::memmem::find(doc.text.as_bytes(), b"hen asked").is_some();
        for (si, sentence) in sentences.iter().enumerate() {
            // (a headline in title case reads its capitalised verbs as verbs)
            let title_case = tokens::verbs_in_title_case(&doc.text, sentence_toks.get(si));
            let toks = title_case.as_deref().unwrap_or(sentence_toks.get(si));
            // (`Asked whether …, X said …`: the question, before the answer)
            found.extend(claims::asked(&doc.text, toks, w).map(|q| (si, q)));
            // (`…, she said when asked whether …`)
            if asked_within {
                found.extend(claims::asked_within(&doc.text, toks, w).map(|q| (si, q)));
            }
            // (`After saying …, X …`: the participle's report, before the
            // main clause's)
            found.extend(claims::fronted_participle(&doc.text, toks, w).map(|q| (si, q)));
            // (a headline line reports in fewer words: `No TV debate, says
            // Blair`, read when the sentence rules read nothing)
            let in_headline = || {
                doc.paragraphs
                    .get(sentence.paragraph)
                    .is_some_and(|p| p.headline)
            };
            let Some(c) = claims::in_sentence(&doc.text, toks, w, hearsay).or_else(|| {
                in_headline()
                    .then(|| headline::claim(&doc.text, toks, w))
                    .flatten()
            }) else {
                continue;
            };
            // (`…, and predicted that …`: a second claim of the speaker)
            let second = claims::coordinated_report(&doc.text, toks, &c, w)
                // (`…, while 92% said …`: another speaker's)
                .or_else(|| claims::next_report(&doc.text, toks, &c, w, hearsay));
            found.push((si, c));
            found.extend(second.map(|c| (si, c)));
        }
    }
    // mentions matter up to the last statement's paragraph and the one
    // after it (a surname may come before its full name there); the rest
    // of a long article need not be read for names
    // (`HOST: …`, `SMITH: …`: a transcript's turns, if the document has
    // one)
    let turns = transcript::turns(doc);
    let last = quotes
        .last()
        .map(|q| q.outer.end)
        .max(found.last().map(|(_, c)| c.more.unwrap_or(c.content).end))
        .max(turns.last().and_then(|t| t.parts.last()).map(|p| p.end));
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
    let turns = transcript::attribute(doc, sentences, turns, &tracker, w);
    transcript::merge(&mut quotations, turns);
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
            // (an unsourced report names no one, nor a question whose
            // asker goes unnamed: `Asked whether …,`; `Asked by reporters
            // whether …,` names them)
            speaker: (c.found.rule != RuleId::ClaimUnsourced && !c.found.phrase.span.is_empty())
                .then(|| Box::new(speaker_of(tracker, text, &c.found.phrase, c.found.cue))),
            cue: Some(c.found.cue),
            rule: match c.found.rule {
                r @ (RuleId::ClaimUnsourced | RuleId::ClaimAsked | RuleId::ClaimHeadline) => r,
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
