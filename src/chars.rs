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

/// Whether lower-casing `s` changes only its ASCII letters: its other
/// characters are punctuation from the General Punctuation block (curly
/// apostrophes and quotes, dashes), which has no case. `Trump’s` and
/// `don’t` are then lower-cased byte by byte, with no Unicode tables.
pub fn folds_as_ascii(s: &str) -> bool {
    s.chars()
        .all(|c| c.is_ascii() || ('\u{2000}'..='\u{206F}').contains(&c))
}

/// How many letters and digits `s` has: eight ASCII bytes are counted at
/// once, other characters one by one.
pub fn count_alnum(s: &str) -> usize {
    let b = s.as_bytes();
    let (mut n, mut i) = (0, 0);
    while i < b.len() {
        if let Some(x) = eight::at(b, i).filter(|&x| !eight::has_non_ascii(x)) {
            n += eight::alnum(x).count_ones() as usize;
            i += 8;
            continue;
        }
        // (`i` is on a character boundary: only whole characters and runs
        // of ASCII are stepped over)
        let c = s[i..].chars().next().unwrap_or_default();
        n += usize::from(is_alnum(c));
        i += c.len_utf8();
    }
    n
}

/// Byte tests on eight bytes at a time, for scans that look for a few
/// bytes in long runs of text: each tells exactly whether any byte of `x`
/// matches (a borrow can only reach bytes above one that does).
/// `s` rewritten from byte `first` on, each character passed to `put`
/// (which pushes it, or what stands for it); `s` itself, borrowed, when
/// there is nothing to rewrite (`first` is `None`). The escapes of the
/// HTML page's JSON and of text shown on terminals share it.
pub fn rewrite(
    s: &str,
    first: Option<usize>,
    mut put: impl FnMut(char, &mut String),
) -> std::borrow::Cow<'_, str> {
    let Some(first) = first else {
        return std::borrow::Cow::Borrowed(s);
    };
    let mut out = String::with_capacity(s.len() + 16);
    out.push_str(&s[..first]);
    for c in s[first..].chars() {
        put(c, &mut out);
    }
    std::borrow::Cow::Owned(out)
}

pub mod eight {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;

    /// The eight bytes of `b` from `i`, little-endian, if there are eight.
    pub fn at(b: &[u8], i: usize) -> Option<u64> {
        let chunk = b.get(i..i + 8)?;
        Some(u64::from_le_bytes(chunk.try_into().ok()?))
    }

    /// Whether a byte of `x` is `c`.
    pub fn has(x: u64, c: u8) -> bool {
        let v = x ^ (ONES * u64::from(c));
        v.wrapping_sub(ONES) & !v & HIGH != 0
    }

    /// Whether a byte of `x` is below `n` (`n` at most 0x80).
    pub fn has_below(x: u64, n: u8) -> bool {
        x.wrapping_sub(ONES * u64::from(n)) & !x & HIGH != 0
    }

    /// The high bit of every byte of `x` that is an ASCII letter or digit.
    pub fn alnum(x: u64) -> u64 {
        // (`ge(v, n)`: the high bit of each byte of `v`, all below 0x80,
        // that is at least `n`; no sum carries into the next byte)
        let ge = |v: u64, n: u8| (v + ONES * u64::from(0x80 - n)) & HIGH;
        let low7 = x & !HIGH;
        let digit = ge(low7, b'0') & !ge(low7, b'9' + 1);
        // (setting 0x20 lower-cases a letter and keeps a non-letter out of
        // `a`..=`z`)
        let folded = low7 | (ONES * 0x20);
        let letter = ge(folded, b'a') & !ge(folded, b'z' + 1);
        (digit | letter) & !x
    }

    /// Whether a byte of `x` is not ASCII.
    pub fn has_non_ascii(x: u64) -> bool {
        x & HIGH != 0
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

    #[test]
    fn ascii_folding_is_lower_casing_where_it_is_claimed() {
        for s in [
            "Trump’s",
            "DON’T",
            "a‐b — “Q”",
            "Président",
            "ÉTÉ",
            "Σ",
            "plain",
        ] {
            if folds_as_ascii(s) {
                assert_eq!(s.to_ascii_lowercase(), s.to_lowercase(), "{s}");
            }
        }
        assert!(folds_as_ascii("Trump’s") && !folds_as_ascii("Président"));
    }

    #[test]
    fn letters_and_digits_are_counted_as_chars_counts_them() {
        for s in [
            "",
            "abc",
            "Putin said: “Russia’s 1,000 troops” — é, ü, 中文 and ½.",
            "exactly eight bytes!",
            "\u{1}\u{7f}\u{80}\u{FFFD}x",
        ] {
            let want = s.chars().filter(|c| c.is_alphanumeric()).count();
            assert_eq!(count_alnum(s), want, "{s:?}");
            for k in (0..s.len()).filter(|&k| s.is_char_boundary(k)) {
                let t = &s[k..];
                assert_eq!(
                    count_alnum(t),
                    t.chars().filter(|c| c.is_alphanumeric()).count()
                );
            }
        }
    }

    #[test]
    fn eight_byte_tests_are_exact_at_every_position() {
        for c in 0..=255u8 {
            for at in 0..8 {
                let mut b = [b'a'; 8];
                b[at] = c;
                let x = eight::at(&b, 0).unwrap();
                assert_eq!(eight::has(x, b'"'), c == b'"', "{c} at {at}");
                assert_eq!(eight::has_below(x, 0x20), c < 0x20, "{c} at {at}");
                assert_eq!(eight::has_non_ascii(x), c >= 0x80, "{c} at {at}");
                let alnum = eight::alnum(x).to_le_bytes();
                for (k, m) in alnum.into_iter().enumerate() {
                    let want = if k == at {
                        c.is_ascii_alphanumeric()
                    } else {
                        true
                    };
                    assert_eq!(m == 0x80, want, "{c} at {at}, byte {k}");
                    assert!(m == 0 || m == 0x80);
                }
            }
        }
        assert_eq!(eight::at(b"seven b", 0), None);
    }
}
