//! A request's body, read within the limits, and its documents, made by
//! the JSONL reader's own function so that a field means here what it
//! means in a dataset.

use super::reply::{self, Reply};
use super::State;
use attrib::document::{Headline, Layout};
use attrib::input::jsonl;
use attrib::Document;
use http_body_util::{BodyExt, LengthLimitError, Limited};
use hyper::body::{Bytes, Incoming};
use hyper::header::{CONTENT_LENGTH, CONTENT_TYPE};
use hyper::{HeaderMap, StatusCode};
use serde_json::value::RawValue;
use std::borrow::Cow;
use tokio::sync::OwnedSemaphorePermit;

/// How the documents came, which is how their results go back.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Shape {
    /// One JSON object: one result object.
    One,
    /// A JSON array of objects: an array of results, in order.
    Array,
    /// JSONL (`application/x-ndjson`): JSONL, a result a line.
    Lines,
}

/// The documents of a request, each with its place in it (the element or
/// line number, from 1).
pub struct Documents {
    pub shape: Shape,
    pub docs: Vec<(usize, Document)>,
}

/// The whole body, with the place it holds among the bodies held at once
/// (keep it until the answer is made), or the error to answer: 413 over
/// `--max-body`, 408 when it takes longer than `--timeout` to arrive, 503
/// when no place frees within `--timeout`.
pub async fn body(
    state: &State,
    headers: &HeaderMap,
    body: Incoming,
) -> Result<(Bytes, OwnedSemaphorePermit), Reply> {
    let too_large = || {
        reply::closing(reply::error(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!(
                "the request body is over {} bytes, the most `--max-body` allows",
                state.max_body
            ),
        ))
    };
    // refused before a byte of it is read
    let declared = headers
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok()?.parse::<u64>().ok());
    if declared.is_some_and(|n| n > state.max_body as u64) {
        return Err(too_large());
    }
    let held = match tokio::time::timeout(state.timeout, state.held.clone().acquire_owned()).await {
        Ok(Ok(p)) => p,
        _ => {
            return Err(reply::closing(reply::error(
                StatusCode::SERVICE_UNAVAILABLE,
                format!(
                    "the server is busy: {} requests are being read or extracted; try again",
                    state.held_most
                ),
            )))
        }
    };
    let read = Limited::new(body, state.max_body).collect();
    match tokio::time::timeout(state.timeout, read).await {
        Ok(Ok(collected)) => Ok((collected.to_bytes(), held)),
        Ok(Err(e)) if e.downcast_ref::<LengthLimitError>().is_some() => Err(too_large()),
        Ok(Err(e)) => Err(reply::closing(reply::error(
            StatusCode::BAD_REQUEST,
            format!("the request body could not be read: {e}"),
        ))),
        Err(_) => Err(reply::closing(reply::error(
            StatusCode::REQUEST_TIMEOUT,
            format!(
                "the request body did not arrive within {} s (`--timeout`)",
                state.timeout.as_secs()
            ),
        ))),
    }
}

/// Whether the body is JSONL, by its `Content-Type`.
pub fn is_ndjson(headers: &HeaderMap) -> bool {
    headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|t| t.trim().eq_ignore_ascii_case(reply::NDJSON))
}

/// What an empty body (or JSONL of blank lines only) is told.
const EMPTY: &str = "the request body is empty: send a JSON object with `id` and `text`, an array of them, or JSONL (Content-Type: application/x-ndjson)";

/// The documents of a body (one JSON object, an array of them, or JSONL
/// when `ndjson`), or what is wrong with it, naming the element or line.
pub fn parse(state: &State, body: &[u8], ndjson: bool) -> Result<Documents, String> {
    let layout = Layout {
        headline: Headline::Auto,
        reports: &*state.reports,
    };
    // (replaced once for the whole body: the array's reading of its
    // elements checks UTF-8 before any line reading can replace it)
    let body: Cow<[u8]> = match state.fields.lossy {
        true => match String::from_utf8_lossy(body) {
            Cow::Borrowed(s) => Cow::Borrowed(s.as_bytes()),
            Cow::Owned(s) => Cow::Owned(s.into_bytes()),
        },
        false => Cow::Borrowed(body),
    };
    let body = &*body;
    let one = |bytes: &[u8]| jsonl::document(bytes, &state.fields, &layout);
    let blank = |b: &[u8]| b.iter().all(u8::is_ascii_whitespace);
    if ndjson {
        let mut docs = Vec::new();
        for (i, line) in body.split(|&b| b == b'\n').enumerate() {
            // (as in a JSONL file: a blank line is no record)
            if !blank(line) {
                docs.push((
                    i + 1,
                    one(line).map_err(|e| format!("line {}: {e}", i + 1))?,
                ));
            }
        }
        if docs.is_empty() {
            return Err(EMPTY.to_string());
        }
        return Ok(Documents {
            shape: Shape::Lines,
            docs,
        });
    }
    match body.iter().find(|b| !b.is_ascii_whitespace()) {
        None => Err(EMPTY.to_string()),
        Some(b'[') => {
            // each element as written, for the same reading as a line's
            // (a long numeric id kept digit for digit)
            let elements: Vec<&RawValue> = serde_json::from_slice(body)
                .map_err(|e| format!("not a valid JSON array ({e})"))?;
            let docs = elements
                .iter()
                .enumerate()
                .map(|(i, raw)| {
                    one(raw.get().as_bytes())
                        .map(|d| (i + 1, d))
                        .map_err(|e| format!("element {}: {e}", i + 1))
                })
                .collect::<Result<_, _>>()?;
            Ok(Documents {
                shape: Shape::Array,
                docs,
            })
        }
        Some(_) => Ok(Documents {
            shape: Shape::One,
            docs: vec![(1, one(body)?)],
        }),
    }
}
