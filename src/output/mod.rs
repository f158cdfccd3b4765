//! Writers that turn pipeline results into text for people and tools.

pub mod audit;
pub mod counts;
pub mod csv;
pub mod extract;
pub mod html;
pub mod json;
pub mod location;
pub mod segment;
pub mod visible;
