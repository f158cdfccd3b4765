//! Writers that turn pipeline results into text for people and tools.

pub mod extract;
pub mod segment;
