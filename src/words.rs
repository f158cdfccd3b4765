//! Words compared in any case: lower-casing without an allocation, and
//! tests of a word against lower-case ASCII words that read nothing of a
//! token of another length. Below the lexicon (which looks words up
//! lower-cased) and the tokenizer.

use std::ops::Deref;

/// A word in lower case without a heap allocation for the common cases:
/// borrowed when it is lower case already, as most words are, and copied
/// into an inline buffer when it is a short ASCII word. The attribution
/// rules compare lower-cased words constantly; an allocation for each was
/// a fifth of their time, and still a tenth with reported claims on.
#[derive(Debug, Clone)]
pub struct Lower<'a>(Repr<'a>);

#[derive(Debug, Clone)]
enum Repr<'a> {
    Borrowed(&'a str),
    Inline([u8; INLINE], u8),
    Owned(String),
}

const INLINE: usize = 31;

impl Lower<'_> {
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Borrowed(s) => s,
            // SAFETY: `lower` copies in a whole `str` with only its ASCII
            // bytes changed (to other ASCII bytes), which is still UTF-8;
            // validating it again on every comparison cost 5% of the run
            Repr::Inline(b, n) => unsafe { std::str::from_utf8_unchecked(&b[..*n as usize]) },
            Repr::Owned(s) => s,
        }
    }
}

impl Deref for Lower<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq for Lower<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Lower<'_> {}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// Whether `t` is the word `w` (lower-case ASCII) in any case.
///
/// What `lower(t) == w` says, but without reading, let alone copying, a
/// token of another length: the rules ask this of most tokens they pass,
/// and lower-casing them first was a tenth of the run. (The one character
/// outside ASCII that lower-cases into ASCII, the Kelvin sign, is not a
/// `k` here; see the test.)
pub fn is_word(t: &str, w: &str) -> bool {
    debug_assert!(!w.bytes().any(|b| b.is_ascii_uppercase()), "{w}");
    t.len() == w.len() && t.as_bytes().eq_ignore_ascii_case(w.as_bytes())
}

/// Whether `t` is one of the words `ws` (lower-case ASCII), in any case.
pub fn is_any(t: &str, ws: &[&str]) -> bool {
    ws.iter().any(|w| is_word(t, w))
}

/// Whether `t` ends with `suffix` (lower-case ASCII), in any case.
pub fn ends_ci(t: &str, suffix: &str) -> bool {
    t.len() >= suffix.len()
        && t.as_bytes()[t.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
}

/// `t` in lower case.
pub fn lower(t: &str) -> Lower<'_> {
    let b = t.as_bytes();
    if !b.iter().any(|&c| c.is_ascii_uppercase() || c >= 0x80) {
        return Lower(Repr::Borrowed(t)); // (most words, in one pass)
    }
    // (`Trump’s` lower-cases by its ASCII bytes too, and stays UTF-8)
    let folds = b.is_ascii() || crate::chars::folds_as_ascii(t);
    if folds && !b.iter().any(u8::is_ascii_uppercase) {
        return Lower(Repr::Borrowed(t));
    }
    if folds && b.len() <= INLINE {
        let mut buf = [0u8; INLINE];
        for (d, s) in buf.iter_mut().zip(b) {
            *d = s.to_ascii_lowercase();
        }
        return Lower(Repr::Inline(buf, b.len() as u8));
    }
    Lower(Repr::Owned(t.to_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_copies_only_what_it_must() {
        for w in [
            "said",
            "Said",
            "Trump’s",
            "DON’T",
            "don’t",
            "Président",
            "ÉTÉ",
        ] {
            assert_eq!(lower(w).as_str(), w.to_lowercase(), "{w}");
        }
        assert!(matches!(lower("don’t").0, Repr::Borrowed(_)));
        assert!(matches!(lower("Trump’s").0, Repr::Inline(..)));
        assert!(matches!(lower("Président").0, Repr::Owned(_)));
    }

    #[test]
    fn word_tests_agree_with_lower() {
        let words = [
            "said",
            "SAID",
            "Said",
            "saiD",
            "sad",
            "saids",
            "",
            "s",
            "É",
            "Trump’s",
        ];
        for t in words {
            for w in ["said", "sad", "s", ""] {
                assert_eq!(is_word(t, w), lower(t) == w, "{t} {w}");
            }
            assert_eq!(
                is_any(t, &["sad", "said"]),
                lower(t) == "sad" || lower(t) == "said"
            );
            assert_eq!(ends_ci(t, "id"), lower(t).ends_with("id"), "{t}");
        }
        assert!(ends_ci("ClaimING", "ing") && !ends_ci("ng", "ing"));
        // the one character beyond ASCII that lower-cases into ASCII, so
        // the one case where `is_word` and `lower` differ
        let into_ascii: Vec<char> = (0x80..=0x10FFFFu32)
            .filter_map(char::from_u32)
            .filter(|c| c.to_lowercase().all(|l| l.is_ascii()))
            .collect();
        assert_eq!(into_ascii, vec!['\u{212A}']);
        assert!(!is_word("\u{212A}ey", "key"));
    }
}
