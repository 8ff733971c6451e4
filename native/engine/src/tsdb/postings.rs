//! Postings lists and the set operations on them (Prometheus `tsdb/index/postings.go`).
//!
//! A postings list is a strictly increasing list of series refs. In the index it is a run of
//! big-endian u32s that we read in place from the mapped file (`BePostings`); results of set
//! operations are owned `Vec<u32>`s. Operations:
//! - `intersect`: smallest list first, every other list probed with galloping (exponential)
//!   search, so a 10-element list intersected with the 1M-element all-postings list touches
//!   about 10·log2(1M/10) entries instead of 1M.
//! - `merge`: k-way union through a loser tree (one comparison per tree level per output).
//! - `without`: a minus b, probing b by galloping.
//!
//! `Postings::Empty` short-circuits all three.

/// A postings list as stored in the index: `len` big-endian u32 refs, strictly increasing.
#[derive(Debug, Clone, Copy)]
pub struct BePostings<'a> {
    b: &'a [u8],
}

impl<'a> BePostings<'a> {
    /// Wraps `b` if it holds whole u32s in strictly increasing order. The order check costs
    /// one pass (the CRC check already made one); it keeps galloping search and the merge
    /// correct on damaged-but-checksummed lists instead of silently returning wrong series.
    pub fn new(b: &'a [u8]) -> Option<Self> {
        if !b.len().is_multiple_of(4) {
            return None;
        }
        let p = BePostings { b };
        let mut prev: Option<u32> = None;
        for i in 0..p.len() {
            let x = p.get(i);
            if prev.is_some_and(|q| q >= x) {
                return None;
            }
            prev = Some(x);
        }
        Some(p)
    }

    pub fn len(&self) -> usize {
        self.b.len() / 4
    }

    pub fn is_empty(&self) -> bool {
        self.b.is_empty()
    }

    #[inline]
    pub fn get(&self, i: usize) -> u32 {
        let s = &self.b[i * 4..i * 4 + 4];
        u32::from_be_bytes([s[0], s[1], s[2], s[3]])
    }
}

/// One input of a set operation.
#[derive(Debug, Clone)]
pub enum Postings<'a> {
    Empty,
    Be(BePostings<'a>),
    Owned(Vec<u32>),
}

impl Postings<'_> {
    pub fn len(&self) -> usize {
        match self {
            Postings::Empty => 0,
            Postings::Be(p) => p.len(),
            Postings::Owned(v) => v.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    #[inline]
    pub fn get(&self, i: usize) -> u32 {
        match self {
            Postings::Empty => 0,
            Postings::Be(p) => p.get(i),
            Postings::Owned(v) => v[i],
        }
    }

    pub fn to_vec(&self) -> Vec<u32> {
        match self {
            Postings::Empty => Vec::new(),
            Postings::Be(p) => (0..p.len()).map(|i| p.get(i)).collect(),
            Postings::Owned(v) => v.clone(),
        }
    }

    pub fn into_vec(self) -> Vec<u32> {
        match self {
            Postings::Owned(v) => v,
            other => other.to_vec(),
        }
    }

    /// First index `>= from` whose value is `>= target` (or `len()`): doubles the step until
    /// it overshoots, then binary-searches the last step. O(log distance) per probe.
    pub fn gallop(&self, from: usize, target: u32) -> usize {
        let len = self.len();
        if from >= len || self.get(from) >= target {
            return from;
        }
        // Invariant: get(lo) < target; the answer lies in (lo, hi].
        let mut lo = from;
        let mut step = 1usize;
        let mut hi;
        loop {
            hi = lo.saturating_add(step);
            if hi >= len {
                hi = len;
                break;
            }
            if self.get(hi) >= target {
                break;
            }
            lo = hi;
            step = step.saturating_mul(2);
        }
        // Binary search for the first index in (lo, hi) with value >= target; hi if none.
        let mut a = lo + 1;
        let mut b = hi;
        while a < b {
            let mid = a + (b - a) / 2;
            if self.get(mid) < target {
                a = mid + 1;
            } else {
                b = mid;
            }
        }
        a
    }
}

/// Refs present in every list. No lists means no refs (as Prometheus's `Intersect()`).
pub fn intersect(mut lists: Vec<Postings<'_>>) -> Vec<u32> {
    if lists.is_empty() || lists.iter().any(Postings::is_empty) {
        return Vec::new();
    }
    // The smallest list bounds the result; probing the big ones from it is cheapest.
    lists.sort_by_key(Postings::len);
    let mut iter = lists.into_iter();
    let mut acc = match iter.next() {
        Some(first) => first.into_vec(),
        None => return Vec::new(),
    };
    for other in iter {
        let mut pos = 0usize;
        acc.retain(|&x| {
            pos = other.gallop(pos, x);
            pos < other.len() && other.get(pos) == x
        });
        if acc.is_empty() {
            break;
        }
    }
    acc
}

/// Sorted, distinct union of all lists.
pub fn merge(lists: Vec<Postings<'_>>) -> Vec<u32> {
    let mut lists: Vec<Postings<'_>> = lists.into_iter().filter(|p| !p.is_empty()).collect();
    match lists.len() {
        0 => Vec::new(),
        1 => lists.pop().map(Postings::into_vec).unwrap_or_default(),
        2 => merge_two(&lists[0], &lists[1]),
        _ => LoserTree::new(&lists).run(),
    }
}

/// Two lists: a plain two-pointer merge beats the tree's bookkeeping.
fn merge_two(a: &Postings<'_>, b: &Postings<'_>) -> Vec<u32> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        let (x, y) = (a.get(i), b.get(j));
        if x < y {
            out.push(x);
            i += 1;
        } else if y < x {
            out.push(y);
            j += 1;
        } else {
            out.push(x);
            i += 1;
            j += 1;
        }
    }
    out.extend((i..a.len()).map(|k| a.get(k)));
    out.extend((j..b.len()).map(|k| b.get(k)));
    out
}

