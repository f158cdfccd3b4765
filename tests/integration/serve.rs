//! `attrib serve`: every route against the command it stands for, every
//! error with its status and message, the limits (body size, slow
//! clients), concurrent requests and the shutdown on SIGTERM. The server
//! runs as a child process on a free port, spoken to over plain HTTP/1.1.

use crate::cli::{attrib_ok, text};
use crate::common::root;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A running `attrib serve`, killed when dropped (a failed assertion
/// included).
struct Server {
    child: Child,
    addr: String,
    /// What it wrote to stderr after its first line.
    log: Arc<Mutex<String>>,
}

impl Server {
    fn start(args: &[&str]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_attrib"))
            .arg("serve")
            .args(["--addr", "127.0.0.1:0"])
            .args(args)
            .current_dir(root())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start attrib serve");
        let mut err = BufReader::new(child.stderr.take().unwrap());
        let mut first = String::new();
        err.read_line(&mut first).expect("its stderr");
        let addr = first
            .trim()
            .strip_prefix("attrib serve: listening on http://")
            .unwrap_or_else(|| panic!("no listening line: {first:?}"))
            .to_string();
        // (drained, so that the server never blocks on a full pipe)
        let log = Arc::new(Mutex::new(String::new()));
        let sink = log.clone();
        std::thread::spawn(move || {
            let mut rest = String::new();
            let _ = err.read_to_string(&mut rest);
            sink.lock().unwrap().push_str(&rest);
        });
        Server { child, addr, log }
    }

    fn send(&self, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Reply {
        request(&self.addr, method, path, headers, body)
    }

    fn post_json(&self, path: &str, body: &str) -> Reply {
        self.send(
            "POST",
            path,
            &[("Content-Type", "application/json")],
            body.as_bytes(),
        )
    }

    fn connect(&self) -> TcpStream {
        let s = TcpStream::connect(&self.addr).expect("connect");
        s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
        s
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[derive(Debug)]
struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| panic!("{e}: {}", text(&self.body)))
    }

    /// The message of a JSON error, checked to be one.
    fn error(&self, status: u16) -> String {
        assert_eq!(self.status, status, "{}", text(&self.body));
        assert_eq!(self.header("content-type"), Some("application/json"));
        self.json()["error"]
            .as_str()
            .unwrap_or_else(|| panic!("no error message: {}", text(&self.body)))
            .to_string()
    }
}

/// One request on its own connection.
fn request(addr: &str, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Reply {
    let mut s = TcpStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    s.write_all(head.as_bytes()).unwrap();
    s.write_all(body).unwrap();
    read_reply(&mut s)
}

/// A response read to the end of the connection.
fn read_reply(s: &mut TcpStream) -> Reply {
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).expect("a response");
    parse_reply(&raw)
}

/// A whole response, its body as long as it says.
fn parse_reply(raw: &[u8]) -> Reply {
    let reply = parse_head(raw);
    if let Some(n) = reply.header("content-length") {
        assert_eq!(reply.body.len(), n.parse::<usize>().unwrap(), "{reply:?}");
    }
    reply
}

/// Status and headers, and what follows them as the body.
fn parse_head(raw: &[u8]) -> Reply {
    let end = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or_else(|| panic!("no end of headers: {}", text(raw)));
    let head = text(&raw[..end]);
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|c| c.parse().ok())
        .unwrap_or_else(|| panic!("no status: {head}"));
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    Reply {
        status,
        headers,
        body: raw[end + 4..].to_vec(),
    }
}

/// A corpus article, for a real document.
fn article() -> String {
    std::fs::read_to_string(crate::common::texts("corpus")[0].clone()).unwrap()
}

fn json_line(id: &str, text: &str) -> String {
    serde_json::json!({ "id": id, "text": text }).to_string()
}

/// Three documents as JSONL: one quoting an uncited speaker (an audit
/// finding, located by its line), one empty, one the article.
fn three_lines() -> String {
    [
        json_line("c", "\"We are ready,\" Lavrov said on Monday."),
        json_line("a", ""),
        json_line("b", &article()),
    ]
    .join("\n")
        + "\n"
}

