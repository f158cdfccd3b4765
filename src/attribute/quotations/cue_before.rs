//! A cue before the quotation, in its opening sentence: `Lavrov said: “…”`
//! (`cue-before`), `Putin rejected … and told Walters that “…”`
//! (`cue-before-coordinated`), `…, saying “…”` (`cue-participle`),
//! `According to X, “…”` (`according-to`), `Governor Hale went further:
//! “…”` (`colon-intro`), or a user's construction before it.

use super::{Construction, Outcome, QuoteContext};
use crate::attribute::cues::{self, Found};
use crate::attribute::entities::Tracker;
use crate::attribute::phrase::SpeakerKind;
use crate::attribute::{floor_char, pattern};
use crate::lexicon::Class;
use crate::rule::RuleId;
use crate::span::Span;
use crate::tokens::Tok;

pub struct CueBefore;

impl Construction for CueBefore {
    fn rules(&self) -> &'static [RuleId] {
        &[
            RuleId::CueBefore,
            RuleId::CueBeforeCoordinated,
            RuleId::CueParticiple,
            RuleId::AccordingTo,
            RuleId::ColonIntro,
        ]
    }

    fn apply(&self, cx: &QuoteContext) -> Option<Outcome> {
        let (text, w) = (cx.text, cx.w);
        let b = cx.before()?;
        let f = pattern::user_before(text, &b.toks, b.from, w)
            .or_else(|| cues::before(text, &b.toks, b.from, w))
            .filter(|f| !is_label(text, &b.toks, f, cx.tracker))
            .filter(|f| {
                f.rule != RuleId::ColonIntro || f.cue.slice(text) != "," || {
                    // (a verb the lexicon does not know introduces only a
                    // whole quoted sentence)
                    let shape = cx.shape();
                    shape.first_upper && shape.words >= 3 && shape.ends_clause
                }
            })?;
        let between = b.toks[f.end_tok.min(b.toks.len())..].to_vec();
        Some(Outcome::Cue {
            found: f,
            attr_end: None,
            between,
        })
    }
}

/// `Transcript as follows:`, `Wait:`: a label that opens a transcript is
/// layout, not a speaker. A colon with no reporting verb introduces the
/// words of someone the article names; but every sentence opens with a
/// capital, so a lone capitalised word opening one names a person only
/// when the article names them in full (`Bush:` after `George W. Bush`),
/// writes the word with its capital inside a sentence too (`when Trump
/// mentioned …`), or the lexicon knows it for a speaker.
fn is_label(text: &str, toks: &[Tok], f: &Found, tracker: &Tracker) -> bool {
    let p = &f.phrase;
    f.rule == RuleId::ColonIntro
        && p.kind == SpeakerKind::Person
        && p.name == Some(p.span)
        && toks
            .first()
            .is_some_and(|t| t.span() == p.span && !t.is(Class::NOUN))
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
