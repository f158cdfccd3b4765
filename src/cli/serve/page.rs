//! The pages for people: `GET /`, the empty `--format html` page with a
//! box to paste an article into, and `POST /page`, the page of what was
//! pasted. The page writer escapes the text; the form is the only HTML
//! written here.

use super::reply::{self, Reply, HTML};
use super::routes::{extraction, internal};
use super::{documents, State};
use attrib::document::{Headline, Layout};
use attrib::output::html::Page;
use attrib::Document;
use hyper::body::Incoming;
use hyper::{HeaderMap, StatusCode};
use std::io;
use std::sync::Arc;

/// The id of a pasted document when the form gives none.
const PASTED: &str = "pasted";

/// The paste box, the one piece of HTML the server adds to a page.
fn paste_form() -> &'static str {
    "\n<form method=\"post\" action=\"/page\" style=\"margin-right: calc(var(--panel) + 2rem); padding: 1rem 2rem 0; max-width: 52rem\">\
     <textarea name=\"text\" rows=\"10\" style=\"width: 100%\" placeholder=\"Paste a news article\" required></textarea>\
     <button type=\"submit\">Find quotations and claims</button></form>"
}

/// `GET /`.
pub fn home() -> Reply {
    let page = Page::new(true);
    let mut head = Vec::new();
    let written = page.write_head(&mut head).and_then(|()| {
        let mut out = with_form(&head);
        page.write_tail(&mut out)?;
        Ok(out)
    });
    match written {
        Ok(out) => reply::ok(HTML, out),
        Err(e) => internal(&e.to_string()),
    }
}

/// The page head with the form right after the `<body …>` tag (or after
/// the head, should a page ever have no such tag).
fn with_form(head: &[u8]) -> Vec<u8> {
    let at = memchr::memmem::find(head, b"<body")
        .and_then(|k| memchr::memchr(b'>', &head[k..]).map(|e| k + e + 1))
        .unwrap_or(head.len());
    let mut out = Vec::with_capacity(head.len() + paste_form().len());
    out.extend_from_slice(&head[..at]);
    out.extend_from_slice(paste_form().as_bytes());
    out.extend_from_slice(&head[at..]);
    out
}

/// `POST /page`: the form's `text` (and `id`, if given) as the full
/// `--format html` page.
pub async fn page(state: Arc<State>, headers: &HeaderMap, body: Incoming) -> Reply {
    let bytes = match documents::body(&state, headers, body).await {
        Ok(b) => b,
        Err(r) => return r,
    };
    let mut text = None;
    let mut id = None;
    for (k, v) in form_urlencoded::parse(&bytes) {
        match &*k {
            "text" => text = Some(v.into_owned()),
            "id" => id = Some(v.into_owned()),
            _ => {}
        }
    }
    let Some(text) = text else {
        return reply::error(
            StatusCode::BAD_REQUEST,
            "no `text` field in the form (application/x-www-form-urlencoded)",
        );
    };
    let id = id.unwrap_or_else(|| PASTED.to_string());
    let done = extraction(&state, move |st| -> io::Result<Vec<u8>> {
        let layout = Layout {
            headline: Headline::Auto,
            reports: &*st.reports,
        };
        let doc = Document::with_layout(id, text, &layout);
        let ex = st.extractor.extract(&doc);
        let mut page = Page::new(st.extractor.claims);
        let mut out = Vec::new();
        page.write_head(&mut out)?;
        page.write_document(&mut out, &doc, &ex)?;
        page.write_tail(&mut out)?;
        Ok(out)
    })
    .await;
    match done {
        Ok(Ok(out)) => reply::ok(HTML, out),
        Ok(Err(e)) => internal(&e.to_string()),
        Err(r) => r,
    }
}