/// What `attrib COMMAND --format json` prints for JSONL `lines`.
fn command_json(command: &str, lines: &str) -> Vec<u8> {
    attrib_ok(
        &[command, "--format", "json", "--input-format", "jsonl"],
        lines.as_bytes(),
    )
    .stdout
}

#[test]
fn extract_one_object_is_the_commands_json() {
    let s = Server::start(&[]);
    let t = article();
    let want = attrib_ok(&["extract", "--format", "json"], t.as_bytes()).stdout;
    let got = s.post_json("/extract", &json_line("stdin", &t));
    assert_eq!(got.status, 200, "{}", text(&got.body));
    assert_eq!(got.header("content-type"), Some("application/json"));
    assert!(text(&want).contains("\"quotations\":[{"), "{}", text(&want));
    assert_eq!(text(&got.body), text(&want));
}

#[test]
fn extract_array_is_an_array_of_the_commands_json_in_order() {
    let s = Server::start(&[]);
    let lines = three_lines();
    let want = command_json("extract", &lines);
    let array = format!("[{}]", lines.trim_end().replace('\n', ","));
    let got = s.post_json("/extract", &array);
    assert_eq!(got.status, 200, "{}", text(&got.body));
    let want = format!("[{}]\n", text(&want).trim_end().replace('\n', ","));
    assert_eq!(text(&got.body), want);
    let ids: Vec<_> = got
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["doc"].clone())
        .collect();
    assert_eq!(ids, ["c", "a", "b"]);
}

#[test]
fn extract_ndjson_is_the_commands_json_a_line() {
    let s = Server::start(&[]);
    let lines = three_lines();
    let want = command_json("extract", &lines);
    let got = s.send(
        "POST",
        "/extract",
        &[("Content-Type", "application/x-ndjson")],
        lines.as_bytes(),
    );
    assert_eq!(got.status, 200, "{}", text(&got.body));
    assert_eq!(got.header("content-type"), Some("application/x-ndjson"));
    assert_eq!(text(&got.body).lines().count(), 3);
    assert_eq!(text(&got.body), text(&want));
}

#[test]
fn audit_is_the_commands_json_located_in_the_request() {
    let s = Server::start(&[]);
    let lines = three_lines();
    let want = command_json("audit", &lines);
    // findings are located by their line, in the request as in stdin
    assert!(
        text(&want).contains("\"file\":\"<stdin>:1\""),
        "{}",
        text(&want)
    );
    let want = text(&want).replace("\"<stdin>:", "\"request:");
    for (content_type, body) in [
        ("application/x-ndjson", lines.clone()),
        (
            "application/json",
            format!("[{}]", lines.trim_end().replace('\n', ",")),
        ),
    ] {
        let got = s.send(
            "POST",
            "/audit",
            &[("Content-Type", content_type)],
            body.as_bytes(),
        );
        assert_eq!(got.status, 200, "{}", text(&got.body));
        assert_eq!(got.header("content-type"), Some("application/json"));
        assert_eq!(text(&got.body), want, "{content_type}");
    }
}

#[test]
fn rules_are_the_lists_of_rules_list() {
    let s = Server::start(&[]);
    let got = s.send("GET", "/rules", &[], b"");
    assert_eq!(got.status, 200);
    let lists = got.json()["lists"].as_array().unwrap().clone();
    let listed = text(&attrib_ok(&["rules", "list"], b"").stdout);
    assert_eq!(lists.len(), listed.lines().count());
    for (l, line) in lists.iter().zip(listed.lines()) {
        let mut cols = line.split_whitespace();
        assert_eq!(l["name"], cols.next().unwrap(), "{line}");
        assert_eq!(l["entries"], cols.next().unwrap().parse::<u64>().unwrap());
        assert!(line.ends_with(l["about"].as_str().unwrap()), "{line}");
    }
}

