//! How every subcommand reads articles: the headline rule, the format
//! from the extension, gzip, and JSONL for audit, eval and segment.

use crate::cli::{attrib, attrib_ok, doc_ids, text};
use crate::common::scratch;
use flate2::write::GzEncoder;
use flate2::Compression;
use serde_json::Value;
use std::io::Write;
use std::process::Command;

fn json(out: &[u8]) -> Value {
    serde_json::from_str(&text(out)).expect("one JSON document")
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut gz = GzEncoder::new(Vec::new(), Compression::default());
    gz.write_all(data).unwrap();
    gz.finish().unwrap()
}

/// The headline of one article read from stdin, and its claim and
/// quotation count.
fn headline_and_records(args: &[&str], article: &str) -> (Option<String>, usize) {
    let mut all = vec!["extract", "--format", "json"];
    all.extend_from_slice(args);
    let out = attrib(&all, article.as_bytes());
    assert!(out.status.success(), "{}", text(&out.stderr));
    let d = json(&out.stdout);
    let n = d["claims"].as_array().unwrap().len() + d["quotations"].as_array().unwrap().len();
    (d["metadata"]["headline"].as_str().map(str::to_string), n)
}

#[test]
fn a_lede_is_never_read_as_a_headline() {
    let ledes = [
        // a dateline, a reporting verb and a full stop
        "WASHINGTON — Senator Jane Roe said on Tuesday that the bill was dead.",
        // a full stop alone
        "Mayor Ann Lee said that the pool would reopen in June.",
        // a quotation, no full stop
        "“We will not back down,” the union leader told members on Friday",
        // a reporting verb, no full stop
        "The council warned that rents would rise again next year",
    ];
    for lede in ledes {
        let article = format!("{lede}\n\nThe vote is set for next week.\n");
        let (headline, n) = headline_and_records(&[], &article);
        assert_eq!(headline, None, "{lede}");
        assert!(n >= 1, "no record from the lede: {lede}");
    }
}

#[test]
fn a_dateline_with_an_agency_opens_a_lede() {
    // no reporting verb and no full stop: the dateline alone tells it
    let article =
        "Lisbon (Reuters) — Dock workers walked out again on Monday\n\nThe port was shut.\n";
    assert_eq!(headline_and_records(&[], article).0, None);
}

#[test]
fn a_headline_line_is_still_a_headline() {
    let article = "Storm Closes Schools Across the Region\n\nThe mayor said that classes would resume on Monday.\n";
    let (headline, n) = headline_and_records(&[], article);
    assert_eq!(
        headline.as_deref(),
        Some("Storm Closes Schools Across the Region")
    );
    assert_eq!(n, 1);
}

