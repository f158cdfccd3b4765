//! Every example sentence on a rule entry gives the extraction it states.

use crate::cli::attrib;
use attrib::lexicon::rules::LISTS;
use attrib::lexicon::Sources;
use attrib::rule_check::check;
use attrib::{Extractor, Lexicon};

#[test]
fn every_builtin_rule_example_holds() {
    let sources = Sources::builtin();
    let extractor = Extractor::new(Lexicon::from_sources(&sources).unwrap());
    let examples = sources.examples();
    let failures: Vec<String> = examples
        .iter()
        .filter_map(|ex| {
            check(ex, &extractor).map(|got| format!("{}:{}: {} — {got}", ex.file, ex.line, ex.text))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // every list shows what its entries do
    let bare: Vec<&str> = LISTS
        .iter()
        .filter(|l| !examples.iter().any(|x| x.list == l.name))
        .map(|l| l.name)
        .collect();
    assert!(bare.is_empty(), "lists with no example: {bare:?}");
}

#[test]
fn rules_check_reports_a_failing_example_with_file_and_line() {
    let file = "[cue_verbs]\nwhisper whispers whispered whispering =bare\n\
                #> “Run,” Ana whispered. => direct; speaker Ana; cue whispered\n\
                #> “Run,” Ana whispered. => claim\n\
                -indicate\n";
    let dir = crate::common::scratch("examples", &[("ours.rules", file.as_bytes())]);
    let rules = dir.join("ours.rules");
    let out = attrib(&["--rules", rules.to_str().unwrap(), "rules", "check"], b"");
    assert_eq!(out.status.code(), Some(1));
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(
        report.contains(&format!("{}:4: [cue_verbs] whisper", rules.display())),
        "{report}"
    );
    assert!(
        report.contains("got:      records: [direct; speaker Ana"),
        "{report}"
    );
    // `-indicate` removed the entry with its built-in example: it does not run
    assert!(!report.contains("[cue_verbs] indicate"), "{report}");
    assert!(report.contains(" 1 fail"), "{report}");

    let out = attrib(&["rules", "check"], b"");
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).ends_with(" 0 fail\n"));

    std::fs::write(&rules, "[groups]\nmonks\n#> Monks said so. => loudly\n").unwrap();
    let out = attrib(&["--rules", rules.to_str().unwrap(), "rules", "check"], b"");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!(
            "{}:3: unknown expectation `loudly`",
            rules.display()
        )),
        "{err}"
    );
}

/// The examples and counter-examples of one rule (the `constructions`
/// list names each rule), at least two and one; each must hold, and hold
/// again after a paragraph is put before it (every offset moved by its
/// length; see `rule_check::LEAD`).
fn rule_holds(rule: attrib::rule::RuleId) {
    let sources = Sources::builtin();
    let extractor = Extractor::new(Lexicon::from_sources(&sources).unwrap());
    let own: Vec<_> = sources
        .examples()
        .iter()
        .filter(|x| x.list == "constructions" && x.entry == rule.name())
        .collect();
    let positive = own.iter().filter(|x| !x.negative).count();
    assert!(
        positive >= 2 && own.len() > positive,
        "rule {rule}: {positive} examples and {} counter-examples; it needs two and one",
        own.len() - positive
    );
    let failures: Vec<String> = own
        .iter()
        .filter_map(|ex| {
            check(ex, &extractor).map(|got| {
                let mark = if ex.negative { "#!" } else { "#>" };
                format!("{}:{}: {mark} {} — {got}", ex.file, ex.line, ex.text)
            })
        })
        .collect();
    assert!(failures.is_empty(), "rule {rule}:\n{}", failures.join("\n"));
}

/// One test a rule, so a failure names it; a rule added to `RuleId`
/// without a test here fails `every_rule_has_its_test`.
macro_rules! per_rule {
    ($($test:ident => $rule:ident),* $(,)?) => {
        $(
            #[test]
            fn $test() {
                rule_holds(attrib::rule::RuleId::$rule);
            }
        )*

        #[test]
        fn every_rule_has_its_test() {
            assert_eq!(&[$(attrib::rule::RuleId::$rule),*], attrib::rule::RuleId::ALL);
        }
    };
}

mod per_rule {
    use super::rule_holds;

    per_rule! {
        cue_after => CueAfter,
        cue_after_inverted => CueAfterInverted,
        cue_before => CueBefore,
        cue_before_coordinated => CueBeforeCoordinated,
        cue_participle => CueParticiple,
        cue_next_sentence => CueNextSentence,
        coordinated_clause => CoordinatedClause,
        colon_intro => ColonIntro,
        according_to => AccordingTo,
        dash_after => DashAfter,
        transcript => Transcript,
        interrupted => Interrupted,
        continuation => Continuation,
        follow_on => FollowOn,
        unattributed => Unattributed,
        scare => Scare,
        claim_cue_before => ClaimCueBefore,
        claim_cue_after => ClaimCueAfter,
        claim_according_to => ClaimAccordingTo,
        claim_unsourced => ClaimUnsourced,
        claim_asked => ClaimAsked,
        claim_headline => ClaimHeadline,
    }
}

#[test]
fn a_rules_file_adds_examples_to_a_rule_and_cannot_invent_one() {
    let file = "[constructions]\ncue-after\n\
                #> “Go home,” Ana Park said. => direct; speaker Ana Park\n\
                #! “Go home,” Ana Park said. => direct; speaker Bo Lind\n\
                #! “Go home,” Ana Park said. => direct; speaker Ana Park\n";
    let dir = crate::common::scratch("constructions", &[("ours.rules", file.as_bytes())]);
    let rules = dir.join("ours.rules");
    let out = attrib(&["--rules", rules.to_str().unwrap(), "rules", "check"], b"");
    let report = String::from_utf8_lossy(&out.stdout);
    // the built-in examples of cue-after still run, with the file's three
    let builtin = attrib(&["rules", "check"], b"");
    let count = |r: &str| -> usize {
        r.lines()
            .last()
            .and_then(|l| l.split(' ').next())
            .and_then(|n| n.parse().ok())
            .unwrap()
    };
    assert_eq!(
        count(&report),
        count(&String::from_utf8_lossy(&builtin.stdout)) + 3
    );
    // the third names a record the sentence gives: it fails, by line
    assert_eq!(out.status.code(), Some(1), "{report}");
    assert!(
        report.contains(&format!("{}:5: [constructions] cue-after", rules.display())),
        "{report}"
    );
    assert!(report.contains("the record it must not give"), "{report}");
    assert!(report.ends_with(" 1 fail\n"), "{report}");

    for (bad, says) in [
        ("[constructions]\nsaid-loudly\n", "`said-loudly` is no rule"),
        ("[constructions]\n-cue-after\n", "`-cue-after` is no rule"),
        (
            "[constructions]\ncue-after\n#! “Go,” Ana said. => nothing\n",
            "a counter-example `#!` names a record",
        ),
    ] {
        std::fs::write(&rules, bad).unwrap();
        let out = attrib(&["--rules", rules.to_str().unwrap(), "rules", "check"], b"");
        assert_eq!(out.status.code(), Some(2), "{bad}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(says), "{bad}: {err}");
    }
}
