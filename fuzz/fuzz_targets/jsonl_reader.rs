//! Arbitrary bytes as one JSONL input line, read as every subcommand
//! reads it (id, text, an optional title field, lossy or not, each
//! headline rule): a bad line must be an error message, never a panic,
//! and a good line's document goes through the whole extraction.
#![no_main]

use attrib::document::{Headline, Layout};
use attrib::input::jsonl::{document, Fields};
use libfuzzer_sys::fuzz_target;

#[path = "check.rs"]
mod check;

fuzz_target!(|data: &[u8]| {
    let Some((&mode, line)) = data.split_first() else {
        return;
    };
    let fields = Fields {
        title: (mode & 1 == 1).then(|| "title".to_string()),
        lossy: mode & 2 == 2,
        ..Fields::default()
    };
    let reports = |w: &str| w == "said" || w == "says";
    let layout = Layout {
        headline: [Headline::Auto, Headline::FirstLine, Headline::None][usize::from(mode >> 2) % 3],
        reports: &reports,
    };
    match document(line, &fields, &layout) {
        Ok(doc) => check::check_document(doc),
        Err(message) => assert!(!message.is_empty()),
    }
});
