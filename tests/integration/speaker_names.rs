//! Speaker names are noun phrases that can speak, written as the text
//! writes them: no sentence's full stop, no dateline, label, date or
//! possessive ending (issue 15). Each case failed before its fix.

use attrib::{Document, Extractor};

/// `kind speaker-name [mention]` of every record of `text`, quotations
/// first, then claims (`-` for no speaker). Each mention is checked to lie
/// inside the text on character boundaries.
fn speakers(text: &str) -> Vec<String> {
    let x = Extractor::default().extract(&Document::new("t", text));
    x.quotations
        .iter()
        .chain(&x.claims)
        .map(|r| match &r.speaker {
            None => format!("{} -", r.kind.name()),
            Some(s) => {
                let mention = text.get(s.mention.start..s.mention.end).expect("a span");
                let name = s.name.as_deref().unwrap_or(mention);
                format!("{} {name} [{mention}]", r.kind.name())
            }
        })
        .collect()
}

#[test]
fn a_sentence_full_stop_is_no_part_of_a_name() {
    for name in ["Kim", "Lee", "Wu", "Ng", "Roe"] {
        let text = format!("“We have the votes,” said {name}.");
        assert_eq!(speakers(&text), [format!("direct {name} [{name}]")]);
        // a claim, and a name before a closing mark
        let text = format!("The budget bill is dead for this session, said {name}.");
        assert_eq!(speakers(&text), [format!("claim {name} [{name}]")]);
        let text = format!("She asked: “Who said it?” “I did,” said {name}.”");
        assert!(speakers(&text).contains(&format!("direct {name} [{name}]")));
    }
    assert_eq!(
        speakers("“We have the votes,” said Majority Leader John Doe."),
        ["direct John Doe [Majority Leader John Doe]"]
    );
    assert_eq!(
        speakers("The vote will be held on Monday, said Majority Leader John Doe."),
        ["claim John Doe [Majority Leader John Doe]"]
    );
    // no initial ends the text
    assert_eq!(
        speakers("“We won,” said Malcolm X."),
        ["direct Malcolm X [Malcolm X]"]
    );
    // an abbreviation's period is its own even at the end, where it stands
    // for the full stop too; an initial inside a name keeps its period
    assert_eq!(
        speakers("“We won,” said John F. Doe Jr."),
        ["direct John F. Doe Jr. [John F. Doe Jr.]"]
    );
    assert_eq!(
        speakers("The plant will close in May, according to the F.A.A."),
        ["claim F.A.A. [the F.A.A.]"]
    );
    // a short word inside a sentence keeps what it had
    assert_eq!(
        speakers("Gen. Ann Roe said that the base in Dover, Del., would stay open."),
        ["claim Ann Roe [Gen. Ann Roe]"]
    );
}

#[test]
fn a_state_or_party_between_commas_is_no_name_in_apposition() {
    assert_eq!(
        speakers("Ann Roe, 41, of Dothan, Ala., says the town has never had a budget this tight."),
        ["claim Ann Roe [Ann Roe]"]
    );
    assert_eq!(
        speakers("Rep. Jane Roe, R-N.Y., noted that the committee had never met on a Sunday."),
        ["claim Jane Roe [Rep. Jane Roe]"]
    );
}

#[test]
fn a_dateline_is_layout_not_a_speaker() {
    let said = "toured the harbor on Friday and said “the repairs are overdue.”";
    for dateline in [
        "HONOLULU —",
        "WASHINGTON ―",
        "NEW YORK -",
        "HILO, Hawaii (AP) —",
        "Hilo (Reuters) —",
        "HILO, Jan. 8 (UPI) —",
    ] {
        let text = format!("{dateline} Mayor Ann Lee {said}");
        assert_eq!(
            speakers(&text),
            ["direct Ann Lee [Mayor Ann Lee]"],
            "{text}"
        );
        let text = format!("{dateline} The mayor toured the harbor, saying “it is overdue.”");
        assert_eq!(speakers(&text), ["direct The mayor [The mayor]"], "{text}");
    }
    // nor is its place a person a later `he` refers to
    assert_eq!(
        speakers("NEW YORK — The council met on Friday. He said “the city is back.”"),
        ["direct He [He]"]
    );
}

#[test]
fn a_date_is_no_subject() {
    assert_eq!(
        speakers("On September 12 the governor signed the order and said “this is a new day.”"),
        ["direct the governor [the governor]"]
    );
    assert_eq!(
        speakers("In March the council voted against the levy and said “the town cannot pay.”"),
        ["direct the council [the council]"]
    );
    assert_eq!(
        speakers("On Tuesday the mayor toured the harbor, saying “the repairs are overdue.”"),
        ["direct the mayor [the mayor]"]
    );
}

#[test]
fn a_possessor_speaks_without_its_ending() {
    assert_eq!(
        speakers(
            "The Florida senator’s answer was that “the family comes first,” and they cheered."
        ),
        ["partial The Florida senator [The Florida senator]"]
    );
    assert_eq!(
        speakers("The Kremlin’s spokesman said the talks would go on."),
        ["claim The Kremlin’s spokesman [The Kremlin’s spokesman]"]
    );
    assert_eq!(
        speakers("Roe’s mention of “known unknowns” drew laughs."),
        ["partial Roe [Roe]"]
    );
    // a past participle after a possessive is an adjective, not a cue
    assert_eq!(
        speakers("She met one of the congressman’s alleged “friends” in the city."),
        ["scare -"]
    );
}

#[test]
fn a_participle_after_a_short_first_clause_is_its_subject_s() {
    // documented in README.md (rule `cue-participle`)
    assert_eq!(
        speakers("The mayor defended the budget, saying, “We cut what we could.”"),
        ["direct The mayor [The mayor]"]
    );
}

#[test]
fn a_label_that_opens_a_transcript_is_no_speaker() {
    let speech = "“We gathered here tonight to thank the volunteers who made it happen.”";
    for label in ["Full text below:", "Transcript as follows:"] {
        let text = format!("The senator spoke at the rally.\n\n{label}\n\n{speech}");
        assert_eq!(speakers(&text), ["direct -"], "{text}");
    }
    // a name the article writes inside a sentence too is a speaker
    let text = format!("Crowds cheered when Roe arrived.\n\nRoe:\n\n{speech}");
    assert_eq!(speakers(&text), ["direct Roe [Roe]"]);
    // nor is a heading someone a later `he` refers to
    assert_eq!(
        speakers(
            "Crowds gathered.\n\nFULL TEXT.\n\nThe senator spoke. He said “the plan will fail.”"
        ),
        ["direct He [He]"]
    );
}

#[test]
fn said_of_closes_an_attribution_in_the_next_sentence() {
    // documented in src/attribute/mod.rs (rule `cue-next-sentence`)
    assert_eq!(
        speakers("“Why should we pay more for this?” Will Roe, the county chairman, said of it."),
        ["direct Will Roe [Will Roe]"]
    );
    assert_eq!(
        speakers("“Why pay more?” Ann Lee, the mayor, said of the new budget plan."),
        ["direct Ann Lee [Ann Lee]"]
    );
}
