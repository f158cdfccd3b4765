//! Arbitrary bytes through the `--lossy` path: invalid UTF-8 becomes
//! U+FFFD, then the whole extraction.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "check.rs"]
mod check;

fuzz_target!(|data: &[u8]| {
    check::check(String::from_utf8_lossy(data).into_owned());
});
