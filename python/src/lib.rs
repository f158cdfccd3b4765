//! `attrib._attrib`: the native half of the Python package. It extracts
//! documents with the interpreter released (other Python threads go on;
//! `submit` extracts a batch on a rayon thread pool, while Python converts
//! the batch before), then builds
//! each record as a dict, key for key as `attrib extract --format jsonl`
//! writes it (a test holds the two together on the corpus and PolNeAR).
//! Built here, not parsed from JSON by the `json` module: `json.loads`
//! took longer than the extraction itself. The few parts read rarely
//! (header metadata, citation blocks, the input's meta) are handed over as
//! JSON text for the Python half to load.

use attrib::document::{Headline, Layout};
use attrib::lexicon::{Lexicon, Sources};
use attrib::output::extract::{block_records, claim_records_iter, quotation_records};
use attrib::output::segment::sentence_records;
use attrib::{Document, Extraction};
use pyo3::create_exception;
use pyo3::exceptions::{PyException, PyOSError, PyRuntimeError, PyValueError};
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyList, PyString, PyTuple};

mod dicts;
use rayon::prelude::*;
use std::sync::Arc;

create_exception!(
    _attrib,
    RulesError,
    PyException,
    "A rules file that cannot be read as rules: `file:line: what is wrong`."
);

/// The most threads `extract_batch` starts for each core (as the CLI's
/// `--jobs` allows).
const JOBS_PER_CORE: usize = 8;

/// A frozen extractor: rule lists loaded once, shared by every call and
/// every thread.
#[pyclass(frozen, module = "attrib._attrib")]
struct Extractor {
    shared: Arc<Shared>,
}

/// What every extraction reads, shared with the threads of a stream.
struct Shared {
    inner: attrib::Extractor,
    /// The headline test's reporting verbs (the CLI's `--headline auto`).
    reports: Box<dyn Fn(&str) -> bool + Send + Sync>,
    /// Thread pools by size, for `submit`.
    pools: std::sync::Mutex<std::collections::HashMap<usize, Arc<rayon::ThreadPool>>>,
}

/// A meta field's parsed form.
type Meta = Option<serde_json::Map<String, serde_json::Value>>;

/// A batch being extracted on threads of its own while Python goes on:
/// `extract_many` reads and converts one batch while the next is
/// extracted.
#[pyclass(module = "attrib._attrib")]
struct Pending {
    handle: Option<std::thread::JoinHandle<Vec<(Document, Extraction)>>>,
}

#[pymethods]
impl Pending {
    /// The batch's results, in order (waiting for them with the
    /// interpreter released).
    fn results<'py>(&mut self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyTuple>>> {
        let handle = self
            .handle
            .take()
            .ok_or_else(|| PyValueError::new_err("the results of a batch are taken once"))?;
        let done = py.detach(|| handle.join()).map_err(|_| {
            PyRuntimeError::new_err("attrib: extraction failed (a bug: please report it)")
        })?;
        without_gc(py, || {
            let mut st = dicts::Strings::new(py);
            done.iter()
                .map(|(doc, ex)| result(&mut st, doc, ex))
                .collect()
        })
    }
}

/// Runs `f` with Python's cyclic garbage collector paused (and started
/// again after, if it was running): the records are thousands of new
/// dicts, none of them in a cycle, and the collections their count set
/// off took a sixth of the time of `extract_many` (`perf`).
fn without_gc<T>(py: Python<'_>, f: impl FnOnce() -> PyResult<T>) -> PyResult<T> {
    /// Starts the collector again when dropped: after `f` returns, and
    /// also when a panic unwinds through it.
    struct Resume<'py>(Option<Bound<'py, PyModule>>);
    impl Drop for Resume<'_> {
        fn drop(&mut self) {
            if let Some(gc) = &self.0 {
                let _ = gc.call_method0(intern!(gc.py(), "enable"));
            }
        }
    }
    let gc = py.import(intern!(py, "gc"))?;
    let running = gc.call_method0(intern!(py, "isenabled"))?.is_truthy()?;
    if running {
        gc.call_method0(intern!(py, "disable"))?;
    }
    let _resume = Resume(running.then_some(gc));
    f()
}

