// Property test of the TS Series orderer (src/engine/ts/query/order.ts), twin of
// native/engine/tests/series_order.rs: random label sets over a small alphabet (names sorting
// before and after `__name__`, names equal to external and replica names), random external labels
// and replica names; the output must equal a full sort of the final label sets, and the stack of
// held series must stay within the label depth.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LabelRewrite, Orderer, compareLabels, type Label } from '../../src/engine/ts/query/order.js';

const enc = new TextEncoder();
const NAMES = ['A', 'Z', '__name__', 'a', 'b', 'instance', 'region', 'replica', 'z'];
const VALUES = ['0', '1', 'x'];
const EXT_NAMES = ['A', 'a', 'cluster', 'region', 'replica', 'zz'];

/** mulberry32: small seeded PRNG. */
function rng(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n) => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) % n);
  };
}

const show = (l: readonly Label[]) => l.map(([n, v]) => `${Buffer.from(n)}=${Buffer.from(v)}`).join(',');

function runCase(seed: number): { special: number; depth: number } {
  const r = rng(seed);
  const ext: [string, string][] = EXT_NAMES.filter(() => r(3) === 0).map((n) => [n, VALUES[r(VALUES.length)]]);
  const replica = ['replica', 'b', 'a', 'cluster'].filter(() => r(3) === 0);
  const rw = new LabelRewrite(ext, replica);
  const raw: Label[][] = [];
  const n = 1 + r(200);
  for (let i = 0; i < n; i++) {
    raw.push(NAMES.filter(() => r(3) === 0).map((nm): Label => [enc.encode(nm), enc.encode(VALUES[r(VALUES.length)])]));
  }
  raw.sort(compareLabels);
  const series = raw.filter((s, i) => i === 0 || compareLabels(raw[i - 1], s) !== 0);
  const special = series.filter((s) => s.some(([nm]) => rw.isSpecialName(nm))).map((s) => ({ fin: rw.finalLabels(s), item: s }));
  const o = new Orderer<Label[]>(special);
  const got: Label[][] = [];
  for (const s of series) {
    if (s.some(([nm]) => rw.isSpecialName(nm))) continue;
    o.push(rw.finalLabels(s), s);
    for (let x = o.pop(); x !== undefined; x = o.pop()) got.push(x.fin);
  }
  o.finish();
  for (let x = o.pop(); x !== undefined; x = o.pop()) got.push(x.fin);
  const want = series.map((s) => rw.finalLabels(s)).sort(compareLabels);
  assert.equal(got.length, want.length, `seed ${seed}: count`);
  got.forEach((g, i) => assert.equal(compareLabels(g, want[i]), 0, `seed ${seed} @${i}: ${show(g)} vs ${show(want[i])}`));
  assert.ok(o.maxDepth <= NAMES.length + 1, `seed ${seed}: depth ${o.maxDepth}`);
  return { special: special.length, depth: o.maxDepth };
}

test('orderer output equals a full sort of the final label sets', () => {
  let withSpecial = 0;
  let deep = 0;
  for (let seed = 0; seed < 3000; seed++) {
    const { special, depth } = runCase(seed);
    if (special > 0) withSpecial++;
    if (depth > 1) deep++;
  }
  assert.ok(withSpecial > 500, `only ${withSpecial} cases had special series`);
  assert.ok(deep > 500, `only ${deep} cases held a prefix series`);
});

test('final labels: external wins, replica names removed; duplicate external names refused', () => {
  const rw = new LabelRewrite([['region', 'eu'], ['replica', 'r1']], ['replica', 'pod']);
  const own: Label[] = [['__name__', 'up'], ['pod', 'p'], ['region', 'us']].map(([n, v]): Label => [enc.encode(n), enc.encode(v)]);
  assert.equal(show(rw.finalLabels(own)), '__name__=up,region=eu');
  assert.throws(() => new LabelRewrite([['a', '1'], ['a', '2']], []), /given twice/);
});

test('prefix series moves after its extensions (DESIGN.md example)', () => {
  const rw = new LabelRewrite([['replica', 'r']], []);
  const foo: Label[] = [[enc.encode('__name__'), enc.encode('foo')]];
  const fooX: Label[] = [...foo, [enc.encode('instance'), enc.encode('x')]];
  const o = new Orderer<string>([]);
  o.push(rw.finalLabels(foo), 'foo');
  assert.equal(o.pop(), undefined);
  o.push(rw.finalLabels(fooX), 'foo_x');
  o.finish();
  assert.deepEqual([o.pop()?.item, o.pop()?.item, o.pop()], ['foo_x', 'foo', undefined]);
});
