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
/// the string reported beside it: quotations, claims, speakers, cues,
/// citation blocks and entries.
#[test]
fn extract_offsets_slice_back() {
    use attrib::output::extract::{blocks, claim_records, records};
    use attrib::span::Offsets;
    let ex = attrib::Extractor {
        claims: true,
        ..attrib::Extractor::default()
    };
    for path in all_texts() {
        let d = doc(&path);
        let chars: Vec<char> = d.text.chars().collect();
        // both the byte and the code-point offsets give back `text`
        let slices = |name: &str, o: &Offsets, text: &str| {
            assert_eq!(&d.text[o.start..o.end], text, "{name}");
            let by_chars: String = chars[o.char_start..o.char_end].iter().collect();
            assert_eq!(by_chars, text, "{name}");
        };
        let found = ex.extract(&d);
        for r in records(&d, &found)
            .into_iter()
            .chain(claim_records(&d, &found))
        {
            let name = format!("{} {}", path.display(), r.id);
            for p in &r.parts {
                slices(&name, &p.offsets, p.text);
            }
            if r.parts.len() == 1 {
                slices(&name, &r.offsets, &r.text);
            }
            assert_eq!(r.offsets.start, r.parts[0].offsets.start, "{name}");
            assert_eq!(
                r.offsets.end,
                r.parts[r.parts.len() - 1].offsets.end,
                "{name}"
            );
            if let Some(s) = &r.speaker {
                slices(&name, &s.offsets, s.mention);
            }
            if let Some(c) = &r.cue {
                slices(&name, &c.offsets, c.text);
            }
        }
        for b in blocks(&d, &found) {
            let name = format!("{} {}", path.display(), b.id);
            slices(&name, &b.offsets, b.text);
            for e in &b.entries {
                slices(&name, &e.offsets, e.entry.source.unwrap_or(""));
            }
        }
    }
}

/// Every span of a document's records and citation blocks lies on char
/// boundaries inside the text and slices back to the text reported.
fn spans_are_valid(d: &attrib::Document, found: &attrib::Extraction) {
    use attrib::output::extract::{blocks, claim_records, records};
    let ok = |start: usize, end: usize, text: &str| {
        assert!(start <= end && end <= d.text.len());
        assert!(d.text.is_char_boundary(start) && d.text.is_char_boundary(end));
        assert_eq!(&d.text[start..end], text);
    };
    for r in records(d, found).into_iter().chain(claim_records(d, found)) {
        for p in &r.parts {
            ok(p.offsets.start, p.offsets.end, p.text);
        }
        if let Some(s) = &r.speaker {
            ok(s.offsets.start, s.offsets.end, s.mention);
        }
        if let Some(c) = &r.cue {
            ok(c.offsets.start, c.offsets.end, c.text);
        }
    }
    for b in blocks(d, found) {
        ok(b.offsets.start, b.offsets.end, b.text);
    }
}

/// Hostile input finishes and keeps its spans valid: the cases of the
/// hostile benchmark (`hostile_cases.rs`; `cargo bench --bench hostile`
/// times them), and more. The long cases are a megabyte-sized sentence or paragraph of
/// one construction repeated: any per-quotation or per-name search over
/// the whole document would make them take minutes instead of a fraction
/// of a second.
#[test]
fn hostile_input_is_handled() {
    let ex = attrib::Extractor {
        claims: true,
        ..attrib::Extractor::default()
    };
    let article = std::fs::read_to_string(&all_texts()[0]).unwrap();
    let mut cases: Vec<String> = crate::hostile_cases::cases(&article, article.len())
        .into_iter()
        .map(|(_, t)| t)
        .collect();
    cases.extend([
        "\u{feff}“Odd,” he said.\r\n\r\nNext.\0".to_string(),
        // one sentence, no full stop, a quotation every few words
        "he is saying “a” ".repeat(20_000),
        "the sign “a” ".repeat(20_000),
        // many names and many speakers to resolve
        "Jane Roe met Ann Lee. Smith said “a b.” ".repeat(20_000),
        "Minister Jo Li met us. The envoy said “a b.” ".repeat(20_000),
        "(AP, May 3) told Reuters that ".repeat(20_000),
    ]);
    for t in cases {
        let d = attrib::Document::new("h", t);
        spans_are_valid(&d, &ex.extract(&d));
    }
}

#[test]
fn tokens_of_a_window_are_those_tokenizing_it_gives() {
    use attrib::tokens::{tokenize, SentenceTokens};
    use attrib::Span;
    let lx = Lexicon::builtin();
    let mut borrowed = 0;
    for path in all_texts() {
        let d = doc(&path);
        let sents = segment::sentences(&d, &lx);
        let st = SentenceTokens::new(&d.text, &sents, &lx);
        for (si, s) in sents.iter().enumerate().step_by(3) {
            // every seventh byte of the sentence, so that windows cut
            // tokens too, and a start in the sentence before
            let cuts: Vec<usize> = [s.span.start.saturating_sub(20)]
                .into_iter()
                .chain((s.span.start..=s.span.end).step_by(7))
                .chain([s.span.end])
                .filter(|&k| d.text.is_char_boundary(k))
                .collect();
            for (i, &a) in cuts.iter().enumerate() {
                for &b in &cuts[i..] {
                    let w = Span::new(a, b);
                    let got = st.window(si, &d.text, w, &lx);
                    borrowed += usize::from(matches!(got, std::borrow::Cow::Borrowed(_)));
                    assert_eq!(&*got, &tokenize(&d.text, w, &lx)[..], "{}", path.display());
                }
            }
        }
    }
    assert!(
        borrowed > 1000,
        "{borrowed} windows read from sentence tokens"
    );
}
