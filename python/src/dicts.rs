//! Records as Python dicts, key for key and in the order of
//! `attrib::output::json::record` (the JSONL writer), so that
//! `json.dumps(d, ensure_ascii=False, separators=(",", ":"))` gives the
//! CLI's line byte for byte. Keys are interned once a process.
//!
//! Making the dicts is the one part of `extract_many` that holds the
//! interpreter, so it makes few objects: a short string that recurs (a
//! rule, a kind, a cue, a speaker's name, an outlet) is one string object
//! for the whole batch, a document's id one for its records, and a
//! record's text that of its only part.

use attrib::output::extract::{CitedBy, Record, SpeakerOut, TextSpan};
use attrib::span::Offsets;
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};
use std::collections::HashMap;

/// Strings longer than this are made anew each time (a quotation's text
/// rarely recurs).
const SHARED_MAX: usize = 48;

/// The string objects made so far for short strings.
pub struct Strings<'py> {
    py: Python<'py>,
    made: HashMap<String, Bound<'py, PyString>>,
}

impl<'py> Strings<'py> {
    pub fn new(py: Python<'py>) -> Strings<'py> {
        Strings {
            py,
            made: HashMap::new(),
        }
    }

    pub fn py(&self) -> Python<'py> {
        self.py
    }

    /// `s` as a Python string, the same object for the same short text.
    pub fn get(&mut self, s: &str) -> Bound<'py, PyString> {
        if s.len() > SHARED_MAX {
            return PyString::new(self.py, s);
        }
        if let Some(p) = self.made.get(s) {
            return p.clone();
        }
        let p = PyString::new(self.py, s);
        self.made.insert(s.to_string(), p.clone());
        p
    }

    fn opt(&mut self, s: Option<&str>) -> Option<Bound<'py, PyString>> {
        s.map(|s| self.get(s))
    }
}

fn offsets(d: &Bound<'_, PyDict>, o: &Offsets) -> PyResult<()> {
    let py = d.py();
    d.set_item(intern!(py, "start"), o.start)?;
    d.set_item(intern!(py, "end"), o.end)?;
    d.set_item(intern!(py, "char_start"), o.char_start)?;
    d.set_item(intern!(py, "char_end"), o.char_end)
}

fn text_span<'py>(
    st: &mut Strings<'py>,
    t: &TextSpan,
    text: Option<&Bound<'py, PyString>>,
) -> PyResult<Bound<'py, PyDict>> {
    let py = st.py;
    let d = PyDict::new(py);
    match text {
        Some(t) => d.set_item(intern!(py, "text"), t)?,
        None => d.set_item(intern!(py, "text"), st.get(t.text))?,
    }
    offsets(&d, &t.offsets)?;
    Ok(d)
}

fn speaker<'py>(st: &mut Strings<'py>, s: &SpeakerOut) -> PyResult<Bound<'py, PyDict>> {
    let py = st.py;
    let d = PyDict::new(py);
    d.set_item(intern!(py, "name"), st.opt(s.name))?;
    d.set_item(intern!(py, "mention"), st.get(s.mention))?;
    offsets(&d, &s.offsets)?;
    d.set_item(intern!(py, "kind"), st.get(s.kind.name()))?;
    d.set_item(intern!(py, "role"), st.opt(s.role))?;
    d.set_item(intern!(py, "resolved_by"), st.get(s.resolved_by))?;
    Ok(d)
}

fn cited_by<'py>(st: &mut Strings<'py>, c: &CitedBy) -> PyResult<Bound<'py, PyDict>> {
    let py = st.py;
    let d = PyDict::new(py);
    let e = &c.entry;
    d.set_item(intern!(py, "source"), st.opt(e.source))?;
    d.set_item(intern!(py, "outlet"), st.opt(e.outlet))?;
    d.set_item(intern!(py, "date"), st.opt(e.date))?;
    d.set_item(intern!(py, "date_iso"), st.opt(e.date_iso.as_deref()))?;
    if let Some(i) = e.interviewer {
        d.set_item(intern!(py, "interviewer"), st.get(i))?;
    }
    d.set_item(intern!(py, "scope"), st.get(c.scope.name()))?;
    d.set_item(intern!(py, "block_id"), st.get(&c.block_id))?;
    Ok(d)
}

/// One quotation or claim record (without `meta`, which the Python half
/// adds last, as the JSONL line has it); `doc` is the document's id.
pub fn record<'py>(
    st: &mut Strings<'py>,
    doc: &Bound<'py, PyString>,
    r: &Record,
) -> PyResult<Bound<'py, PyDict>> {
    let py = st.py;
    let d = PyDict::new(py);
    d.set_item(intern!(py, "doc"), doc)?;
    d.set_item(intern!(py, "id"), st.get(&r.id))?;
    d.set_item(intern!(py, "kind"), st.get(r.kind.name()))?;
    let text = st.get(&r.text);
    d.set_item(intern!(py, "text"), &text)?;
    offsets(&d, &r.offsets)?;
    let parts = PyList::empty(py);
    // (one part: its text is the record's, the same string)
    let only = (r.parts.len() == 1).then_some(&text);
    for p in &r.parts {
        parts.append(text_span(st, p, only)?)?;
    }
    d.set_item(intern!(py, "parts"), parts)?;
    d.set_item(intern!(py, "closed"), r.closed)?;
    d.set_item(intern!(py, "paragraph"), r.paragraph)?;
    d.set_item(intern!(py, "sentence"), r.sentence)?;
    match &r.speaker {
        Some(s) => d.set_item(intern!(py, "speaker"), speaker(st, s)?)?,
        None => d.set_item(intern!(py, "speaker"), py.None())?,
    }
    match &r.cue {
        Some(c) => d.set_item(intern!(py, "cue"), text_span(st, c, None)?)?,
        None => d.set_item(intern!(py, "cue"), py.None())?,
    }
    d.set_item(intern!(py, "rule"), st.get(r.rule))?;
    d.set_item(intern!(py, "confidence"), r.confidence)?;
    d.set_item(intern!(py, "quoted_share"), r.quoted_share)?;
    d.set_item(intern!(py, "continues"), st.opt(r.continues.as_deref()))?;
    let citations = PyList::empty(py);
    for c in &r.citations {
        citations.append(cited_by(st, c)?)?;
    }
    d.set_item(intern!(py, "citations"), citations)?;
    d.set_item(intern!(py, "claim_id"), st.opt(r.claim_id.as_deref()))?;
    let quote_ids = PyList::empty(py);
    for q in &r.quote_ids {
        quote_ids.append(st.get(q))?;
    }
    d.set_item(intern!(py, "quote_ids"), quote_ids)?;
    // (as the CLI writes it: only when true)
    if r.headline {
        d.set_item(intern!(py, "headline"), true)?;
    }
    Ok(d)
}
