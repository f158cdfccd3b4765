//! The constructions that attribute a quotation, tried in one order (see
//! [`ORDER`]), each in a file of its own behind one small trait.
//!
//! A construction reads one [`QuoteContext`] (the quotation, its
//! sentences, what the quotations before it were given) and says what it
//! found as an [`Outcome`]; the first that finds anything decides, and
//! [`attribute_quotes`] turns the outcome into the record. Constructions
//! hold no state: what one quotation's attribution leaves for the next
//! (where it ended, for an interruption) is the driver's, in the context.
//! Windows of tokens several constructions read are tokenized once per
//! quotation, when first asked for.

mod continuation;
mod cue_after;
mod cue_before;
mod fallback;
mod follow_on;
mod inherited;
mod interrupted;
mod next_sentence;
mod signed;

use std::borrow::Cow;
use std::cell::OnceCell;

use super::cues::Found;
use super::entities::Tracker;
use super::kind::{share, Shape};
use super::layout::sentence_at;
use super::{ceil_char, Attribution, Kind, Packed, Speaker, Words, HEAD_REACH};
use crate::document::Document;
use crate::quotes::Quote;
use crate::rule::RuleId;
use crate::segment::Sentence;
use crate::span::Span;
use crate::tokens::{SentenceTokens, Tok};

/// Everything a construction may read about one quotation: the document
/// and its stages, the quotation and where it stands, and what the
/// quotations before it were given.
pub struct QuoteContext<'a> {
    pub doc: &'a Document,
    pub text: &'a str,
    pub sentences: &'a [Sentence],
    pub sentence_toks: &'a SentenceTokens<'a>,
    pub tracker: &'a Tracker<'a>,
    pub w: &'a Words,
    pub q: &'a Quote,
    /// Where the next quotation opens (`usize::MAX` after the last).
    pub next_start: usize,
    /// The sentences the opening and the closing mark stand in.
    pub open_s: Option<usize>,
    pub close_s: Option<usize>,
    /// The quotation closes a noun or prepositional phrase (`on Fox’s
    /// “Hannity,” Gingrich said …`, `the “Never Trump” movement`): a title
    /// or a term, so a cue after it reports something else.
    pub titled: bool,
    /// Where the previous quotation's attribution after it ended (for an
    /// interruption), and where the previous quotation closed.
    pub prev_attr_end: Option<usize>,
    pub prev_outer_end: usize,
    /// The records of the quotations before this one.
    pub out: &'a [Attribution],
    shape: OnceCell<Shape>,
    before: OnceCell<Option<BeforeWindow<'a>>>,
}

/// The tokens before the opening mark, in its sentence: from where the
/// subject may stand (at most [`HEAD_REACH`] back) to the mark, and the
/// first token after the previous quotation and its attribution (a cue is
/// looked for from there on).
pub struct BeforeWindow<'a> {
    pub toks: Cow<'a, [Tok]>,
    pub from: usize,
    /// The cue is looked for after an earlier quotation of the sentence.
    pub after_earlier: bool,
}

/// What a construction found for a quotation.
pub enum Outcome {
    /// It goes on from the previous record (`“…,” Ivanov said, “…”`).
    Joins,
    /// A cue and its speaker phrase: after the quotation, with where the
    /// attribution ends, or before it, with the tokens between the cue and
    /// the opening mark (they decide direct or partial).
    Cue {
        found: Found,
        attr_end: Option<usize>,
        between: Vec<Tok>,
    },
    /// The speaker of the previous record, by a cue of its own clause
    /// (`, adding that it is “…”`).
    Inherited {
        speaker: Speaker,
        cue: Span,
        rule: RuleId,
        /// The record it is a further quoted part of, in one report
        /// (`said Roe was “tired” and “angry”`).
        continues: Option<usize>,
    },
    /// A record decided whole.
    Record {
        kind: Kind,
        rule: RuleId,
        confidence: f32,
        speaker: Option<Speaker>,
        cue: Option<Span>,
        continues: Option<usize>,
    },
}

impl Outcome {
    /// The rule it names (before a scare quote drops its cue).
    fn rule(&self) -> RuleId {
        match self {
            Outcome::Joins => RuleId::Interrupted,
            Outcome::Cue { found, .. } => found.rule,
            Outcome::Inherited { rule, .. } | Outcome::Record { rule, .. } => *rule,
        }
    }
}

