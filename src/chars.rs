//! Character tests the stages ask of nearly every character, with fast
//! paths for the characters news text is made of.
//!
//! `char::is_alphanumeric` answers any non-ASCII character from two binary
//! searches of Unicode tables (about 350 instructions); curly quotes,
//! dashes and accented Latin letters are most of the non-ASCII characters
//! here, and each is one comparison below.

/// Whether `c` is a letter or a digit, exactly as `char::is_alphanumeric`.
pub fn is_alnum(c: char) -> bool {
    match c {
        _ if c.is_ascii() => c.is_ascii_alphanumeric(),
        // Latin-1 and Latin Extended-A and -B letters (not `×`, `÷`)
        '\u{C0}'..='\u{24F}' => c != '×' && c != '÷',
        // General Punctuation: spaces, dashes, quotes, ellipsis
        '\u{2000}'..='\u{206F}' => false,
        // (the replacement character fills text read with --lossy)
        '\u{FFFD}' => false,
        _ => c.is_alphanumeric(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_the_standard_library_on_every_character() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
        }
    }
}
