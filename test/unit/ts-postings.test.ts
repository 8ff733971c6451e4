// Postings set operations of the TS engine against naive references on seeded random lists.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EMPTY, gallop, intersect, merge, without } from '../../src/engine/ts/tsdb/postings.js';

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A strictly increasing list of about `n` values below `universe`. */
function randomList(r: () => number, n: number, universe: number): Uint32Array {
  const s = new Set<number>();
  for (let i = 0; i < n; i++) s.add(Math.floor(r() * universe));
  return Uint32Array.from([...s].sort((a, b) => a - b));
}

const naiveIntersect = (ls: Uint32Array[]) =>
  ls.length === 0 ? [] : [...ls[0]].filter((x) => ls.every((l) => l.includes(x)));
const naiveUnion = (ls: Uint32Array[]) => [...new Set(ls.flatMap((l) => [...l]))].sort((a, b) => a - b);
const naiveWithout = (a: Uint32Array, b: Uint32Array) => {
  const s = new Set(b);
  return [...a].filter((x) => !s.has(x));
};

test('gallop finds the first element >= x from any start', () => {
  const r = rng(7);
  for (let iter = 0; iter < 300; iter++) {
    const a = randomList(r, Math.floor(r() * 200), 1000);
    const from = Math.floor(r() * (a.length + 1));
    const x = Math.floor(r() * 1100);
    let want = from;
    while (want < a.length && a[want] < x) want++;
    assert.equal(gallop(a, from, x), want, `from ${from} x ${x}`);
  }
});

test('intersect (galloping) equals the naive intersection', () => {
  const r = rng(1);
  for (let iter = 0; iter < 300; iter++) {
    const k = 1 + Math.floor(r() * 5);
    const universe = 50 + Math.floor(r() * 5000);
    // Mix very short and long lists so galloping takes long jumps.
    const lists = Array.from({ length: k }, () => randomList(r, Math.floor(r() * (r() < 0.3 ? 10 : 2000)), universe));
    const got = intersect(lists);
    assert.deepEqual([...got], naiveIntersect(lists));
    for (let i = 1; i < got.length; i++) assert.ok(got[i - 1] < got[i]);
  }
  assert.equal(intersect([]).length, 0);
  assert.equal(intersect([EMPTY, Uint32Array.of(1, 2)]).length, 0);
  const only = Uint32Array.of(3, 4, 0xffffffff);
  const one = intersect([only]);
  assert.deepEqual([...one], [3, 4, 0xffffffff]);
  assert.notEqual(one, only, 'a new array, never the input');
});

test('merge (loser tree) equals the naive union for k from 0 to 40', () => {
  const r = rng(2);
  for (let k = 0; k <= 40; k++) {
    for (let rep = 0; rep < 5; rep++) {
      const universe = 20 + Math.floor(r() * 3000);
      const lists = Array.from({ length: k }, () => randomList(r, Math.floor(r() * 300), universe));
      const got = merge(lists);
      assert.deepEqual([...got], naiveUnion(lists), `k=${k}`);
    }
  }
  // Identical lists, lists containing the largest u32, and empties mixed in.
  const big = Uint32Array.of(0, 5, 0xfffffffe, 0xffffffff);
  assert.deepEqual([...merge([big, big, EMPTY, big, Uint32Array.of(6)])], [0, 5, 6, 0xfffffffe, 0xffffffff]);
  assert.equal(merge([]).length, 0);
  assert.equal(merge([EMPTY, EMPTY, EMPTY]).length, 0);
});

test('without equals the naive difference', () => {
  const r = rng(3);
  for (let iter = 0; iter < 300; iter++) {
    const universe = 10 + Math.floor(r() * 4000);
    const a = randomList(r, Math.floor(r() * 1500), universe);
    const b = randomList(r, Math.floor(r() * (r() < 0.5 ? 20 : 3000)), universe);
    assert.deepEqual([...without(a, b)], naiveWithout(a, b));
  }
  const a = Uint32Array.of(1, 2, 3);
  assert.deepEqual([...without(a, EMPTY)], [1, 2, 3]);
  assert.notEqual(without(a, EMPTY), a);
  assert.equal(without(EMPTY, a).length, 0);
  assert.equal(without(a, a).length, 0);
});

test('set operations never mutate their inputs', () => {
  const r = rng(4);
  const lists = Array.from({ length: 6 }, () => randomList(r, 500, 2000));
  const copies = lists.map((l) => l.slice());
  intersect(lists);
  merge(lists);
  without(lists[0], lists[1]);
  lists.forEach((l, i) => assert.deepEqual(l, copies[i]));
});
