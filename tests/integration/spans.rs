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
