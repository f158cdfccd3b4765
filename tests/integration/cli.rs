//! The command line: outputs, exit codes, error messages.

use crate::common::root;
use std::io::Write;
use std::process::{Command, Output, Stdio};

pub fn attrib(args: &[&str], stdin: &[u8]) -> Output {
    attrib_env(args, stdin, &[])
}

/// [`attrib`], which must succeed (else the test fails with the
/// arguments and what attrib said).
pub fn attrib_ok(args: &[&str], stdin: &[u8]) -> Output {
    let out = attrib(args, stdin);
    assert!(
        out.status.success(),
        "attrib {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// [`attrib`] with these environment variables set.
pub fn attrib_env(args: &[&str], stdin: &[u8], env: &[(&str, &str)]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_attrib"))
        .args(args)
        .envs(env.iter().copied())
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run attrib");
    // input is written on its own thread: attrib streams, so its output
    // may fill the pipe before all the input is in. A run that stops
    // before reading its input (a bad rules file) closes the pipe: that is
    // its answer, not a test failure
    let mut pipe = child.stdin.take().unwrap();
    let input = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let out = child.wait_with_output().expect("attrib output");
    writer.join().unwrap();
    out
}

/// The `doc` field of every JSON line.
pub fn doc_ids(stdout: &[u8]) -> Vec<String> {
    text(stdout)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["doc"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect()
}

/// Output bytes as text, for messages and matching.
pub fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn segment_reads_stdin() {
    let out = attrib(&["segment"], b"Mr. Smith left. He was tired.");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout), "Mr. Smith left.\nHe was tired.\n");
}

#[test]
fn segment_dash_is_stdin() {
    let out = attrib(&["segment", "-"], b"One. Two.");
    assert_eq!(text(&out.stdout), "One.\nTwo.\n");
}

#[test]
fn segment_json_has_offsets() {
    let out = attrib(
        &["segment", "--format", "json", "-"],
        "“Yes.” No.".as_bytes(),
    );
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let s = &v["sentences"][1];
    assert_eq!(s["text"], "No.");
    assert_eq!(s["start"], 11);
    assert_eq!(s["char_start"], 7);
    assert_eq!(s["paragraph"], 0);
    assert_eq!(s["index"], 1);
}

#[test]
fn missing_file_is_named_and_others_still_run() {
    let out = attrib(
        &["segment", "no/such/file.txt", "fixtures/segment/months.txt"],
        b"",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("no/such/file.txt: no such file or directory"));
    assert!(text(&out.stdout).contains("The deadline is Feb. 2."));
}

#[test]
fn invalid_utf8_names_file_and_byte() {
    let dir = crate::common::scratch(
        "cli",
        &[
            ("bad.txt", b"Good start. \xff bad"),
            ("good.txt", b"Fine here."),
        ],
    );
    let out = attrib(&["segment", dir.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(err.contains("bad.txt: invalid UTF-8 at byte 12"), "{err}");
    assert_eq!(text(&out.stdout), "Fine here.\n");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn directory_is_read_recursively_in_order() {
    let out = attrib(&["segment", "--format", "json", "corpus"], b"");
    assert_eq!(out.status.code(), Some(0));
    let ids = doc_ids(&out.stdout);
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted);
    assert_eq!(ids.len(), 5);
}

#[test]
fn help_explains_the_tool() {
    let out = attrib(&["--help"], b"");
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).contains("segment"));
    let out = attrib(&["segment", "--help"], b"");
    assert!(text(&out.stdout).contains("standard input"));
}

#[test]
fn help_says_english_and_every_exit_code() {
    let help = text(&attrib(&["--help"], b"").stdout);
    assert!(help.contains("English"), "{help}");
    let codes = help.split("Exit codes:\n").nth(1).expect("exit codes");
    for code in ["  0 success", "  1 a gate failed", "  2 bad usage"] {
        assert!(codes.lines().any(|l| l.starts_with(code)), "{code}: {help}");
    }
}

#[test]
fn each_subcommand_prints_its_examples_one_a_line() {
    for cmd in ["extract", "audit", "eval", "segment", "rules"] {
        for flag in ["-h", "--help"] {
            let help = text(&attrib(&[cmd, flag], b"").stdout);
            let examples = help
                .split("Examples:\n")
                .nth(1)
                .unwrap_or_else(|| panic!("{cmd} {flag}: no examples\n{help}"));
            let lines: Vec<&str> = examples.lines().filter(|l| !l.trim().is_empty()).collect();
            assert!(lines.len() >= 3, "{cmd}: {lines:?}");
            for l in lines {
                // each line one command, none run into the next
                assert!(l.starts_with("  "), "{cmd}: {l}");
                assert_eq!(l.matches("attrib ").count(), 1, "{cmd}: {l}");
            }
        }
    }
}

#[test]
fn bad_usage_exits_2() {
    let out = attrib(&["segment", "--format", "nope"], b"");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn extract_jsonl_has_contract_fields() {
    let out = attrib(
        &["extract", "--format", "jsonl", "-"],
        "“We are ready,” Lavrov said.".as_bytes(),
    );
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value =
        serde_json::from_str(text(&out.stdout).lines().next().unwrap()).unwrap();
    for f in [
        "doc",
        "id",
        "kind",
        "text",
        "start",
        "end",
        "char_start",
        "char_end",
        "parts",
        "closed",
        "paragraph",
        "sentence",
        "speaker",
        "cue",
        "rule",
        "confidence",
    ] {
        assert!(v.get(f).is_some(), "missing {f}");
    }
    assert_eq!(v["speaker"]["mention"], "Lavrov");
    assert_eq!(v["kind"], "direct");
    assert_eq!(v["cue"]["text"], "said");
}

#[test]
fn score_format_joins_the_quoted_parts_of_one_report() {
    // two quoted parts of one report, nearly all of its clause: one record
    // of two fragments; a quoted term in a paraphrase: no record
    let out = attrib_ok(
        &["extract", "--format", "score", "-"],
        "Ana Park said “the port has changed” because “nobody fishes the old way.” \
         Tom Reyes said the port was quiet but the market was “lively” on Sunday."
            .as_bytes(),
    );
    let lines: Vec<serde_json::Value> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert_eq!(lines[0]["speaker"], "Ana Park");
    assert_eq!(lines[0]["fragments"].as_array().unwrap().len(), 2);
    assert_eq!(
        lines[0]["text"],
        "the port has changed” because “nobody fishes the old way."
    );
}

#[test]
fn a_quotation_paragraph_is_signed_by_a_dash_line_after_it() {
    let out = attrib_ok(
        &["extract", "--format", "jsonl", "-"],
        "“The ferry must run all winter.”\n\n- Ana Park.\n\n“The port is quiet.”\n\n- The roads were closed for a week.\n"
            .as_bytes(),
    );
    let records: Vec<serde_json::Value> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(records[0]["rule"], "dash-after");
    assert_eq!(records[0]["speaker"]["name"], "Ana Park");
    // (a sentence after a dash is no signature)
    assert_ne!(records[1]["rule"], "dash-after", "{records:?}");
}

#[test]
fn extract_table_is_default_and_bad_input_still_exits_2() {
    let out = attrib(
        &["extract", "corpus/000_913ef665081771dd.txt", "missing.txt"],
        b"",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stdout).contains("Fiona Hill"));
    assert!(text(&out.stderr).contains("missing.txt"));
}

#[test]
fn audit_gates_set_the_exit_code() {
    // the corpus has damaged citation blocks but only known outlets
    let out = attrib(&["audit", "--fail-on", "malformed", "corpus/"], b"");
    assert_eq!(out.status.code(), Some(1));
    let out = attrib(&["audit", "--fail-on", "unknown-outlet", "corpus/"], b"");
    assert_eq!(out.status.code(), Some(0));
    let out = attrib(&["audit", "corpus/"], b"");
    assert_eq!(out.status.code(), Some(0));
    let report = text(&out.stdout);
    assert!(report.contains("malformed citation entries: 3"), "{report}");
    assert!(
        report.contains("corpus/004_57a4b94734e830da.txt:"),
        "{report}"
    );
}

/// The places a text audit lists under one heading of one document.
fn audit_section<'a>(report: &'a str, doc: &str, heading: &str) -> Vec<&'a str> {
    let block = report
        .split("\n\n")
        .find(|b| b.starts_with(&format!("== {doc}")))
        .unwrap_or("");
    block
        .lines()
        .skip_while(|l| !l.starts_with(heading))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .collect()
}

