//! Query evaluation: matchers, series selection, label names and values over one block, and
//! the Series pipeline over several blocks (block_series + head → order → merge → series_query).

pub mod block_series;
pub mod head;
pub mod labels;
pub mod matchers;
pub mod merge;
pub mod order;
pub mod select;
pub mod series_query;
pub mod shard;

pub use matchers::{MatchType, Matcher};
