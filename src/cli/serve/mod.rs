//! `attrib serve`: the extractor over HTTP, for newsroom systems that
//! plug extractors in as services. One extractor is built at start and
//! shared by every request; extraction is CPU-bound, so it runs on the
//! blocking pool, at most `--jobs` at once, while the async workers only
//! read requests and write responses.
//!
//! Served with hyper's HTTP/1 connection builder rather than a framework:
//! it is the one place that bounds the time a client may take to send its
//! headers (`header_read_timeout`), and six fixed routes need no router.

mod documents;
mod page;
mod reply;
mod routes;
mod stall;

use attrib::input::jsonl::Fields;
use attrib::lexicon::rules::LISTS;
use attrib::lexicon::Sources;
use attrib::{Extractor, Lexicon};
use hyper::body::Bytes;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Semaphore;

/// What `attrib serve` was asked for.
pub struct Options {
    pub addr: String,
    pub jobs: usize,
    pub max_body: usize,
    pub timeout: Duration,
    pub lossy: bool,
}

/// Requests with a body held at once for each extraction thread: enough
/// to keep every thread busy while others arrive, few enough that their
/// bodies stay a bounded amount of memory.
const HELD_PER_JOB: usize = 4;

/// How long in-flight requests may go on after SIGINT or SIGTERM: a
/// client that reads its response slowly must not hold the exit forever.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(30);

/// Everything a request needs, built once.
pub struct State {
    extractor: Extractor,
    /// The lexicon's reporting verbs, for the headline test.
    reports: Box<dyn Fn(&str) -> bool + Send + Sync>,
    fields: Fields,
    /// `GET /rules`, the same for every request.
    rules: Bytes,
    /// Extractions running at once, at most `--jobs`.
    jobs: Arc<Semaphore>,
    /// Requests holding a body (read, or waiting for an extraction), at
    /// most [`HELD_PER_JOB`] a job: their memory is bounded by this times
    /// `--max-body`, whatever the clients send at once.
    held: Arc<Semaphore>,
    held_most: usize,
    max_body: usize,
    timeout: Duration,
}

/// Runs the server until SIGINT or SIGTERM; exit 0 after a clean
/// shutdown, 2 when the address cannot be bound.
pub fn run(lexicon: Lexicon, sources: &Sources, o: Options) -> ExitCode {
    let reports = lexicon.cue_word_test();
    let state = Arc::new(State {
        extractor: Extractor::new(lexicon),
        reports: Box::new(reports),
        fields: Fields {
            lossy: o.lossy,
            ..Fields::default()
        },
        rules: rules_json(sources),
        jobs: Arc::new(Semaphore::new(o.jobs)),
        held: Arc::new(Semaphore::new(o.jobs * HELD_PER_JOB)),
        held_most: o.jobs * HELD_PER_JOB,
        max_body: o.max_body,
        timeout: o.timeout,
    });
    let rt = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            say!("attrib: error: cannot start the server: {e}");
            return ExitCode::from(2);
        }
    };
    let code = rt.block_on(serve(state, &o.addr));
    // (a blocking extraction whose client went away may still run: it
    // cannot be stopped, and its result has no reader)
    rt.shutdown_timeout(Duration::from_secs(1));
    code
}

async fn serve(state: Arc<State>, addr: &str) -> ExitCode {
    let listener = match tokio::net::TcpListener::bind(addr).await {
        Ok(l) => l,
        Err(e) => {
            say!("attrib: error: cannot listen on {addr}: {e}");
            return ExitCode::from(2);
        }
    };
    let bound = match listener.local_addr() {
        Ok(a) => a.to_string(),
        Err(_) => addr.to_string(),
    };
    // (the handlers are set before the line that tells a supervisor the
    // server is up: a SIGTERM right after it must stop, not kill, it)
    let stop = shutdown_signal();
    say!("attrib serve: listening on http://{bound}");
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(state.timeout)
        .keep_alive(true);
    let graceful = GracefulShutdown::new();
    tokio::pin!(stop);
    loop {
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(e) => {
                    // out of file descriptors, mostly: wait for some to
                    // close rather than spin
                    say!("attrib serve: warning: cannot accept a connection: {e}");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut stop => break,
        };
        let _ = stream.set_nodelay(true);
        let stream = stall::Stall::new(stream, state.timeout);
        let state = state.clone();
        let service = hyper::service::service_fn(move |req| {
            let state = state.clone();
            async move { Ok::<_, std::convert::Infallible>(routes::handle(state, req).await) }
        });
        let conn = graceful.watch(http.serve_connection(TokioIo::new(stream), service));
        tokio::spawn(async move {
            // (a client that goes away or times out ends its connection:
            // nothing to do about it here)
            let _ = conn.await;
        });
    }
    drop(listener);
    say!("attrib serve: shutting down, finishing the requests in flight");
    if tokio::time::timeout(SHUTDOWN_GRACE, graceful.shutdown())
        .await
        .is_err()
    {
        say!(
            "attrib serve: warning: requests still open after {} s were dropped",
            SHUTDOWN_GRACE.as_secs()
        );
    }
    ExitCode::SUCCESS
}

/// The first SIGINT or SIGTERM, both caught from the call on.
#[cfg(unix)]
fn shutdown_signal() -> impl std::future::Future<Output = ()> {
    use tokio::signal::unix::{signal, SignalKind};
    let mut interrupt = signal(SignalKind::interrupt()).ok();
    let mut terminate = signal(SignalKind::terminate()).ok();
    async move {
        let interrupt = async {
            match &mut interrupt {
                Some(s) => s.recv().await,
                None => std::future::pending().await,
            }
        };
        let terminate = async {
            match &mut terminate {
                Some(s) => s.recv().await,
                None => std::future::pending().await,
            }
        };
        tokio::select! {
            _ = interrupt => {},
            _ = terminate => {},
        }
    }
}

#[cfg(not(unix))]
fn shutdown_signal() -> impl std::future::Future<Output = ()> {
    async {
        let _ = tokio::signal::ctrl_c().await;
    }
}

/// `GET /rules`: what `attrib rules list` prints, as JSON.
fn rules_json(sources: &Sources) -> Bytes {
    let lists: Vec<serde_json::Value> = LISTS
        .iter()
        .map(|l| {
            serde_json::json!({
                "name": l.name,
                "entries": sources.entries(l.name).len(),
                "about": l.about,
            })
        })
        .collect();
    let mut body = serde_json::to_vec(&serde_json::json!({ "lists": lists }))
        .expect("a JSON value serializes");
    body.push(b'\n');
    Bytes::from(body)
}
