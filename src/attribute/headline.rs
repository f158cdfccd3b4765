//! Headline attributions: `Rail strike will go ahead, union says`, `No
//! election TV debate, says Blair`, `House prices rebound says Halifax`.
//! A headline reports in fewer words than a sentence: its clause may have
//! no verb, and an inverted attribution may follow it with no comma. Asked
//! only of the headline line (see [`crate::document::Paragraph::headline`]),
//! when the sentence rules have read nothing there.

use super::claims::Claim;
use super::cues;
use super::Words;
use crate::lexicon::classes::SUBORDINATORS;
use crate::lexicon::Class;
use crate::rule::RuleId;
use crate::span::Span;
use crate::tokens::{ends_ci, is_any, Tok};

/// Most words of the attribution that closes a headline (`says Bank of
/// England governor`).
const ATTRIBUTION_WORDS: usize = 5;

/// Fewest words of a headline's reported clause.
const CLAUSE_WORDS: usize = 2;

/// `CLAUSE, SPEAKER VERB`, `CLAUSE, VERB SPEAKER` or `CLAUSE VERB
/// SPEAKER` closing a headline line: the clause before the attribution.
/// The verb is a reporting verb in the present or the past, not a
/// participle; the speaker is a phrase the grammar can name (an inverted
/// one with no comma before its verb opens with a capital: `… says
/// Halifax`, not `… says goodbye`).
pub fn claim(text: &str, toks: &[Tok], w: &Words) -> Option<Claim> {
    let words: Vec<usize> = (0..toks.len()).filter(|&i| toks[i].word).collect();
    let last = *words.last()?;
    // (a line in capitals shows no name by its case)
    if !toks
        .iter()
        .any(|t| t.text(text).chars().any(char::is_lowercase))
    {
        return None;
    }
    // (nothing but a closing mark or bracket after the attribution)
    if toks[last + 1..]
        .iter()
        .any(|t| !matches!(t.text(text), "." | "!" | "?" | ")"))
    {
        return None;
    }
    let reach = &words[words.len().saturating_sub(ATTRIBUTION_WORDS + 1)..];
    reach.iter().rev().find_map(|&k| {
        let t = &toks[k];
        let x = t.text(text);
        if k == 0 || !t.is(Class::CUE) || ends_ci(x, "ing") {
            return None;
        }
        // (a verb that takes an addressee names whom it tells, not who
        // speaks, when no clause follows: `Deal is dead, Roe told`,
        // `Board warns Ana Park`)
        if w.lemma_use(t.lemma).is_some_and(|u| u.addressee) {
            return None;
        }
        // the attribution opens at the comma before the verb (`…, says
        // Blair`) or before the speaker (`…, union says`), or at the verb
        let comma = (k.saturating_sub(ATTRIBUTION_WORDS)..k)
            .rev()
            .find(|&c| toks[c].text(text) == ",");
        let (from, before) = match comma {
            Some(c) => (c, c),
            None => (k, k),
        };
        let found = cues::after(text, &toks[from..], w)?;
        if from + found.end_tok <= last || found.phrase.kind == super::SpeakerKind::Unknown {
            return None;
        }
        let inverted = found.rule == RuleId::CueAfterInverted;
        // (no comma: only an inverted attribution, a name after the verb)
        if comma.is_none()
            && !(inverted
                && toks
                    .get(k + 1)
                    .is_some_and(|n| n.is(Class::CAP) && !n.is(Class::FUNCTION)))
        {
            return None;
        }
        // (with a comma, the verb closes the attribution or opens it)
        if comma.is_some() && !inverted && k != last {
            return None;
        }
        let clause = &toks[..before];
        let n = clause.iter().filter(|t| t.word).count();
        // (a quotation in the headline is its own record)
        if n < CLAUSE_WORDS || clause.iter().any(|t| cues::is_quote_mark(t.text(text))) {
            return None;
        }
        // (a clause of its own, not a subordinate one left open: `As
        // the strike ends, union says`)
        if is_any(clause[0].text(text), SUBORDINATORS) {
            return None;
        }
        // (past a kicker's label: `Exclusive: Pier to close, says mayor`)
        let open = clause
            .iter()
            .position(|t| t.text(text) == ":")
            .filter(|&c| c + 1 < before && c <= 2)
            .map_or(0, |c| c + 1);
        let content = Span::new(clause[open].span().start, clause[before - 1].span().end);
        Some(Claim {
            found: cues::Found {
                rule: RuleId::ClaimHeadline,
                ..found
            },
            content,
            more: None,
        })
    })
}
