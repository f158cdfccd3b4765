//! The `--format html` page in a real browser (headless Chromium): every
//! quotation is highlighted, the key is in view, the speaker and outlet
//! filters hide the documents without a match, the search narrows the
//! panel, a click shows details, twenty speakers get twenty colours, the
//! page reads at 400 px, and a page of 10,000 articles opens and filters.
//! Screenshots (wide and 400 px) are saved to `target/artifacts/`.
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
    headless_sized(browser, args, page, (1400, 1000))
}

fn headless_sized(browser: &Path, args: &[&str], page: &Path, size: (u32, u32)) -> String {
    // a profile of its own for each page: two browsers on one profile
    // (tests run in parallel) make the second fail
    static RUNS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let run = RUNS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let stem = page.file_stem().unwrap().to_string_lossy();
    let profile = std::env::temp_dir().join(format!(
        "attrib-chromium-{}-{run}-{stem}",
        std::process::id()
    ));
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
        ])
        .arg(format!("--window-size={},{}", size.0, size.1))
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

/// The checks of a page's reading and filtering, run in the page after
/// its script; they leave their findings as JSON in
/// `<pre id="attrib-test-result">`. `EXPECTED` is each document's
/// quotation ids.
const CHECKS: &str = r##"
(function () {
  const expected = EXPECTED;
  const out = { missing: [], unhighlighted: [], unexpected: [], speaker: {}, outlet: {}, details: "" };
  out.articles = [...document.querySelectorAll("article")].map((a) => a.dataset.doc);
  const painted = (m) => {
    const st = getComputedStyle(m), r = m.getBoundingClientRect();
    return st.backgroundColor !== "rgba(0, 0, 0, 0)" && r.width > 0 && st.visibility !== "hidden";
  };
  const visible = (e) => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
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
  // the key: every mark named, in view, and still in view further down
  const key = document.querySelector("#top .key");
  out.key = [...key.children].map((k) => k.textContent);
  out.keyVisible = visible(key);
  window.scrollTo(0, 3000);
  out.keyTopAfterScroll = Math.round(document.getElementById("top").getBoundingClientRect().top);
  window.scrollTo(0, 0);
  // one colour a speaker across documents
  const colours = {};
  for (const m of document.querySelectorAll("mark[data-speaker]")) {
    (colours[m.dataset.speaker] ||= new Set()).add(m.style.getPropertyValue("--c"));
  }
  out.speakersWithTwoColours = Object.values(colours).filter((s) => s.size > 1).length;
  const docsWith = (field, id) => index.docs.filter((d) => d[field].includes(id)).length;
  const tryFilter = (button, field, test) => {
    const id = Number(button.dataset.filter.split(":")[1]);
    const r = { count: Number(button.dataset.count), filter: button.dataset.filter };
    button.click();
    const on = [...document.querySelectorAll("mark[data-id]:not(.off)")];
    r.shown = new Set(on.map((m) => m.dataset.id)).size;
    r.allMatch = on.every(test);
    r.offPainted = [...document.querySelectorAll("mark.off")].filter((m) => m.classList.contains("q") && painted(m)).length;
    r.articles = document.querySelectorAll("article").length;
    r.docsWith = docsWith(field, id);
    r.articlesWithout = [...document.querySelectorAll("article")].filter((a) => !a.querySelector("mark[data-id]:not(.off)")).length;
    r.visibleWithout = [...document.querySelectorAll("article p")]
      .filter((p) => p.offsetParent !== null && !p.querySelector("mark[data-id]:not(.off)")).length;
    r.pressed = button.getAttribute("aria-pressed");
    r.status = document.getElementById("status").textContent;
    document.querySelector('#panel [data-filter="' + r.filter + '"]').click();
    r.restored = document.querySelectorAll("mark.off").length === 0 && document.querySelectorAll("article").length === out.articles.length;
    return r;
  };
  const sb = document.querySelector("#speakers [data-filter]");
  const sid = sb.dataset.filter.slice("speaker:".length);
  out.speaker = tryFilter(sb, "speakers", (m) => m.dataset.speaker === sid);
  out.speaker.name = index.speakers[Number(sid)].name;
  const ob = document.querySelector("#outlets [data-filter]");
  const oid = Number(ob.dataset.filter.slice("outlet:".length));
  out.outlet = tryFilter(ob, "outlets", (m) => records.get(m.dataset.id)[0].outlets.includes(oid));
  // the search narrows both lists to names, kinds and mentions that hold it
  const search = document.getElementById("search");
  const all = document.querySelectorAll("#speakers button").length;
  search.value = out.speaker.name.slice(1, 5).toUpperCase();
  search.dispatchEvent(new Event("input"));
  const listed = [...document.querySelectorAll("#speakers button, #outlets button")];
  out.search = { query: search.value, all, listed: listed.length,
    allHold: listed.every((b) => b.textContent.toLowerCase().includes(search.value.toLowerCase())) };
  search.value = "";
  search.dispatchEvent(new Event("input"));
  out.search.restored = document.querySelectorAll("#speakers button").length === all;
  const counts = [...document.querySelectorAll("#speakers [data-count]")].map((b) => Number(b.dataset.count));
  out.speakersInOrder = counts.every((c, i) => i === 0 || counts[i - 1] >= c);
  const first = document.querySelector("article mark.q");
  first.click();
  out.details = document.getElementById("details").textContent;
  const box = document.getElementById("details").getBoundingClientRect();
  out.detailsInView = box.top >= 0 && box.top < innerHeight;
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

/// Runs `checks` (a script that leaves JSON in `<pre
/// id="attrib-test-result">`) in a copy of `page` at `size`; its findings.
fn run_checks(browser: &Path, page: &Path, checks: &str, size: (u32, u32)) -> Value {
    let html = std::fs::read_to_string(page).unwrap();
    let stem = page.file_stem().unwrap().to_string_lossy();
    let harness = page.with_file_name(format!("{stem}-checks-{}.html", size.0));
    // (the last `</body>`: the page's own, after every data script)
    let at = html.rfind("</body>").unwrap();
    let with_checks = format!("{}<script>{checks}</script>\n{}", &html[..at], &html[at..]);
    std::fs::write(&harness, with_checks).unwrap();
    let dom = headless_sized(
        browser,
        &["--dump-dom", "--virtual-time-budget=10000"],
        &harness,
        size,
    );
    let open = "<pre id=\"attrib-test-result\">";
    let start = dom
        .find(open)
        .unwrap_or_else(|| panic!("the checks did not run in the page:\n{dom:.2000}"));
    let body = &dom[start + open.len()..];
    serde_json::from_str(&unescape(&body[..body.find("</pre>").unwrap()])).unwrap()
}

fn artifacts() -> PathBuf {
    let dir = root().join("target/artifacts");
    std::fs::create_dir_all(&dir).unwrap();
    dir
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
    let page = check_page(&browser, "markup", &[&a, &f, &z], 3);
    // the text is text: no element the input named was made
    let found = run_checks(
        &browser,
        &page,
        r##"(function () {
          const pre = document.createElement("pre");
          pre.id = "attrib-test-result";
          pre.textContent = JSON.stringify({ b: document.querySelectorAll("article b").length,
            scripts: document.querySelectorAll("article script").length,
            text: document.getElementById("list").textContent.includes("\u003cscript>alert(1)\u003c/script>") });
          document.body.append(pre);
        })();"##,
        (1400, 1000),
    );
    assert_eq!(
        found,
        serde_json::json!({"b": 0, "scripts": 0, "text": true})
    );
}

