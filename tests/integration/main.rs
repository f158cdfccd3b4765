//! Integration tests: snapshots over fixtures and the corpus, span
//! properties, and the command line.

mod bad_input;
mod citation_links;
mod cli;
mod common;
mod escaping;
mod eval;
mod extract_snapshots;
mod hostile_cases;
mod html_page;
mod inputs;
mod jsonl_writer;
mod layers;
mod readme;
mod rule_examples;
mod scaling;
mod segment_snapshots;
mod serve;
mod spans;
mod speaker_names;
