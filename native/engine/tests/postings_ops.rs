//! Set operations on postings against naive references, on seeded random lists of very
//! different sizes (so galloping takes long and short strides) and through both input forms
//! (in-file big-endian runs and owned vectors).

mod blockgen;

use std::collections::BTreeSet;

use blockgen::Rng;
use storeapi_engine::tsdb::postings::{intersect, merge, without, BePostings, Postings};

fn be_bytes(v: &[u32]) -> Vec<u8> {
    v.iter().flat_map(|x| x.to_be_bytes()).collect()
}

fn naive_intersect(lists: &[Vec<u32>]) -> Vec<u32> {
    let Some(first) = lists.first() else { return Vec::new() };
    let sets: Vec<BTreeSet<u32>> = lists.iter().map(|l| l.iter().copied().collect()).collect();
    first.iter().copied().filter(|x| sets.iter().all(|s| s.contains(x))).collect()
}

fn naive_union(lists: &[Vec<u32>]) -> Vec<u32> {
    lists.iter().flatten().copied().collect::<BTreeSet<_>>().into_iter().collect()
}

fn naive_without(a: &[u32], b: &[u32]) -> Vec<u32> {
    let b: BTreeSet<u32> = b.iter().copied().collect();
    a.iter().copied().filter(|x| !b.contains(x)).collect()
}

/// Random lists: sizes from empty to thousands, value ranges from dense to sparse.
fn random_lists(rng: &mut Rng) -> Vec<Vec<u32>> {
    let k = 1 + rng.below(9) as usize;
    let max = [16u32, 1000, 100_000, u32::MAX][rng.below(4) as usize];
    (0..k)
        .map(|_| {
            let n = [0usize, 1, 5, 50, 3000][rng.below(5) as usize];
            rng.sorted_list(n, max)
        })
        .collect()
}

#[test]
fn intersect_matches_naive() {
    let mut rng = Rng::new(1);
    for round in 0..300 {
        let lists = random_lists(&mut rng);
        let bytes: Vec<Vec<u8>> = lists.iter().map(|l| be_bytes(l)).collect();
        // Alternate input forms so both code paths of Postings are exercised.
        let inputs: Vec<Postings<'_>> = lists
            .iter()
            .zip(&bytes)
            .enumerate()
            .map(|(i, (l, b))| {
                if (i + round) % 2 == 0 {
                    Postings::Be(BePostings::new(b).unwrap())
                } else {
                    Postings::Owned(l.clone())
                }
            })
            .collect();
        assert_eq!(intersect(inputs), naive_intersect(&lists), "round {round}");
    }
}

#[test]
fn intersect_with_shared_elements() {
    // Random lists rarely overlap when sparse; build lists that share a common core.
    let mut rng = Rng::new(2);
    for round in 0..300 {
        let n = 1 + rng.below(40) as usize;
        let core = rng.sorted_list(n, 1_000_000);
        let lists: Vec<Vec<u32>> = (0..2 + rng.below(5))
            .map(|_| {
                let mut v = core.clone();
                let n = rng.below(5000) as usize;
                v.extend(rng.sorted_list(n, 1_000_000));
                v.sort_unstable();
                v.dedup();
                v
            })
            .collect();
        let inputs = lists.iter().map(|l| Postings::Owned(l.clone())).collect();
        let got = intersect(inputs);
        assert_eq!(got, naive_intersect(&lists), "round {round}");
        assert!(core.iter().all(|x| got.binary_search(x).is_ok()));
    }
}

#[test]
fn merge_matches_naive() {
    let mut rng = Rng::new(3);
    for round in 0..300 {
        let mut lists = random_lists(&mut rng);
        // Sometimes many inputs, to exercise deep loser trees with odd leaf counts.
        if round % 10 == 0 {
            for _ in 0..rng.below(40) {
                let n = rng.below(200) as usize;
                lists.push(rng.sorted_list(n, 5000));
            }
        }
        let bytes: Vec<Vec<u8>> = lists.iter().map(|l| be_bytes(l)).collect();
        let inputs = bytes.iter().map(|b| Postings::Be(BePostings::new(b).unwrap())).collect();
        assert_eq!(merge(inputs), naive_union(&lists), "round {round}");
    }
}

#[test]
fn without_matches_naive() {
    let mut rng = Rng::new(4);
    for round in 0..300 {
        let lists = random_lists(&mut rng);
        let a = lists[0].clone();
        // b: part of a plus unrelated values, or a random list.
        let mut b: Vec<u32> = a.iter().copied().filter(|_| rng.below(3) == 0).collect();
        if let Some(other) = lists.get(1) {
            b.extend(other);
        }
        b.sort_unstable();
        b.dedup();
        let bb = be_bytes(&b);
        let got = without(&Postings::Owned(a.clone()), &Postings::Be(BePostings::new(&bb).unwrap()));
        assert_eq!(got, naive_without(&a, &b), "round {round}");
    }
}

#[test]
fn empty_short_circuits() {
    let a = Postings::Owned(vec![1, 2, 3]);
    assert!(intersect(vec![a.clone(), Postings::Empty]).is_empty());
    assert_eq!(merge(vec![Postings::Empty, a.clone(), Postings::Empty]), vec![1, 2, 3]);
    assert!(without(&Postings::Empty, &a).is_empty());
    assert_eq!(without(&a, &Postings::Empty), vec![1, 2, 3]);
    assert_eq!(merge(vec![Postings::Empty, Postings::Empty]), Vec::<u32>::new());
}

#[test]
fn extremes() {
    let a = Postings::Owned(vec![0, u32::MAX]);
    let b = Postings::Owned(vec![u32::MAX]);
    let c = Postings::Owned(vec![0, 7, u32::MAX]);
    assert_eq!(intersect(vec![a.clone(), b.clone()]), vec![u32::MAX]);
    assert_eq!(merge(vec![a.clone(), b.clone(), c.clone()]), vec![0, 7, u32::MAX]);
    assert_eq!(without(&c, &a), vec![7]);
}