/// Speakers named in the lists below, each with its own number of
/// statements, in two documents: the twenty with most get twenty colours
/// far apart, the rest grey, and a speaker keeps its colour in both.
#[test]
fn twenty_speakers_get_twenty_distinct_colours() {
    let Some(browser) = browser() else { return };
    let first = [
        "Ana", "Ben", "Cara", "Dmitri", "Elena", "Farid", "Greta", "Hiro", "Ines", "Jonas", "Kofi",
        "Lena", "Marco", "Nadia", "Omar", "Priya", "Rosa", "Sven", "Tariq", "Ursula", "Viktor",
        "Wanda", "Yusuf", "Zora",
    ];
    let last = [
        "Abbott", "Barros", "Castell", "Dunmore", "Eriksen", "Fairley", "Garber", "Hollis",
        "Ingram", "Jarvis", "Kessler", "Lowry", "Merritt", "Novak", "Orwell", "Pruitt", "Quinlan",
        "Rourke", "Sutter", "Thorne", "Upton", "Vance", "Whitlock", "Yardley",
    ];
    let (mut a, mut b) = (String::new(), String::new());
    for (i, name) in first.iter().enumerate() {
        let who = format!("{name} {}", last[i]);
        a.push_str(&format!(
            "“We will look at the plan,” {who} said on Monday.\n\n"
        ));
        for k in 0..first.len() - i {
            b.push_str(&format!(
                "“Point {k} is settled,” {who} said after the meeting.\n\n"
            ));
        }
    }
    let dir = scratch(
        "html-colours",
        &[("a.txt", a.as_bytes()), ("b.txt", b.as_bytes())],
    );
    let out = attrib(
        &["extract", "--format", "html", &dir.display().to_string()],
        b"",
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let page = artifacts().join("colours.html");
    std::fs::write(&page, &out.stdout).unwrap();
    let found = run_checks(
        &browser,
        &page,
        r##"(function () {
          const rgb = (e) => getComputedStyle(e).backgroundColor.match(/\d+/g).slice(0, 3).map(Number);
          const swatches = [...document.querySelectorAll("#speakers i")].map(rgb);
          const far = [];
          for (let i = 0; i < 20; i++) for (let j = i + 1; j < 20; j++) {
            far.push(Math.hypot(...swatches[i].map((c, k) => c - swatches[j][k])));
          }
          const grey = swatches.slice(20).map((c) => c.join(","));
          const byName = {};
          for (const m of document.querySelectorAll("mark.q[data-speaker]")) {
            (byName[m.dataset.speaker] ||= new Set()).add(getComputedStyle(m).boxShadow);
          }
          const pre = document.createElement("pre");
          pre.id = "attrib-test-result";
          pre.textContent = JSON.stringify({ speakers: swatches.length, nearest: Math.min(...far),
            distinct: new Set(swatches.slice(0, 20).map((c) => c.join(","))).size,
            grey: [...new Set(grey)], twoColours: Object.values(byName).filter((s) => s.size > 1).length });
          document.body.append(pre);
        })();"##,
        (1400, 1000),
    );
    assert_eq!(found["speakers"], first.len(), "{found}");
    assert_eq!(found["distinct"], 20, "{found}");
    assert!(found["nearest"].as_f64().unwrap() >= 50.0, "{found}");
    assert_eq!(found["grey"], serde_json::json!(["140,140,140"]), "{found}");
    assert_eq!(found["twoColours"], 0, "{found}");
}

