//! Arbitrary text as an `eval --gold` file, scored against one document:
//! a bad line must be an error naming its line, never a panic, and any
//! offsets a good line carries are checked, not trusted.
#![no_main]

use attrib::eval::{self, read_gold, Doc};
use attrib::{Document, Extractor};
use libfuzzer_sys::fuzz_target;

const TEXT: &str = "Talks end\n\n“We are ready,” Lavrov said (Interfax, May 2).\n\nIvanov said the talks were over.";

fuzz_target!(|text: &str| {
    let (gold, errors) = read_gold("gold.jsonl", text);
    for e in &errors {
        assert!(e.to_string().starts_with("gold.jsonl:"));
    }
    let d = Document::new("a", TEXT);
    let chars: Vec<char> = TEXT.chars().collect();
    let good: Vec<_> = gold
        .into_iter()
        .filter(|g| g.doc != "a" || eval::statement::check_offsets(g, &chars).is_ok())
        .collect();
    let ex = Extractor::default().extract(&d);
    let system = eval::statement::system(&d, &ex);
    let docs = [Doc { id: "a", file: "a.txt", text: TEXT }];
    let report = eval::evaluate(&docs, &good, &system);
    serde_json::to_string(&report).expect("the report serializes");
});