/// One construction: what it finds for a quotation, if anything.
pub trait Construction: Sync {
    /// The rules its records may give (besides `scare`, which any gives a
    /// quoted term, and a user's rules).
    fn rules(&self) -> &'static [RuleId];
    fn apply(&self, cx: &QuoteContext) -> Option<Outcome>;
}

/// The constructions in the order they are tried; the first to find
/// anything decides. An interruption first (a quotation opening right
/// after the previous one's attribution is its second half, whatever cue
/// follows it); then a cue after the quotation in its own sentence, or in
/// a signing sentence after a dash; a cue before it; a cue of a clause of
/// the previous speaker; a cue the segmenter left as the next sentence;
/// then the fallbacks with no cue of their own.
pub static ORDER: [&dyn Construction; 9] = [
    &interrupted::Interrupted,
    &cue_after::CueAfter,
    &signed::Signed,
    &cue_before::CueBefore,
    &inherited::Inherited,
    &next_sentence::NextSentence,
    &continuation::Continuation,
    &follow_on::FollowOn,
    &fallback::Fallback,
];

impl<'a> QuoteContext<'a> {
    /// The quotation's shape, as the kind rules read it.
    pub fn shape(&self) -> &Shape {
        self.shape
            .get_or_init(|| Shape::of(self.text, self.q, self.sentences, self.open_s, self.close_s))
    }

    /// A whole quoted sentence (or one in parts), with at least three words.
    pub fn full_sentence(&self) -> bool {
        let shape = self.shape();
        shape.first_upper && shape.words >= 3 && (shape.starts_sentence || self.q.parts.len() > 1)
    }

    /// The tokens a cue before the quotation is read in, or `None` when
    /// there are none (the quotation opens its sentence, right after the
    /// previous one's attribution).
    pub fn before(&self) -> Option<&BeforeWindow<'a>> {
        self.before.get_or_init(|| self.before_window()).as_ref()
    }

    fn before_window(&self) -> Option<BeforeWindow<'a>> {
        let (text, sentences, q) = (self.text, self.sentences, self.q);
        let s = self.open_s?;
        let span = sentences[s].span;
        // after the previous quotation and its own attribution
        // (`“…,” Roe said. “…”` where the segmenter kept them together)
        let prev_end = self.prev_attr_end.unwrap_or(0).max(self.prev_outer_end);
        let start = span
            .start
            .max(if prev_end > span.start { prev_end } else { 0 });
        // `In a 1963 speech, he declared:` ending the paragraph before one
        // that opens with the quotation
        let start = if start >= q.outer.start {
            super::layout::intro_paragraph_end(self.doc, sentences, q)
                .filter(|&p| p >= self.prev_outer_end)
                .unwrap_or(start)
        } else {
            start
        };
        if start >= q.outer.start {
            return None;
        }
        // the subject may stand at the sentence start, but never read more
        // than HEAD_REACH back: a megabyte without a full stop must not be
        // tokenized again for each quotation (from a token's start: a
        // window that cuts a token is tokenized again, 600 bytes for every
        // quotation of text dense with them)
        let head = super::floor_char(
            text,
            start.min(span.start).max(start.saturating_sub(HEAD_REACH)),
        );
        let head = self.sentence_toks.next_token_start(s, head).min(start);
        let toks = self
            .sentence_toks
            .window(s, text, Span::new(head, q.outer.start), self.w);
        let from = toks.partition_point(|t| t.span().start < start);
        Some(BeforeWindow {
            toks,
            from,
            after_earlier: start > span.start,
        })
    }

    /// The sentence after the one the quotation ends, when the quotation
    /// ends its sentence and that one follows in the same paragraph,
    /// opening before the next quotation: an attribution the segmenter
    /// could not join to the quotation (`“…?” Roe asked.`, `“…” — Jane
    /// Roe`). None after a title or a term.
    pub fn sentence_after(&self) -> Option<usize> {
        let (q, sentences) = (self.q, self.sentences);
        if self.titled {
            return None;
        }
        let s = self
            .close_s
            .filter(|&s| sentences[s].span.end <= q.outer.end + 1)?;
        sentences
            .get(s + 1)
            .filter(|n| n.paragraph == sentences[s].paragraph && n.span.start < self.next_start)
            .map(|_| s + 1)
    }
}

