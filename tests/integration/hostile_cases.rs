//! Documents built to hurt, shared by the span test (which checks that
//! each finishes with valid spans) and `benches/hostile.rs` (which times
//! each against normal text of the same size).

/// Random bytes from a fixed seed (xorshift), so a failure repeats.
pub fn random_bytes(n: usize) -> Vec<u8> {
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

/// `unit` repeated to about `bytes`.
pub fn fill(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes.div_ceil(unit.len()))
}

/// The cases of the hostile-input issue, named: the long ones at their
/// stated sizes; the BOM, CRLF and NUL ones are `article` altered and
/// repeated to `whole_bytes`.
pub fn cases(article: &str, whole_bytes: usize) -> Vec<(&'static str, String)> {
    let whole = |s: String| fill(&(s + "\n\n"), whole_bytes);
    vec![
        (
            "10,000 unbalanced quote marks",
            "He said “no ".repeat(10_000),
        ),
        ("10,000 straight quotes in a row", "\"".repeat(10_000)),
        (
            "5,000 open and 5,000 close marks",
            "“".repeat(5_000) + &"”".repeat(5_000),
        ),
        (
            "2 MB of words, no full stop or break",
            fill("word ", 2_000_000),
        ),
        ("100,000 parentheses", "(AP, ".repeat(100_000)),
        ("100,000 open brackets", "(".repeat(100_000)),
        (
            "quotes nested 1,000 deep",
            "“a ‘b ".repeat(500) + &"c’ d” ".repeat(500),
        ),
        ("1 MB of one cue word", fill("said ", 1_000_000)),
        (
            "1 MB of random bytes (lossy)",
            String::from_utf8_lossy(&random_bytes(1_000_000)).into_owned(),
        ),
        ("UTF-8 BOM", whole(format!("\u{feff}{article}"))),
        ("CRLF line ends", whole(article.replace('\n', "\r\n"))),
        ("NUL bytes", whole(article.replace(". ", ".\0 "))),
        (
            "text, then 1 MB of blank lines",
            "One line of text.".to_string() + &"\n".repeat(1_000_000),
        ),
        ("1 MB of one-word lines", fill("word\n", 1_000_000)),
        (
            "a `they said` after every quotation",
            fill("“we act,” they said, and ", 1_000_000),
        ),
        (
            "40,000 scare quotes (dense quotations)",
            (0..40_000).map(|k| format!("“q{k}” ")).collect(),
        ),
        (
            "1 MB of quotations, each with a speaker",
            (0..32_000)
                .map(|k| format!("“Item {k} is fine,” Lee said. "))
                .collect(),
        ),
    ]
}
