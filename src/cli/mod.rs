//! Subcommands of the `attrib` binary that are more than a loop over the
//! inputs.

pub mod eval;
pub mod extract;
pub mod read;
pub mod serve;
