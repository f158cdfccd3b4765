//! Load benchmark of `attrib serve`: the binary (as `cargo bench` builds
//! it, with the `bench` profile) serving on a free loopback port, and 64
//! client threads, each with its own kept-alive connection, sending
//! `POST /extract` of one corpus article until the requests are done
//! (20,000, or `ATTRIB_SERVE_REQUESTS`) or two minutes have passed.
//! Prints requests/s, p50 and p99 latency and the errors (a status other
//! than 200, or an I/O error); exits 1 when there is one.
//!
//! The clients run on the same machine as the server: the figures are for
//! both together on its cores.
//!
//! Run with `cargo bench --bench serve`.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, ExitCode, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

const CONNECTIONS: usize = 64;
const REQUESTS: usize = 20_000;
/// Whatever happens, the run stops sending after this.
const TIME_LIMIT: Duration = Duration::from_secs(120);

/// The server, stopped when dropped.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// What one client thread saw.
#[derive(Default)]
struct Seen {
    latencies: Vec<f64>,
    errors: usize,
    first_error: Option<String>,
}

fn main() -> ExitCode {
    let requests = std::env::var("ATTRIB_SERVE_REQUESTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(REQUESTS);
    let text = common::corpus_texts().swap_remove(0);
    let body = serde_json::json!({ "id": "bench", "text": text }).to_string();
    let request = Arc::new(
        format!(
            "POST /extract HTTP/1.1\r\nHost: bench\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        )
        .into_bytes(),
    );

    let mut child = Command::new(env!("CARGO_BIN_EXE_attrib"))
        .args(["serve", "--addr", "127.0.0.1:0"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start attrib serve");
    let mut err = BufReader::new(child.stderr.take().expect("its stderr"));
    let server = Server(child);
    let mut first = String::new();
    let _ = err.read_line(&mut first);
    let Some(addr) = first
        .trim()
        .strip_prefix("attrib serve: listening on http://")
        .map(str::to_string)
    else {
        eprintln!("attrib serve did not start: {first}");
        return ExitCode::FAILURE;
    };
    std::thread::spawn(move || {
        let mut rest = String::new();
        let _ = err.read_to_string(&mut rest);
        if !rest.is_empty() {
            eprint!("attrib serve: {rest}");
        }
    });

    let next = Arc::new(AtomicUsize::new(0));
    let start = Instant::now();
    let clients: Vec<_> = (0..CONNECTIONS)
        .map(|_| {
            let (addr, next, request) = (addr.clone(), next.clone(), request.clone());
            std::thread::spawn(move || client(&addr, &next, requests, &request, start))
        })
        .collect();
    let mut seen = Seen::default();
    for c in clients {
        let s = c.join().expect("a client thread");
        seen.latencies.extend(s.latencies);
        seen.errors += s.errors;
        seen.first_error = seen.first_error.or(s.first_error);
    }
    let secs = start.elapsed().as_secs_f64();
    drop(server);

    let done = seen.latencies.len();
    seen.latencies.sort_by(f64::total_cmp);
    let at = |q: f64| {
        seen.latencies
            .get(((done as f64 * q) as usize).min(done.saturating_sub(1)))
            .map_or(f64::NAN, |s| s * 1e3)
    };
    println!(
        "attrib serve, POST /extract of a {} byte article, {CONNECTIONS} kept-alive connections, {} cores:",
        text.len(),
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    println!(
        "  {done} of {requests} requests in {secs:.2} s: {:.0} requests/s, p50 {:.2} ms, p99 {:.2} ms, {} errors",
        done as f64 / secs,
        at(0.50),
        at(0.99),
        seen.errors
    );
    if let Some(e) = &seen.first_error {
        println!("  first error: {e}");
    }
    if seen.errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Requests on one connection (a new one after an I/O error) until the
/// shared count reaches `total` or time is up.
fn client(addr: &str, next: &AtomicUsize, total: usize, request: &[u8], start: Instant) -> Seen {
    let mut seen = Seen::default();
    let mut conn: Option<(TcpStream, BufReader<TcpStream>)> = None;
    while next.fetch_add(1, Ordering::Relaxed) < total && start.elapsed() < TIME_LIMIT {
        let t = Instant::now();
        let result = (|| -> Result<u16, String> {
            if conn.is_none() {
                let s = TcpStream::connect(addr).map_err(|e| e.to_string())?;
                s.set_read_timeout(Some(Duration::from_secs(30)))
                    .map_err(|e| e.to_string())?;
                let _ = s.set_nodelay(true);
                let r = BufReader::new(s.try_clone().map_err(|e| e.to_string())?);
                conn = Some((s, r));
            }
            let (s, r) = conn.as_mut().expect("connected above");
            s.write_all(request).map_err(|e| e.to_string())?;
            read_response(r)
        })();
        match result {
            Ok(200) => seen.latencies.push(t.elapsed().as_secs_f64()),
            Ok(status) => {
                seen.errors += 1;
                seen.first_error.get_or_insert(format!("status {status}"));
            }
            Err(e) => {
                seen.errors += 1;
                seen.first_error.get_or_insert(e);
                conn = None;
            }
        }
    }
    seen
}

/// The status of one response, read to the end of its body.
fn read_response(r: &mut BufReader<TcpStream>) -> Result<u16, String> {
    let mut status = None;
    let mut length = None;
    let mut line = String::new();
    loop {
        line.clear();
        if r.read_line(&mut line).map_err(|e| e.to_string())? == 0 {
            return Err("connection closed".to_string());
        }
        let l = line.trim_end();
        if l.is_empty() {
            break;
        }
        if status.is_none() {
            status = l.split(' ').nth(1).and_then(|c| c.parse().ok());
        } else if let Some((k, v)) = l.split_once(':') {
            if k.eq_ignore_ascii_case("content-length") {
                length = v.trim().parse::<usize>().ok();
            }
        }
    }
    let length = length.ok_or("no Content-Length")?;
    let mut body = vec![0; length];
    r.read_exact(&mut body).map_err(|e| e.to_string())?;
    status.ok_or_else(|| "no status line".to_string())
}