#[test]
fn rules_files_apply() {
    let dir = crate::common::scratch("serve-rules", &[("ours.rules", b"[outlets]\n-Reuters\n")]);
    let file = dir.join("ours.rules");
    let s = Server::start(&["--rules", file.to_str().unwrap()]);
    let listed =
        text(&attrib_ok(&["--rules", file.to_str().unwrap(), "rules", "list"], b"").stdout);
    let outlets = |v: &serde_json::Value| {
        v["lists"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["name"] == "outlets")
            .unwrap()["entries"]
            .clone()
    };
    let served = outlets(&s.send("GET", "/rules", &[], b"").json());
    let line = listed.lines().find(|l| l.starts_with("outlets ")).unwrap();
    assert_eq!(served.to_string(), line.split_whitespace().nth(1).unwrap());
    let builtin = Server::start(&[]);
    assert_ne!(
        served,
        outlets(&builtin.send("GET", "/rules", &[], b"").json())
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn healthz_is_ok() {
    let s = Server::start(&[]);
    let got = s.send("GET", "/healthz", &[], b"");
    assert_eq!(got.status, 200);
    assert_eq!(got.json(), serde_json::json!({ "status": "ok" }));
}

#[test]
fn home_is_the_empty_page_with_a_paste_box() {
    let s = Server::start(&[]);
    let got = s.send("GET", "/", &[], b"");
    assert_eq!(got.status, 200);
    assert_eq!(got.header("content-type"), Some("text/html; charset=utf-8"));
    let page = text(&got.body);
    assert!(
        page.contains("<form id=\"paste\" method=\"post\" action=\"/page\">"),
        "{page}"
    );
    assert!(page.contains("<textarea name=\"text\""));
    assert!(page.contains("type=\"submit\""));
    assert!(page.trim_end().ends_with("</html>"), "{page}");
    assert!(!page.contains("class=\"doc\""), "no document: {page}");
}

#[test]
fn page_is_the_commands_html_page_escaped() {
    let s = Server::start(&[]);
    let t = "<script>alert(1)</script> \"We are ready,\" Lavrov said & left.";
    let form = format!(
        "id=stdin&text={}",
        t.bytes()
            .map(|b| match b {
                b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' => (b as char).to_string(),
                b' ' => "+".to_string(),
                _ => format!("%{b:02X}"),
            })
            .collect::<String>()
    );
    let got = s.send(
        "POST",
        "/page",
        &[("Content-Type", "application/x-www-form-urlencoded")],
        form.as_bytes(),
    );
    assert_eq!(got.status, 200, "{}", text(&got.body));
    let page = text(&got.body);
    // the text is in the document's data, escaped for a script element
    assert!(
        page.contains("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"),
        "{page}"
    );
    assert!(!page.contains("<script>alert"), "{page}");
    // the command's page, with the paste box for the next article
    let open = page.find("<form id=\"paste\"").expect("a paste box");
    let close = open + page[open..].find("</form>").unwrap() + "</form>".len();
    let without = format!("{}{}", &page[..open], &page[close..]);
    let want = attrib_ok(&["extract", "--format", "html"], t.as_bytes()).stdout;
    assert_eq!(without, text(&want));
    // no text: no page
    let got = s.send("POST", "/page", &[], b"id=x");
    assert!(got.error(400).contains("`text`"));
}

#[test]
fn bad_documents_are_400_naming_what_and_where() {
    let s = Server::start(&[]);
    let cases: &[(&str, &str, &str)] = &[
        (
            "application/json",
            "{\"id\": \"a\", \"text\": ",
            "not valid JSON",
        ),
        ("application/json", "{\"id\": \"a\"}", "no `text` field"),
        ("application/json", "{\"text\": \"a\"}", "no `id` field"),
        (
            "application/json",
            "{\"id\": \"a\", \"text\": 3}",
            "field `text` is not a string",
        ),
        (
            "application/json",
            "[{\"id\": 1, \"text\": \"\"}, {\"id\": 2}]",
            "element 2: no `text` field",
        ),
        (
            "application/json",
            "[{\"id\": 1, \"text\": \"\"}, 7]",
            "element 2: not a JSON object",
        ),
        ("application/json", "[{\"id\": 1,", "not a valid JSON array"),
        ("application/json", "  ", "the request body is empty"),
        ("application/x-ndjson", "\n\n", "the request body is empty"),
        (
            "application/x-ndjson",
            "{\"id\":1,\"text\":\"\"}\n\n{\"id\":3}\n",
            "line 3: no `text` field",
        ),
        (
            "application/x-ndjson; charset=utf-8",
            "{\"id\":1,\"text\":\"\"}\n{",
            "line 2: not valid JSON",
        ),
    ];
    for &(content_type, body, message) in cases {
        for path in ["/extract", "/audit"] {
            let got = s.send(
                "POST",
                path,
                &[("Content-Type", content_type)],
                body.as_bytes(),
            );
            let e = got.error(400);
            assert!(e.starts_with(message), "{path} {body:?}: {e}");
        }
    }
    // and the server goes on
    assert_eq!(s.send("GET", "/healthz", &[], b"").status, 200);
}

#[test]
fn a_body_over_the_limit_is_413() {
    let s = Server::start(&["--max-body", "200"]);
    let fits = json_line("a", &"x".repeat(150));
    assert_eq!(s.post_json("/extract", &fits).status, 200);
    // refused on its Content-Length, before the rest is sent
    let mut c = s.connect();
    c.write_all(
        format!(
            "POST /extract HTTP/1.1\r\nHost: {}\r\nContent-Type: application/json\r\nContent-Length: 201\r\n\r\n{{\"id\"",
            s.addr
        )
        .as_bytes(),
    )
    .unwrap();
    let got = read_reply(&mut c);
    assert!(got.error(413).contains("200 bytes"), "{got:?}");
    // and without one, as it arrives
    let mut c = s.connect();
    let chunk = json_line("a", &"x".repeat(300));
    c.write_all(
        format!(
            "POST /page HTTP/1.1\r\nHost: {}\r\nTransfer-Encoding: chunked\r\n\r\n{:x}\r\n{chunk}\r\n",
            s.addr,
            chunk.len()
        )
        .as_bytes(),
    )
    .unwrap();
    let got = read_reply(&mut c);
    assert!(got.error(413).contains("--max-body"), "{got:?}");
}

#[test]
fn unknown_routes_are_404_and_wrong_methods_405() {
    let s = Server::start(&[]);
    let got = s.send("GET", "/nope", &[], b"");
    assert!(got.error(404).contains("/nope"));
    for (method, path, allowed) in [
        ("GET", "/extract", "POST"),
        ("PUT", "/audit", "POST"),
        ("GET", "/page", "POST"),
        ("POST", "/rules", "GET"),
        ("DELETE", "/healthz", "GET"),
        ("POST", "/", "GET"),
    ] {
        let got = s.send(method, path, &[], b"");
        assert!(got.error(405).contains(allowed), "{method} {path}");
        assert_eq!(got.header("allow"), Some(allowed));
    }
}

/// Seconds until the server closes `c`, which sends no more.
fn closed_after(mut c: TcpStream) -> (f64, Vec<u8>) {
    let t = Instant::now();
    let mut got = Vec::new();
    // (a reset counts as closed too)
    let _ = c.read_to_end(&mut got);
    (t.elapsed().as_secs_f64(), got)
}

#[test]
fn slow_clients_are_cut_off() {
    let s = Server::start(&["--timeout", "1"]);
    // nothing sent at all
    let (waited, _) = closed_after(s.connect());
    assert!(waited < 3.0, "silent client held {waited:.1} s");
    // half the headers
    let mut c = s.connect();
    c.write_all(b"POST /extract HTTP/1.1\r\nHost: x\r\n")
        .unwrap();
    let (waited, _) = closed_after(c);
    assert!(waited < 3.0, "half the headers held {waited:.1} s");
    // the headers, and a body that stops
    let mut c = s.connect();
    c.write_all(b"POST /extract HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"id\"")
        .unwrap();
    let (waited, got) = closed_after(c);
    assert!(waited < 3.0, "a stalled body held {waited:.1} s");
    assert!(parse_reply(&got).error(408).contains("1 s"));
    // requests sent, their responses never read: once the client's window
    // is full the server's writes wait, and after the timeout it lets go
    let mut c = s.connect();
    let many = "GET / HTTP/1.1\r\nHost: x\r\n\r\n".repeat(3000);
    let sent = Instant::now();
    let _ = c.write_all(many.as_bytes());
    std::thread::sleep(Duration::from_millis(2500).saturating_sub(sent.elapsed()));
    c.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let mut got = Vec::new();
    let end = c.read_to_end(&mut got);
    assert!(
        !end.as_ref().is_err_and(|e| matches!(
            e.kind(),
            std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
        )),
        "a client that stopped reading still holds its connection"
    );
    // (cut off: not every response was written; the rest was dropped)
    let answered = got.windows(12).filter(|w| w == b"HTTP/1.1 200").count();
    assert!(answered < 3000, "{answered} of 3000 responses written");
    // still serving
    assert_eq!(s.send("GET", "/healthz", &[], b"").status, 200);
}

#[test]
fn bad_utf8_is_400_naming_the_byte_and_lossy_replaces_it() {
    let body = b"{\"id\": \"a\", \"text\": \"caf\xe9 said\"}";
    let s = Server::start(&[]);
    let got = s.send("POST", "/extract", &[], body);
    assert!(
        got.error(400).contains("invalid UTF-8 at byte"),
        "{}",
        text(&got.body)
    );
    let s = Server::start(&["--lossy"]);
    let got = s.send("POST", "/extract", &[], body);
    assert_eq!(got.status, 200, "{}", text(&got.body));
}

#[test]
fn concurrent_requests_all_succeed() {
    let s = Server::start(&["--jobs", "2"]);
    let t = article();
    let addr = s.addr.clone();
    let threads: Vec<_> = (0..16)
        .map(|i| {
            let addr = addr.clone();
            let t = t.clone();
            std::thread::spawn(move || {
                // four requests on one kept-alive connection
                let mut c = TcpStream::connect(&addr).unwrap();
                c.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
                let mut r = BufReader::new(c.try_clone().unwrap());
                let mut ids = Vec::new();
                for k in 0..4 {
                    let body = json_line(&format!("{i}-{k}"), &t);
                    write!(
                        c,
                        "POST /extract HTTP/1.1\r\nHost: x\r\nContent-Length: {}\r\n\r\n{body}",
                        body.len()
                    )
                    .unwrap();
                    let reply = read_kept_alive(&mut r);
                    assert_eq!(reply.status, 200, "{}", text(&reply.body));
                    ids.push(reply.json()["doc"].as_str().unwrap().to_string());
                }
                assert_eq!(ids, (0..4).map(|k| format!("{i}-{k}")).collect::<Vec<_>>());
            })
        })
        .collect();
    for t in threads {
        t.join().expect("every request succeeds");
    }
}

/// One response on a connection that stays open (its length from
/// Content-Length).
fn read_kept_alive(r: &mut BufReader<TcpStream>) -> Reply {
    let mut head = Vec::new();
    loop {
        let mut line = Vec::new();
        r.read_until(b'\n', &mut line).unwrap();
        assert!(!line.is_empty(), "closed mid-response");
        head.extend_from_slice(&line);
        if line == b"\r\n" {
            break;
        }
    }
    let mut reply = parse_head(&head);
    let n: usize = reply.header("content-length").unwrap().parse().unwrap();
    reply.body = vec![0; n];
    r.read_exact(&mut reply.body).unwrap();
    reply
}

#[test]
fn sigterm_and_sigint_finish_the_request_in_flight_and_exit_0() {
    for signal in ["-TERM", "-INT"] {
        finishes_in_flight_and_exits_0(signal);
    }
}

fn finishes_in_flight_and_exits_0(signal: &str) {
    let mut s = Server::start(&[]);
    let body = json_line("late", "\"We are ready,\" Lavrov said.");
    let (first, rest) = body.split_at(10);
    let mut c = s.connect();
    write!(
        c,
        "POST /extract HTTP/1.1\r\nHost: x\r\nContent-Length: {}\r\n\r\n{first}",
        body.len()
    )
    .unwrap();
    std::thread::sleep(Duration::from_millis(200));
    let killed = Command::new("kill")
        .args([signal, &s.child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    std::thread::sleep(Duration::from_millis(200));
    // no new connection is taken
    assert!(TcpStream::connect(&s.addr).is_err(), "still accepting");
    c.write_all(rest.as_bytes()).unwrap();
    let got = read_reply(&mut c);
    assert_eq!(got.status, 200, "{}", text(&got.body));
    assert_eq!(got.json()["doc"], "late");
    let start = Instant::now();
    let status = loop {
        if let Some(status) = s.child.try_wait().unwrap() {
            break status;
        }
        assert!(start.elapsed() < Duration::from_secs(5), "still running");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert_eq!(status.code(), Some(0), "{}", s.log.lock().unwrap());
}
