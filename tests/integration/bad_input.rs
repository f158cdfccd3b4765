//! Bad input end to end: invalid UTF-8 (rejected with its offset, or
//! replaced with `--lossy`), unreadable paths, bad JSONL lines
//! (`--skip-bad`), empty documents, and the exit codes; and `--jobs`,
//! which must never change the output.

use crate::cli::{attrib, doc_ids, text};
use std::path::PathBuf;

fn scratch(name: &str, files: &[(&str, &[u8])]) -> PathBuf {
    crate::common::scratch(&format!("bad-{name}"), files)
}

const QUOTE: &[u8] = "“We are ready,” Lavrov said.".as_bytes();

#[test]
fn invalid_utf8_is_named_or_replaced_with_lossy() {
    let mut bad = b"Intro \xff\xfe words. ".to_vec();
    bad.extend_from_slice(QUOTE);
    let dir = scratch("utf8", &[("a.txt", &bad), ("b.txt", QUOTE)]);
    let d = dir.to_str().unwrap();
    let out = attrib(&["extract", "--format", "jsonl", d], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("a.txt: invalid UTF-8 at byte 6 (--lossy replaces it)"));
    assert_eq!(
        text(&out.stdout).lines().count(),
        1,
        "b.txt still comes out"
    );

    let out = attrib(&["--lossy", "extract", "--format", "jsonl", d], b"");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let first: serde_json::Value =
        serde_json::from_str(text(&out.stdout).lines().next().unwrap()).unwrap();
    assert_eq!(first["doc"], "a");
    assert_eq!(first["speaker"]["name"], "Lavrov");
    // offsets are into the replaced text: two U+FFFD of three bytes each
    assert_eq!(first["start"], 6 + 6 + " words. “".len());
}

#[test]
fn empty_documents_give_empty_results_not_errors() {
    let dir = scratch("empty", &[("empty.txt", b""), ("blank.txt", b"\n\n  \n")]);
    for format in ["jsonl", "json", "csv", "table", "html"] {
        let out = attrib(&["extract", "--format", format, dir.to_str().unwrap()], b"");
        assert_eq!(
            out.status.code(),
            Some(0),
            "{format}: {}",
            text(&out.stderr)
        );
        assert!(out.stderr.is_empty(), "{format}");
    }
    let out = attrib(&["extract", "--format", "json", dir.to_str().unwrap()], b"");
    assert_eq!(text(&out.stdout).matches("\"quotations\":[]").count(), 2);
    let out = attrib(
        &["extract", "--input-format", "jsonl"],
        b"{\"id\": 1, \"text\": \"\"}\n",
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
}

#[test]
fn skip_bad_counts_bad_inputs_and_exits_0() {
    let good = "{\"id\": \"a\", \"text\": \"“We are ready,” Lavrov said.\"}";
    let mut input = format!("{good}\nnot json\n{{\"id\": \"b\"}}\n").into_bytes();
    input.extend_from_slice(b"{\"id\": \"x\", \"text\": \"\xff\"}\n");
    input.extend_from_slice(good.replace("\"a\"", "\"c\"").as_bytes());
    let args = [
        "extract",
        "--input-format",
        "jsonl",
        "--format",
        "jsonl",
        "-",
        "no/such.jsonl",
    ];
    let out = attrib(&args, &input);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.contains("<stdin>:4: invalid UTF-8 at byte 21 of the line"),
        "{err}"
    );
    assert!(
        err.contains("no/such.jsonl: no such file or directory"),
        "{err}"
    );

    let mut skipping = vec!["--skip-bad"];
    skipping.extend(args);
    let out = attrib(&skipping, &input);
    assert_eq!(out.status.code(), Some(0));
    let err = text(&out.stderr);
    assert!(
        err.contains("<stdin>:2: not valid JSON"),
        "each is still named: {err}"
    );
    assert!(
        err.contains("attrib: skipped 4 bad inputs (1 file, 3 JSONL lines)"),
        "{err}"
    );
    assert_eq!(doc_ids(&out.stdout), ["a", "c"]);
}

#[test]
fn exit_codes_of_every_subcommand_on_bad_input() {
    let dir = scratch("codes", &[("a.txt", QUOTE), ("bad.txt", b"\xff")]);
    let d = dir.to_str().unwrap();
    for cmd in ["extract", "audit", "segment"] {
        assert_eq!(attrib(&[cmd, d], b"").status.code(), Some(2), "{cmd}");
        assert_eq!(
            attrib(&["--skip-bad", cmd, d], b"").status.code(),
            Some(0),
            "{cmd}"
        );
        assert_eq!(
            attrib(&["--lossy", cmd, d], b"").status.code(),
            Some(0),
            "{cmd}"
        );
    }
    assert_eq!(
        attrib(&["extract", "--jobs", "x", d], b"").status.code(),
        Some(2)
    );
}

