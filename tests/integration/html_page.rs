//! The `--format html` page in a real browser (headless Chromium): every
//! quotation is highlighted, the speaker and outlet filters work, a click
//! shows details; a screenshot is saved to `target/artifacts/`.
//!
//! Without Chromium the test says so and passes, unless
//! `ATTRIB_REQUIRE_BROWSER` is set (CI sets it after installing Chromium).

use crate::cli::{attrib, text};
use crate::common::{root, scratch};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("ATTRIB_CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH")?;
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .flat_map(|name| std::env::split_paths(&path).map(move |d| d.join(name)))
        .find(|p| p.is_file())
}

/// Runs headless Chromium on a local file with the flags that keep it off
/// the network; its stdout, or a panic after a minute.
fn headless(browser: &Path, args: &[&str], page: &Path) -> String {
    // a profile of its own for each page: two browsers on one profile
    // (tests run in parallel) make the second fail
    let stem = page.file_stem().unwrap().to_string_lossy();
    let profile =
        std::env::temp_dir().join(format!("attrib-chromium-{}-{stem}", std::process::id()));
    let child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--window-size=1400,1000",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromium");
    // the page comes back on stdout, more than a pipe holds: read it on
    // another thread while this one watches the clock
    let pid = child.id();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    match rx.recv_timeout(Duration::from_secs(60)) {
        Ok(out) => String::from_utf8_lossy(&out.expect("chromium output").stdout).into_owned(),
        Err(_) => {
            let _ = Command::new("kill").arg(pid.to_string()).status();
            panic!("chromium took over a minute on {}", page.display());
        }
    }
}

/// The checks, run in the page after it loads; they leave their findings
/// as JSON in `<pre id="attrib-test-result">`.
const CHECKS: &str = r##"
(function () {
  const expected = EXPECTED;
  const out = { missing: [], unhighlighted: [], unexpected: [], speaker: {}, outlet: {}, details: "" };
  out.articles = [...document.querySelectorAll("article")].map((a) => a.dataset.doc);
  // quotations and scare quotes the page script read from the embedded JSON
  out.records = [...records.values()].filter((r) => r.kind !== "claim").length;
  const painted = (m) => {
    const st = getComputedStyle(m), r = m.getBoundingClientRect();
    return st.backgroundColor !== "rgba(0, 0, 0, 0)" && r.width > 0 && st.visibility !== "hidden";
  };
  for (const a of document.querySelectorAll("article")) {
    const want = expected[a.dataset.doc] || [];
    const n = a.id.slice(1);
    for (const id of want) {
      const ms = a.querySelectorAll('mark.q[data-id="' + n + "-" + id + '"]');
      if (!ms.length) out.missing.push(a.dataset.doc + " " + id);
      for (const m of ms) if (!painted(m)) out.unhighlighted.push(a.dataset.doc + " " + id);
    }
    for (const m of a.querySelectorAll("mark.q")) {
      if (!want.includes(m.dataset.id.slice(n.length + 1))) out.unexpected.push(m.dataset.id);
    }
  }
  const visibleWithout = () => [...document.querySelectorAll("article p")]
    .filter((p) => p.offsetParent !== null && !p.querySelector("mark[data-id]:not(.off)")).length;
  const hidden = () => [...document.querySelectorAll("article p")].filter((p) => p.offsetParent === null).length;
  const paragraphs = document.querySelectorAll("article p").length;
  const tryFilter = (button, test) => {
    const r = { count: Number(button.dataset.count), filter: button.dataset.filter };
    button.click();
    const on = [...document.querySelectorAll("mark[data-id]:not(.off)")];
    r.shown = new Set(on.map((m) => m.dataset.id)).size;
    r.allMatch = on.every(test);
    r.offPainted = [...document.querySelectorAll("mark.off")].filter((m) => m.classList.contains("q") && painted(m)).length;
    r.hidden = hidden();
    r.visibleWithout = visibleWithout();
    r.pressed = button.getAttribute("aria-pressed");
    button.click();
    r.restored = document.querySelectorAll("mark.off").length === 0 && hidden() === 0;
    r.paragraphs = paragraphs;
    return r;
  };
  const sb = document.querySelector("#speakers [data-filter]");
  const key = sb.dataset.filter.slice("speaker:".length);
  out.speaker = tryFilter(sb, (m) => m.dataset.speaker === key);
  out.speaker.key = key;
  const ob = document.querySelector("#outlets [data-filter]");
  const outlet = ob.dataset.filter.slice("outlet:".length);
  out.outlet = tryFilter(ob, (m) => m.dataset.outlets.split("|").includes(outlet));
  const first = document.querySelector("mark.q");
  first.click();
  out.details = document.getElementById("details").textContent;
  out.selected = document.querySelectorAll("mark.selected").length;
  const pre = document.createElement("pre");
  pre.id = "attrib-test-result";
  pre.textContent = JSON.stringify(out);
  document.body.append(pre);
})();
"##;

