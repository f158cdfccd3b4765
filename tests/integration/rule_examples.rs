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
