//! The README's shown commands, run: every `$ COMMAND` line in a `sh`
//! block with the lines under it as its expected output, so a stale figure
//! or a changed message fails the suite. `cargo run --release --` is the
//! binary under test; `...` on a line of its own stands for any number of
//! lines, and `…` inside a line for any text.

use crate::cli::text;
use crate::common::{root, scratch};
use std::process::Command;

/// One shown command and what the README says it prints.
struct Shown {
    line: usize,
    command: String,
    expected: Vec<String>,
}

fn shown_commands(readme: &str) -> Vec<Shown> {
    let mut out: Vec<Shown> = Vec::new();
    let mut fenced = false;
    let mut in_sh = false;
    // the command whose output the next lines are (none before a block's
    // first `$` line: those blocks only show commands)
    let mut current: Option<Shown> = None;
    for (i, line) in readme.lines().enumerate() {
        if line.starts_with("```") {
            fenced = !fenced;
            in_sh = fenced && line.trim() == "```sh";
            out.extend(current.take());
            continue;
        }
        if !in_sh {
            continue;
        }
        if let Some(cmd) = line.strip_prefix("$ ") {
            out.extend(current.take());
            current = Some(Shown {
                line: i + 1,
                command: cmd.replace("cargo run --release -- ", "attrib "),
                expected: Vec::new(),
            });
        } else if let Some(c) = current.as_mut() {
            c.expected.push(line.to_string());
        }
    }
    out
}

/// Whether `got` is `want` with every `…` standing for any text (with
/// the spaces around it, when it stands between two spaces).
fn line_matches(want: &str, got: &str) -> bool {
    let want = want.replace(" … ", "…");
    let mut pieces = want.split('…');
    let first = pieces.next().unwrap_or("");
    let Some(mut rest) = got.strip_prefix(first) else {
        return false;
    };
    let pieces: Vec<&str> = pieces.collect();
    for (k, piece) in pieces.iter().enumerate() {
        if k + 1 == pieces.len() {
            return rest.ends_with(piece);
        }
        match rest.find(piece) {
            Some(at) => rest = &rest[at + piece.len()..],
            None => return false,
        }
    }
    rest.is_empty()
}

/// Whether the output lines match the expected ones, `...` standing for
/// any run of lines.
fn lines_match(want: &[String], got: &[&str]) -> bool {
    match want.split_first() {
        None => got.is_empty(),
        Some((w, rest)) if w == "..." => (0..=got.len()).any(|k| lines_match(rest, &got[k..])),
        Some((w, rest)) => {
            got.first().is_some_and(|g| line_matches(w, g)) && lines_match(rest, &got[1..])
        }
    }
}

#[test]
fn every_command_the_readme_shows_prints_what_it_shows() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let shown = shown_commands(&readme);
    assert!(shown.len() >= 10, "the README shows its commands");
    // a folder of its own, with the corpus and the examples in reach, for
    // the files the commands write
    let dir = scratch("readme", &[]);
    for name in ["corpus", "examples"] {
        std::os::unix::fs::symlink(root().join(name), dir.join(name)).unwrap();
    }
    let bin = std::path::Path::new(env!("CARGO_BIN_EXE_attrib"))
        .parent()
        .unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut failures = Vec::new();
    for s in &shown {
        let out = Command::new("sh")
            .arg("-c")
            .arg(&s.command)
            .current_dir(&dir)
            .env("PATH", &path)
            .env_remove("COLUMNS")
            .output()
            .expect("sh runs");
        let stdout = text(&out.stdout);
        let got: Vec<&str> = stdout.lines().collect();
        if !lines_match(&s.expected, &got) {
            failures.push(format!(
                "README.md:{}: $ {}\n--- shown\n{}\n--- printed\n{}",
                s.line,
                s.command,
                s.expected.join("\n"),
                stdout.trim_end()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn the_matching_is_strict_where_it_has_to_be() {
    assert!(line_matches("a … c", "a b c"));
    assert!(line_matches(
        "{\"a\":1, … ,\"c\":3}",
        "{\"a\":1,\"b\":2,\"c\":3}"
    ));
    assert!(line_matches("a…", "abc"));
    assert!(!line_matches("a … c", "a b d"));
    assert!(!line_matches("abc", "abcd"));
    let want: Vec<String> = ["x", "...", "z"].map(String::from).to_vec();
    assert!(lines_match(&want, &["x", "y", "y", "z"]));
    assert!(lines_match(&want, &["x", "z"]));
    assert!(!lines_match(&want, &["x", "y"]));
}

/// Every source file and folder is named in the README's layout, and
/// every top-level folder of the checkout.
#[test]
fn the_layout_names_every_file() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    // (the section's blocks: the layers, then the files)
    let layout = readme
        .split("## Layout\n")
        .nth(1)
        .and_then(|s| s.split("```").nth(3))
        .expect("a Layout section with a block of files");
    let mut missing = Vec::new();
    let mut check = |dir: &std::path::Path, prefix: &str| {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            if p.is_dir() && prefix == "src/" && name != "data" && name != "html" {
                if !layout.contains(&format!("src/{name}/")) {
                    missing.push(format!("src/{name}/"));
                }
                for f in std::fs::read_dir(&p).unwrap() {
                    let f = f.unwrap().file_name().to_string_lossy().into_owned();
                    if f.ends_with(".rs") && !layout.contains(&f) {
                        missing.push(format!("src/{name}/{f}"));
                    }
                }
            } else if p.is_file() && prefix == "src/" && !layout.contains(&format!("src/{name}")) {
                missing.push(format!("src/{name}"));
            } else if p.is_dir()
                && prefix.is_empty()
                && !name.starts_with('.')
                && name != "target"
                && name != "src"
                && !layout.contains(&format!("{name}/"))
            {
                missing.push(format!("{name}/"));
            }
        }
    };
    check(&root().join("src"), "src/");
    check(&root(), "");
    assert!(
        missing.is_empty(),
        "not in the README's layout: {missing:?}"
    );
}