/// Where a cue found after the quotation ends in `toks` (the end of its
/// last token), or `end` when it took them all.
pub fn cue_after_end(toks: &[Tok], f: &Found, end: usize) -> usize {
    toks.get(f.end_tok.saturating_sub(1))
        .map_or(end, |t| t.span().end)
}

/// Attributes every quotation of a document.
pub fn attribute_quotes(
    doc: &Document,
    sentences: &[Sentence],
    sentence_toks: &SentenceTokens,
    quotes: &mut [Quote],
    tracker: &Tracker,
    w: &Words,
) -> Vec<Attribution> {
    let text = &doc.text;
    let mut out: Vec<Attribution> = Vec::with_capacity(quotes.len());
    let mut prev_attr_end: Option<usize> = None;
    let mut prev_outer_end = 0usize;
    // (direct quotations the writer's words lead into, to be made partial
    // unless another quotation continues them)
    let mut led: Vec<usize> = Vec::new();
    for qi in 0..quotes.len() {
        let next_start = quotes.get(qi + 1).map_or(usize::MAX, |n| n.outer.start);
        let q = &quotes[qi];
        let open_s = sentence_at(sentences, q.outer.start);
        let close_s = sentence_at(sentences, q.outer.end.saturating_sub(1));
        let cx = QuoteContext {
            doc,
            text,
            sentences,
            sentence_toks,
            tracker,
            w,
            q,
            next_start,
            open_s,
            close_s,
            titled: open_s
                .is_some_and(|s| names_a_title(text, sentences[s].span.start, q.outer.start)),
            prev_attr_end,
            prev_outer_end,
            out: &out,
            shape: OnceCell::new(),
            before: OnceCell::new(),
        };
        // (the fallback always decides)
        let (by, outcome) = ORDER
            .iter()
            .find_map(|c| c.apply(&cx).map(|o| (c, o)))
            .expect("the fallback construction decides every quotation");
        debug_assert!(
            matches!(outcome.rule(), RuleId::User(_)) || by.rules().contains(&outcome.rule()),
            "a construction gave `{}`, a rule it does not name",
            outcome.rule().name()
        );
        let sentence = open_s.unwrap_or(0);
        let outer_end = q.outer.end;
        let record = match outcome {
            Outcome::Joins => None,
            Outcome::Cue {
                found,
                attr_end,
                between,
            } => {
                let r = from_cue(&cx, found, attr_end, &between);
                if r.kind == Kind::Direct && attr_end.is_some() && led_in(&cx) {
                    led.push(out.len());
                }
                Some(r)
            }
            Outcome::Inherited {
                speaker,
                cue,
                rule,
                continues,
            } => {
                let kind = cx.shape().kind_inherited(rule == RuleId::CoordinatedClause);
                let sp = Speaker {
                    resolved_by: "clause",
                    ..speaker
                };
                let (speaker, cue, rule) = speech(kind, sp, cue, rule);
                let reported = Span::new(
                    cue.map_or(q.outer.start, |c| c.end).min(q.outer.start),
                    close_s.map_or(q.outer.end, |s| sentences[s].span.end),
                );
                Some(RecordFields {
                    kind,
                    rule,
                    confidence: 0.7,
                    speaker,
                    cue,
                    attr_end: None,
                    continues: continues.filter(|_| kind != Kind::Scare),
                    quoted_share: share(text, reported, &q.parts),
                })
            }
            Outcome::Record {
                kind,
                rule,
                confidence,
                speaker,
                cue,
                continues,
            } => Some(RecordFields {
                kind,
                rule,
                confidence,
                speaker,
                cue,
                attr_end: None,
                continues,
                quoted_share: 1.0,
            }),
        };
        drop(cx);
        let q = &mut quotes[qi];
        let Some(r) = record else {
            // the second half of the previous record
            let last = out.last_mut().expect("a join follows a record");
            last.parts.extend(q.parts.iter().copied());
            last.attr_end = Packed::NONE;
            last.closed &= q.closed;
            if last.rule.is_cue_after() {
                last.rule = RuleId::Interrupted;
            }
            prev_attr_end = None;
            prev_outer_end = outer_end;
            continue;
        };
        if r.rule == RuleId::Scare {
            // a quoted term is part of the sentence's words: the next
            // quotation's subject may stand before it (`As Roe, author of
            // “The Plan,” put it, “…”`); only what came before stays out
            prev_outer_end = prev_outer_end.max(prev_attr_end.unwrap_or(0));
            prev_attr_end = None;
        } else {
            // (a quotation after a dash attribution is its own: the dash
            // ends what it signs, it interrupts nothing)
            prev_attr_end = r.attr_end.filter(|_| r.rule != RuleId::DashAfter);
            prev_outer_end = outer_end;
        }
        out.push(Attribution {
            speaker: r.speaker.map(Box::new),
            cue: r.cue,
            attr_end: Packed::new(r.attr_end),
            continues: Packed::new(r.continues),
            quoted_share: r.quoted_share,
            ..Attribution::bare(q, sentence, r.kind, r.rule, r.confidence)
        });
    }
    if led.is_empty() {
        return out;
    }
    let mut continued = vec![false; out.len()];
    for p in out.iter().filter_map(Attribution::continues) {
        if let Some(c) = continued.get_mut(p) {
            *c = true;
        }
    }
    for i in led {
        if out[i].parts.len() == 1 && !continued[i] {
            out[i].kind = Kind::Partial;
            out[i].confidence = 0.7;
        }
    }
    out
}

