//! Arbitrary bytes as a JSONL line (id, text and meta fields from the
//! input) through the CSV and table writers: no panic at any width, the
//! CSV has as many cells in every row as in its header, no guarded cell
//! starts as a formula, and no control character reaches the table.
#![no_main]

use attrib::document::Layout;
use attrib::input::jsonl::{document, Fields};
use attrib::output::{csv, extract::write_table};
use attrib::Extractor;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn extractor() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(Extractor::default)
}

/// The fields of one RFC 4180 record starting at `s`, and the rest.
fn fields(s: &str) -> (Vec<String>, &str) {
    let mut out = vec![String::new()];
    let mut chars = s.char_indices().peekable();
    let mut quoted = false;
    while let Some((i, c)) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek().is_some_and(|&(_, n)| n == '"') => {
                chars.next();
                out.last_mut().unwrap().push('"');
            }
            (true, '"') => quoted = false,
            (false, '"') => quoted = true,
            (false, ',') => out.push(String::new()),
            (false, '\r') if s[i..].starts_with("\r\n") => return (out, &s[i + 2..]),
            (_, c) => out.last_mut().unwrap().push(c),
        }
    }
    (out, "")
}

fuzz_target!(|data: &[u8]| {
    let Some((&width, line)) = data.split_first() else {
        return;
    };
    let Ok(doc) = document(line, &Fields::default(), &Layout::AUTO) else {
        return;
    };
    let ex = extractor().extract(&doc);
    for raw in [false, true] {
        let columns = csv::Columns::new(Some(&doc), None, true, raw);
        let mut out = Vec::new();
        csv::write_header(&mut out, &columns).unwrap();
        csv::write_rows(&mut out, &doc, &ex, &columns).unwrap();
        let text = String::from_utf8(out).expect("CSV is UTF-8");
        let (header, mut rest) = fields(&text);
        while !rest.is_empty() {
            let (row, next) = fields(rest);
            assert_eq!(row.len(), header.len(), "a row with its own cell count");
            if !raw {
                for cell in &row {
                    // a cell that is a number (`-5`, `+1`) is read as
                    // one and runs nothing: it is left as it is (as a
                    // spreadsheet reads one: `-inf` is no number there)
                    let formula = cell.starts_with(['=', '+', '-', '@', '\t', '\r'])
                        && !attrib::output::csv::is_number(cell);
                    assert!(!formula, "unguarded cell {cell:?}");
                }
            }
            rest = next;
        }
    }
    let mut out = Vec::new();
    write_table(&mut out, &doc, &ex, usize::from(width), true).unwrap();
    let table = String::from_utf8(out).expect("the table is UTF-8");
    assert!(
        !table.chars().any(|c| c.is_control() && c != '\n'),
        "a control character reached the table"
    );
});
