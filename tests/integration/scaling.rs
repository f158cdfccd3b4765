//! Paths that must stay linear in the input: findings of `audit` and
//! `eval` on one long document are placed from one index of its lines,
//! not by a scan from the start for each (which took minutes here).

use crate::cli::attrib_ok;
use crate::common::scratch;

/// One line of `n` quoted sentences: as many uncited statements, the last
/// far along the line.
fn long_line(n: usize) -> String {
    (0..n)
        .map(|k| format!("“Item {k} is fine,” Lee said. "))
        .collect()
}

#[test]
fn audit_places_every_finding_of_a_long_document() {
    let n = 30_000;
    let doc = long_line(n);
    let dir = scratch("scaling-audit", &[("one.txt", doc.as_bytes())]);
    let out = attrib_ok(
        &[
            "audit",
            "--format",
            "json",
            dir.join("one.txt").to_str().unwrap(),
        ],
        b"",
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let uncited = report["documents"][0]["uncited"].as_array().unwrap();
    assert_eq!(uncited.len(), n);
    // the last quotation's text starts one character after its mark
    let last = format!("“Item {} is fine,” Lee said. ", n - 1);
    let col = doc[..doc.len() - last.len()].chars().count() + 2;
    let q = uncited.iter().find(|f| f["id"] == format!("q{n}")).unwrap();
    assert_eq!(
        (q["line"].as_u64(), q["col"].as_u64()),
        (Some(1), Some(col as u64))
    );
}

#[test]
fn eval_places_every_false_positive_of_a_long_document() {
    let n = 20_000;
    let doc = long_line(n);
    let gold = "{\"doc\":\"one\",\"kind\":\"direct\",\"char_start\":1,\"char_end\":16,\"speaker\":{\"name\":\"Lee\"}}\n";
    let dir = scratch(
        "scaling-eval",
        &[("one.txt", doc.as_bytes()), ("gold.jsonl", gold.as_bytes())],
    );
    let out = attrib_ok(
        &[
            "eval",
            "--format",
            "json",
            "--gold",
            dir.join("gold.jsonl").to_str().unwrap(),
            dir.join("one.txt").to_str().unwrap(),
        ],
        b"",
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let fps = report["false_positives"].as_array().unwrap();
    assert_eq!(fps.len(), n - 1);
    assert!(fps.iter().all(|f| f["line"] == 1));
    let last = fps
        .iter()
        .map(|f| f["char_start"].as_u64().unwrap())
        .max()
        .unwrap();
    let excerpt = fps.iter().find(|f| f["char_start"] == last).unwrap()["excerpt"].clone();
    assert_eq!(excerpt, format!("Item {} is fine,", n - 1));
}
