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

mod cues;
mod entities;
mod phrase;
mod tokens;

pub use phrase::SpeakerKind;

use crate::document::Document;
use crate::lexicon::Lexicon;
use crate::quotes::Quote;
use crate::segment::Sentence;
use crate::span::Span;
use entities::Tracker;
use serde::Serialize;
use tokens::{tokenize, Tok};

/// The lexicon as the attribution stage reads it.
pub type Words = Lexicon;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Direct,
    Partial,
    Scare,
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
    pub paragraph: usize,
    pub sentence: usize,
    pub speaker: Option<Speaker>,
    pub cue: Option<Span>,
    pub rule: &'static str,
    pub confidence: f32,
    /// Index (in the output list) of the quotation this one continues.
    pub continues: Option<usize>,
    /// Where an attribution after the quotation ends.
    pub attr_end: Option<usize>,
    /// Share of the reported content (the clause the cue governs) that
    /// stands inside quotation marks: 1.0 for `X said: “…”`, low for a
    /// quoted phrase in a paraphrase.
    pub quoted_share: f32,
}

impl Attribution {
    /// A record for a quotation with no speaker, cue or link yet.
    fn bare(
        q: &Quote,
        sentence: usize,
        kind: Kind,
        rule: &'static str,
        confidence: f32,
    ) -> Attribution {
        Attribution {
            kind,
            parts: q.parts.clone(),
            closed: q.closed,
            paragraph: q.paragraph,
            sentence,
            speaker: None,
            cue: None,
            rule,
            confidence,
            continues: None,
            attr_end: None,
            quoted_share: 1.0,
        }
    }

    pub fn span(&self) -> Span {
        Span::new(self.parts[0].start, self.parts[self.parts.len() - 1].end)
    }
}

