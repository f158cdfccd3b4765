//! The rules that pair a quotation or a claim with its speaker, by name.
//! Code decides by these values, never by the names; the names are the
//! output contract (`rule` in every record) and never change.

use std::fmt;

/// One construction or fallback that made a pairing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RuleId {
    /// `“…,” Putin said.`
    CueAfter,
    /// `“…,” said Fiona Hill.`
    CueAfterInverted,
    /// `Lavrov said: “…”`
    CueBefore,
    /// `Putin rejected … and told Walters that “…”`
    CueBeforeCoordinated,
    /// `The mayor defended the budget, saying, “…”`
    CueParticiple,
    /// An attribution the segmenter left as the next sentence.
    CueNextSentence,
    /// `X warned that “…” and that “…”`: a second complement of a cue.
    CoordinatedClause,
    /// `Governor Price went further: “…”`
    ColonIntro,
    /// `According to X, “…”`
    AccordingTo,
    /// `“…” — Jane Roe`
    DashAfter,
    /// `HOST: …`, `SMITH: …`, `Q: …`: a transcript's turn, by its label.
    Transcript,
    /// `“…,” Ivanov said, “…”`: one record, two parts.
    Interrupted,
    /// A quotation with no cue right after one of a known speaker.
    Continuation,
    /// A quoted sentence right after a sentence whose subject reports.
    FollowOn,
    /// A quoted sentence with no speaker in reach.
    Unattributed,
    /// A quoted term with no speech in reach.
    Scare,
    /// `Putin said Russia is ready …` (a reported claim).
    ClaimCueBefore,
    /// `Russia is ready …, Putin said.`
    ClaimCueAfter,
    /// `According to X, …`
    ClaimAccordingTo,
    /// `It has been reported that …` (a claim with no speaker).
    ClaimUnsourced,
    /// `Asked whether …, X said …`: the question put to someone, whose
    /// asker goes unnamed (a claim with no speaker).
    ClaimAsked,
    /// `Rail strike will go ahead, union says`, `No TV debate, says
    /// Blair`: a headline's attribution, whose clause may have no verb.
    ClaimHeadline,
    /// A construction a rules file added (`[constructions]` `NAME =
    /// PATTERN`), by the number its name was registered under (see
    /// [`RuleId::user`]): two bytes, where the name itself would make
    /// every attribution sixteen bytes larger.
    User(u16),
}

