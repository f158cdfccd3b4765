//! The queue between the thread that reads documents and the pipeline
//! that extracts them, bounded both by count and by bytes of text.
//!
//! A long queue keeps batches long, and a batch of two cores' work waits
//! only for its slowest document: from 16 documents queued to 128, a
//! two-thread run over PolNeAR got 7% faster. A count alone would let 128
//! large documents sit in memory, so the text queued is capped too, and
//! memory stays bounded by the largest document, not by the input.

use crate::Document;
use std::sync::mpsc::{self, RecvError, TryRecvError};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};

/// Documents queued, at most, per extracting thread.
const PER_THREAD: usize = 64;
/// Bytes of text queued, at most (one document larger than this still
/// passes alone).
const BYTES: usize = 16 << 20;

/// A queue for a pipeline of `jobs` threads.
pub fn queue(jobs: usize) -> (Sender, Receiver) {
    let (tx, rx) = mpsc::sync_channel(jobs.max(1) * PER_THREAD);
    let budget = Arc::new(Budget::default());
    (
        Sender {
            tx,
            budget: budget.clone(),
        },
        Receiver { rx, budget },
    )
}

#[derive(Default)]
struct Budget {
    state: Mutex<State>,
    freed: Condvar,
}

#[derive(Default)]
struct State {
    /// Bytes of text in the queue.
    queued: usize,
    /// A sender waits for room.
    waiting: bool,
    /// The receiver is gone.
    closed: bool,
}

impl Budget {
    fn lock(&self) -> MutexGuard<'_, State> {
        // (no code panics while holding the lock)
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn release(&self, bytes: usize) {
        let mut s = self.lock();
        s.queued -= bytes;
        if s.waiting {
            s.waiting = false;
            self.freed.notify_all();
        }
    }
}

/// The receiver is gone: nothing more will be read.
#[derive(Debug, PartialEq, Eq)]
pub struct Closed;

pub struct Sender {
    tx: mpsc::SyncSender<Document>,
    budget: Arc<Budget>,
}

impl Sender {
    /// Queues `doc`, waiting while the queue is full; fails when the
    /// receiver is gone.
    pub fn send(&self, doc: Document) -> Result<(), Closed> {
        let n = doc.text.len();
        {
            let mut s = self.budget.lock();
            while !s.closed && s.queued > 0 && s.queued + n > BYTES {
                s.waiting = true;
                s = self.budget.freed.wait(s).unwrap_or_else(|e| e.into_inner());
            }
            if s.closed {
                return Err(Closed);
            }
            s.queued += n;
        }
        self.tx.send(doc).map_err(|_| {
            self.budget.release(n);
            Closed
        })
    }
}

pub struct Receiver {
    rx: mpsc::Receiver<Document>,
    budget: Arc<Budget>,
}

impl Receiver {
    /// The next document, waiting for it; an error once the sender is
    /// gone and the queue is empty.
    pub fn recv(&self) -> Result<Document, RecvError> {
        let d = self.rx.recv()?;
        self.budget.release(d.text.len());
        Ok(d)
    }

    /// The next document if one is queued.
    pub fn try_recv(&self) -> Result<Document, TryRecvError> {
        let d = self.rx.try_recv()?;
        self.budget.release(d.text.len());
        Ok(d)
    }
}

impl Drop for Receiver {
    fn drop(&mut self) {
        let mut s = self.budget.lock();
        s.closed = true;
        self.budget.freed.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(n: usize) -> Document {
        Document::new("d".to_string(), "x".repeat(n))
    }

    #[test]
    fn keeps_order_and_bounds_bytes() {
        let (tx, rx) = queue(1);
        std::thread::scope(|s| {
            s.spawn(move || {
                for i in 0..40 {
                    tx.send(doc(BYTES / 4 + i)).expect("the receiver is there");
                }
            });
            for i in 0..40 {
                // (the sender is never more than the cap ahead)
                assert!(rx.budget.lock().queued <= BYTES);
                assert_eq!(rx.recv().expect("a document").text.len(), BYTES / 4 + i);
            }
            assert!(rx.recv().is_err());
        });
    }

    #[test]
    fn a_document_over_the_cap_passes_alone() {
        let (tx, rx) = queue(1);
        tx.send(doc(BYTES * 2)).expect("an empty queue takes it");
        assert_eq!(rx.budget.lock().queued, BYTES * 2);
        assert_eq!(rx.recv().expect("it").text.len(), BYTES * 2);
        assert_eq!(rx.budget.lock().queued, 0);
    }

    #[test]
    fn a_waiting_sender_stops_when_the_receiver_goes() {
        let (tx, rx) = queue(1);
        tx.send(doc(BYTES)).expect("room");
        std::thread::scope(|s| {
            let t = s.spawn(move || tx.send(doc(10)).is_err());
            std::thread::sleep(std::time::Duration::from_millis(20));
            drop(rx);
            assert!(t.join().expect("no panic"), "the send fails");
        });
    }
}