#[test]
fn audit_lists_each_malformed_entry_once_at_its_own_place() {
    // one block with two nameless entries: two findings, two places
    let doc = b"Talks went on. The deal was near, officials said (Reuters, May 2;, May 3;, May 4).";
    let out = attrib(&["audit", "-"], doc);
    let report = text(&out.stdout);
    let listed = audit_section(&report, "stdin", "malformed citation entries: 2");
    assert_eq!(listed.len(), 2, "{report}");
    assert_ne!(listed[0], listed[1], "{report}");
    let out = attrib(&["audit", "corpus/"], b"");
    let report = text(&out.stdout);
    let listed = audit_section(
        &report,
        "002_4d98ba8081c7e532",
        "malformed citation entries: 2",
    );
    assert_eq!(listed.len(), 2, "{report}");
    assert_ne!(listed[0], listed[1], "{report}");
}

/// `data-count` of each filter button of one panel list (`speaker`, `outlet`).
fn panel_counts(page: &str, what: &str) -> Vec<(String, u64)> {
    let index = crate::common::page_index(page);
    let mut v: Vec<(String, u64)> = index[what]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["name"].as_str().unwrap().to_string(),
                e["count"].as_u64().unwrap(),
            )
        })
        .collect();
    // the panel's order: most first, then by name
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v
}