impl RuleId {
    /// Every built-in rule, in the order above.
    pub const ALL: &'static [RuleId] = &[
        RuleId::CueAfter,
        RuleId::CueAfterInverted,
        RuleId::CueBefore,
        RuleId::CueBeforeCoordinated,
        RuleId::CueParticiple,
        RuleId::CueNextSentence,
        RuleId::CoordinatedClause,
        RuleId::ColonIntro,
        RuleId::AccordingTo,
        RuleId::DashAfter,
        RuleId::Transcript,
        RuleId::Interrupted,
        RuleId::Continuation,
        RuleId::FollowOn,
        RuleId::Unattributed,
        RuleId::Scare,
        RuleId::ClaimCueBefore,
        RuleId::ClaimCueAfter,
        RuleId::ClaimAccordingTo,
        RuleId::ClaimUnsourced,
        RuleId::ClaimAsked,
        RuleId::ClaimHeadline,
    ];

    /// The rule's name in every output (kebab case).
    pub fn name(self) -> &'static str {
        match self {
            RuleId::CueAfter => "cue-after",
            RuleId::CueAfterInverted => "cue-after-inverted",
            RuleId::CueBefore => "cue-before",
            RuleId::CueBeforeCoordinated => "cue-before-coordinated",
            RuleId::CueParticiple => "cue-participle",
            RuleId::CueNextSentence => "cue-next-sentence",
            RuleId::CoordinatedClause => "coordinated-clause",
            RuleId::ColonIntro => "colon-intro",
            RuleId::AccordingTo => "according-to",
            RuleId::DashAfter => "dash-after",
            RuleId::Transcript => "transcript",
            RuleId::Interrupted => "interrupted",
            RuleId::Continuation => "continuation",
            RuleId::FollowOn => "follow-on",
            RuleId::Unattributed => "unattributed",
            RuleId::Scare => "scare",
            RuleId::ClaimCueBefore => "claim-cue-before",
            RuleId::ClaimCueAfter => "claim-cue-after",
            RuleId::ClaimAccordingTo => "claim-according-to",
            RuleId::ClaimUnsourced => "claim-unsourced",
            RuleId::ClaimAsked => "claim-asked",
            RuleId::ClaimHeadline => "claim-headline",
            RuleId::User(k) => user_name(k),
        }
    }

    /// The rule of a user's construction named `name`, registered the
    /// first time it is asked for (one copy of a name for the life of the
    /// process, whatever number of extractors load it); `None` past
    /// 65,535 names.
    pub fn user(name: &str) -> Option<RuleId> {
        let mut names = user_names().write().unwrap_or_else(|e| e.into_inner());
        // (found by a map, not a scan: a rules file of many constructions
        // registers in one pass)
        if let Some(&k) = names.numbers.get(name) {
            return Some(RuleId::User(k));
        }
        let k = u16::try_from(names.by_number.len()).ok()?;
        let name: &'static str = Box::leak(name.to_string().into_boxed_str());
        names.by_number.push(name);
        names.numbers.insert(name, k);
        Some(RuleId::User(k))
    }

    /// The rule of a name, as outputs and examples write it.
    pub fn from_name(name: &str) -> Option<RuleId> {
        RuleId::ALL.iter().copied().find(|r| r.name() == name)
    }

    /// A rule of reported claims, not of quotations.
    pub fn is_claim(self) -> bool {
        matches!(
            self,
            RuleId::ClaimCueBefore
                | RuleId::ClaimCueAfter
                | RuleId::ClaimAccordingTo
                | RuleId::ClaimUnsourced
                | RuleId::ClaimAsked
                | RuleId::ClaimHeadline
        )
    }

    /// A cue after the quotation (`“…,” X said.` or `“…,” said X.`).
    pub fn is_cue_after(self) -> bool {
        matches!(self, RuleId::CueAfter | RuleId::CueAfterInverted)
    }
}

/// The names of users' constructions, by number.
#[derive(Default)]
struct UserNames {
    by_number: Vec<&'static str>,
    numbers: std::collections::HashMap<&'static str, u16>,
}

fn user_names() -> &'static std::sync::RwLock<UserNames> {
    static NAMES: std::sync::OnceLock<std::sync::RwLock<UserNames>> = std::sync::OnceLock::new();
    NAMES.get_or_init(Default::default)
}

fn user_name(k: u16) -> &'static str {
    let names = user_names().read().unwrap_or_else(|e| e.into_inner());
    names
        .by_number
        .get(usize::from(k))
        .copied()
        .unwrap_or("user-construction")
}

impl fmt::Display for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl serde::Serialize for RuleId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_has_its_own_name_and_is_found_by_it() {
        let mut names: Vec<&str> = RuleId::ALL.iter().map(|r| r.name()).collect();
        for r in RuleId::ALL {
            assert_eq!(RuleId::from_name(r.name()), Some(*r));
            assert_eq!(
                serde_json::to_string(r).unwrap(),
                format!("\"{}\"", r.name())
            );
        }
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), RuleId::ALL.len());
        assert_eq!(RuleId::from_name("no-such-rule"), None);
        let user = RuleId::user("as-reported-by").unwrap();
        assert_eq!(user.name(), "as-reported-by");
        assert_eq!(Some(user), RuleId::user(&String::from("as-reported-by")));
        assert_ne!(Some(user), RuleId::user("was-how-put-it"));
        assert!(!user.is_cue_after());
        assert_eq!(std::mem::size_of::<RuleId>(), 4);
    }
}
