//! Postings lists and the set operations on them (Prometheus `tsdb/index/postings.go`).
//!
//! A postings list is a strictly increasing list of series refs. In the index it is a run of
//! big-endian u32s that we read in place from the mapped file (`BePostings`); results of set
//! operations are owned `Vec<u32>`s. Operations:
//! - `intersect`: smallest list first, every other list probed with galloping (exponential)
//!   search, so a 10-element list intersected with the 1M-element all-postings list touches
//!   about 10·log2(1M/10) entries instead of 1M.
//! - `merge`: k-way union through a loser tree (one comparison per tree level per output),
//!   or through a bitmap when the union is dense in its value range.
//! - `without`: a minus b, probing b by galloping.
//!
//! `Postings::Empty` short-circuits all three.
//!
//! Speed notes (bench/results/optimisation.md): the inner loops never go through the
//! `Postings` enum per element. Each operation matches on the list kind once and runs a loop
//! monomorphised over a `Refs` slice view (`[[u8; 4]]` decoded big-endian, or `[u32]`), so
//! the compiler sees plain slice indexing it can bounds-check once or not at all.

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
        let w = p.words();
        if w.windows(2).any(|pair| be(&pair[0]) >= be(&pair[1])) {
            return None;
        }
        Some(p)
    }

    pub fn len(&self) -> usize {
        self.b.len() / 4
    }

    /// The list's bytes, as they lie in the index.
    pub fn bytes(&self) -> &'a [u8] {
        self.b
    }

    pub fn is_empty(&self) -> bool {
        self.b.is_empty()
    }

    #[inline]
    pub fn get(&self, i: usize) -> u32 {
        be(&self.words()[i])
    }

    /// The refs as 4-byte words (the length is a multiple of 4, checked in `new`).
    #[inline]
    fn words(&self) -> &'a [[u8; 4]] {
        self.b.as_chunks::<4>().0
    }
}

#[inline(always)]
fn be(w: &[u8; 4]) -> u32 {
    u32::from_be_bytes(*w)
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
            Postings::Be(p) => p.words().iter().map(be).collect(),
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
        match self {
            Postings::Empty => from,
            Postings::Be(p) => gallop_in(p.words(), from, target),
            Postings::Owned(v) => gallop_in(v.as_slice(), from, target),
        }
    }
}

/// A list's refs as a slice whose elements decode to u32: the two in-memory forms of a list.
/// The set operations are generic over it so each loop is compiled once per form, with no
/// enum dispatch per element.
trait Ref: Copy {
    fn v(self) -> u32;
}

impl Ref for &[u8; 4] {
    #[inline(always)]
    fn v(self) -> u32 {
        be(self)
    }
}

impl Ref for &u32 {
    #[inline(always)]
    fn v(self) -> u32 {
        *self
    }
}

/// `Postings::gallop` on a slice: first index `>= from` with value `>= target`, or `s.len()`.
#[inline]
fn gallop_in<T>(s: &[T], from: usize, target: u32) -> usize
where
    for<'x> &'x T: Ref,
{
    if from >= s.len() || s[from].v() >= target {
        return from;
    }
    // Invariant: s[lo] < target; the answer lies in (lo, hi].
    let mut lo = from;
    let mut step = 1usize;
    let hi = loop {
        let hi = lo.saturating_add(step);
        if hi >= s.len() {
            break s.len();
        }
        if s[hi].v() >= target {
            break hi;
        }
        lo = hi;
        step = step.saturating_mul(2);
    };
    // Binary search of the last step; partition_point compiles without bounds checks.
    lo + 1 + s[lo + 1..hi].partition_point(|x| x.v() < target)
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
        match &other {
            Postings::Empty => acc.clear(),
            Postings::Be(p) => retain_in(&mut acc, p.words()),
            Postings::Owned(v) => retain_in(&mut acc, v.as_slice()),
        }
        if acc.is_empty() {
            break;
        }
    }
    acc
}