/// A record's fields but its quotation's parts and place.
struct RecordFields {
    kind: Kind,
    rule: RuleId,
    confidence: f32,
    speaker: Option<Speaker>,
    cue: Option<Span>,
    attr_end: Option<usize>,
    continues: Option<usize>,
    quoted_share: f32,
}

/// The record of a cue and its speaker phrase: the speaker resolved in
/// the document, the kind from the quotation's shape (and, before it, the
/// words between cue and mark), the share of the reported words quoted.
fn from_cue(cx: &QuoteContext, f: Found, attr_end: Option<usize>, between: &[Tok]) -> RecordFields {
    let (text, q, sentences) = (cx.text, cx.q, cx.sentences);
    let speaker = speaker_of(cx.tracker, text, &f.phrase, f.cue);
    let kind = match attr_end {
        Some(_) => cx.shape().kind_after(),
        None => cx.shape().kind_before(text, between),
    };
    let (speaker, cue, rule) = speech(kind, speaker, f.cue, f.rule);
    let confidence = if kind == Kind::Direct { 0.9 } else { 0.7 };
    // a cue before the quotation reports the clause after its `that`: the
    // cue's addressee and adverbials (`told reporters on Friday that`) are
    // the writer's frame, no words the quotation could have quoted; a
    // `that` further on is no clause's opener (`said the vote was a sign
    // that`), so the clause runs from the cue
    let clause_start = match (attr_end, between.first(), cx.before()) {
        (None, Some(first), Some(b)) => {
            let j = b
                .toks
                .partition_point(|t| t.span().start < first.span().start);
            super::claims::clause_that(text, &b.toks, j, &f, cx.w).map(|k| b.toks[k].span().end)
        }
        _ => None,
    };
    let reported = match (attr_end, cx.close_s, cx.open_s) {
        (None, Some(s), _) => Span::new(
            clause_start.unwrap_or(f.cue.end).min(q.outer.start),
            ceil_char(text, sentences[s].span.end.min(q.outer.end + HEAD_REACH)),
        ),
        (Some(_), _, Some(s)) => Span::new(
            sentences[s]
                .span
                .start
                .max(cx.prev_outer_end.min(q.outer.start)),
            q.outer.end,
        ),
        _ => q.outer,
    };
    RecordFields {
        kind,
        rule,
        confidence,
        speaker,
        cue,
        attr_end,
        continues: None,
        quoted_share: share(text, reported, &q.parts),
    }
}

/// Share of its clause's letters a quotation attributed after it must
/// quote to be reported whole.
const LEAD_SHARE: f32 = 0.8;

