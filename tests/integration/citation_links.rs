//! On the corpus: every quotation and claim of a cited paragraph is linked
//! to the block that closes the paragraph (unless a nearer block covers it
//! first), and the blocks found are exactly the parenthetical citations.

use crate::common::{doc, texts};
use attrib::attribute::Kind;
use attrib::citations::BlockKind;
use attrib::Extractor;

#[test]
fn statements_of_a_cited_paragraph_link_to_its_block() {
    let ex = Extractor::default();
    let mut checked = 0;
    for path in texts("corpus") {
        let d = doc(&path);
        let found = ex.extract(&d);
        for (bi, b) in found.citations.iter().enumerate() {
            if b.kind != BlockKind::Citation {
                continue;
            }
            let p = d.paragraph_at(b.span.start);
            let para = d.paragraphs[p].span;
            let rest = &d.text[b.span.end..para.end];
            if !rest
                .chars()
                .all(|c| c.is_whitespace() || ".;!?".contains(c))
            {
                continue; // a block inside its paragraph covers its sentence only
            }
            // statements after the previous block of the paragraph
            let from = found.citations[..bi]
                .iter()
                .filter(|o| o.kind != BlockKind::Inline && o.span.end <= b.span.start)
                .map(|o| o.span.end)
                .filter(|&e| e >= para.start)
                .max()
                .unwrap_or(para.start);
            let statements = found
                .quotations
                .iter()
                .zip(&found.links)
                .chain(found.claims.iter().zip(&found.claim_links));
            for (a, links) in statements {
                let s = a.span();
                if a.kind == Kind::Scare || s.start < from || s.start >= b.span.start {
                    continue;
                }
                checked += 1;
                assert!(
                    links.iter().any(|l| l.block == bi),
                    "{}: `{}` is not linked to {}",
                    path.display(),
                    s.slice(&d.text),
                    b.span.slice(&d.text)
                );
            }
        }
    }
    assert!(
        checked >= 10,
        "only {checked} statements in cited paragraphs"
    );
}
