//! Arbitrary text as a `--rules` file: a bad file must be an error that
//! names its line, never a panic; a good one gives a lexicon that extracts.
#![no_main]

use attrib::lexicon::rules::Sources;
use attrib::{Document, Extractor, Lexicon};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let mut sources = Sources::builtin();
    match sources.apply("fuzz.rules", text) {
        Err(e) => assert!(e.to_string().starts_with("fuzz.rules:")),
        Ok(()) => {
            let Ok(lexicon) = Lexicon::from_sources(&sources) else {
                return;
            };
            let ex = Extractor::new(lexicon);
            let d = Document::new("r", "“We are ready,” Lavrov said. Officials said the talks ended (Reuters, May 2).");
            ex.extract(&d);
            for example in sources.examples() {
                attrib::rule_check::check(example, &ex);
            }
        }
    }
});