/// At 360 and 400 px the panel folds into a button of the header, the text takes
/// the width, and the button opens the panel below the header. (Headless
/// Chromium keeps its window 500 px wide at the least: the page is shown
/// in a frame that wide.)
#[test]
fn the_page_reads_at_360_and_400_px() {
    let Some(browser) = browser() else { return };
    let page = artifacts().join("narrow.html");
    let out = attrib(&["extract", "--format", "html", "corpus/"], b"");
    std::fs::write(&page, &out.stdout).unwrap();
    for width in [360, 400] {
        narrow(&browser, width);
    }
}

fn narrow(browser: &Path, width: u32) {
    let frame = artifacts().join(format!("narrow-frame-{width}.html"));
    std::fs::write(
        &frame,
        r##"<!DOCTYPE html><html><body style="margin:0">
<iframe id="f" src="narrow.html" style="width:WIDTHpx;height:900px;border:0"></iframe>
<script>
document.getElementById("f").addEventListener("load", () => {
  const d = document.getElementById("f").contentDocument;
  const box = (s) => { const r = d.querySelector(s).getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height }; };
  const out = { width: d.defaultView.innerWidth, text: box("article p"), key: box("#top .key"),
    panel: box("#panel"), top: box("#top"), toggle: box("#panel-toggle"),
    sideways: d.documentElement.scrollWidth - d.documentElement.clientWidth };
  d.getElementById("panel-toggle").click();
  out.opened = box("#panel");
  out.expanded = d.getElementById("panel-toggle").getAttribute("aria-expanded");
  d.getElementById("panel-toggle").click();
  const pre = document.createElement("pre");
  pre.id = "attrib-test-result";
  pre.textContent = JSON.stringify(out);
  document.body.append(pre);
});
</script></body></html>"##
            .replace("WIDTH", &width.to_string()),
    )
    .unwrap();
    let dom = headless_sized(
        browser,
        &[
            "--allow-file-access-from-files",
            "--dump-dom",
            "--virtual-time-budget=5000",
        ],
        &frame,
        (500, 900),
    );
    let open = "<pre id=\"attrib-test-result\">";
    let start = dom.find(open).expect("the checks ran") + open.len();
    let found: Value = serde_json::from_str(&unescape(
        &dom[start..start + dom[start..].find("</pre>").unwrap()],
    ))
    .unwrap();
    let n = |v: &Value| v.as_f64().unwrap();
    let (t, w) = (&found["text"], n(&found["width"]));
    assert_eq!(w, f64::from(width), "{found}");
    assert!(
        n(&t["width"]) >= 0.85 * w && n(&t["right"]) <= w,
        "the text takes the width: {found}"
    );
    for part in ["key", "toggle"] {
        let b = &found[part];
        assert!(
            n(&b["height"]) > 0.0 && n(&b["right"]) <= w,
            "the {part} is in view: {found}"
        );
    }
    assert_eq!(found["sideways"], 0, "nothing scrolls sideways: {found}");
    assert_eq!(
        found["panel"]["height"], 0.0,
        "the panel is folded: {found}"
    );
    assert_eq!(found["expanded"], "true");
    let opened = &found["opened"];
    assert!(
        n(&opened["height"]) > 100.0 && n(&opened["right"]) <= w,
        "the button opens the panel: {found}"
    );
    assert!(
        n(&opened["top"]) >= n(&found["top"]["bottom"]),
        "below the header: {found}"
    );
    if width != 400 {
        return;
    }
    let shot = artifacts().join("corpus-html-400px.png");
    let _ = std::fs::remove_file(&shot);
    headless_sized(
        browser,
        &[
            "--allow-file-access-from-files",
            &format!("--screenshot={}", shot.display()),
        ],
        &frame,
        (500, 900),
    );
    let png = std::fs::read(&shot).expect("a screenshot");
    assert!(png.starts_with(b"\x89PNG") && png.len() > 10_000);
    eprintln!("html_page: 400 px screenshot at {}", shot.display());
}