#[test]
fn jobs_never_change_the_output() {
    let one = attrib(
        &["--jobs", "1", "extract", "--format", "jsonl", "corpus/"],
        b"",
    );
    for jobs in ["2", "3", "8"] {
        let many = attrib(
            &["--jobs", jobs, "extract", "--format", "jsonl", "corpus/"],
            b"",
        );
        assert_eq!(one.stdout, many.stdout, "--jobs {jobs}");
    }
    // a JSONL stream of many documents, in order
    let corpus: Vec<String> = std::fs::read_dir("corpus")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    let mut input = String::new();
    for i in 0..200 {
        let t = &corpus[i % corpus.len()];
        input += &serde_json::json!({ "id": i, "text": t }).to_string();
        input.push('\n');
    }
    let args = |j: &'static str| {
        [
            "--jobs",
            j,
            "extract",
            "--input-format",
            "jsonl",
            "--format",
            "jsonl",
        ]
    };
    let one = attrib(&args("1"), input.as_bytes());
    let two = attrib(&args("2"), input.as_bytes());
    assert_eq!(one.status.code(), Some(0));
    assert_eq!(one.stdout, two.stdout);
    let last: serde_json::Value =
        serde_json::from_str(text(&two.stdout).lines().last().unwrap()).unwrap();
    assert_eq!(last["doc"], "199");
}

/// Runs `attrib ARGS` under `sh` with `redirect` after it (`> /dev/full`,
/// `2>&-`, `| true`): the exit status of attrib and what it wrote to
/// standard output when that is not redirected.
fn attrib_sh(args: &str, redirect: &str) -> (Option<i32>, String) {
    let bin = env!("CARGO_BIN_EXE_attrib");
    let script = format!("'{bin}' {args} {redirect}; echo \"status $?\" >&3");
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("{{ {script} ; }} 3>&1"))
        .current_dir(crate::common::root())
        .output()
        .expect("sh runs");
    let stdout = text(&out.stdout);
    let status = stdout
        .lines()
        .rev()
        .find_map(|l| l.strip_prefix("status "))
        .and_then(|s| s.parse().ok());
    (status, stdout)
}

#[test]
fn no_write_failure_panics_and_a_closed_stdout_ends_quietly() {
    // a reader that went away before anything was written (`| true`):
    // exit 0, quietly, as for `| head`
    for args in [
        &["rules", "check"][..],
        &["rules", "list"],
        &["audit", "corpus/"],
    ] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_attrib"))
            .args(args)
            .current_dir(crate::common::root())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            text(&out.stderr)
        );
        assert!(out.stderr.is_empty(), "{args:?}: {}", text(&out.stderr));
    }
    // a full disk is a failed write: exit 2 with a message
    for cmd in [
        "rules check",
        "rules list",
        "rules show titles",
        "extract --format jsonl corpus/",
        "audit corpus/",
        "segment corpus/",
    ] {
        let (status, _) = attrib_sh(cmd, "> /dev/full");
        assert_eq!(status, Some(2), "{cmd}");
    }
}

#[test]
fn an_unwritable_stderr_loses_no_output() {
    let all = attrib(&["extract", "--format", "jsonl", "corpus/"], b"");
    let expected = text(&all.stdout).lines().count();
    assert!(expected > 0);
    for redirect in ["2>/dev/full", "2>&-"] {
        let (status, stdout) =
            attrib_sh("extract --format jsonl no-such-file.txt corpus/", redirect);
        assert_eq!(status, Some(2), "{redirect}: the bad input still counts");
        let records = stdout.lines().filter(|l| l.starts_with('{')).count();
        assert_eq!(
            records, expected,
            "{redirect}: every corpus record comes out"
        );
    }
}

#[test]
fn jobs_is_bounded_with_a_clear_error() {
    for jobs in ["0", "4000000000", "100000"] {
        let out = attrib(&["--jobs", jobs, "extract", "--format", "jsonl"], QUOTE);
        assert_eq!(out.status.code(), Some(2), "--jobs {jobs}");
        assert!(
            text(&out.stderr).contains(&format!("--jobs {jobs}:")),
            "{}",
            text(&out.stderr)
        );
        assert!(out.stdout.is_empty());
    }
    let out = attrib(&["--jobs", "8", "extract", "--format", "jsonl"], QUOTE);
    assert!(out.status.success(), "8 threads are always allowed");
}

#[test]
fn lossy_is_suggested_only_for_articles_and_only_without_it() {
    let dir = scratch(
        "hint",
        &[
            ("bad.rules", b"[titles]\nchief\xff\n"),
            ("bad.txt", b"A \xff b."),
        ],
    );
    let rules = dir.join("bad.rules");
    let rules = rules.to_str().unwrap();
    for args in [
        vec!["--rules", rules, "rules", "list"],
        vec!["--lossy", "--rules", rules, "rules", "list"],
        vec!["eval", "--gold", rules, "corpus/"],
        vec![
            "eval",
            "--gold",
            "corpus/gold.jsonl",
            "--baseline",
            rules,
            "corpus/",
        ],
    ] {
        let out = attrib(&args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = text(&out.stderr);
        assert!(
            err.contains("bad.rules: invalid UTF-8 at byte"),
            "{args:?}: {err}"
        );
        assert!(!err.contains("--lossy"), "{args:?}: {err}");
    }
    let article = dir.join("bad.txt");
    let out = attrib(&["extract", article.to_str().unwrap()], b"");
    assert!(text(&out.stderr).contains("(--lossy replaces it)"));
}
