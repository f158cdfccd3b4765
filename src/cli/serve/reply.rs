//! Responses: a body with its type, or an error as `{"error": "..."}`
//! with the status that classes it.

use http_body_util::Full;
use hyper::body::Bytes;
use hyper::header::{HeaderValue, CONNECTION, CONTENT_TYPE};
use hyper::{Response, StatusCode};

pub type Reply = Response<Full<Bytes>>;

pub const JSON: &str = "application/json";
pub const NDJSON: &str = "application/x-ndjson";
pub const HTML: &str = "text/html; charset=utf-8";

/// A 200 response.
pub fn ok(content_type: &'static str, body: impl Into<Bytes>) -> Reply {
    let mut r = Response::new(Full::new(body.into()));
    r.headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    r
}

/// An error naming what is wrong, for people and for tools.
pub fn error(status: StatusCode, message: impl std::fmt::Display) -> Reply {
    let mut body = serde_json::to_vec(&serde_json::json!({ "error": message.to_string() }))
        .expect("a JSON value serializes");
    body.push(b'\n');
    let mut r = ok(JSON, body);
    *r.status_mut() = status;
    r
}

/// `r`, ending the connection: the request's body was not read to its end
/// (too large, or too slow), so what follows it on the connection is no
/// request.
pub fn closing(mut r: Reply) -> Reply {
    r.headers_mut()
        .insert(CONNECTION, HeaderValue::from_static("close"));
    r
}