/// 10,000 articles (short ones, made from the corpus's first paragraphs,
/// so that the debug build extracts them in seconds): the page opens with
/// a batch drawn, the button and scrolling draw the next, and a filter over all of them
/// shows the documents of one speaker. `scripts/page-bench.sh` times the
/// same on PolNeAR-sized articles for the README.
#[test]
fn a_page_of_10000_articles_opens_and_filters() {
    let Some(browser) = browser() else { return };
    let mut starts = Vec::new();
    for f in crate::common::texts("corpus") {
        let t = std::fs::read_to_string(&f).unwrap();
        let paras: Vec<&str> = t
            .split("\n\n")
            .filter(|p| p.contains('“') || p.contains('"'))
            .take(3)
            .collect();
        starts.push(paras.join("\n\n"));
    }
    let mut jsonl = String::new();
    for i in 0..10_000 {
        let line = serde_json::json!({"id": format!("a{i}"), "text": starts[i % starts.len()]});
        jsonl.push_str(&line.to_string());
        jsonl.push('\n');
    }
    let out = attrib(
        &["extract", "--format", "html", "--input-format", "jsonl"],
        jsonl.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let page = artifacts().join("large.html");
    std::fs::write(&page, &out.stdout).unwrap();
    let found = run_checks(
        &browser,
        &page,
        r##"(function () {
          const out = { ready: performance.now(), docs: index.docs.length, first: document.querySelectorAll("article").length };
          out.status = document.getElementById("status").textContent;
          document.getElementById("more-button").click();
          out.more = document.querySelectorAll("article").length;
          // scrolling to the end draws the next batches
          window.scrollTo(0, document.documentElement.scrollHeight);
          // (the browser sends the scroll event with its next frame, which
          // a loaded machine holds back past any wait: sent here at once,
          // to the page's own handler, which reads where the end stands)
          const poll = () => {
            window.dispatchEvent(new Event("scroll"));
            out.scrolled = document.querySelectorAll("article").length;
            const b = document.querySelector("#speakers [data-filter]");
            const id = Number(b.dataset.filter.split(":")[1]);
            const t = performance.now();
            b.click();
            out.filterMs = performance.now() - t;
            out.want = index.docs.filter((d) => d.speakers.includes(id)).length;
            out.filtered = document.getElementById("status").textContent;
            out.drawn = [...document.querySelectorAll("article")].filter((a) => a.querySelector("mark[data-id]:not(.off)")).length;
            const pre = document.createElement("pre");
            pre.id = "attrib-test-result";
            pre.textContent = JSON.stringify(out);
            document.body.append(pre);
          };
          poll();
        })();"##,
        (1400, 1000),
    );
    assert_eq!(found["docs"], 10_000, "{found}");
    assert_eq!(found["first"], 20, "{found}");
    assert_eq!(found["more"], 40, "{found}");
    assert!(
        found["scrolled"].as_u64().unwrap() > 40,
        "scrolling draws more: {found}"
    );
    assert!(
        found["status"]
            .as_str()
            .unwrap()
            .contains("of 10000 documents"),
        "{found}"
    );
    let want = found["want"].as_u64().unwrap();
    assert!(want > 1000, "{found}");
    assert!(
        found["filtered"]
            .as_str()
            .unwrap()
            .contains(&format!("of {want} documents")),
        "{found}"
    );
    assert_eq!(found["drawn"], 20, "{found}");
    eprintln!(
        "html_page: 10,000 articles, {} bytes: ready at {:.0} ms, a filter in {:.0} ms",
        out.stdout.len(),
        found["ready"].as_f64().unwrap(),
        found["filterMs"].as_f64().unwrap()
    );
}