/// Keeps the refs of `acc` that are also in `other`, compacting in place.
#[inline]
fn retain_in<T>(acc: &mut Vec<u32>, other: &[T])
where
    for<'x> &'x T: Ref,
{
    let mut pos = 0usize;
    let mut kept = 0usize;
    for i in 0..acc.len() {
        let x = acc[i];
        // Fast path: in dense or equal lists the next candidate is already at `pos` (or
        // `other` has run past it), so one comparison replaces a call into the search.
        if pos < other.len() && other[pos].v() < x {
            pos = gallop_in(other, pos + 1, x);
        }
        let Some(y) = other.get(pos) else { break };
        if y.v() == x {
            acc[kept] = x;
            kept += 1;
            pos += 1;
        }
    }
    acc.truncate(kept);
}

/// Sorted, distinct union of all lists.
pub fn merge(lists: Vec<Postings<'_>>) -> Vec<u32> {
    let mut lists: Vec<Postings<'_>> = lists.into_iter().filter(|p| !p.is_empty()).collect();
    match lists.len() {
        0 => return Vec::new(),
        1 => return lists.pop().map(Postings::into_vec).unwrap_or_default(),
        _ => {}
    }
    if lists.len() > MAX_LEAVES {
        // Beyond the loser tree's packed-key leaf range (2^31 inputs, far beyond any
        // index): merge the halves separately, then the two results.
        let b = lists.split_off(lists.len() / 2);
        let (a, b) = (merge(lists), merge(b));
        return merge_two(a.as_slice(), b.as_slice());
    }
    // One pass over the kinds decides which monomorphised loop runs; index lists are all
    // `Be`, results of earlier operations all `Owned`.
    if lists.iter().all(|p| matches!(p, Postings::Be(_))) {
        let views: Vec<&[[u8; 4]]> = lists
            .iter()
            .map(|p| match p {
                Postings::Be(b) => b.words(),
                _ => &[],
            })
            .collect();
        return merge_slices(&views);
    }
    if lists.iter().all(|p| matches!(p, Postings::Owned(_))) {
        let views: Vec<&[u32]> = lists
            .iter()
            .map(|p| match p {
                Postings::Owned(v) => v.as_slice(),
                _ => &[],
            })
            .collect();
        return merge_slices(&views);
    }
    // Mixed forms (rare): decode the big-endian ones once.
    let owned: Vec<Vec<u32>> = lists.into_iter().map(Postings::into_vec).collect();
    let views: Vec<&[u32]> = owned.iter().map(Vec::as_slice).collect();
    merge_slices(&views)
}

/// Union of k >= 2 non-empty lists of one form.
fn merge_slices<T>(lists: &[&[T]]) -> Vec<u32>
where
    for<'x> &'x T: Ref,
{
    if let [a, b] = lists {
        return merge_two(a, b);
    }
    let total: usize = lists.iter().map(|l| l.len()).sum();
    // Lists are non-empty and sorted: the extremes are the first and last refs.
    let lo = lists.iter().filter_map(|l| l.first()).map(|x| x.v()).min().unwrap_or(0);
    let hi = lists.iter().filter_map(|l| l.last()).map(|x| x.v()).max().unwrap_or(0);
    let words = ((hi - lo) as usize >> 6) + 1;
    if words <= total {
        bitmap_merge(lists, lo, words, total)
    } else {
        loser_tree_merge(lists)
    }
}

/// Union through a bitmap over [lo, lo + 64·words): for dense unions (at least one ref per 64
/// values of the range on average, so the bitmap is at most twice the output's size). Setting
/// a bit is one OR into a bitmap that stays cache-resident, with no cross-list comparisons at
/// all, and reading the refs back out is one trailing-zero count per ref; the loser tree
/// instead pays log2(k) steps per ref plus a cold read of one of k cursors, which is what
/// dominates unions of thousands of lists (a regex over many label values, `=~".+"`).
fn bitmap_merge<T>(lists: &[&[T]], lo: u32, words: usize, total: usize) -> Vec<u32>
where
    for<'x> &'x T: Ref,
{
    let mut bits = vec![0u64; words];
    for l in lists {
        for x in l.iter() {
            let d = (x.v() - lo) as usize;
            bits[d >> 6] |= 1 << (d & 63);
        }
    }
    let mut out: Vec<u32> = Vec::with_capacity(total);
    for (i, &w) in bits.iter().enumerate() {
        let mut w = w;
        let base = lo + ((i as u32) << 6);
        while w != 0 {
            out.push(base + w.trailing_zeros());
            w &= w - 1;
        }
    }
    out
}

