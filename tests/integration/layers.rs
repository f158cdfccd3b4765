//! The library's modules stand in layers, and a module imports only from
//! its own layer's module or those below it: the stages of the pipeline
//! point one way (a lower stage never sees an upper one), the lexicon is a
//! leaf that only loads and parses rules, and clap and the allocator stay
//! in the binary. The README's layout section draws the same order.

use std::collections::BTreeSet;
use std::path::Path;

/// The library's modules, lowest first.
const LAYERS: &[&str] = &[
    // plain helpers, free of any stage
    "chars",
    "words",
    "span",
    "line_error",
    "rule",
    // the text and the rules it is read with
    "document",
    "input",
    "queue",
    "lexicon",
    // the stages, in pipeline order
    "segment",
    "tokens",
    "quotes",
    "attribute",
    "citations",
    "extract",
    // what is made of an extraction
    "output",
    "eval",
    "rule_check",
    "pipeline",
];

/// Names the crate root re-exports, and the module each comes from.
const ROOT_NAMES: &[(&str, &str)] = &[
    ("Document", "document"),
    ("Extraction", "extract"),
    ("Extractor", "extract"),
    ("Lexicon", "lexicon"),
    ("Span", "span"),
];

/// Files of the binary, not the library: free to use every layer.
const BINARY: &[&str] = &["main.rs", "cli", "progress.rs", "allocator.rs", "lib.rs"];

fn rank(module: &str) -> Option<usize> {
    LAYERS.iter().position(|&m| m == module)
}

/// The modules `code` names with `crate::` (comments left out: a doc
/// link is no import).
fn imports(code: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for line in code.lines() {
        let line = line.split("//").next().unwrap_or("");
        let mut rest = line;
        while let Some(k) = rest.find("crate::") {
            rest = &rest[k + "crate::".len()..];
            if let Some(group) = rest.strip_prefix('{') {
                let group = group.split('}').next().unwrap_or("");
                for item in group.split(',').map(str::trim).filter(|i| !i.is_empty()) {
                    let head = item.split("::").next().unwrap_or(item);
                    let module = ROOT_NAMES
                        .iter()
                        .find(|(n, _)| *n == head)
                        .map_or(head, |&(_, m)| m);
                    out.insert(module.to_string());
                }
            } else {
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                let module = ROOT_NAMES
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map_or(name.as_str(), |&(_, m)| m);
                out.insert(module.to_string());
            }
        }
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The errors of a source tree: imports against the layer order, and
/// modules the order does not place.
fn wrong_imports(src: &Path) -> Vec<String> {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    files.sort();
    let mut wrong = Vec::new();
    for f in files {
        let rel = f.strip_prefix(src).unwrap();
        let top = rel
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy();
        if BINARY.contains(&top.as_ref()) {
            continue;
        }
        let module = top.trim_end_matches(".rs");
        let Some(own) = rank(module) else {
            wrong.push(format!("{}: module `{module}` has no layer", rel.display()));
            continue;
        };
        let code = std::fs::read_to_string(&f).unwrap();
        for m in imports(&code) {
            match rank(&m) {
                Some(r) if r <= own => {}
                Some(_) => wrong.push(format!(
                    "{}: `{module}` imports `{m}`, a layer above it",
                    rel.display()
                )),
                None => wrong.push(format!(
                    "{}: `{module}` imports `{m}`, which is in no layer",
                    rel.display()
                )),
            }
        }
        for bin_only in ["clap::", "mimalloc::"] {
            if code
                .lines()
                .any(|l| l.split("//").next().unwrap_or("").contains(bin_only))
            {
                wrong.push(format!(
                    "{}: `{bin_only}` belongs to the binary",
                    rel.display()
                ));
            }
        }
    }
    wrong
}

#[test]
fn every_module_imports_only_from_its_layer_or_below() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let wrong = wrong_imports(&src);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    // every library module is placed
    let lib = std::fs::read_to_string(src.join("lib.rs")).unwrap();
    for line in lib.lines() {
        if let Some(m) = line.strip_prefix("pub mod ") {
            let m = m.trim_end_matches(';');
            assert!(rank(m).is_some(), "lib.rs module `{m}` has no layer");
        }
    }
}

#[test]
fn an_upward_import_is_found() {
    let dir = crate::common::scratch(
        "layers",
        &[
            (
                "lexicon/mod.rs",
                b"// crate::output in a comment is no import\nuse crate::chars;\nuse crate::{Extractor, Span};\n" as &[u8],
            ),
            ("segment.rs", b"use crate::attribute::Kind;\n"),
            ("span.rs", b"#[derive(clap::ValueEnum)]\nenum X {}\n"),
            ("stray.rs", b""),
        ],
    );
    let wrong = wrong_imports(&dir);
    assert_eq!(
        wrong,
        [
            "lexicon/mod.rs: `lexicon` imports `extract`, a layer above it",
            "segment.rs: `segment` imports `attribute`, a layer above it",
            "span.rs: `clap::` belongs to the binary",
            "stray.rs: module `stray` has no layer",
        ],
        "{wrong:#?}"
    );
}

#[test]
fn the_readme_draws_the_same_layers() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let block = readme
        .split("## Layout\n")
        .nth(1)
        .and_then(|s| s.split("```").nth(1))
        .expect("a Layout section whose first block draws the layers");
    let drawn: Vec<&str> = block
        .lines()
        .filter(|l| !l.starts_with("binary"))
        .flat_map(|l| l.split_whitespace().skip(1))
        .collect();
    assert_eq!(drawn, LAYERS);
}