#[test]
fn audit_table_and_html_count_in_the_same_words() {
    let audit = attrib(&["audit", "--format", "json", "corpus/"], b"");
    let audit: serde_json::Value = serde_json::from_slice(&audit.stdout).unwrap();
    let total = &audit["total"];
    // the kinds of the records themselves
    let jsonl = text(&attrib(&["extract", "--format", "jsonl", "corpus/"], b"").stdout);
    let kinds: Vec<String> = jsonl
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["kind"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    let of = |ks: &[&str]| kinds.iter().filter(|k| ks.contains(&k.as_str())).count() as u64;
    let (q, s, k) = (of(&["direct", "partial"]), of(&["scare"]), of(&["claim"]));
    assert_eq!(total["quotations"], q);
    assert_eq!(total["scare_quotes"], s);
    assert_eq!(total["claims"], k);
    assert_eq!(total["statements"], q + k);
    // the table's headers, summed, say the same
    let table = text(&attrib(&["extract", "--format", "table", "corpus/"], b"").stdout);
    let mut summed = [0u64; 3];
    for h in table.lines().filter(|l| l.starts_with("== ")) {
        let inner = &h[h.find('(').unwrap() + 1..h.len() - 1];
        for (i, part) in inner.split(", ").enumerate() {
            summed[i] += part.split(' ').next().unwrap().parse::<u64>().unwrap();
        }
        assert!(
            inner.contains("quotation") && inner.contains("scare quote"),
            "{h}"
        );
    }
    assert_eq!(summed, [q, s, k], "{table}");
    // and the page: its summary, and the panel's counts are the audit's
    // statements by speaker and statements citing each outlet
    let page = text(&attrib(&["extract", "--format", "html", "corpus/"], b"").stdout);
    let summary = format!(
        "{q} quotations, {s} scare quotes, {k} claims; {} statements",
        q + k
    );
    assert!(page.contains(&summary), "{summary}");
    let by_outlet: Vec<(String, u64)> = total["statements_by_outlet"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(o, n)| (o.clone(), n.as_u64().unwrap()))
        .collect();
    let mut panel = panel_counts(&page, "outlets");
    panel.sort();
    assert_eq!(panel, by_outlet);
    let top: Vec<(String, u64)> =
        serde_json::from_value(total["statements_by_speaker"].clone()).unwrap();
    assert_eq!(panel_counts(&page, "speakers")[..top.len()], top[..]);
    assert!(
        page.contains("statements citing each outlet"),
        "the panel says what it counts"
    );
}

#[test]
fn audit_reports_unknown_outlets_and_bad_input() {
    let doc = b"Talks went on. The paper said the deal was near (Gazeta Polska, March 3).";
    let out = attrib(&["audit", "--fail-on", "unknown-outlet", "-"], doc);
    assert_eq!(out.status.code(), Some(1));
    let out = attrib(&["audit", "--format", "json", "-"], doc);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["total"]["unknown_outlets"][0]["excerpt"], "Gazeta Polska");
    assert_eq!(v["total"]["unknown_outlets"][0]["line"], 1);
    let out = attrib(&["audit", "no/such/file.txt"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("no/such/file.txt"));
}

#[test]
fn extract_table_lists_claims_unless_told_not_to() {
    let doc = b"Talks went on. Nobody left.\n\nThe minister said that the country is ready to join the pact.\n";
    let out = attrib(&["extract", "--format", "table", "-"], doc);
    let table = text(&out.stdout);
    assert!(
        table.contains("(0 quotations, 0 scare quotes, 1 claim)"),
        "{table}"
    );
    assert!(table.contains("k1   claim    The minister"), "{table}");
    let out = attrib(&["extract", "--format", "table", "--no-claims", "-"], doc);
    assert!(
        !text(&out.stdout).contains("claim"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn extract_writes_jsonl_when_stdout_is_no_terminal() {
    let out = attrib(
        &["extract", "-"],
        b"Talks went on. Nobody left.\n\n\"We are ready,\" Lavrov said.\n",
    );
    let lines = text(&out.stdout);
    let first: serde_json::Value = serde_json::from_str(lines.lines().next().unwrap()).unwrap();
    assert_eq!(first["speaker"]["name"], "Lavrov");
}

#[test]
fn table_wraps_to_the_width_given() {
    let doc = b"Talks went on. Nobody left.\n\n\"We are ready to sign the agreement on Friday if the other side keeps its word,\" Lavrov said.\n";
    let out = Command::new(env!("CARGO_BIN_EXE_attrib"))
        .args(["extract", "--format", "table", "-"])
        .env("COLUMNS", "100")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            c.stdin.take().unwrap().write_all(doc)?;
            c.wait_with_output()
        })
        .unwrap();
    let table = text(&out.stdout);
    assert!(table.lines().count() >= 3, "{table}");
    assert!(table.lines().all(|l| l.chars().count() <= 100), "{table}");
}

#[test]
fn csv_has_one_row_a_record_and_rfc4180_quoting() {
    let out = attrib(&["extract", "--format", "csv", "corpus/"], b"");
    let csv = text(&out.stdout);
    let jsonl = text(&attrib(&["extract", "--format", "jsonl", "corpus/"], b"").stdout);
    assert!(csv.starts_with("doc,id,kind,speaker,role,speaker_kind,mention,text,cue,outlets,dates,date_iso,rule,confidence,char_start,char_end\r\n"));
    // a record's text may hold commas and quotes: count rows by parsing
    let mut rows = 0;
    let mut in_quotes = false;
    for c in csv.chars() {
        match c {
            '"' => in_quotes = !in_quotes,
            '\n' if !in_quotes => rows += 1,
            _ => {}
        }
    }
    assert_eq!(rows - 1, jsonl.lines().count());
    assert!(csv.contains("\"Putin is hoping that his flexibility will allow him to get other important things, like a closer relationship with NATO,\""));
}

/// The rows of an RFC 4180 text, each a list of unquoted cells.
fn csv_rows(csv: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut cell) = (Vec::new(), Vec::new(), String::new());
    let (mut quoted, mut chars) = (false, csv.chars().peekable());
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => row.push(std::mem::take(&mut cell)),
            ('\r', false) => {}
            ('\n', false) => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (c, _) => cell.push(c),
        }
    }
    rows
}