/// Attributes every quotation of a document.
pub fn attribute(
    doc: &Document,
    sentences: &[Sentence],
    quotes: &[Quote],
    w: &Words,
) -> Vec<Attribution> {
    let text = &doc.text;
    let tracker = Tracker::build(doc, sentences, w);
    let mut out: Vec<Attribution> = Vec::new();
    // where the previous quotation's attribution ended, for interruptions
    let mut prev_attr_end: Option<usize> = None;
    let mut prev_outer_end = 0usize;
    for (qi, q) in quotes.iter().enumerate() {
        let open_s = sentence_at(sentences, q.outer.start);
        let close_s = sentence_at(sentences, q.outer.end.saturating_sub(1));
        let next_start = quotes.get(qi + 1).map_or(usize::MAX, |n| n.outer.start);
        let content = q.parts[0].slice(text).trim();
        let last_content = q.parts[q.parts.len() - 1].slice(text).trim();
        let mut found = None;
        let mut prefix_end_tok = None;
        let mut inherited: Option<(Speaker, Span, &'static str)> = None;
        // cue after the quotation, in its closing sentence
        if let Some(s) = close_s {
            let end = sentences[s].span.end.min(next_start);
            if end > q.outer.end {
                let toks = tokenize(text, Span::new(q.outer.end, end));
                if let Some(f) = cues::after(text, &toks, w) {
                    let attr_end = toks
                        .get(f.end_tok.saturating_sub(1))
                        .map_or(end, |t| t.span.end);
                    found = Some((f, Some(attr_end)));
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
            let leads_on = gap.trim_end().ends_with([',', ':', '—', '–'])
                || matches!(bare, "and" | "but" | "then" | "adding");
            if (bare.is_empty() || (same_sentence && leads_on && !names_someone(gap, w)))
                && last.paragraph == q.paragraph
            {
                last.parts.extend(q.parts.iter().copied());
                last.attr_end = None;
                last.closed &= q.closed;
                if last.rule.starts_with("cue-after") {
                    last.rule = "interrupted";
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
                    let head = start.min(sentences[s].span.start);
                    let toks = tokenize(text, Span::new(head, q.outer.start));
                    let from = toks.partition_point(|t| t.span.start < start);
                    if let Some(f) = cues::before(text, &toks, from, w) {
                        prefix_end_tok = Some((toks.clone(), f.end_tok));
                        found = Some((f, None));
                    } else if start > sentences[s].span.start {
                        // `X said the plan was “…,” adding that it is “…”`,
                        // `… warned that “…” lay ahead and that “…”`
                        let prev = out.last().and_then(|p| p.speaker.clone());
                        let stretch = &toks[from..];
                        let cue = cues::leading_cue(text, stretch, w)
                            .map(|c| (c, "cue-participle"))
                            .or_else(|| {
                                cues::coordinated_clause(text, stretch)
                                    .map(|c| (c, "coordinated-clause"))
                            });
                        if let (Some((cue, rule)), Some(sp)) = (cue, prev) {
                            inherited = Some((sp, cue, rule));
                        }
                    }
                }
            }
        }
        // a quotation that ends its sentence may have its attribution as the
        // next sentence when the segmenter could not join them
        // (`“…?” Will Roe, the county chairman, said of it.`)
        if found.is_none() {
            if let Some(s) = close_s.filter(|&s| sentences[s].span.end <= q.outer.end + 1) {
                if let Some(ns) = sentences
                    .get(s + 1)
                    .filter(|n| n.paragraph == sentences[s].paragraph)
                {
                    let end = ns.span.end.min(next_start);
                    if end > ns.span.start {
                        let toks = tokenize(text, Span::new(ns.span.start, end));
                        if let Some(mut f) = cues::after(text, &toks, w)
                            .filter(|f| ends_attribution(text, &toks, f.end_tok))
                        {
                            f.rule = "cue-next-sentence";
                            let attr_end = toks
                                .get(f.end_tok.saturating_sub(1))
                                .map_or(end, |t| t.span.end);
                            found = Some((f, Some(attr_end)));
                        }
                    }
                }
            }
        }
        let sentence = open_s.unwrap_or(0);
        let starts_sentence =
            open_s.is_some_and(|s| sentences[s].span.start >= q.outer.start.saturating_sub(1));
        let first_upper = content
            .chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(|c| c.is_uppercase() || c.is_numeric());
        let words = content.split_whitespace().count() + if q.parts.len() > 1 { 5 } else { 0 };
        let ends_clause = last_content.ends_with(['.', '?', '!', ',', '…']);

        if let Some((sp, cue, rule)) = inherited {
            let kind = if words <= 2 && !first_upper && !ends_clause && rule == "cue-participle" {
                Kind::Scare
            } else if first_upper {
                Kind::Direct
            } else {
                Kind::Partial
            };
            let (speaker, cue, rule) = if kind == Kind::Scare {
                (None, None, "scare")
            } else {
                (
                    Some(Speaker {
                        resolved_by: "clause",
                        ..sp
                    }),
                    Some(cue),
                    rule,
                )
            };
            let reported = Span::new(
                cue.map_or(q.outer.start, |c| c.end).min(q.outer.start),
                close_s.map_or(q.outer.end, |s| sentences[s].span.end),
            );
            out.push(Attribution {
                speaker,
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
                kind: f.phrase.kind,
                role: f.phrase.role,
                resolved_by: resolved.resolved_by,
            };
            let kind = if attr_end.is_some() {
                if starts_sentence || first_upper || ends_clause {
                    Kind::Direct
                } else {
                    Kind::Partial
                }
            } else {
                let intro = prefix_end_tok
                    .as_ref()
                    .map(|(toks, k)| introduces_directly(text, toks, *k))
                    .unwrap_or(false);
                // `the treasurer said “the accounts will …”`: a whole clause
                // right after its cue, to the sentence end, is direct speech
                let adjacent = prefix_end_tok.as_ref().is_some_and(|(toks, k)| {
                    toks[(*k).min(toks.len())..]
                        .iter()
                        .all(|t| matches!(t.text(text), "that" | ":" | ","))
                        && toks.len() - (*k).min(toks.len()) <= 1
                });
                // a short term close to its cue is the speaker's word
                // (`warned that “difficult consultations”`, `described
                // the plan as a “step-change”`); far from it, the writer's
                let near_cue = prefix_end_tok.as_ref().is_some_and(|(toks, k)| {
                    let rest = &toks[(*k).min(toks.len())..];
                    rest.len() <= 5
                        && !rest
                            .iter()
                            .any(|t| matches!(t.text(text), "," | ";" | "(" | ")"))
                });
                let to_end = close_s.is_some_and(|s| sentences[s].span.end <= q.outer.end + 1)
                    && last_content.ends_with(['.', '?', '!', '…']);
                if (first_upper && (intro || starts_sentence)) || (adjacent && to_end) {
                    Kind::Direct
                } else if words <= 2 && !first_upper && !ends_clause && !near_cue {
                    Kind::Scare
                } else {
                    Kind::Partial
                }
            };
            let (speaker, cue, rule) = if kind == Kind::Scare {
                (None, None, "scare")
            } else {
                (Some(speaker), Some(f.cue), f.rule)
            };
            prev_attr_end = attr_end;
            let confidence = if kind == Kind::Direct { 0.9 } else { 0.7 };
            let reported = match (attr_end, close_s, open_s) {
                (None, Some(s), _) => {
                    Span::new(f.cue.end.min(q.outer.start), sentences[s].span.end)
                }
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
                speaker,
                cue,
                attr_end,
                quoted_share,
                ..Attribution::bare(q, sentence, kind, rule, confidence)
            });
            prev_outer_end = q.outer.end;
            continue;
        }
        prev_attr_end = None;
        prev_outer_end = q.outer.end;
        // no cue of its own: a full quoted sentence may continue the last speaker
        let full_sentence = first_upper && words >= 3 && (starts_sentence || q.parts.len() > 1);
        let right_after = out.last().is_some_and(|p| {
            p.kind == Kind::Direct
                && paragraph_at(doc, p.span().end) == q.paragraph
                && p.attr_end.is_some_and(|e| {
                    e <= q.outer.start
                        && Span::new(e, q.outer.start)
                            .slice(text)
                            .trim()
                            .trim_matches(['.', ',', ';'])
                            .trim()
                            .is_empty()
                })
        });
        if full_sentence || right_after {
            if let Some((pi, prev)) = out
                .iter()
                .enumerate()
                .rev()
                .find(|(_, a)| a.kind == Kind::Direct && a.speaker.is_some())
            {
                let prev_para = paragraph_at(doc, prev.span().end);
                let near = prev_para == q.paragraph
                    || (prev_para + 1 == q.paragraph && opens_paragraph(doc, q));
                // a clause inside the attribution's own sentence (`…, after
                // de Blasio stated …`) names no new speaker
                let attr = prev.attr_end.unwrap_or(0).max(prev.span().end);
                let from = sentence_at(sentences, attr.saturating_sub(1))
                    .map_or(attr, |k| sentences[k].span.end.max(attr));
                let between = Span::new(from.min(q.outer.start), q.outer.start).slice(text);
                if near && !names_someone(between, w) {
                    let mut speaker = prev.speaker.clone();
                    if let Some(s) = speaker.as_mut() {
                        s.resolved_by = "continuation";
                    }
                    out.push(Attribution {
                        speaker,
                        continues: Some(pi),
                        ..Attribution::bare(q, sentence, Kind::Direct, "continuation", 0.8)
                    });
                    continue;
                }
            }
        }
        let (kind, rule) = if full_sentence && ends_clause {
            (Kind::Direct, "unattributed")
        } else {
            (Kind::Scare, "scare")
        };
        out.push(Attribution::bare(q, sentence, kind, rule, 0.5));
    }
    out
}

/// Letters and digits of `reported` inside the quotation's parts, over all
/// letters and digits of `reported`; a `that` opening the reported clause
/// is the cue's, not the content's.
fn share(text: &str, reported: Span, parts: &[Span]) -> f32 {
    let count = |s: &str| s.chars().filter(|c| c.is_alphanumeric()).count();
    let mut r = reported.slice(text).trim_start();
    if let Some(rest) = r.strip_prefix("that ") {
        r = rest;
    }
    let inside: usize = parts
        .iter()
        .filter(|p| p.start >= reported.start && p.end <= reported.end)
        .map(|p| count(p.slice(text)))
        .sum();
    let all = count(r).max(inside).max(1);
    inside as f32 / all as f32
}

fn sentence_at(sentences: &[Sentence], pos: usize) -> Option<usize> {
    let k = sentences.partition_point(|s| s.span.end <= pos);
    (k < sentences.len() && sentences[k].span.start <= pos + 1).then_some(k)
}

/// Where the last sentence of the paragraph before `q` starts, when `q`
/// opens its paragraph and that paragraph ends with a colon.
fn intro_paragraph_end(doc: &Document, sentences: &[Sentence], q: &Quote) -> Option<usize> {
    let k = doc
        .paragraphs
        .iter()
        .position(|p| p.span.start == q.outer.start)?;
    let prev = doc.paragraphs.get(k.checked_sub(1)?)?;
    if !prev.span.slice(&doc.text).trim_end().ends_with(':') {
        return None;
    }
    let s = sentences.partition_point(|s| s.span.end <= prev.span.start);
    let last = sentences[s..]
        .iter()
        .take_while(|x| x.span.end <= prev.span.end)
        .last()?;
    Some(last.span.start)
}

fn paragraph_at(doc: &Document, pos: usize) -> usize {
    doc.paragraphs
        .partition_point(|p| p.span.end < pos)
        .min(doc.paragraphs.len().saturating_sub(1))
}

fn opens_paragraph(doc: &Document, q: &Quote) -> bool {
    doc.paragraphs.iter().any(|p| p.span.start == q.outer.start)
}

/// Between a cue and its quotation only `that`, `:`, `,` or the cue's
/// object (`told reporters that`) stand: the quotation is reported whole.
fn introduces_directly(text: &str, toks: &[Tok], after_cue: usize) -> bool {
    let rest: Vec<&str> = toks[after_cue.min(toks.len())..]
        .iter()
        .map(|t| t.text(text))
        .collect();
    if rest.is_empty() {
        return true;
    }
    let last = rest[rest.len() - 1];
    if !(matches!(last, ":" | "," | "that") || rest.len() <= 1) {
        return false;
    }
    rest.len() <= 8
}

/// Whether a stretch of text names a new speaker (a reporting verb with a
/// subject), which would end a run of continued quotations.
fn names_someone(s: &str, w: &Words) -> bool {
    let words: Vec<&str> = s
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|t| !t.is_empty())
        .collect();
    words.iter().enumerate().any(|(i, t)| {
        i > 0 && w.cue_word(&t.to_lowercase()) && {
            let prev = words[i - 1];
            prev.chars().next().is_some_and(char::is_uppercase)
                || matches!(
                    prev.to_lowercase().as_str(),
                    "he" | "she" | "they" | "we" | "i"
                )
        }
    })
}

/// A whole attribution ends at its verb (`Roe said.`): a sentence that goes
/// on (`Roe said the plan …`) reports something new.
fn ends_attribution(text: &str, toks: &[Tok], after: usize) -> bool {
    let opens_quote = toks
        .get(after + 1)
        .is_some_and(|t| cues::is_quote_mark(t.text(text)));
    toks.get(after)
        .is_none_or(|t| matches!(t.text(text), "." | "," | ";" | "!" | "?") && !opens_quote)
}