#[test]
fn headline_first_line_and_none_choose_the_rule() {
    let article = "Storm closes schools.\n\nThe union said that talks would go on.\n";
    assert_eq!(headline_and_records(&[], article).0, None);
    let (h, n) = headline_and_records(&["--headline", "first-line"], article);
    assert_eq!(h.as_deref(), Some("Storm closes schools."));
    assert_eq!(n, 1);
    // a headline that reports speech is read in either rule, its record
    // flagged
    let reporting = "Talks will go on, union says\n\nThe union met on Monday.\n";
    for rule in ["auto", "first-line"] {
        let out = attrib_ok(
            &["extract", "--headline", rule, "--format", "jsonl", "-"],
            reporting.as_bytes(),
        );
        let out = String::from_utf8_lossy(&out.stdout);
        assert_eq!(
            out.matches(r#""headline":true"#).count(),
            1,
            "{rule}: {out}"
        );
    }
    let plain = "Storm Closes Schools\n\nThe mayor said that classes would resume.\n";
    assert_eq!(headline_and_records(&["--headline", "none"], plain).0, None);
}

#[test]
fn a_jsonl_title_field_gives_the_headline_and_the_text_is_body() {
    let line = r#"{"id":"t1","title":"Bill Dies in Senate","text":"Senator Jane Roe said the bill was dead.\n\nMore later."}"#;
    let out = attrib_ok(
        &[
            "extract",
            "--input-format",
            "jsonl",
            "--title-field",
            "title",
            "--format",
            "json",
        ],
        line.as_bytes(),
    );
    let d = json(&out.stdout);
    assert_eq!(d["metadata"]["headline"], "Bill Dies in Senate");
    assert_eq!(d["claims"].as_array().unwrap().len(), 1);
    assert!(d.get("meta").is_none_or(|m| m.get("title").is_none()));
}

const LINES: &str = "{\"id\":\"a\",\"text\":\"Talks end\\n\\n“We are ready,” Lavrov said.\"}\n{\"id\":\"b\",\"text\":\"Roe said the bill was dead.\"}\n";

#[test]
fn jsonl_files_and_folders_are_read_as_jsonl_by_their_extension() {
    let dir = scratch("by-extension", &[("set.jsonl", LINES.as_bytes())]);
    let file = dir.join("set.jsonl");
    for path in [&file, &dir] {
        let out = attrib_ok(
            &["extract", "--format", "jsonl", path.to_str().unwrap()],
            b"",
        );
        assert_eq!(doc_ids(&out.stdout), ["a", "b"]);
        let err = text(&out.stderr);
        assert_eq!(err.matches("as JSONL").count(), 1, "said once: {err}");
    }
    // the flag still rules: read as text, the file is one article
    let out = attrib(
        &[
            "extract",
            "--input-format",
            "text",
            "--format",
            "jsonl",
            file.to_str().unwrap(),
        ],
        b"",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        doc_ids(&out.stdout).first().map(String::as_str),
        Some("set")
    );
    assert!(doc_ids(&out.stdout).iter().all(|d| d == "set"));
    assert!(!text(&out.stderr).contains("as JSONL"));
}

#[test]
fn a_folder_of_ndjson_files_is_read_as_jsonl() {
    let dir = scratch("ndjson", &[("set.ndjson", LINES.as_bytes())]);
    let out = attrib_ok(
        &["extract", "--format", "jsonl", dir.to_str().unwrap()],
        b"",
    );
    assert_eq!(doc_ids(&out.stdout), ["a", "b"]);
}

#[test]
fn a_folder_with_no_input_file_is_named() {
    let dir = scratch("no-input", &[("notes.md", b"nothing here")]);
    let out = attrib(
        &["extract", "--format", "jsonl", dir.to_str().unwrap()],
        b"",
    );
    let err = text(&out.stderr);
    assert!(err.contains("no input file"), "{err}");
    assert!(err.contains(dir.to_str().unwrap()), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn gzip_input_is_read_for_text_and_jsonl() {
    let article = "“We have the votes,” Senator Roe said.\n";
    let dir = scratch(
        "gzip",
        &[
            ("set.jsonl.gz", &gzip(LINES.as_bytes())),
            ("one.txt.gz", &gzip(article.as_bytes())),
        ],
    );
    let out = attrib_ok(
        &[
            "extract",
            "--format",
            "jsonl",
            dir.join("set.jsonl.gz").to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(doc_ids(&out.stdout), ["a", "b"]);
    // a folder gives its *.txt.gz; the id drops the extension as for *.txt
    let out = attrib_ok(
        &["extract", "--format", "jsonl", dir.to_str().unwrap()],
        b"",
    );
    assert_eq!(doc_ids(&out.stdout), ["one"]);
    // compressed standard input
    let out = attrib(&["extract", "--format", "jsonl"], &gzip(article.as_bytes()));
    assert_eq!(doc_ids(&out.stdout), ["stdin"]);
}

#[test]
fn a_broken_gzip_file_is_named_and_lossy_is_not_suggested() {
    let mut cut = gzip(LINES.as_bytes());
    cut.truncate(cut.len() / 2);
    let dir = scratch(
        "gzip-cut",
        &[("cut.jsonl.gz", &cut), ("ok.jsonl", LINES.as_bytes())],
    );
    let out = attrib(
        &[
            "extract",
            "--format",
            "jsonl",
            dir.join("cut.jsonl.gz").to_str().unwrap(),
            dir.join("ok.jsonl").to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.contains("cut.jsonl.gz") && err.contains("gzip"),
        "{err}"
    );
    assert!(!err.contains("--lossy"), "{err}");
    // the good file's records are all there
    assert!(doc_ids(&out.stdout).ends_with(&["a".to_string(), "b".to_string()]));
}

#[test]
fn audit_eval_and_segment_read_jsonl_like_extract() {
    let dir = scratch("every-command", &[("set.jsonl", LINES.as_bytes())]);
    let set = dir.join("set.jsonl");
    let set = set.to_str().unwrap();
    let out = attrib_ok(
        &["audit", "--format", "json", "--input-format", "jsonl", set],
        b"",
    );
    let audit = json(&out.stdout);
    assert!(audit.to_string().contains("Lavrov"), "{audit}");

    // one sentence a line: no line of JSON read as text
    let out = attrib_ok(&["segment", set], b"");
    assert_eq!(
        text(&out.stdout).lines().collect::<Vec<_>>(),
        [
            "“We are ready,” Lavrov said.",
            "",
            "Roe said the bill was dead."
        ]
    );

    // the gold quotation (characters 12-25 of document a's text) is found
    let gold =
        r#"{"doc":"a","kind":"direct","char_start":12,"char_end":25,"speaker":{"name":"Lavrov"}}"#;
    let gold_file = dir.join("gold.json.txt");
    std::fs::write(&gold_file, format!("{gold}\n")).unwrap();
    let out = attrib_ok(
        &[
            "eval",
            "--gold",
            gold_file.to_str().unwrap(),
            "--format",
            "json",
            "--input-format",
            "jsonl",
            set,
        ],
        b"",
    );
    let report = json(&out.stdout);
    assert_eq!(report["documents"], 2, "{report}");
    let exact = &report["metrics"][0];
    assert_eq!(exact["name"], "quotations_exact", "{report}");
    assert_eq!(exact["tp"], 1, "{report}");
}

#[test]
fn a_folder_walk_follows_no_directory_link_and_reads_regular_files_only() {
    let dir = scratch(
        "walk",
        &[("a.txt", "Roe said the bill was dead.\n".as_bytes())],
    );
    std::fs::create_dir(dir.join("sub")).unwrap();
    std::fs::write(dir.join("sub/b.txt"), "Lee said the pool would open.\n").unwrap();
    // two loops: each folder links to the other and to itself
    std::os::unix::fs::symlink(&dir, dir.join("sub/up")).unwrap();
    std::os::unix::fs::symlink(dir.join("sub"), dir.join("sub/self")).unwrap();
    // a link to a file is read
    std::os::unix::fs::symlink(dir.join("a.txt"), dir.join("sub/c.txt")).unwrap();
    // a FIFO would block the run forever
    let fifo = dir.join("pipe.txt");
    let made = Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success());
    // (a walk that follows the loops or opens the FIFO never ends: the
    // run gets a minute, then the test fails instead of hanging)
    let mut child = Command::new(env!("CARGO_BIN_EXE_attrib"))
        .args(["extract", "--format", "jsonl", dir.to_str().unwrap()])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while child.try_wait().unwrap().is_none() {
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("the walk did not end");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert_eq!(doc_ids(&out.stdout), ["a", "b", "c"]);
    assert!(made, "mkfifo made the FIFO");
}

#[test]
fn csv_keeps_the_meta_of_later_jsonl_lines_when_the_first_has_none() {
    let lines = "{\"id\":\"a\",\"text\":\"Roe said the bill was dead.\"}\n\
                 {\"id\":\"b\",\"text\":\"Lee said the pool would open.\",\"source\":\"wire\"}\n";
    let out = attrib_ok(
        &["extract", "--input-format", "jsonl", "--format", "csv"],
        lines.as_bytes(),
    );
    let csv = text(&out.stdout);
    let header = csv.lines().next().unwrap();
    assert!(header.ends_with(",meta"), "{header}");
    let b = csv
        .lines()
        .find(|l| l.starts_with("b,"))
        .expect("a row for b");
    assert!(b.contains("source") && b.contains("wire"), "{b}");
}