/// Two lists: a plain two-pointer merge beats the tree's bookkeeping.
fn merge_two<A, B>(a: &[A], b: &[B]) -> Vec<u32>
where
    for<'x> &'x A: Ref,
    for<'x> &'x B: Ref,
{
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        let (x, y) = (a[i].v(), b[j].v());
        out.push(x.min(y));
        i += usize::from(x <= y);
        j += usize::from(y <= x);
    }
    out.extend(a[i..].iter().map(|x| x.v()));
    out.extend(b[j..].iter().map(|x| x.v()));
    out
}

/// Bits of a packed tree entry that hold the leaf (input list) index.
const LEAF_BITS: u32 = 31;
const LEAF_MASK: u64 = (1 << LEAF_BITS) - 1;
/// Most inputs one loser tree takes (the leaf index must fit in `LEAF_BITS`).
const MAX_LEAVES: usize = 1 << LEAF_BITS;
/// Key of an exhausted input: one above every u32, so it loses every match.
const DONE_KEY: u64 = 1 << 32;

/// A tree entry: the input's current ref (or `DONE_KEY`) above its leaf index. Comparing two
/// entries as u64 compares refs first, so a match is one integer compare and a node holds
/// everything the replay needs without looking at the inputs. Max is 2^63 + 2^31 - 1.
#[inline(always)]
fn pack(key: u64, leaf: usize) -> u64 {
    (key << LEAF_BITS) | leaf as u64
}

/// k-way union through a loser (tournament) tree, k >= 3. Internal node n (1 <= n < k) has
/// children 2n and 2n+1, where an index i >= k is leaf i - k (valid for any k, not only powers
/// of two). Each node stores the packed entry of the loser of the match played there; after
/// the winner's input advances, only its leaf-to-root path is replayed, and every step is a
/// branch-free min/max of two u64s against the stored loser: no reads of other inputs, no
/// mispredicted branches. Per output: one ref read and log2(k) min/max steps.
fn loser_tree_merge<T>(lists: &[&[T]]) -> Vec<u32>
where
    for<'x> &'x T: Ref,
{
    let k = lists.len();
    let total: usize = lists.iter().map(|l| l.len()).sum();
    // Cursors: the unread rest of each input (shrinks from the front).
    let mut rest: Vec<&[T]> = lists.to_vec();
    let first = |l: &[T], leaf: usize| pack(l.first().map_or(DONE_KEY, |x| u64::from(x.v())), leaf);

    // Build bottom-up: win[n] is the winner of node n's subtree, tree[n] its loser.
    let mut win = vec![0u64; 2 * k];
    for (leaf, l) in lists.iter().enumerate() {
        win[k + leaf] = first(l, leaf);
    }
    let mut tree = vec![0u64; k];
    for n in (1..k).rev() {
        let (a, b) = (win[2 * n], win[2 * n + 1]);
        win[n] = a.min(b);
        tree[n] = a.max(b);
    }
    let mut top = win[1];
    drop(win);

    let mut out: Vec<u32> = Vec::with_capacity(total);
    // Last ref written; starts above every u32 so the first ref is always kept.
    let mut last = u64::MAX;
    loop {
        let key = top >> LEAF_BITS;
        if key == DONE_KEY {
            break;
        }
        if key != last {
            out.push(key as u32);
            last = key;
        }
        let leaf = (top & LEAF_MASK) as usize;
        // Advance the winner's input; its next ref (or DONE_KEY) climbs from its leaf.
        let r = &mut rest[leaf];
        *r = &r[1..];
        let mut cur = pack(r.first().map_or(DONE_KEY, |x| u64::from(x.v())), leaf);
        let mut node = (leaf + k) >> 1;
        while node > 0 {
            let o = tree[node];
            tree[node] = o.max(cur);
            cur = o.min(cur);
            node >>= 1;
        }
        top = cur;
    }
    out
}