#[pymethods]
impl Extractor {
    #[new]
    #[pyo3(signature = (rules=None, year=None, claims=true))]
    fn new(
        rules: Option<Vec<std::path::PathBuf>>,
        year: Option<i32>,
        claims: bool,
    ) -> PyResult<Self> {
        let mut sources = Sources::builtin();
        for f in rules.unwrap_or_default() {
            let name = f.display().to_string();
            let text = std::fs::read_to_string(&f)
                .map_err(|e| PyOSError::new_err(format!("{name}: {e}")))?;
            sources
                .apply(&name, &text)
                .map_err(|e| RulesError::new_err(e.to_string()))?;
        }
        let lexicon =
            Lexicon::from_sources(&sources).map_err(|e| RulesError::new_err(e.to_string()))?;
        let reports = Box::new(lexicon.cue_word_test());
        Ok(Extractor {
            shared: Arc::new(Shared {
                inner: attrib::Extractor {
                    year,
                    claims,
                    ..attrib::Extractor::new(lexicon)
                },
                reports,
                pools: Default::default(),
            }),
        })
    }

    /// One document's result (see [`Result`]); `meta` is a JSON object's
    /// text.
    #[pyo3(signature = (text, id, meta=None))]
    fn extract<'py>(
        &self,
        py: Python<'py>,
        text: String,
        id: String,
        meta: Option<String>,
    ) -> PyResult<Bound<'py, PyTuple>> {
        let meta = parse_meta(meta.as_deref())?;
        let (doc, ex) = py.detach(|| self.shared.one(id, text, meta));
        without_gc(py, || result(&mut dicts::Strings::new(py), &doc, &ex))
    }

    /// Starts extracting a batch of `(id, text, meta)` on `jobs` threads
    /// and returns at once; [`Pending::results`] gives the results.
    fn submit(
        &self,
        batch: Vec<(String, String, Option<String>)>,
        jobs: usize,
    ) -> PyResult<Pending> {
        let mut items = Vec::with_capacity(batch.len());
        for (id, text, meta) in batch {
            items.push((id, text, parse_meta(meta.as_deref())?));
        }
        let pool = self.shared.pool(jobs.max(1))?;
        let shared = Arc::clone(&self.shared);
        let handle = std::thread::Builder::new()
            .name("attrib-batch".into())
            .spawn(move || shared.many(items, &pool))
            .map_err(|e| PyRuntimeError::new_err(format!("attrib: cannot start a thread: {e}")))?;
        Ok(Pending {
            handle: Some(handle),
        })
    }
}

impl Shared {
    fn one(&self, id: String, text: String, meta: Meta) -> (Document, Extraction) {
        let layout = Layout {
            headline: Headline::Auto,
            reports: &*self.reports,
        };
        let mut doc = Document::with_layout(id, text, &layout);
        doc.meta = meta;
        let ex = self.inner.extract(&doc);
        (doc, ex)
    }

    /// Each item extracted on `pool`, the results in input order.
    fn many(
        &self,
        items: Vec<(String, String, Meta)>,
        pool: &rayon::ThreadPool,
    ) -> Vec<(Document, Extraction)> {
        pool.install(|| {
            items
                .into_par_iter()
                .map(|(id, text, meta)| self.one(id, text, meta))
                .collect()
        })
    }

    /// The pool of `jobs` threads, made the first time it is asked for
    /// and kept for every batch after (as the CLI keeps one for a run).
    fn pool(&self, jobs: usize) -> PyResult<Arc<rayon::ThreadPool>> {
        let mut pools = self.pools.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(p) = pools.get(&jobs) {
            return Ok(Arc::clone(p));
        }
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(jobs)
            .thread_name(|k| format!("attrib-{k}"))
            .build()
            .map_err(|e| PyRuntimeError::new_err(format!("attrib: cannot start threads: {e}")))?;
        let pool = Arc::new(pool);
        pools.insert(jobs, Arc::clone(&pool));
        Ok(pool)
    }
}

