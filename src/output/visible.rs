//! Text for terminals and reports read by people: every character that
//! would act instead of showing is shown as a visible stand-in. Article
//! text, ids and file names come from strangers; sent as they are, ESC
//! and OSC sequences clear the screen or set the window title, a newline
//! in an id forges a line of a report, and bidi overrides reorder what
//! is read (Trojan source). JSON, JSONL and CSV keep the exact text:
//! they are for tools and escape by their own rules.

use std::borrow::Cow;

/// `s` with every control character and bidi override made visible:
/// a newline as `⏎`, DEL as `␡`, another C0 control (ESC, BEL, tab …) as
/// its Control Picture (`␛`, `␇`, `␉`: U+2400 plus its code), and a C1
/// control (U+0080–U+009F), a bidi override or isolate (U+202A–U+202E,
/// U+2066–U+2069) or a line or paragraph separator (U+2028, U+2029) as
/// `\u{…}`. Each stand-in of one character is one column wide. Borrowed
/// when nothing needs it, which is almost always.
pub fn visible(s: &str) -> Cow<'_, str> {
    crate::chars::rewrite(s, first_to_show(s), |c, out| match c {
        '\n' => out.push('⏎'),
        '\u{7f}' => out.push('␡'),
        c if c < ' ' => out.push(char::from_u32(0x2400 + c as u32).unwrap_or('�')),
        c if shown_as_code(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
        c => out.push(c),
    })
}

/// Characters past C0 and DEL that are shown by their code.
fn shown_as_code(c: char) -> bool {
    matches!(c, '\u{80}'..='\u{9f}' | '\u{2028}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Where the first character to show stands. Bytes are scanned first: a
/// C0 control or DEL is one byte, a C1 control starts with 0xC2 and the
/// others with 0xE2; only there is a character decoded.
fn first_to_show(s: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut from = 0;
    while let Some(k) = bytes[from..]
        .iter()
        .position(|&b| b < 0x20 || b == 0x7f || b == 0xc2 || b == 0xe2)
    {
        let at = from + k;
        let c = s[at..].chars().next()?;
        if (c as u32) < 0x20 || c == '\u{7f}' || shown_as_code(c) {
            return Some(at);
        }
        from = at + c.len_utf8();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_overrides_are_shown() {
        assert_eq!(
            visible("a\u{1b}]0;title\u{7}b\nc\td\u{7f}"),
            "a␛]0;title␇b⏎c␉d␡"
        );
        assert_eq!(visible("x\u{9b}2Jy"), "x\\u{9b}2Jy");
        assert_eq!(visible("\u{202e}abc\u{2066}"), "\\u{202e}abc\\u{2066}");
        assert_eq!(visible("a\u{2028}b"), "a\\u{2028}b");
        assert_eq!(visible("\u{0}\u{1f}\r"), "␀␟␍");
    }

    #[test]
    fn ordinary_text_is_borrowed() {
        for s in ["", "plain", "“Curly” quotes — dashes… é ü 中文 \u{a0}"] {
            assert!(matches!(visible(s), Cow::Borrowed(_)), "{s}");
        }
    }
}
