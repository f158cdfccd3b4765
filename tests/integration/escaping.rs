//! Untrusted text in, safe output out: what an article, its id, its file
//! name or its JSONL fields hold never acts in the page, the spreadsheet
//! or the terminal that shows the output.

use crate::cli::{attrib, text};

/// Every embedded JSON block of an HTML page.
fn json_blocks(page: &str) -> Vec<&str> {
    page.split("<script type=\"application/json\"")
        .skip(1)
        .map(|s| &s[s.find('>').unwrap() + 1..s.find("</script>").unwrap()])
        .collect()
}

#[test]
fn html_embeds_json_with_no_markup_character() {
    let line = concat!(
        r#"{"id":"<!--a<script>","text":"“We are <!-- ready <script> & set,” Lavrov said.","#,
        r#""note":"</script><!--\u2028"}"#,
        "\n"
    );
    let out = attrib(
        &["extract", "--format", "html", "--input-format", "jsonl"],
        line.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let page = text(&out.stdout);
    let blocks = json_blocks(&page);
    assert_eq!(blocks.len(), 1);
    assert!(
        !blocks[0].contains(['<', '>', '&', '\u{2028}']),
        "{}",
        blocks[0]
    );
    let records: serde_json::Value = serde_json::from_str(blocks[0]).unwrap();
    assert_eq!(records[0]["doc"], "<!--a<script>");
    assert_eq!(records[0]["text"], "We are <!-- ready <script> & set,");
    assert_eq!(records[0]["meta"]["note"], "</script><!--\u{2028}");
}

/// The cells of a CSV output with no quoted line breaks, by header name.
fn csv_cells(out: &[u8]) -> Vec<std::collections::BTreeMap<String, String>> {
    let t = text(out);
    let mut rows = t.split("\r\n").filter(|l| !l.is_empty()).map(|l| {
        // split on commas outside quotes, undo the quoting
        let (mut cells, mut cell, mut quoted) = (Vec::new(), String::new(), false);
        let mut chars = l.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '"' if quoted && chars.peek() == Some(&'"') => {
                    cell.push('"');
                    chars.next();
                }
                '"' => quoted = !quoted,
                ',' if !quoted => cells.push(std::mem::take(&mut cell)),
                c => cell.push(c),
            }
        }
        cells.push(cell);
        cells
    });
    let header = rows.next().unwrap();
    rows.map(|r| header.iter().cloned().zip(r).collect())
        .collect()
}

#[test]
fn csv_cells_that_a_spreadsheet_would_run_get_a_quote() {
    let line = concat!(
        r#"{"id":"=HYPERLINK(\"http://x.example\",\"y\")","#,
        r#""text":"“+1+cmd|' /C calc'!A0,” Lavrov said.","#,
        r#""a":"-5+A1","b":-5,"f":"-5","c":"@SUM(A1)","d":"\tx","e":"plain"}"#,
        "\n"
    );
    let args = ["extract", "--format", "csv", "--input-format", "jsonl"];
    let out = attrib(&args, line.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let row = &csv_cells(&out.stdout)[0];
    assert_eq!(row["doc"], "'=HYPERLINK(\"http://x.example\",\"y\")");
    assert_eq!(row["text"], "'+1+cmd|' /C calc'!A0,");
    assert_eq!(row["speaker"], "Lavrov");
    assert_eq!(row["meta.a"], "'-5+A1");
    assert_eq!(row["meta.b"], "-5", "a number is no formula");
    assert_eq!(row["meta.f"], "-5", "nor is a string that is a number");
    assert_eq!(row["meta.c"], "'@SUM(A1)");
    assert_eq!(row["meta.d"], "'\tx");
    assert_eq!(row["meta.e"], "plain");
    assert_eq!(row["char_start"], "1");

    // --csv-raw: the exact text
    let mut raw = args.to_vec();
    raw.push("--csv-raw");
    let out = attrib(&raw, line.as_bytes());
    let row = &csv_cells(&out.stdout)[0];
    assert_eq!(row["doc"], "=HYPERLINK(\"http://x.example\",\"y\")");
    assert_eq!(row["text"], "+1+cmd|' /C calc'!A0,");
    assert_eq!(row["meta.a"], "-5+A1");
    assert_eq!(row["meta.d"], "\tx");
}
