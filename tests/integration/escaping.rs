//! Untrusted text in, safe output out: what an article, its id, its file
//! name or its JSONL fields hold never acts in the page, the spreadsheet
//! or the terminal that shows the output.

use crate::cli::{attrib, attrib_env, text};
use crate::common::scratch;

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
        r#"{"id":"<!--a<script>","text":"“We are <!-- ready <script> & set,” Lavrov said.\u2028","#,
        r#""title":"</script><!--"}"#,
        "\n"
    );
    let out = attrib(
        &[
            "extract",
            "--format",
            "html",
            "--input-format",
            "jsonl",
            "--title-field",
            "title",
        ],
        line.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let page = text(&out.stdout);
    let blocks = json_blocks(&page);
    // the document's data and the index
    assert_eq!(blocks.len(), 2);
    for b in &blocks {
        assert!(!b.contains(['<', '>', '&', '\u{2028}']), "{b}");
    }
    let doc: serde_json::Value = serde_json::from_str(blocks[0]).unwrap();
    assert_eq!(doc["id"], "<!--a<script>");
    assert_eq!(doc["headline"], "</script><!--");
    assert_eq!(
        doc["text"],
        "“We are <!-- ready <script> & set,” Lavrov said.\u{2028}"
    );
    let index: serde_json::Value = serde_json::from_str(blocks[1]).unwrap();
    assert_eq!(index["docs"][0]["id"], "<!--a<script>");
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

/// An article whose text and id hold what drives a terminal:
/// ESC sequences (clear the screen, set the window title by OSC), BEL,
/// C1 CSI, a bidi override, and a newline that forges a report line.
const HOSTILE: &str = concat!(
    r#"{"id":"a1\n== forged","#,
    r#""text":"“Clear \u001b[2J the \u001b]0;pwned\u0007 screen \u009b2J now \u202eevil,” Lavrov\u001b[31m said."}"#,
    "\n"
);

/// No character of `out` acts on a terminal: no control but the line
/// ends, no bidi override; and no line was forged.
fn inert(out: &[u8]) -> String {
    let t = String::from_utf8(out.to_vec()).unwrap();
    let bad = |c: char| {
        (c.is_control() && c != '\n')
            || matches!(c, '\u{2028}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    assert!(!t.contains(bad), "a control character got through:\n{t:?}");
    assert!(!t.lines().any(|l| l.starts_with("== forged")), "{t}");
    t
}

#[test]
fn the_table_shows_controls_and_keeps_its_columns() {
    let args = ["extract", "--format", "table", "--input-format", "jsonl"];
    let out = attrib_env(&args, HOSTILE.as_bytes(), &[("COLUMNS", "200")]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let t = inert(&out.stdout);
    assert!(t.starts_with("== a1⏎== forged ("), "{t}");
    assert!(
        t.contains("Clear ␛[2J the ␛]0;pwned␇ screen \\u{9b}2J now \\u{202e}evil,"),
        "{t}"
    );
    // a stand-in is one column: the text column starts where it always does
    let row = t.lines().nth(1).unwrap();
    let cells: String = row.chars().skip(4 + 1 + 8 + 1 + 28 + 1 + 22 + 1).collect();
    assert!(cells.starts_with("Clear ␛[2J"), "{row}");
}

#[test]
fn audit_and_segment_show_controls() {
    let audit = attrib(&["audit", "--input-format", "jsonl"], HOSTILE.as_bytes());
    let t = inert(&audit.stdout);
    assert!(t.contains("\n== a1⏎== forged\n"), "{t}");
    assert!(t.contains(":1:1:2 q1 Clear ␛[2J the ␛]0;pwned␇"), "{t}");
    let segment = attrib(&["segment", "--input-format", "jsonl"], HOSTILE.as_bytes());
    assert!(inert(&segment.stdout).contains("␛]0;pwned␇"));

    // a file name is the id of a text file, and locates its findings
    let dir = scratch(
        "visible",
        &[("x\n== forged\u{1b}[2J.txt", "“Ready,” he said.".as_bytes())],
    );
    let audit = attrib(&["audit", dir.to_str().unwrap()], b"");
    let t = inert(&audit.stdout);
    assert!(t.contains("== x⏎== forged␛[2J\n"), "{t}");
    assert!(t.contains("x⏎== forged␛[2J.txt:1:2 q1 Ready,"), "{t}");
}

#[test]
fn error_messages_show_controls_in_names() {
    let out = attrib(&["segment", "no\n== forged\u{1b}]0;t\u{7}.txt"], b"");
    assert_eq!(out.status.code(), Some(2));
    let err = inert(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("no⏎== forged␛]0;t␇.txt"), "{err}");
}

#[test]
fn eval_and_rules_check_show_controls() {
    // no gold record: every attrib record is a false positive, its
    // excerpt quoted in the report
    let dir = scratch(
        "visible-eval",
        &[
            ("gold.jsonl", b""),
            ("r\u{1b}[2J.rules", "[cue_verbs]\nmurmur murmurs murmured murmuring\n#> “Run\u{1b}]0;t\u{7},” Ana murmured. => claim\n".as_bytes()),
        ],
    );
    let gold = dir.join("gold.jsonl");
    let args = [
        "eval",
        "--gold",
        gold.to_str().unwrap(),
        "--input-format",
        "jsonl",
    ];
    let eval = attrib(&args, HOSTILE.as_bytes());
    assert_eq!(eval.status.code(), Some(0), "{}", text(&eval.stderr));
    assert!(inert(&eval.stdout).contains("Clear ␛[2J the"));

    let rules = dir.join("r\u{1b}[2J.rules");
    let check = attrib(&["--rules", rules.to_str().unwrap(), "rules", "check"], b"");
    assert_eq!(check.status.code(), Some(1), "{}", text(&check.stderr));
    let t = inert(&check.stdout);
    assert!(
        t.contains("r␛[2J.rules:3:") && t.contains("Run␛]0;t␇,"),
        "{t}"
    );
}