/// Tournament tree over k cursors. Leaves live at indices k..2k, internal node n has children
/// 2n and 2n+1 (valid for any k, not only powers of two); each internal node keeps the loser
/// of the match played there and `tree[0]` the overall winner. After the winner advances only
/// its path to the root is replayed: log2(k) comparisons per output element.
struct LoserTree<'l, 'a> {
    lists: &'l [Postings<'a>],
    pos: Vec<usize>,
    tree: Vec<usize>,
}

/// Key of an exhausted cursor: above every u32, so it loses every match.
const DONE: u64 = u64::MAX;

impl<'l, 'a> LoserTree<'l, 'a> {
    fn new(lists: &'l [Postings<'a>]) -> Self {
        let k = lists.len();
        let mut t = LoserTree { lists, pos: vec![0; k], tree: vec![0; k.max(1)] };
        let w = t.build(1);
        t.tree[0] = w;
        t
    }

    #[inline]
    fn key(&self, leaf: usize) -> u64 {
        let l = &self.lists[leaf];
        let p = self.pos[leaf];
        if p < l.len() {
            u64::from(l.get(p))
        } else {
            DONE
        }
    }

    /// Plays the subtree rooted at `node`, records losers, returns the winning leaf.
    fn build(&mut self, node: usize) -> usize {
        let k = self.lists.len();
        if node >= k {
            return node - k;
        }
        let l = self.build(2 * node);
        let r = self.build(2 * node + 1);
        let (w, lo) = if self.key(l) <= self.key(r) { (l, r) } else { (r, l) };
        self.tree[node] = lo;
        w
    }

    fn run(mut self) -> Vec<u32> {
        let k = self.lists.len();
        let total: usize = self.lists.iter().map(Postings::len).sum();
        let mut out: Vec<u32> = Vec::with_capacity(total);
        loop {
            let mut w = self.tree[0];
            let v = self.key(w);
            if v == DONE {
                break;
            }
            // Keys are u32 values here (DONE handled above).
            let v = v as u32;
            if out.last() != Some(&v) {
                out.push(v);
            }
            self.pos[w] += 1;
            let mut node = (w + k) / 2;
            while node >= 1 {
                let other = self.tree[node];
                if self.key(other) < self.key(w) {
                    self.tree[node] = w;
                    w = other;
                }
                node /= 2;
            }
            self.tree[0] = w;
        }
        out
    }
}

/// Refs of `a` that are not in `b`.
pub fn without(a: &Postings<'_>, b: &Postings<'_>) -> Vec<u32> {
    if a.is_empty() {
        return Vec::new();
    }
    if b.is_empty() {
        return a.to_vec();
    }
    let mut out = Vec::with_capacity(a.len());
    let mut pos = 0usize;
    for i in 0..a.len() {
        let x = a.get(i);
        pos = b.gallop(pos, x);
        if pos >= b.len() {
            // b is exhausted: the rest of a survives as is.
            out.extend((i..a.len()).map(|j| a.get(j)));
            break;
        }
        if b.get(pos) != x {
            out.push(x);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn be(v: &[u32]) -> Vec<u8> {
        v.iter().flat_map(|x| x.to_be_bytes()).collect()
    }

    #[test]
    fn be_postings_checks_order_and_size() {
        assert!(BePostings::new(&be(&[1, 2, 9])).is_some());
        assert!(BePostings::new(&be(&[1, 1])).is_none());
        assert!(BePostings::new(&be(&[3, 2])).is_none());
        assert!(BePostings::new(&[0, 0, 1]).is_none());
    }

    #[test]
    fn gallop_finds_lower_bound() {
        let p = Postings::Owned((0..100).map(|x| x * 3).collect());
        assert_eq!(p.gallop(0, 0), 0);
        assert_eq!(p.gallop(0, 1), 1);
        assert_eq!(p.gallop(0, 297), 99);
        assert_eq!(p.gallop(0, 298), 100);
        assert_eq!(p.gallop(50, 3), 50);
        assert_eq!(p.gallop(10, 31), 11);
    }

    #[test]
    fn small_cases() {
        let a = Postings::Owned(vec![1, 3, 5, 7]);
        let b = Postings::Owned(vec![3, 4, 5]);
        assert_eq!(intersect(vec![a.clone(), b.clone()]), vec![3, 5]);
        assert_eq!(merge(vec![a.clone(), b.clone(), Postings::Owned(vec![0, 8])]), vec![0, 1, 3, 4, 5, 7, 8]);
        assert_eq!(without(&a, &b), vec![1, 7]);
        assert_eq!(intersect(vec![a.clone(), Postings::Empty]), Vec::<u32>::new());
        assert_eq!(intersect(vec![]), Vec::<u32>::new());
        assert_eq!(merge(vec![]), Vec::<u32>::new());
        assert_eq!(without(&a, &Postings::Empty), vec![1, 3, 5, 7]);
    }
}