#[test]
fn csv_carries_meta_fields_and_iso_dates_as_columns() {
    let input = concat!(
        r#"{"id":"a1","text":"Talks end\n\n“We are ready,” Lavrov said (Interfax, May 2).","source":"wire, \"desk\"","n":3}"#,
        "\n",
        r#"{"id":"a2","text":"Talks end\n\n“No,” Ivanov said (Reuters, May 3).","source":"web","tags":["a","b"]}"#,
        "\n"
    );
    let args = [
        "extract",
        "--input-format",
        "jsonl",
        "--format",
        "csv",
        "--year",
        "2001",
    ];
    let out = attrib(&args, input.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let rows = csv_rows(&text(&out.stdout));
    let header = &rows[0];
    // the first document's fields, in name order, then the rest as JSON
    assert_eq!(
        header[header.len() - 3..],
        ["meta.n", "meta.source", "meta"]
    );
    assert!(rows.iter().all(|r| r.len() == header.len()), "{rows:?}");
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    assert_eq!(rows[1][col("meta.source")], "wire, \"desk\"");
    assert_eq!(rows[1][col("meta.n")], "3");
    assert_eq!(rows[1][col("meta")], "");
    assert_eq!(rows[1][col("date_iso")], "2001-05-02");
    assert_eq!(rows[1][col("dates")], "May 2");
    assert_eq!(rows[2][col("meta.n")], "");
    assert_eq!(rows[2][col("meta")], r#"{"tags":["a","b"]}"#);
    // named columns instead of the first document's
    let mut named = args.to_vec();
    named.extend(["--meta-columns", "tags"]);
    let rows = csv_rows(&text(&attrib(&named, input.as_bytes()).stdout));
    assert_eq!(rows[0][rows[0].len() - 2..], ["meta.tags", "meta"]);
    assert_eq!(rows[2][rows[0].len() - 2], r#"["a","b"]"#);
    assert_eq!(rows[2][rows[0].len() - 1], r#"{"source":"web"}"#);
}

/// The corpus as JSONL lines, with an extra field to carry along.
fn corpus_jsonl(id: &str, text: &str) -> String {
    let mut out = String::new();
    for p in crate::common::texts("corpus") {
        let stem = p.file_stem().unwrap().to_string_lossy().into_owned();
        let body = std::fs::read_to_string(&p).unwrap();
        let line = serde_json::json!({ id: stem, text: body, "url": format!("https://example.org/{stem}") });
        out.push_str(&line.to_string());
        out.push('\n');
    }
    out
}

#[test]
fn jsonl_input_gives_the_records_of_text_input_with_meta() {
    let input = corpus_jsonl("id", "text");
    let from_jsonl = attrib(
        &["extract", "--input-format", "jsonl", "--format", "jsonl"],
        input.as_bytes(),
    );
    assert_eq!(
        from_jsonl.status.code(),
        Some(0),
        "{}",
        text(&from_jsonl.stderr)
    );
    let from_text = attrib(&["extract", "--format", "jsonl", "corpus/"], b"");
    let strip = |s: &str| -> Vec<serde_json::Value> {
        s.lines()
            .map(|l| {
                let mut v: serde_json::Value = serde_json::from_str(l).unwrap();
                let meta = v.as_object_mut().unwrap().remove("meta");
                if let Some(m) = meta {
                    assert_eq!(
                        m["url"],
                        format!("https://example.org/{}", v["doc"].as_str().unwrap())
                    );
                }
                v
            })
            .collect()
    };
    let a = strip(&text(&from_jsonl.stdout));
    assert!(!a.is_empty());
    assert_eq!(a, strip(&text(&from_text.stdout)));
}

#[test]
fn jsonl_input_reads_other_field_names() {
    let input = corpus_jsonl("article_id", "body");
    let out = attrib(
        &[
            "extract",
            "--input-format",
            "jsonl",
            "--id-field",
            "article_id",
            "--text-field",
            "body",
            "--format",
            "jsonl",
        ],
        input.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("\"doc\":\"000_913ef665081771dd\""));
}

#[test]
fn a_bad_jsonl_line_is_named_and_the_others_still_come_out() {
    let good = "{\"id\": \"a\", \"text\": \"Talks went on. Nobody left.\\n\\n\\\"We are ready,\\\" Lavrov said.\"}";
    let input = format!(
        "{good}\nnot json\n{{\"id\": \"b\"}}\n{}\n",
        good.replace("\"a\"", "\"c\"")
    );
    let out = attrib(
        &[
            "extract",
            "--input-format",
            "jsonl",
            "--format",
            "jsonl",
            "-",
        ],
        input.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(err.contains("<stdin>:2: not valid JSON"), "{err}");
    assert!(err.contains("<stdin>:3: no `text` field"), "{err}");
    let docs = doc_ids(&out.stdout);
    assert_eq!(docs, ["a", "c"]);
}

#[test]
fn jsonl_input_streams_a_line_at_a_time() {
    use std::io::{BufRead, BufReader};
    let mut child = Command::new(env!("CARGO_BIN_EXE_attrib"))
        .args(["extract", "--input-format", "jsonl", "--format", "jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    for id in ["one", "two"] {
        writeln!(stdin, "{{\"id\": \"{id}\", \"text\": \"Talks went on. Nobody left.\\n\\n\\\"We are ready,\\\" Lavrov said.\"}}").unwrap();
        stdin.flush().unwrap();
        // the record comes out while stdin is still open
        let mut line = String::new();
        stdout.read_line(&mut line).unwrap();
        assert!(line.contains(&format!("\"doc\":\"{id}\"")), "{line}");
    }
    drop(stdin);
    assert!(child.wait().unwrap().success());
}

#[test]
fn rules_list_and_show() {
    let out = attrib(&["rules", "list"], b"");
    assert_eq!(out.status.code(), Some(0));
    let list = text(&out.stdout);
    for name in [
        "cue_verbs",
        "titles",
        "outlets",
        "abbreviations",
        "groups",
        "anonymous",
    ] {
        assert!(list.lines().any(|l| l.starts_with(name)), "{list}");
    }
    let out = attrib(&["rules", "show", "cue_verbs"], b"");
    assert!(text(&out.stdout)
        .lines()
        .any(|l| l == "say says said saying =bare"));
    let out = attrib(&["rules", "show", "verbs"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("no rule list `verbs`"));
}

#[test]
fn a_rules_file_extends_the_lexicon() {
    let verb = b"# a made-up verb\n[cue_verbs]\nblorp blorps blorped blorping =bare\n";
    let dir = crate::common::scratch("rules", &[("ours.rules", verb)]);
    let rules = dir.join("ours.rules");
    let doc = b"Talks went on. Nobody left.\n\nThe minister blorped that the border will open on Friday next week.\n";
    let without = attrib(&["extract", "--format", "jsonl", "-"], doc);
    assert!(
        text(&without.stdout).is_empty(),
        "{}",
        text(&without.stdout)
    );
    let r = rules.to_str().unwrap();
    let with = attrib(&["--rules", r, "extract", "--format", "jsonl", "-"], doc);
    let rec: serde_json::Value =
        serde_json::from_str(text(&with.stdout).lines().next().unwrap()).unwrap();
    assert_eq!(rec["cue"]["text"], "blorped");
    assert_eq!(rec["text"], "the border will open on Friday next week");
    let shown = attrib(&["rules", "show", "cue_verbs", "--rules", r], b"");
    assert!(text(&shown.stdout).contains("blorp blorps"));
    std::fs::write(&rules, "[cue_verbs]\n\nblorp =loud\n").unwrap();
    let bad = attrib(&["--rules", r, "extract", "-"], doc);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        text(&bad.stderr).contains("ours.rules:3: unknown marker"),
        "{}",
        text(&bad.stderr)
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_rules_file_adds_a_construction() {
    let house = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/house-style.rules");
    let doc =
        "Talks went on. Nobody left.\n\n“The pier will close in June,” as reported by Ida Marsh.\n";
    let without = attrib_ok(&["extract", "--format", "jsonl", "-"], doc.as_bytes());
    let rec: serde_json::Value =
        serde_json::from_str(text(&without.stdout).lines().next().unwrap()).unwrap();
    assert_eq!(rec["speaker"], serde_json::Value::Null);
    let with = attrib_ok(
        &["--rules", house, "extract", "--format", "jsonl", "-"],
        doc.as_bytes(),
    );
    let rec: serde_json::Value =
        serde_json::from_str(text(&with.stdout).lines().next().unwrap()).unwrap();
    assert_eq!(rec["rule"], "as-reported-by");
    assert_eq!(rec["speaker"]["name"], "Ida Marsh");
    assert_eq!(rec["cue"]["text"], "as reported by");
    // `rules check` runs its examples, `rules show` lists it, `eval` has a row
    let check = attrib_ok(&["--rules", house, "rules", "check"], b"");
    assert!(
        text(&check.stdout).ends_with(" 0 fail\n"),
        "{}",
        text(&check.stdout)
    );
    let shown = attrib_ok(&["rules", "show", "constructions", "--rules", house], b"");
    assert!(text(&shown.stdout)
        .lines()
        .any(|l| l == "as-reported-by = QUOTE , {as reported by} SPEAKER"));
    let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus");
    let gold = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/gold.jsonl");
    let eval = attrib_ok(&["--rules", house, "eval", "--gold", gold, corpus], b"");
    assert!(
        text(&eval.stdout)
            .lines()
            .any(|l| l.starts_with("was-how-put-it ") && l.ends_with(" -")),
        "{}",
        text(&eval.stdout)
    );

    // a bad pattern, a built-in redefined, a rule that does not exist
    for (rules, says) in [
        (
            "[constructions]\n\nsigned = QUOTE {—}\n",
            "ours.rules:3: a pattern names its speaker once",
        ),
        (
            "[constructions]\ncue-after = QUOTE CUE SPEAKER\n",
            "ours.rules:2: `cue-after` is a built-in rule",
        ),
        (
            "[constructions]\nsigned = QUOTE {—} <person> SPEAKER\n",
            "ours.rules:2: unknown class `<person>`",
        ),
    ] {
        let dir = crate::common::scratch("constructions", &[("ours.rules", rules.as_bytes())]);
        let r = dir.join("ours.rules");
        let bad = attrib(
            &["--rules", r.to_str().unwrap(), "extract", "-"],
            doc.as_bytes(),
        );
        assert_eq!(bad.status.code(), Some(2));
        assert!(text(&bad.stderr).contains(says), "{}", text(&bad.stderr));
        std::fs::remove_dir_all(&dir).unwrap();
    }
    let typo = "[constructions]\ncue-after\n#! “Yes,” Ana Park said. => rule cue-aftr\n";
    let dir = crate::common::scratch("constructions", &[("ours.rules", typo.as_bytes())]);
    let r = dir.join("ours.rules");
    let check = attrib(&["--rules", r.to_str().unwrap(), "rules", "check"], b"");
    assert_eq!(check.status.code(), Some(1), "{}", text(&check.stdout));
    assert!(
        text(&check.stdout).contains("no rule `cue-aftr`"),
        "{}",
        text(&check.stdout)
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn html_is_one_page_of_escaped_data_with_a_span_per_quotation_part() {
    let input = "Talks <b>end</b>\n\n“We are <ready> & willing,” Lavrov said, “to talk.”\n\nNo </script> 😀 here (Reuters, May 2).\n";
    let out = attrib(&["extract", "--format", "html"], input.as_bytes());
    assert_eq!(out.status.code(), Some(0));
    let page = text(&out.stdout);
    assert!(page.starts_with("<!DOCTYPE html>") && page.trim_end().ends_with("</html>"));
    // no article text outside the data: the script draws it as text nodes
    for markup in ["<b>end", "<ready>", "&amp; willing", "<h3>"] {
        assert!(!page.contains(markup), "{markup} in {page}");
    }
    // the text's `</script>` cannot end a data script: one for the
    // document, the index, the page script
    assert_eq!(page.matches("</script>").count(), 3, "{page}");
    let docs = crate::common::page_documents(&page);
    assert_eq!(docs.len(), 1);
    let d = &docs[0];
    assert_eq!(d["headline"], "Talks <b>end</b>");
    // spans are UTF-16 units of the text, as the page's script slices it
    let units: Vec<u16> = d["text"].as_str().unwrap().encode_utf16().collect();
    let slice = |s: &serde_json::Value| {
        String::from_utf16(&units[s[0].as_u64().unwrap() as usize..s[1].as_u64().unwrap() as usize])
            .unwrap()
    };
    // an interrupted quotation: one record, two spans (a record is an
    // array: id, kind, speaker, spans, mention, …)
    let q = &d["records"][0];
    assert_eq!((&q[0], &q[1]), (&"q1".into(), &"direct".into()));
    let parts: Vec<String> = q[3].as_array().unwrap().iter().map(slice).collect();
    assert_eq!(parts, ["We are <ready> & willing,", "to talk."]);
    assert_eq!(slice(&q[4]), "Lavrov");
    let index = crate::common::page_index(&page);
    assert_eq!(
        index["speakers"][q[2].as_u64().unwrap() as usize]["name"],
        "Lavrov"
    );
    // the citation after the emoji (two UTF-16 units) still slices right
    assert_eq!(slice(&d["citations"][0][0]), "(Reuters, May 2)");
    assert!(
        d["citations"][0][1]
            .as_str()
            .unwrap()
            .ends_with(": Reuters"),
        "{d}"
    );
}

#[test]
fn audit_counts_claims_by_speaker_kind_and_lists_the_unsourced() {
    let doc = "It has been reported that the port will close in May. \
               Officials who asked not to be named said the talks had failed. \
               Ana Park said the vote would be close.\n";
    let out = attrib_ok(&["audit", "--format", "json"], doc.as_bytes());
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let d = &r["documents"][0];
    let kinds = &d["claims_by_speaker_kind"];
    assert_eq!(kinds["unsourced"], 1, "{kinds}");
    assert_eq!(kinds["person"], 1, "{kinds}");
    assert_eq!(d["unsourced"].as_array().unwrap().len(), 1);
    assert_eq!(d["unsourced"][0]["excerpt"], "the port will close in May");
    assert_eq!(r["total"]["claims_by_speaker_kind"], *kinds);
    let text = attrib_ok(&["audit"], doc.as_bytes());
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("claims by speaker kind: "), "{text}");
    assert!(text.contains("unsourced statements: 1"), "{text}");
}
