//! `attrib eval`: scores on a small hand-made case, the shipped gold file,
//! the baseline gate and errors in gold files.

use crate::cli::{attrib, attrib_ok, text};
use std::path::PathBuf;

/// A scratch folder holding `files`, fresh for each test.
fn scratch(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let bytes: Vec<(&str, &[u8])> = files.iter().map(|(f, b)| (*f, b.as_bytes())).collect();
    crate::common::scratch(&format!("eval-{name}"), &bytes)
}

const ARTICLE: &str = "Talks end\n\n“We are ready,” Lavrov said.\n\n\
Ivanov said that the talks were over.\n\n\
“Nothing changes,” a spokesman added (Reuters, May 2).\n";

/// The gold of [`ARTICLE`], with one quotation attrib will not find (a
/// made-up span) and the wrong speaker on another, so every measure moves.
fn gold() -> String {
    let line = |kind: &str, a: usize, b: usize, who: &str, outlets: &[&str]| {
        let cites: Vec<_> = outlets
            .iter()
            .map(|o| serde_json::json!({ "outlet": o }))
            .collect();
        serde_json::json!({
            "doc": "a", "kind": kind, "char_start": a, "char_end": b,
            "text": ARTICLE.chars().skip(a).take(b - a).collect::<String>(),
            "speaker": { "name": who }, "citations": cites,
        })
        .to_string()
    };
    let at = |s: &str| ARTICLE[..ARTICLE.find(s).unwrap()].chars().count();
    let span = |s: &str| (at(s), at(s) + s.chars().count());
    let (q1, k1, q2) = (
        span("We are ready,"),
        span("the talks were over"),
        span("Nothing changes,"),
    );
    let miss = span("Lavrov said");
    [
        line("direct", q1.0, q1.1, "Lavrov", &[]),
        line("claim", k1.0, k1.1, "Ivanov", &[]),
        line("direct", q2.0, q2.1, "a press officer", &["Reuters"]),
        line("direct", miss.0, miss.1, "Nobody", &[]),
    ]
    .join("\n")
}

/// `attrib eval ARGS --gold DIR/gold.jsonl DIR/a.txt` on a scratch folder
/// holding [`ARTICLE`] and `gold`.
fn eval_small(name: &str, gold: &str, args: &[&str]) -> std::process::Output {
    let dir = scratch(name, &[("a.txt", ARTICLE), ("gold.jsonl", gold)]);
    let (g, doc) = (dir.join("gold.jsonl"), dir.join("a.txt"));
    let mut all = vec!["eval"];
    all.extend(args);
    all.extend(["--gold", g.to_str().unwrap(), doc.to_str().unwrap()]);
    attrib(&all, b"")
}

