//! Query evaluation over one block: matchers, series selection, label names and values.

pub mod labels;
pub mod matchers;
pub mod select;

pub use matchers::{MatchType, Matcher};
