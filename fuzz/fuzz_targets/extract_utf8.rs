//! Arbitrary UTF-8 (libFuzzer's byte mutations, kept when they are valid
//! UTF-8) through the whole extraction.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "check.rs"]
mod check;

fuzz_target!(|text: &str| {
    check::check(text.to_string());
});
