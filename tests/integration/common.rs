//! Helpers shared by the integration tests.

use std::path::{Path, PathBuf};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// PolNeAR train's texts, from `../shared` beside the checkout, for the
/// tests that also run there. Without it they run on the project's own
/// texts only and say so on stderr; with `ATTRIB_REQUIRE_SHARED` set (as
/// CI sets it) its absence fails the test instead.
pub fn polnear_texts() -> Option<PathBuf> {
    let dir = root().join("../shared/corpora/polnear-train/text");
    if dir.is_dir() {
        return Some(dir);
    }
    assert!(
        std::env::var_os("ATTRIB_REQUIRE_SHARED").is_none(),
        "{} is missing (ATTRIB_REQUIRE_SHARED is set)",
        dir.display()
    );
    eprintln!("skipped: {} is not there", dir.display());
    None
}

/// Every `*.txt` under `dir` (relative to the crate root), sorted.
pub fn texts(dir: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    walk(&root().join(dir), &mut out);
    out.sort();
    out
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).expect("test data folder") {
        let p = e.expect("dir entry").path();
        if p.is_dir() {
            walk(&p, out);
        } else if p.extension().is_some_and(|x| x == "txt") {
            out.push(p);
        }
    }
}

/// Fixtures and corpus articles: every text the suite pins.
pub fn all_texts() -> Vec<PathBuf> {
    let mut v = texts("fixtures");
    v.extend(texts("corpus"));
    v
}

pub fn doc(path: &Path) -> attrib::Document {
    let text = std::fs::read_to_string(path).expect("fixture is UTF-8");
    let id = path.file_stem().unwrap().to_string_lossy().into_owned();
    attrib::Document::new(id, text)
}

/// Runs `f` with insta writing to the crate's `snapshots/` folder.
pub fn with_snapshots(f: impl FnOnce()) {
    let mut s = insta::Settings::clone_current();
    s.set_snapshot_path(root().join("snapshots"));
    s.set_prepend_module_to_snapshot(false);
    s.bind(f);
}

/// A fresh folder `attrib-NAME-PID` in the temporary directory holding
/// `files` (name, contents).
pub fn scratch(name: &str, files: &[(&str, &[u8])]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("attrib-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (f, body) in files {
        let path = dir.join(f);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, body).unwrap();
    }
    dir
}

/// The index of an `--format html` page (speakers, outlets, documents).
pub fn page_index(page: &str) -> serde_json::Value {
    let open = "<script type=\"application/json\" id=\"index\">";
    let start = page.find(open).expect("the page has its index") + open.len();
    let len = page[start..].find("</script>").unwrap();
    serde_json::from_str(&page[start..start + len]).unwrap()
}

/// The data of every document of an `--format html` page, in order.
pub fn page_documents(page: &str) -> Vec<serde_json::Value> {
    let open = "<script type=\"application/json\" class=\"doc\">";
    page.split(open)
        .skip(1)
        .map(|s| serde_json::from_str(&s[..s.find("</script>").unwrap()]).unwrap())
        .collect()
}
