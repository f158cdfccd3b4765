//! Peak memory of one document through the pipeline the binary runs,
//! counted by a global allocator that wraps another and keeps the bytes
//! live and their peak (shared by `tests/memory` and
//! `benches/hostile.rs`).
#![allow(dead_code)]

use attrib::pipeline::{self, Format, Options};
use attrib::{Document, Extractor};
use std::alloc::{GlobalAlloc, Layout};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

/// An allocator that counts what `A` holds: the bytes live and the most
/// live at once since the last [`Counting::reset`].
pub struct Counting<A> {
    inner: A,
    live: AtomicUsize,
    peak: AtomicUsize,
}

impl<A> Counting<A> {
    pub const fn new(inner: A) -> Counting<A> {
        Counting {
            inner,
            live: AtomicUsize::new(0),
            peak: AtomicUsize::new(0),
        }
    }

    /// Starts a new peak from what is live now; returns what is live.
    pub fn reset(&self) -> usize {
        let live = self.live.load(Relaxed);
        self.peak.store(live, Relaxed);
        live
    }

    pub fn peak(&self) -> usize {
        self.peak.load(Relaxed)
    }

    fn grew(&self, n: usize) {
        let live = self.live.fetch_add(n, Relaxed) + n;
        self.peak.fetch_max(live, Relaxed);
    }
}

// SAFETY: every call is passed to `inner` unchanged; only counts are kept
unsafe impl<A: GlobalAlloc> GlobalAlloc for Counting<A> {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        let p = self.inner.alloc(l);
        if !p.is_null() {
            self.grew(l.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, l: Layout) -> *mut u8 {
        let p = self.inner.alloc_zeroed(l);
        if !p.is_null() {
            self.grew(l.size());
        }
        p
    }

    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        self.inner.dealloc(p, l);
        self.live.fetch_sub(l.size(), Relaxed);
    }

    unsafe fn realloc(&self, p: *mut u8, l: Layout, size: usize) -> *mut u8 {
        let q = self.inner.realloc(p, l, size);
        if !q.is_null() {
            // (both blocks may be live during the copy; counted as the
            // larger, as the allocator may grow in place)
            if size >= l.size() {
                self.grew(size - l.size());
            } else {
                self.live.fetch_sub(l.size() - size, Relaxed);
            }
        }
        q
    }
}

/// The most bytes live at once while `text` is made into a document,
/// extracted and written as `format` to a sink, through
/// [`pipeline::run`] with a queue as the binary does (the text itself
/// counted), with `counter` the global allocator.
pub fn peak_bytes<A>(counter: &Counting<A>, ex: &Extractor, text: &str, format: Format) -> usize {
    let before = counter.reset();
    let (tx, rx) = attrib::queue::queue(1);
    std::thread::scope(|s| {
        s.spawn(move || {
            let _ = tx.send(Document::new("h", text.to_string()));
        });
        let o = Options {
            format,
            jobs: 1,
            width: 100,
            stream: false,
            jsonl: false,
            meta_columns: None,
            csv_raw: false,
        };
        pipeline::run(ex, rx, &mut std::io::sink(), o, |_| {}).expect("write to a sink");
    });
    counter.peak().saturating_sub(before)
}
