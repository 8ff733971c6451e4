//! Label names and label values of one block, optionally restricted by matchers.
//!
//! Without matchers both come straight from the postings offset table (already sorted and
//! distinct). With matchers we select the series (Prometheus semantics, `select.rs`) and decode
//! their labels, collecting symbol references first so each distinct string is resolved once.
//! Results are sorted by bytes, the order of the index and of Go's string comparison.

use std::collections::HashSet;

use super::matchers::{MatchType, Matcher};
use super::select::postings_for_matchers;
use crate::tsdb::index::{ChunkMeta, Index, SeriesRef};
use crate::tsdb::Block;
use crate::Result;

fn to_strings(mut v: Vec<&[u8]>) -> Vec<String> {
    v.sort_unstable();
    v.dedup();
    v.into_iter().map(|b| String::from_utf8_lossy(b).into_owned()).collect()
}

/// Sorted, distinct label names of the series selected by `ms` (all series when empty).
pub fn label_names(ix: &Index, ms: &[Matcher]) -> Result<Vec<String>> {
    if ms.is_empty() {
        return Ok(to_strings(ix.label_names()));
    }
    let refs = postings_for_matchers(ix, ms)?;
    let mut labels: Vec<(u32, u32)> = Vec::new();
    let mut chunks: Vec<ChunkMeta> = Vec::new();
    let mut name_refs: HashSet<u32> = HashSet::new();
    for r in refs {
        ix.series(SeriesRef(r), &mut labels, &mut chunks)?;
        name_refs.extend(labels.iter().map(|&(n, _)| n));
    }
    let names = name_refs.into_iter().map(|n| ix.symbol(n)).collect::<Result<Vec<_>>>()?;
    Ok(to_strings(names))
}

/// Sorted, distinct values of `name` over the series selected by `ms`.
pub fn label_values(ix: &Index, name: &str, ms: &[Matcher]) -> Result<Vec<String>> {
    if ms.is_empty() {
        return Ok(to_strings(ix.label_values(name.as_bytes())?));
    }
    // As Prometheus's labelValuesWithMatchers: only series that have the label count.
    let Some(name_ref) = ix.reverse_symbol(name.as_bytes())? else { return Ok(Vec::new()) };
    let mut all = ms.to_vec();
    all.push(Matcher::new(MatchType::NotEqual, name, "")?);
    let refs = postings_for_matchers(ix, &all)?;
    let mut labels: Vec<(u32, u32)> = Vec::new();
    let mut chunks: Vec<ChunkMeta> = Vec::new();
    let mut value_refs: HashSet<u32> = HashSet::new();
    for r in refs {
        ix.series(SeriesRef(r), &mut labels, &mut chunks)?;
        if let Some(&(_, v)) = labels.iter().find(|&&(n, _)| n == name_ref) {
            value_refs.insert(v);
        }
    }
    let values = value_refs.into_iter().map(|v| ix.symbol(v)).collect::<Result<Vec<_>>>()?;
    Ok(to_strings(values))
}

impl Block {
    pub fn label_names(&self, ms: &[Matcher]) -> Result<Vec<String>> {
        label_names(self.index(), ms)
    }

    pub fn label_values(&self, name: &str, ms: &[Matcher]) -> Result<Vec<String>> {
        label_values(self.index(), name, ms)
    }
}
