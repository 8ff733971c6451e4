//! Final label sets (external labels added, replica labels removed) and the order a Series
//! response must have: ascending by Prometheus `labels.Compare` over the *final* sets, reached
//! without buffering the response (shared/DESIGN.md, "Series order with external labels").
//!
//! The series of the blocks arrive in index label order. Split them in two:
//! - **plain** series carry no label named like an external label or a replica label. Their final
//!   set is their own labels plus the added external labels (no name in common, nothing removed).
//!   Between two plain series A < B the order only flips when A is a strict prefix of B and B's
//!   first label beyond A sorts before the largest added external name (the externals then
//!   compare against B's own label). Extensions of A come right after A in index order, so
//!   each series is held on a stack until the next one shows it can go: the stack holds nested
//!   prefixes, so it is never deeper than the longest label set plus one.
//! - **special** series (a label named like an external label, which the external value
//!   overrides, or like a replica label, which is removed) can land anywhere. The caller reads
//!   them up front from the postings of those names, labels and chunk metas only, and they are
//!   merged in here as a second sorted stream.
//!
//! Equal final sets (replica removal can make two series equal) come out adjacent: plain before
//! special, and in index label order among specials.

use std::cmp::Ordering;
use std::collections::VecDeque;

use crate::{Error, Result};

/// Label name or value bytes. Shared, not owned: a series' labels are copied from the block
/// reader's memo, into the final set and into the orderer, and a copy here is a reference count
/// instead of an allocation per name and value. A plain count, not an atomic one: a query's
/// labels never leave the thread that runs it (the compiler holds us to that), and with some 70
/// count changes per series an atomic count was a measurable share of a select-all over 1M series.
pub type Sym = std::rc::Rc<[u8]>;

/// One label: name bytes, value bytes.
pub type Label = (Sym, Sym);

/// Whether `name` is in the sorted list `names`.
fn is_listed(names: &[Vec<u8>], name: &[u8]) -> bool {
    names.binary_search_by(|n| n.as_slice().cmp(name)).is_ok()
}

/// Prometheus `labels.Compare`: pairwise, names first then values (byte order); a prefix sorts
/// before its extensions.
pub fn compare_labels(a: &[Label], b: &[Label]) -> Ordering {
    for (x, y) in a.iter().zip(b) {
        match compare_syms(&x.0, &y.0) {
            Ordering::Equal => {}
            o => return o,
        }
        match compare_syms(&x.1, &y.1) {
            Ordering::Equal => {}
            o => return o,
        }
    }
    a.len().cmp(&b.len())
}

/// Byte order of two symbols; equal without reading the bytes when both share one allocation,
/// as neighbours from one block reader mostly do (names, and the values of leading labels).
#[inline]
fn compare_syms(a: &Sym, b: &Sym) -> Ordering {
    if std::rc::Rc::ptr_eq(a, b) {
        Ordering::Equal
    } else {
        a.cmp(b)
    }
}

/// Turns a series' own labels into the labels a Series response carries.
#[derive(Debug, Clone)]
pub struct LabelRewrite {
    /// External labels, sorted by name.
    external: Vec<Label>,
    /// Names removed from every final set, sorted.
    replica: Vec<Vec<u8>>,
    /// External labels whose names are not removed: what a plain series gains.
    added: Vec<Label>,
    /// External and replica names, sorted: a series with one of these labels is special.
    special: Vec<Vec<u8>>,
}

impl LabelRewrite {
    /// `external` may come in any order but must not repeat a name.
    pub fn new(external: &[(String, String)], replica: &[String]) -> Result<LabelRewrite> {
        let mut ext: Vec<Label> =
            external.iter().map(|(n, v)| (Sym::from(n.as_bytes()), Sym::from(v.as_bytes()))).collect();
        ext.sort();
        for w in ext.windows(2) {
            if w[0].0 == w[1].0 {
                return Err(Error::invalid(format!(
                    "external label {:?} given twice",
                    String::from_utf8_lossy(&w[0].0)
                )));
            }
        }
        let mut rep: Vec<Vec<u8>> = replica.iter().map(|n| n.as_bytes().to_vec()).collect();
        rep.sort();
        rep.dedup();
        let added: Vec<Label> = ext.iter().filter(|(n, _)| !is_listed(&rep, n)).cloned().collect();
        let mut special: Vec<Vec<u8>> = ext.iter().map(|(n, _)| n.to_vec()).chain(rep.iter().cloned()).collect();
        special.sort();
        special.dedup();
        Ok(LabelRewrite { external: ext, replica: rep, added, special })
    }

    /// External and replica names, sorted: the names that make a series special.
    pub fn special_names(&self) -> &[Vec<u8>] {
        &self.special
    }