/// A JSONL line's other fields, as a JSON object's text.
fn parse_meta(meta: Option<&str>) -> PyResult<Meta> {
    match meta {
        None => Ok(None),
        Some(m) => serde_json::from_str(m)
            .map(Some)
            .map_err(|e| PyValueError::new_err(format!("meta must be a JSON object: {e}"))),
    }
}

/// One result: `(id, metadata JSON, quotations, claims, citations JSON,
/// sentence offsets, meta JSON or None)`, quotations and claims as lists
/// of the JSONL records' dicts.
fn result<'py>(
    st: &mut dicts::Strings<'py>,
    doc: &Document,
    ex: &Extraction,
) -> PyResult<Bound<'py, PyTuple>> {
    let py = st.py();
    let id = PyString::new(py, &doc.id);
    let mut metadata = Vec::new();
    json_into(&mut metadata, &doc.metadata);
    let quotations = PyList::empty(py);
    for r in quotation_records(doc, ex) {
        quotations.append(dicts::record(st, &id, &r)?)?;
    }
    let claims = PyList::empty(py);
    for r in claim_records_iter(doc, ex) {
        claims.append(dicts::record(st, &id, &r)?)?;
    }
    let mut citations = Vec::from(&b"["[..]);
    for (i, b) in block_records(doc, ex).enumerate() {
        if i > 0 {
            citations.push(b',');
        }
        json_into(&mut citations, &b);
    }
    citations.push(b']');
    // (six numbers a sentence, little-endian u64: index, paragraph, start,
    // end, char_start, char_end; dicts are made when they are read, as
    // most callers never read them and they were most of the dicts)
    let mut sentences = Vec::with_capacity(ex.sentences.len() * 48);
    for s in sentence_records(doc, &ex.sentences) {
        let o = &s.offsets;
        for v in [
            s.index,
            s.paragraph,
            o.start,
            o.end,
            o.char_start,
            o.char_end,
        ] {
            sentences.extend_from_slice(&(v as u64).to_le_bytes());
        }
    }
    let sentences = PyBytes::new(py, &sentences);
    let meta = doc.meta.as_ref().map(|m| {
        let mut b = Vec::new();
        json_into(&mut b, m);
        PyBytes::new(py, &b)
    });
    (
        id,
        PyBytes::new(py, &metadata),
        quotations,
        claims,
        PyBytes::new(py, &citations),
        sentences,
        meta,
    )
        .into_pyobject(py)
}

fn json_into(out: &mut Vec<u8>, v: &impl serde::Serialize) {
    if serde_json::to_writer(&mut *out, v).is_err() {
        out.extend_from_slice(b"null");
    }
}

/// The rule lists: `(name, entries, what it is for)`.
#[pyfunction]
fn rules() -> Vec<(&'static str, usize, &'static str)> {
    let sources = Sources::builtin();
    attrib::lexicon::rules::LISTS
        .iter()
        .map(|l| (l.name, sources.entries(l.name).len(), l.about))
        .collect()
}

/// Threads `extract_many` may use: as the CLI's `--jobs`, eight a core (at least eight).
#[pyfunction]
fn max_jobs() -> usize {
    (std::thread::available_parallelism().map_or(1, |n| n.get()) * JOBS_PER_CORE).max(8)
}

#[pymodule]
fn _attrib(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Extractor>()?;
    m.add_class::<Pending>()?;
    m.add("RulesError", m.py().get_type::<RulesError>())?;
    m.add_function(wrap_pyfunction!(rules, m)?)?;
    m.add_function(wrap_pyfunction!(max_jobs, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