#[test]
fn eval_counts_matches_misses_and_wrong_speakers() {
    let out = eval_small("small", &gold(), &["--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let m = |name: &str| {
        let m = r["metrics"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["name"] == name)
            .unwrap();
        (
            m["tp"].as_u64().unwrap(),
            m["system"].as_u64().unwrap(),
            m["gold"].as_u64().unwrap(),
        )
    };
    assert_eq!(m("quotations_exact"), (2, 2, 3));
    assert_eq!(m("claims_exact"), (1, 1, 1));
    // speakers: Lavrov and Ivanov right; `a spokesman` is not `a press officer`
    assert_eq!(m("speakers"), (2, 3, 4));
    assert_eq!(m("citations"), (1, 1, 1));
    assert_eq!(r["missed"].as_array().unwrap().len(), 1);
    assert_eq!(r["missed"][0]["line"], 3);
    assert_eq!(r["missed"][0]["excerpt"], "Lavrov said");
    assert_eq!(r["wrong_speaker"][0]["attrib_speaker"], "a spokesman");
    assert_eq!(r["wrong_speaker"][0]["line"], 7);
    assert!(r["false_positives"].as_array().unwrap().is_empty());
    let q = r["metrics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["name"] == "quotations_exact")
        .unwrap();
    assert_eq!(q["precision"], 1.0);
    assert_eq!(q["recall"], 0.6667);
    assert_eq!(q["f1"], 0.8);
    // every rule has its row, with no precision when it never fired
    let rules = r["rules"].as_array().unwrap();
    for rule in attrib::rule::RuleId::ALL {
        let row = rules
            .iter()
            .find(|x| x["rule"] == rule.name())
            .unwrap_or_else(|| panic!("no row for {rule}"));
        if row["fired"] == 0 {
            assert!(row["precision"].is_null(), "{row}");
        }
    }
    assert_eq!(rules.len(), attrib::rule::RuleId::ALL.len());
    let never = rules.iter().find(|x| x["rule"] == "dash-after").unwrap();
    assert_eq!(
        (never["fired"].as_u64(), never["correct"].as_u64()),
        (Some(0), Some(0))
    );
}

#[test]
fn eval_text_report_names_files_and_lines() {
    let out = eval_small("text", &gold(), &[]);
    let report = text(&out.stdout);
    assert!(report.contains("quotations_exact"), "{report}");
    assert!(report.contains("cue-after"), "{report}");
    let doc = std::env::temp_dir().join(format!("attrib-eval-text-{}", std::process::id()));
    let missed = format!(
        "{}:3: direct Nobody: Lavrov said",
        doc.join("a.txt").display()
    );
    assert!(report.contains(&missed), "{report}");
}

/// `attrib eval` of the corpus against its shipped gold and baseline,
/// with `extra` arguments.
fn corpus_gate(extra: &[&str]) -> std::process::Output {
    let mut args = vec![
        "eval",
        "--gold",
        "corpus/gold.jsonl",
        "--baseline",
        "corpus/eval-baseline.json",
    ];
    args.extend_from_slice(extra);
    args.push("corpus/");
    attrib(&args, b"")
}

#[test]
fn the_shipped_gold_matches_the_corpus_and_passes_its_baseline() {
    let out = corpus_gate(&[]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
}

#[test]
fn the_eval_gate_cannot_be_turned_off_by_its_tolerance() {
    for t in ["NaN", "inf", "-inf", "-0.01"] {
        let out = corpus_gate(&[&format!("--tolerance={t}")]);
        assert_eq!(out.status.code(), Some(2), "--tolerance {t}");
        let err = text(&out.stderr);
        assert!(err.contains("finite number"), "{err}");
    }
}

#[test]
fn a_drop_below_the_baseline_exits_1_and_says_which_measure() {
    let dir = scratch("gate", &[("a.txt", ARTICLE), ("gold.jsonl", &gold())]);
    let (gold, doc) = (dir.join("gold.jsonl"), dir.join("a.txt"));
    let args = [
        "eval",
        "--format",
        "json",
        "--gold",
        gold.to_str().unwrap(),
        doc.to_str().unwrap(),
    ];
    let out = attrib(&args, b"");
    let mut report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for m in report["metrics"].as_array_mut().unwrap() {
        if m["name"] == "speakers" {
            m["f1"] = serde_json::json!(0.99);
        }
    }
    let base = dir.join("base.json");
    std::fs::write(&base, report.to_string()).unwrap();
    let mut gated = args.to_vec();
    gated.extend(["--baseline", base.to_str().unwrap()]);
    let out = attrib(&gated, b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("regression: speakers F1 0.9900"),
        "{}",
        text(&out.stderr)
    );
    // a tolerance as wide as the drop lets it pass
    gated.extend(["--tolerance", "0.5"]);
    assert_eq!(attrib(&gated, b"").status.code(), Some(0));
}

#[test]
fn bad_gold_lines_are_named_with_file_and_line() {
    let good = gold();
    let first = good.lines().next().unwrap();
    let shifted = first.replace("\"char_start\":1", "\"char_start\":2");
    let bad = [
        first,
        "{\"doc\": \"a\", \"kind\": \"quote\", \"char_start\": 0, \"char_end\": 3}",
        "not json",
        &shifted,
        "{\"doc\": \"a\", \"kind\": \"direct\", \"char_start\": 0}",
    ]
    .join("\n");
    let dir = scratch("bad", &[("a.txt", ARTICLE), ("gold.jsonl", &bad)]);
    let (gold, doc) = (dir.join("gold.jsonl"), dir.join("a.txt"));
    let out = attrib(
        &[
            "eval",
            "--gold",
            gold.to_str().unwrap(),
            doc.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    let g = std::env::temp_dir()
        .join(format!("attrib-eval-bad-{}", std::process::id()))
        .join("gold.jsonl");
    let g = g.display();
    assert!(
        err.contains(&format!("{g}:2: field `kind` is `quote`")),
        "{err}"
    );
    assert!(err.contains(&format!("{g}:3: not valid JSON")), "{err}");
    assert!(
        err.contains(&format!("{g}:4: ")) && err.contains("slices to"),
        "{err}"
    );
    assert!(
        err.contains(&format!("{g}:5: missing field `char_end`")),
        "{err}"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn a_missing_gold_file_or_bad_baseline_is_an_error() {
    let out = attrib(&["eval", "--gold", "no/such/gold.jsonl", "corpus/"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("no/such/gold.jsonl: no such file"));
    let out = attrib(
        &[
            "eval",
            "--gold",
            "corpus/gold.jsonl",
            "--baseline",
            "corpus/gold.jsonl",
            "corpus/",
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("corpus/gold.jsonl: not an eval report"));
}

/// attrib's own output read back as gold scores 1.000 on every measure (on
/// the corpus, and on PolNeAR train from `../shared`):
/// nothing it writes is lost or read otherwise by the gold reader (an
/// outlet the lexicon does not know, written `"outlet": null` with its
/// name in `source`, never matched).
#[test]
fn attribs_own_output_as_gold_scores_one_everywhere() {
    let own = "“We are ready,” Lavrov said (Zorbo Herald, May 2).\n\nIvanov said the talks were over (Reuters, May 3; Quill Weekly, May 4).\n";
    let dir = scratch("self", &[("own.txt", own)]);
    let mut folders = vec![dir.to_str().unwrap().to_string(), "corpus/".to_string()];
    if let Some(polnear) = crate::common::polnear_texts() {
        folders.push(polnear.to_str().unwrap().to_string());
    }
    for folder in &folders {
        let out = attrib_ok(&["extract", "--format", "jsonl", folder], b"");
        let gold = dir.join("gold.jsonl");
        std::fs::write(&gold, &out.stdout).unwrap();
        let out = attrib(
            &[
                "eval",
                "--format",
                "json",
                "--gold",
                gold.to_str().unwrap(),
                folder,
            ],
            b"",
        );
        assert!(out.status.success(), "{folder}: {}", text(&out.stderr));
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let metrics = report["metrics"].as_array().expect("metrics");
        assert!(metrics.len() >= 6);
        for m in metrics {
            assert_eq!(m["f1"], 1.0, "{folder}: {m}");
        }
    }
}