    pub fn is_special_name(&self, name: &[u8]) -> bool {
        self.special.binary_search_by(|n| n.as_slice().cmp(name)).is_ok()
    }

    /// The final label set of a series with (sorted, unique) labels `own`: external labels set
    /// over same-named series labels (Thanos `ExtendSortedLabels`), then replica names removed.
    pub fn final_labels(&self, own: &[Label]) -> Vec<Label> {
        let mut out = Vec::with_capacity(own.len() + self.added.len());
        let (mut i, mut j) = (0, 0);
        while i < own.len() || j < self.external.len() {
            let take_ext = match (own.get(i), self.external.get(j)) {
                (Some(a), Some(e)) => match a.0.cmp(&e.0) {
                    Ordering::Less => false,
                    Ordering::Equal => {
                        i += 1; // the external value wins
                        true
                    }
                    Ordering::Greater => true,
                },
                (Some(_), None) => false,
                _ => true,
            };
            let l = if take_ext {
                j += 1;
                &self.external[j - 1]
            } else {
                i += 1;
                &own[i - 1]
            };
            if !is_listed(&self.replica, &l.0) {
                out.push(l.clone());
            }
        }
        out
    }

    /// `final_labels` of a plain series, made from its own label list in place: a plain series
    /// has no external or replica name, so its final set is its own labels with the added
    /// external labels merged in by name: a binary search and an insert per added label, nothing
    /// compared against every label, nothing dropped, and no label cloned but the added ones
    /// (cloning the own labels into a second list cost a reference-count increment and, when
    /// that list was recycled, a decrement per name and per value).
    pub fn plain_final_labels(&self, mut own: Vec<Label>) -> Vec<Label> {
        debug_assert!(own.iter().all(|l| !self.is_special_name(&l.0)), "a special series taken as plain");
        own.reserve(self.added.len());
        for e in &self.added {
            // `added` ascends by name, so each lands after the ones before it.
            let p = own.partition_point(|l| l.0 < e.0);
            own.insert(p, e.clone());
        }
        own
    }
}

/// Puts series into final label order: plain series pushed in index order, special series
/// given up front. `T` is whatever the caller needs to emit a series later (no chunk data).
pub struct Orderer<T> {
    /// Held plain series; each is a strict prefix of the one above it, and the top has the
    /// smallest final set.
    stack: Vec<(Vec<Label>, T)>,
    /// Plain series whose position is settled, ascending.
    ready: VecDeque<(Vec<Label>, T)>,
    /// Special series, ascending by final set (stable: index order among equals).
    special: VecDeque<(Vec<Label>, T)>,
    plain_done: bool,
    max_depth: usize,
}

impl<T> Orderer<T> {
    pub fn new(mut special: Vec<(Vec<Label>, T)>) -> Orderer<T> {
        special.sort_by(|a, b| compare_labels(&a.0, &b.0));
        Orderer {
            stack: Vec::new(),
            ready: VecDeque::new(),
            special: special.into(),
            plain_done: false,
            max_depth: 0,
        }
    }

    /// Adds the next plain series (its final labels), in index label order of its own labels.
    pub fn push(&mut self, fin: Vec<Label>, item: T) {
        // A held series can go once a later series sorts after it: every series still to come
        // either is no extension of it (order kept) or extends it with a label name at least
        // as large as this one's, which also sorts after it.
        while let Some(top) = self.stack.last() {
            if compare_labels(&top.0, &fin) != Ordering::Less {
                break;
            }
            if let Some(t) = self.stack.pop() {
                self.ready.push_back(t);
            }
        }
        self.stack.push((fin, item));
        self.max_depth = self.max_depth.max(self.stack.len());
    }

    /// No more plain series: everything held is settled.
    pub fn finish(&mut self) {
        self.plain_done = true;
        while let Some(t) = self.stack.pop() {
            self.ready.push_back(t);
        }
    }

    pub fn is_finished(&self) -> bool {
        self.plain_done
    }

    /// The next series in final order, or None when more plain input (or nothing) is left.
    pub fn pop(&mut self) -> Option<(Vec<Label>, T)> {
        match self.ready.front() {
            Some(m) => {
                let special_first = matches!(self.special.front(), Some(s) if compare_labels(&s.0, &m.0) == Ordering::Less);
                if special_first {
                    self.special.pop_front()
                } else {
                    self.ready.pop_front()
                }
            }
            // A special series may go only once no plain series can come before it.
            None if self.plain_done => self.special.pop_front(),
            None => None,
        }
    }

    /// Deepest the stack of held series has been (tests check the memory bound).
    pub fn max_depth(&self) -> usize {
        self.max_depth
    }
}