/// Writes the page of `extract ARGS` to `target/artifacts/NAME.html` and
/// checks it in the browser: every document's article with its quotations
/// highlighted (at least `min_quotations` of them), the key, the speaker
/// and outlet filters, the search, the details of a click. Returns the
/// page's path.
fn check_page(browser: &Path, name: &str, args: &[&str], min_quotations: usize) -> PathBuf {
    let run = |format: &str| {
        let mut all = vec!["extract", "--format", format];
        all.extend(args);
        let out = attrib(&all, b"");
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        out.stdout
    };
    let html = run("html");
    let page = artifacts().join(format!("{name}.html"));
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
    let result = run_checks(
        browser,
        &page,
        &CHECKS.replace("EXPECTED", &want),
        (1400, 1000),
    );

    let docs: Vec<String> = expected.keys().cloned().collect();
    let mut shown: Vec<String> = result["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d.as_str().unwrap().to_string())
        .collect();
    shown.sort();
    shown.dedup();
    assert!(
        docs.iter().all(|d| shown.contains(d)),
        "every document with a quotation has its article: {shown:?}"
    );
    for (what, want) in [
        ("missing", "quotations with no highlight"),
        ("unhighlighted", "highlights not painted"),
        ("unexpected", "highlights of no quotation"),
    ] {
        assert_eq!(result[what], serde_json::json!([]), "{want}");
    }
    assert_eq!(
        result["key"],
        serde_json::json!([
            "quotation",
            "claim",
            "scare quote",
            "speaker",
            "cue",
            "citation"
        ])
    );
    assert_eq!(result["keyVisible"], true);
    assert_eq!(result["keyTopAfterScroll"], 0, "the key stays in view");
    assert_eq!(result["speakersWithTwoColours"], 0);
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
        assert_eq!(
            f["articles"], f["docsWith"],
            "{which} filter draws the documents with a match: {f}"
        );
        assert_eq!(
            f["articlesWithout"], 0,
            "{which} filter hides documents without one, headers too: {f}"
        );
        assert_eq!(f["pressed"], "true");
        assert_eq!(f["restored"], true, "a second click shows all again: {f}");
    }
    let s = &result["search"];
    assert_eq!(s["allHold"], true, "{s}");
    assert!(
        s["listed"].as_u64().unwrap() >= 1 && s["listed"].as_u64() < s["all"].as_u64(),
        "the search narrows the lists: {s}"
    );
    assert_eq!(s["restored"], true, "{s}");
    assert_eq!(result["speakersInOrder"], true, "most statements first");
    assert_eq!(
        result["detailsInView"], true,
        "the details show where the reader looks"
    );
    let details = result["details"].as_str().unwrap();
    assert!(
        details.contains(first_speaker.as_deref().unwrap()) && details.contains("rule"),
        "a click shows the details: {details}"
    );
    page
}