/// Refs of `a` that are not in `b`.
pub fn without(a: &Postings<'_>, b: &Postings<'_>) -> Vec<u32> {
    match (a, b) {
        (Postings::Empty, _) => Vec::new(),
        (_, Postings::Empty) => a.to_vec(),
        (Postings::Be(x), Postings::Be(y)) => without_in(x.words(), y.words()),
        (Postings::Be(x), Postings::Owned(y)) => without_in(x.words(), y.as_slice()),
        (Postings::Owned(x), Postings::Be(y)) => without_in(x.as_slice(), y.words()),
        (Postings::Owned(x), Postings::Owned(y)) => without_in(x.as_slice(), y.as_slice()),
    }
}

fn without_in<A, B>(a: &[A], b: &[B]) -> Vec<u32>
where
    for<'x> &'x A: Ref,
    for<'x> &'x B: Ref,
{
    let mut out = Vec::with_capacity(a.len());
    let mut pos = 0usize;
    for (i, x) in a.iter().enumerate() {
        let x = x.v();
        pos = gallop_in(b, pos, x);
        let Some(y) = b.get(pos) else {
            // b is exhausted: the rest of a survives as is.
            out.extend(a[i..].iter().map(|x| x.v()));
            break;
        };
        if y.v() != x {
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

    /// The loser tree with many inputs (odd count, so the tree is not a power of two), refs
    /// at u32::MAX (the exhausted key must still lose to them), duplicates across inputs, and
    /// every input form.
    #[test]
    fn merge_many_inputs_and_extremes() {
        let k = 1001u32;
        let lists: Vec<Vec<u32>> = (0..k)
            .map(|i| {
                let mut v: Vec<u32> = (0..(i % 7)).map(|j| i * 3 + j * 5000).collect();
                if i % 5 == 0 {
                    v.push(u32::MAX);
                }
                v
            })
            .collect();
        let mut want: Vec<u32> = lists.iter().flatten().copied().collect();
        want.sort_unstable();
        want.dedup();
        let bytes: Vec<Vec<u8>> = lists.iter().map(|l| be(l)).collect();
        let all_be = bytes.iter().map(|b| Postings::Be(BePostings::new(b).unwrap())).collect();
        assert_eq!(merge(all_be), want);
        let all_owned = lists.iter().map(|l| Postings::Owned(l.clone())).collect();
        assert_eq!(merge(all_owned), want);
        let mixed = lists
            .iter()
            .zip(&bytes)
            .enumerate()
            .map(|(i, (l, b))| if i % 2 == 0 { Postings::Owned(l.clone()) } else { Postings::Be(BePostings::new(b).unwrap()) })
            .collect();
        assert_eq!(merge(mixed), want);
        assert_eq!(merge(vec![Postings::Owned(vec![u32::MAX]), Postings::Owned(vec![0, u32::MAX]), Postings::Owned(vec![7])]), vec![0, 7, u32::MAX]);
    }

    #[test]
    fn intersect_equal_and_dense_lists() {
        let l: Vec<u32> = (1..100).collect();
        let bytes = be(&l);
        let mut lists: Vec<Postings<'_>> = (0..50).map(|_| Postings::Be(BePostings::new(&bytes).unwrap())).collect();
        lists.push(Postings::Owned(l.iter().copied().filter(|x| x % 3 != 0).collect()));
        let want: Vec<u32> = l.iter().copied().filter(|x| x % 3 != 0).collect();
        assert_eq!(intersect(lists), want);
        let a = Postings::Owned(vec![5, 10, u32::MAX]);
        let b = Postings::Owned((0..20).chain([u32::MAX]).collect());
        assert_eq!(intersect(vec![a.clone(), b.clone()]), vec![5, 10, u32::MAX]);
        assert_eq!(without(&b, &a).len(), 18);
    }
}
