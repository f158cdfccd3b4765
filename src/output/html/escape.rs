//! Article text in a page: the page carries it only as JSON inside
//! `<script>` elements (its script puts it in the page as text nodes),
//! escaped here for where it stands.

use std::borrow::Cow;

/// JSON for the inside of a `<script>` element. The HTML parser reads a
/// script's content before any JSON parser: `</script` ends it early, and
/// `<!--` followed later by `<script` puts it in the "script data escaped"
/// state, where the page's own `</script>` no longer ends it and the rest
/// of the page becomes script text. So no `<` is left at all, nor `>` and
/// `&`; all three can only stand inside JSON strings, where `\u003c` is
/// the same character. U+2028 and U+2029 end a line in older JavaScript.
pub fn script_json(json: &str) -> Cow<'_, str> {
    let first = json.find(['<', '>', '&', '\u{2028}', '\u{2029}']);
    crate::chars::rewrite(json, first, |c, out| match c {
        '<' => out.push_str("\\u003c"),
        '>' => out.push_str("\\u003e"),
        '&' => out.push_str("\\u0026"),
        '\u{2028}' => out.push_str("\\u2028"),
        '\u{2029}' => out.push_str("\\u2029"),
        c => out.push(c),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_json_has_no_markup_characters() {
        let json = serde_json::to_string("<!--<script></script>&\u{2028}").unwrap();
        let safe = script_json(&json);
        assert!(!safe.contains(['<', '>', '&', '\u{2028}']), "{safe}");
        let back: String = serde_json::from_str(&safe).unwrap();
        assert_eq!(back, "<!--<script></script>&\u{2028}");
        assert!(matches!(script_json("{\"a\":\"b\"}"), Cow::Borrowed(_)));
    }
}