/// A quotation with its attribution after it that the writer's own words
/// lead into (`The budget may be “reckless,” said Roe`) is partial: the
/// clause is the writer's, the quoted words only part of it. The lead
/// runs from the sentence's start, or from a colon, semicolon, bracket or
/// dash that sets the quotation apart (`The message was plain: “…,” Roe
/// said` reports it whole).
/// (asked of the quotation alone: one that a quotation after it continues
/// or that the next one completes, `“…,” he said. “…”`, is reported whole
/// with them, which the caller checks)
fn led_in(cx: &QuoteContext) -> bool {
    let (text, q) = (cx.text, cx.q);
    let Some(s) = cx.open_s.filter(|_| !cx.shape().starts_sentence) else {
        return false;
    };
    let from = cx.sentences[s]
        .span
        .start
        .max(cx.prev_outer_end.min(q.outer.start));
    let lead = &text[from..q.outer.start];
    // (a comma right before a capital opening the quotation introduces
    // it as a colon does: `… but added, “I support him,” Roe said`)
    let comma =
        (cx.shape().first_upper && lead.trim_end().ends_with(',')).then(|| lead.trim_end().len());
    let cut = lead
        .rfind([':', ';', '(', '—', '–'])
        .map(|i| i + 1)
        .max(lead.rfind(" - ").map(|i| i + 3))
        .max(comma)
        .unwrap_or(0);
    share(text, Span::new(from + cut, q.outer.end), &q.parts) < LEAD_SHARE
}

/// The speaker a phrase names, resolved in the document. In `Jo Roe, who
/// said …` the cue's subject is the relative pronoun: it is the mention,
/// as a pronoun would be, and the phrase it stands for gives the name.
pub fn speaker_of(
    tracker: &Tracker,
    text: &str,
    phrase: &super::phrase::Phrase,
    cue: Span,
) -> Speaker {
    let resolved = tracker.resolve(text, phrase);
    let kind = resolved.kind.unwrap_or(phrase.kind);
    // (when the phrase resolves to a name: `An official, who said` keeps
    // its phrase, the only words that say who spoke)
    if let Some(who) = resolved
        .name
        .as_ref()
        .and_then(|_| relative_subject(text, phrase.span, cue))
    {
        return Speaker {
            name: resolved.name,
            mention: who,
            kind,
            role: phrase.role,
            resolved_by: "relative",
        };
    }
    Speaker {
        name: resolved.name,
        mention: phrase.span,
        kind,
        role: phrase.role,
        resolved_by: resolved.resolved_by,
    }
}

/// The `who` between a phrase and the cue after it (`Roe, who said`, `Roe,
/// who has long argued`): only adverbs and auxiliaries may follow it.
fn relative_subject(text: &str, phrase: Span, cue: Span) -> Option<Span> {
    let between = text.get(phrase.end..cue.start)?;
    let rest = between.trim_start_matches([',', ' ']);
    let after = rest.strip_prefix("who ")?;
    let start = phrase.end + (between.len() - rest.len());
    // (auxiliaries and adverbs only: in `Officials who run the port say`
    // the `who` is the subject of `run`)
    let plain = after.len() <= 24
        && after
            .split_whitespace()
            .all(|x| crate::tokens::is_any(x, crate::lexicon::classes::AUX));
    plain.then(|| Span::new(start, start + "who".len()))
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
    crate::tokens::is_any(
        word,
        &[
            "on", "of", "with", "in", "at", "from", "about", "the", "a", "an", "his", "her",
            "their", "its", "our", "by", "for",
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every built-in rule is a claim rule, a transcript's turn (found by
    /// the layout, with no quotation marks to start from) or given by a
    /// construction of the list: a rule no construction gives would never
    /// fire.
    #[test]
    fn every_quotation_rule_has_its_construction() {
        let given: Vec<RuleId> = ORDER
            .iter()
            .flat_map(|c| c.rules().iter().copied())
            .collect();
        for &r in RuleId::ALL {
            assert!(
                r.is_claim() || r == RuleId::Transcript || given.contains(&r),
                "no construction in ORDER gives `{}`",
                r.name()
            );
        }
        assert!(given.iter().all(|r| !r.is_claim()));
    }
}
