//! The pages for people: `GET /`, the empty `--format html` page with a
//! box to paste an article into, and `POST /page`, the page of what was
//! pasted, with the box again for the next. The page writer makes both,
//! the box included: no HTML is written here.

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

/// `GET /`.
pub fn home() -> Reply {
    let mut page = Page::new(true);
    page.paste = true;
    let mut out = Vec::new();
    match page
        .write_head(&mut out)
        .and_then(|()| page.write_tail(&mut out))
    {
        Ok(()) => reply::ok(HTML, out),
        Err(e) => internal(&e.to_string()),
    }
}

/// `POST /page`: the form's `text` (and `id`, if given) as the full
/// `--format html` page.
pub async fn page(state: Arc<State>, headers: &HeaderMap, body: Incoming) -> Reply {
    let (bytes, _held) = match documents::body(&state, headers, body).await {
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
        page.paste = true;
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
