//! The routes, and the extraction every document route shares: on the
//! blocking pool, at most `--jobs` at once, a panic in it a 500.

use super::documents::{self, Documents, Shape};
use super::reply::{self, Reply, JSON, NDJSON};
use super::{page, State};
use attrib::output::audit::{Audit, Report};
use attrib::output::extract::write_json;
use hyper::body::Incoming;
use hyper::header::{HeaderValue, ALLOW};
use hyper::{Method, Request, StatusCode};
use std::io;
use std::sync::Arc;

#[derive(Clone, Copy)]
enum Route {
    Home,
    Page,
    Extract,
    Audit,
    Rules,
    Health,
}

const ROUTES: &[(&str, Method, Route)] = &[
    ("/", Method::GET, Route::Home),
    ("/page", Method::POST, Route::Page),
    ("/extract", Method::POST, Route::Extract),
    ("/audit", Method::POST, Route::Audit),
    ("/rules", Method::GET, Route::Rules),
    ("/healthz", Method::GET, Route::Health),
];

pub async fn handle(state: Arc<State>, req: Request<Incoming>) -> Reply {
    let (parts, body) = req.into_parts();
    let path = parts.uri.path();
    let Some((_, method, route)) = ROUTES.iter().find(|(p, _, _)| *p == path) else {
        let known: Vec<String> = ROUTES.iter().map(|(p, m, _)| format!("{m} {p}")).collect();
        return reply::error(
            StatusCode::NOT_FOUND,
            format!("no route {path} (the routes: {})", known.join(", ")),
        );
    };
    if parts.method != *method {
        let mut r = reply::error(
            StatusCode::METHOD_NOT_ALLOWED,
            format!("{} {path}: {path} takes {method} only", parts.method),
        );
        r.headers_mut()
            .insert(ALLOW, HeaderValue::from_static(method.as_str()));
        return r;
    }
    let headers = &parts.headers;
    match route {
        Route::Health => reply::ok(JSON, "{\"status\":\"ok\"}\n"),
        Route::Rules => reply::ok(JSON, state.rules.clone()),
        Route::Home => page::home(),
        Route::Page => page::page(state, headers, body).await,
        Route::Extract | Route::Audit => {
            let (bytes, _held) = match documents::body(&state, headers, body).await {
                Ok(b) => b,
                Err(r) => return r,
            };
            let ndjson = documents::is_ndjson(headers);
            let audit = matches!(route, Route::Audit);
            let done = extraction(&state, move |st| {
                let docs = documents::parse(st, &bytes, ndjson)?;
                let written = if audit {
                    audit_json(st, &docs).map(|b| (b, JSON))
                } else {
                    extract_json(st, &docs).map(|b| (b, type_of(docs.shape)))
                };
                written.map_err(|e| Failed::Internal(e.to_string()))
            })
            .await;
            match done {
                Ok(Ok((body, content_type))) => reply::ok(content_type, body),
                Ok(Err(Failed::Request(message))) => reply::error(StatusCode::BAD_REQUEST, message),
                Ok(Err(Failed::Internal(message))) => internal(&message),
                Err(r) => r,
            }
        }
    }
}

/// Why a request has no result: its fault (400), or the server's (500).
enum Failed {
    Request(String),
    Internal(String),
}

impl From<String> for Failed {
    fn from(message: String) -> Failed {
        Failed::Request(message)
    }
}

fn type_of(shape: Shape) -> &'static str {
    match shape {
        Shape::Lines => NDJSON,
        Shape::One | Shape::Array => JSON,
    }
}

/// `f` on the blocking pool once one of the `--jobs` places is free
/// (held until `f` ends, even when its client has gone). A panic in it
/// is this request's 500, and leaves the server serving.
pub async fn extraction<T: Send + 'static>(
    state: &Arc<State>,
    f: impl FnOnce(&State) -> T + Send + 'static,
) -> Result<T, Reply> {
    let Ok(place) = state.jobs.clone().acquire_owned().await else {
        return Err(reply::error(
            StatusCode::SERVICE_UNAVAILABLE,
            "the server is shutting down",
        ));
    };
    let state = state.clone();
    tokio::task::spawn_blocking(move || {
        let _place = place;
        f(&state)
    })
    .await
    .map_err(|e| internal(&e.to_string()))
}

/// A 500, told to the server's log in full and to the client in short.
pub fn internal(detail: &str) -> Reply {
    say!("attrib serve: error: an extraction failed: {detail}");
    reply::error(
        StatusCode::INTERNAL_SERVER_ERROR,
        "the extraction failed: an internal error, logged by the server",
    )
}

/// The `--format json` object of each document: alone, in an array, or
/// one a line, as they came.
fn extract_json(st: &State, docs: &Documents) -> io::Result<Vec<u8>> {
    let mut out = Vec::new();
    let array = docs.shape == Shape::Array;
    if array {
        out.push(b'[');
    }
    for (k, (_, doc)) in docs.docs.iter().enumerate() {
        if array && k > 0 {
            out.push(b',');
        }
        let ex = st.extractor.extract(doc);
        write_json(&mut out, doc, &ex)?;
        if array {
            // (each object ends its line; in an array it ends an element)
            out.pop();
        }
    }
    if array {
        out.extend_from_slice(b"]\n");
    }
    Ok(out)
}

/// `attrib audit --format json` of the documents, each located as
/// `request:N` (its element or line) where the command says `FILE:LINE`.
fn audit_json(st: &State, docs: &Documents) -> io::Result<Vec<u8>> {
    let mut audit = Audit::default();
    for (n, doc) in &docs.docs {
        let ex = st.extractor.extract(doc);
        audit.push(Report::of(&format!("request:{n}"), doc, &ex));
    }
    audit.finish();
    let mut out = Vec::new();
    audit.write_json(&mut out)?;
    Ok(out)
}
