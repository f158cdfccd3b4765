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