fn unescape(s: &str) -> String {
    s.replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

fn browser() -> Option<PathBuf> {
    let found = chromium();
    if found.is_none() {
        if std::env::var_os("ATTRIB_REQUIRE_BROWSER").is_some() {
            panic!("ATTRIB_REQUIRE_BROWSER is set but no chromium was found on PATH");
        }
        eprintln!(
            "html_page: SKIPPED: no chromium on PATH (install Debian's `chromium`, or set \
             ATTRIB_CHROMIUM to a Chromium binary, to run the browser test)"
        );
    }
    found
}

#[test]
fn the_html_page_highlights_every_quotation_and_filters_in_a_browser() {
    let Some(browser) = browser() else { return };
    let page = check_page(&browser, "corpus", &["corpus/"], 30);
    let shot = page.with_file_name("corpus-html.png");
    let _ = std::fs::remove_file(&shot);
    headless(
        &browser,
        &[&format!("--screenshot={}", shot.display())],
        &page,
    );
    let png = std::fs::read(&shot).expect("a screenshot");
    assert!(png.starts_with(b"\x89PNG") && png.len() > 10_000);
    eprintln!("html_page: screenshot at {}", shot.display());
}

/// A comment opener and script tags in every field that reaches the page
/// (text, JSONL `meta`, id, file name): with `<!--` then `<script>` in the
/// embedded JSON, the page's own `</script>` closed nothing and every
/// later article, the panel and the page script were gone.
#[test]
fn markup_in_the_input_leaves_every_article_and_the_panel() {
    let Some(browser) = browser() else { return };
    let jsonl = concat!(
        r#"{"id":"<!--id<script>","text":"“We are ready <!-- now,” Lavrov said (Interfax, May 2).\n\n“<script>alert(1)</script> is fine,” Putin said (Reuters, May 3).","source":"<!--<script>"}"#,
        "\n",
        r#"{"id":"d2","text":"“All is \u2028clear & <b>calm</b>,” Ivanov said (Reuters, May 3).","source":"</script><!--"}"#,
        "\n",
    );
    let dir = scratch(
        "html-markup",
        &[
            ("a.jsonl", jsonl.as_bytes()),
            (
                "<!--f<script>.txt",
                "“We will <!-- <script> see,” Ivanov said (Interfax, May 4).".as_bytes(),
            ),
            (
                "z.txt",
                "“The last one,” Putin said (Reuters, May 5).".as_bytes(),
            ),
        ],
    );
    let file = |f: &str| dir.join(f).display().to_string();
    let (a, f, z) = (file("a.jsonl"), file("<!--f<script>.txt"), file("z.txt"));
    check_page(&browser, "markup", &[&a, &f, &z], 3);
}

/// Writes the page of `extract ARGS` to `target/artifacts/NAME.html` and
/// checks it in the browser: every document's article with its quotations
/// highlighted (at least `min_quotations` of them), the speaker and
/// outlet filters, the details of a click. Returns the page's path.
fn check_page(browser: &Path, name: &str, args: &[&str], min_quotations: usize) -> PathBuf {
    let artifacts = root().join("target/artifacts");
    std::fs::create_dir_all(&artifacts).unwrap();
    let run = |format: &str| {
        let mut all = vec!["extract", "--format", format];
        all.extend(args);
        let out = attrib(&all, b"");
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        out.stdout
    };
    let html = run("html");
    let page = artifacts.join(format!("{name}.html"));
    std::fs::write(&page, &html).unwrap();

    // the quotations each document should show, from the JSONL records
    let mut expected: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut first_speaker = None;
    for line in text(&run("jsonl")).lines() {
        let r: Value = serde_json::from_str(line).unwrap();
        if r["kind"] != "claim" {
            let doc = r["doc"].as_str().unwrap().to_string();
            expected
                .entry(doc)
                .or_default()
                .push(r["id"].as_str().unwrap().into());
            if first_speaker.is_none() {
                first_speaker = Some(r["speaker"]["name"].as_str().unwrap().to_string());
            }
        }
    }
    let quotations: usize = expected.values().map(Vec::len).sum();
    assert!(
        quotations >= min_quotations,
        "{quotations} quotations, fewer than {min_quotations}"
    );

    let page_text = String::from_utf8(html).unwrap();
    for outside in ["<link", " src=", "@import", "url("] {
        assert!(
            !page_text.contains(outside),
            "the page loads nothing: {outside}"
        );
    }
    // the expected ids go into a script of the harness: no `<` in it
    let want = serde_json::to_string(&expected)
        .unwrap()
        .replace('<', "\\u003c");
    let checks = CHECKS.replace("EXPECTED", &want);
    let harness = artifacts.join(format!("{name}-checks.html"));
    let with_checks = page_text.replace("</body>", &format!("<script>{checks}</script>\n</body>"));
    std::fs::write(&harness, with_checks).unwrap();

    let dom = headless(
        browser,
        &["--dump-dom", "--virtual-time-budget=5000"],
        &harness,
    );
    let start = dom
        .find("<pre id=\"attrib-test-result\">")
        .unwrap_or_else(|| panic!("the checks did not run in the page:\n{dom:.2000}"));
    let body = &dom[start + "<pre id=\"attrib-test-result\">".len()..];
    let result: Value =
        serde_json::from_str(&unescape(&body[..body.find("</pre>").unwrap()])).unwrap();

    let docs: Vec<String> = expected.keys().cloned().collect();
    let mut shown: Vec<String> = result["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d.as_str().unwrap().to_string())
        .collect();
    shown.sort();
    assert_eq!(shown, docs, "every document has its article");
    assert_eq!(
        result["records"], quotations,
        "the page script read every record"
    );
    assert_eq!(
        result["missing"],
        serde_json::json!([]),
        "quotations with no highlight"
    );
    assert_eq!(
        result["unhighlighted"],
        serde_json::json!([]),
        "highlights not painted"
    );
    assert_eq!(
        result["unexpected"],
        serde_json::json!([]),
        "highlights of no quotation"
    );
    for which in ["speaker", "outlet"] {
        let f = &result[which];
        assert_eq!(
            f["shown"], f["count"],
            "{which} filter shows its own statements: {f}"
        );
        assert_eq!(
            f["allMatch"], true,
            "{which} filter shows only its own: {f}"
        );
        assert_eq!(
            f["offPainted"], 0,
            "{which} filter unpaints the others: {f}"
        );
        assert_eq!(
            f["visibleWithout"], 0,
            "{which} filter hides other paragraphs: {f}"
        );
        assert!(
            f["hidden"].as_u64().unwrap() > 0,
            "{which} filter hides something: {f}"
        );
        assert_eq!(f["pressed"], "true");
        assert_eq!(f["restored"], true, "a second click shows all again: {f}");
    }
    let details = result["details"].as_str().unwrap();
    assert!(
        details.contains(first_speaker.as_deref().unwrap()) && details.contains("rule"),
        "a click shows the details: {details}"
    );
    page
}
