// Set operations on postings lists (twin of native/engine/src/tsdb/postings.rs).
//
// A postings list is a strictly increasing run of u32 series refs (shared/spec/tsdb-format.md §2,
// prometheus tsdb/index/postings.go). We hold decoded lists as Uint32Array and combine whole arrays:
// the TS engine gains nothing from lazy iterators, and arrays keep the inner loops monomorphic.
// Every function returns a new array (or EMPTY) and never mutates its inputs.

/** The empty list. Shared: callers must not write into returned arrays. */
export const EMPTY: Uint32Array = new Uint32Array(0);

/**
 * Smallest index i in [from, a.length) with a[i] >= x, or a.length. Galloping: probe from+1,
 * from+3, from+7, ... then binary-search the last gap. Cost is O(log d) in the distance d moved,
 * which is what makes intersecting a short list with a long one cheap.
 */
export function gallop(a: Uint32Array, from: number, x: number): number {
  const n = a.length;
  if (from >= n || a[from] >= x) return from;
  let lo = from; // a[lo] < x
  let step = 1;
  let hi = from + 1;
  while (hi < n && a[hi] < x) {
    lo = hi;
    step *= 2;
    hi = from + step;
  }
  if (hi > n) hi = n;
  // Invariant: a[lo] < x, and hi == n or a[hi] >= x.
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < x) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** a ∩ b, galloping through the longer list. */
function intersect2(a: Uint32Array, b: Uint32Array): Uint32Array {
  if (a.length > b.length) [a, b] = [b, a];
  if (a.length === 0) return EMPTY;
  const out = new Uint32Array(a.length);
  let n = 0;
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    j = gallop(b, j, x);
    if (j === b.length) break;
    if (b[j] === x) out[n++] = x;
  }
  return n === 0 ? EMPTY : out.slice(0, n);
}

/**
 * Intersection of all lists. Shortest first, so every step's running result only shrinks and each
 * later (longer) list is galloped over rather than scanned. No lists: EMPTY (as Prometheus's
 * Intersect() of nothing).
 */
export function intersect(lists: readonly Uint32Array[]): Uint32Array {
  if (lists.length === 0) return EMPTY;
  if (lists.length === 1) return lists[0].slice();
  const sorted = [...lists].sort((x, y) => x.length - y.length);
  let acc = sorted[0];
  for (let k = 1; k < sorted.length && acc.length > 0; k++) acc = intersect2(acc, sorted[k]);
  return acc.length === 0 ? EMPTY : acc === sorted[0] ? acc.slice() : acc;
}

// Larger than every u32: marks an exhausted input in the loser tree.
const EXHAUSTED = 0x1_0000_0000;

function merge2(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x < y) {
      out[n++] = x;
      i++;
    } else if (y < x) {
      out[n++] = y;
      j++;
    } else {
      out[n++] = x;
      i++;
      j++;
    }
  }
  while (i < a.length) out[n++] = a[i++];
  while (j < b.length) out[n++] = b[j++];
  return out.slice(0, n);
}

/**
 * Union of all lists, duplicates removed. k > 2 inputs go through a loser tree (tournament tree):
 * each output element costs log2(k) comparisons against stored losers, half of a binary heap's
 * sift-down work — this is the path a regex matching thousands of values takes.
 */
export function merge(lists: readonly Uint32Array[]): Uint32Array {
  const inputs = lists.filter((l) => l.length > 0);
  const k = inputs.length;
  if (k === 0) return EMPTY;
  if (k === 1) return inputs[0].slice();
  if (k === 2) return merge2(inputs[0], inputs[1]);

  let total = 0;
  for (const l of inputs) total += l.length;
  const pos = new Int32Array(k);
  const head = new Float64Array(k); // current value of each input, or EXHAUSTED
  for (let i = 0; i < k; i++) head[i] = inputs[i][0];

  // Node n (1 <= n < k) holds the loser of the match played there; leaves are inputs k..2k-1.
  // Ties go to the lower input index, which keeps the tree deterministic.
  const loser = new Int32Array(k);
  const winner = new Int32Array(2 * k);
  for (let i = 0; i < k; i++) winner[k + i] = i;
  for (let n = k - 1; n >= 1; n--) {
    const l = winner[2 * n];
    const r = winner[2 * n + 1];
    const lWins = head[l] < head[r] || (head[l] === head[r] && l < r);
    winner[n] = lWins ? l : r;
    loser[n] = lWins ? r : l;
  }
  let top = winner[1];

  const out = new Uint32Array(total);
  let n = 0;
  let last = -1;
  for (;;) {
    const v = head[top];
    if (v === EXHAUSTED) break;
    if (v !== last) {
      out[n++] = v;
      last = v;
    }
    // Advance the winner's input, then replay its path to the root against the stored losers.
    const p = ++pos[top];
    const list = inputs[top];
    head[top] = p < list.length ? list[p] : EXHAUSTED;
    let w = top;
    for (let node = (top + k) >>> 1; node >= 1; node >>>= 1) {
      const o = loser[node];
      if (head[o] < head[w] || (head[o] === head[w] && o < w)) {
        loser[node] = w;
        w = o;
      }
    }
    top = w;
  }
  return out.slice(0, n);
}

/** a \ b: elements of a not in b. */
export function without(a: Uint32Array, b: Uint32Array): Uint32Array {
  if (a.length === 0) return EMPTY;
  if (b.length === 0) return a.slice();
  const out = new Uint32Array(a.length);
  let n = 0;
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    if (j < b.length) j = gallop(b, j, x);
    if (j < b.length && b[j] === x) continue;
    out[n++] = x;
  }
  return n === 0 ? EMPTY : out.slice(0, n);
}
