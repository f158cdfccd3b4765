//! Properties every output span must have, checked on every fixture and
//! corpus article.

use crate::common::{all_texts, doc};
use attrib::{segment, Lexicon};

#[test]
fn sentences_tile_paragraphs() {
    let lx = Lexicon::builtin();
    for path in all_texts() {
        let d = doc(&path);
        let name = path.display();
        let sents = segment::sentences(&d, &lx);
        for w in sents.windows(2) {
            assert!(
                w[0].span.end <= w[1].span.start,
                "{name}: overlapping sentences"
            );
        }
        for p in &d.paragraphs {
            let inside: Vec<_> = sents.iter().filter(|s| s.paragraph == p.index).collect();
            let mut covered = 0usize;
            for s in &inside {
                assert!(
                    p.span.contains(s.span),
                    "{name}: sentence outside its paragraph"
                );
                assert!(
                    d.text.is_char_boundary(s.span.start) && d.text.is_char_boundary(s.span.end)
                );
                covered += s
                    .span
                    .slice(&d.text)
                    .chars()
                    .filter(|c| !c.is_whitespace())
                    .count();
            }
            let all = p
                .span
                .slice(&d.text)
                .chars()
                .filter(|c| !c.is_whitespace())
                .count();
            assert_eq!(covered, all, "{name}: paragraph {} not covered", p.index);
        }
    }
}

#[test]
fn char_offsets_slice_back() {
    let lx = Lexicon::builtin();
    for path in all_texts() {
        let d = doc(&path);
        let chars: Vec<char> = d.text.chars().collect();
        for s in segment::sentences(&d, &lx) {
            let o = d.chars.offsets(s.span);
            let by_chars: String = chars[o.char_start..o.char_end].iter().collect();
            assert_eq!(by_chars, s.span.slice(&d.text), "{}", path.display());
        }
    }
}

/// Every offset pair in the extract output slices the original text back to
/// the string reported beside it.
#[test]
fn extract_offsets_slice_back() {
    use attrib::output::extract::records;
    let ex = attrib::Extractor::default();
    for path in all_texts() {
        let d = doc(&path);
        let chars: Vec<char> = d.text.chars().collect();
        let by_chars = |s: usize, e: usize| chars[s..e].iter().collect::<String>();
        let found = ex.extract(&d);
        for r in records(&d, &found) {
            let name = format!("{} {}", path.display(), r.id);
            for p in &r.parts {
                assert_eq!(&d.text[p.offsets.start..p.offsets.end], p.text, "{name}");
                assert_eq!(
                    by_chars(p.offsets.char_start, p.offsets.char_end),
                    p.text,
                    "{name}"
                );
            }
            if r.parts.len() == 1 {
                assert_eq!(&d.text[r.offsets.start..r.offsets.end], r.text, "{name}");
            }
            assert_eq!(r.offsets.start, r.parts[0].offsets.start, "{name}");
            assert_eq!(
                r.offsets.end,
                r.parts[r.parts.len() - 1].offsets.end,
                "{name}"
            );
            if let Some(s) = &r.speaker {
                assert_eq!(&d.text[s.offsets.start..s.offsets.end], s.mention, "{name}");
                assert_eq!(
                    by_chars(s.offsets.char_start, s.offsets.char_end),
                    s.mention,
                    "{name}"
                );
            }
            if let Some(c) = &r.cue {
                assert_eq!(&d.text[c.offsets.start..c.offsets.end], c.text, "{name}");
                assert_eq!(
                    by_chars(c.offsets.char_start, c.offsets.char_end),
                    c.text,
                    "{name}"
                );
            }
        }
        for b in attrib::output::extract::blocks(&d, &found) {
            let name = format!("{} {}", path.display(), b.id);
            assert_eq!(&d.text[b.offsets.start..b.offsets.end], b.text, "{name}");
            assert_eq!(
                by_chars(b.offsets.char_start, b.offsets.char_end),
                b.text,
                "{name}"
            );
            for e in &b.entries {
                let at = by_chars(e.offsets.char_start, e.offsets.char_end);
                assert_eq!(&d.text[e.offsets.start..e.offsets.end], at, "{name}");
                assert_eq!(e.entry.source.unwrap_or(""), at, "{name}");
            }
        }
    }
}

/// Hostile input finishes and keeps its spans valid.
#[test]
fn hostile_input_is_handled() {
    let ex = attrib::Extractor::default();
    let cases = [
        "\"".repeat(10_000),
        "“".repeat(5_000) + &"”".repeat(5_000),
        "word ".repeat(200_000),
        "said ".repeat(100_000),
        "(".repeat(50_000),
        "\u{feff}“Odd,” he said.\r\n\r\nNext.\0".to_string(),
    ];
    for t in cases {
        let d = attrib::Document::new("h", t);
        for a in ex.extract(&d).quotations {
            for p in a.parts {
                assert!(
                    d.text.is_char_boundary(p.start)
                        && d.text.is_char_boundary(p.end)
                        && p.end <= d.text.len()
                );
            }
        }
    }
}
