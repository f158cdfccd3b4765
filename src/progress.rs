//! A progress line on stderr for long runs: documents, megabytes and speed,
//! redrawn a few times a second. Silent when stderr is no terminal, so logs
//! and pipelines stay clean.

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

/// Runs shorter than this never show a line.
const QUIET_FOR: Duration = Duration::from_millis(500);
const REDRAW: Duration = Duration::from_millis(200);

pub struct Progress {
    on: bool,
    started: Instant,
    last: Option<Instant>,
    docs: u64,
    bytes: u64,
    shown: bool,
}

impl Progress {
    pub fn new() -> Progress {
        Progress {
            on: std::io::stderr().is_terminal(),
            started: Instant::now(),
            last: None,
            docs: 0,
            bytes: 0,
            shown: false,
        }
    }

    /// Counts one document of `bytes`; redraws when it is time.
    pub fn document(&mut self, bytes: usize) {
        self.docs += 1;
        self.bytes += bytes as u64;
        if !self.on {
            return;
        }
        let now = Instant::now();
        if now - self.started < QUIET_FOR || self.last.is_some_and(|l| now - l < REDRAW) {
            return;
        }
        self.last = Some(now);
        self.draw(now);
    }

    fn draw(&mut self, now: Instant) {
        let secs = (now - self.started).as_secs_f64().max(1e-9);
        let mb = self.bytes as f64 / 1e6;
        let mut err = std::io::stderr().lock();
        // a failed write to stderr is no reason to stop the run
        let _ = write!(
            err,
            "\r\x1b[2K{} documents, {:.1} MB, {:.1} MB/s",
            self.docs,
            mb,
            mb / secs
        );
        let _ = err.flush();
        self.shown = true;
    }

    /// Ends the line, if one was drawn.
    pub fn finish(&mut self) {
        if self.shown {
            self.draw(Instant::now());
            let _ = writeln!(std::io::stderr());
        }
    }
}
