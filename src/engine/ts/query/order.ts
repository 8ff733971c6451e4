// Final label sets (external labels added, replica labels removed) and the order of a Series
// response, reached without buffering it. Twin of native/engine/src/query/order.rs, which holds
// the full reasoning; in short (shared/DESIGN.md, "Series order with external labels"):
// - plain series (no label named like an external or replica label) only change order when a
//   series is a strict prefix of a later one whose next label sorts before the largest added
//   external name; each is held on a stack of nested prefixes until the next series shows it
//   can go;
// - special series (such a label present: the external value overrides it, or it is removed) are
//   read up front, sorted by final labels, and merged in as a second stream.
// Equal final sets come out adjacent: plain before special, index label order among specials.

import { EngineError } from '../../engine.js';
import { encodeUtf8 } from '../encoding.js';
import { compareBytes } from '../tsdb/index.js';

/** One label: name bytes, value bytes. */
export type Label = [Uint8Array, Uint8Array];

/** Prometheus labels.Compare: pairwise, names then values (byte order); a prefix sorts first. */
export function compareLabels(a: readonly Label[], b: readonly Label[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = compareBytes(a[i][0], b[i][0]);
    if (c !== 0) return c;
    const d = compareBytes(a[i][1], b[i][1]);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

function bsearch(sorted: readonly Uint8Array[], x: Uint8Array): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const c = compareBytes(sorted[mid], x);
    if (c === 0) return true;
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return false;
}

function sortedUnique(names: Uint8Array[]): Uint8Array[] {
  names.sort(compareBytes);
  return names.filter((n, i) => i === 0 || compareBytes(names[i - 1], n) !== 0);
}

/** Turns a series' own labels into the labels a Series response carries. */
export class LabelRewrite {
  /** External labels, sorted by name. */
  private readonly external: Label[];
  /** Names removed from every final set, sorted. */
  private readonly replica: Uint8Array[];
  /** External and replica names, sorted: a series with one of these labels is special. */
  readonly specialNames: Uint8Array[];

  /** `external` may come in any order but must not repeat a name. */
  constructor(external: readonly (readonly [string, string])[], replica: readonly string[]) {
    this.external = external.map(([n, v]): Label => [encodeUtf8(n), encodeUtf8(v)]);
    this.external.sort((a, b) => compareBytes(a[0], b[0]) || compareBytes(a[1], b[1]));
    for (let i = 1; i < this.external.length; i++) {
      if (compareBytes(this.external[i - 1][0], this.external[i][0]) === 0) {
        const name = new TextDecoder().decode(this.external[i][0]);
        throw new EngineError('INVALID_ARGUMENT', `external label ${JSON.stringify(name)} given twice`);
      }
    }
    this.replica = sortedUnique(replica.map((n) => encodeUtf8(n)));
    this.specialNames = sortedUnique([...this.external.map((l) => l[0]), ...this.replica]);
  }

  isSpecialName(name: Uint8Array): boolean {
    return bsearch(this.specialNames, name);
  }

  /** External labels set over same-named own labels (Thanos ExtendSortedLabels), replica names removed. */
  finalLabels(own: readonly Label[]): Label[] {
    const out: Label[] = [];
    const ext = this.external;
    let i = 0;
    let j = 0;
    while (i < own.length || j < ext.length) {
      let takeExt: boolean;
      if (i < own.length && j < ext.length) {
        const c = compareBytes(own[i][0], ext[j][0]);
        if (c === 0) i++; // the external value wins
        takeExt = c >= 0;
      } else {
        takeExt = i >= own.length;
      }
      const l = takeExt ? ext[j++] : own[i++];
      if (!bsearch(this.replica, l[0])) out.push(l);
    }
    return out;
  }
}

interface Entry<T> {
  fin: Label[];
  item: T;
}

/** Puts series into final label order: plain series pushed in index order, special ones given up front. */
export class Orderer<T> {
  /** Held plain series: nested prefixes, the top has the smallest final set. */
  private readonly stack: Entry<T>[] = [];
  /** Settled plain series, ascending (consumed from `readyAt`). */
  private ready: Entry<T>[] = [];
  private readyAt = 0;
  /** Special series, ascending by final set (stable sort: index order among equals). */
  private readonly special: Entry<T>[];
  private specialAt = 0;
  private plainDone = false;
  private depth = 0;

  constructor(special: Entry<T>[]) {
    this.special = special.slice().sort((a, b) => compareLabels(a.fin, b.fin));
  }

  /** Adds the next plain series (its final labels), in index label order of its own labels. */
  push(fin: Label[], item: T): void {
    // A held series can go once a later one sorts after it (see order.rs for why).
    while (this.stack.length > 0 && compareLabels(this.stack[this.stack.length - 1].fin, fin) < 0) {
      this.ready.push(this.stack.pop()!);
    }
    this.stack.push({ fin, item });
    if (this.stack.length > this.depth) this.depth = this.stack.length;
  }

  /** No more plain series: everything held is settled. */
  finish(): void {
    this.plainDone = true;
    while (this.stack.length > 0) this.ready.push(this.stack.pop()!);
  }

  get finished(): boolean {
    return this.plainDone;
  }

  /** The next series in final order, or undefined when more plain input (or nothing) is left. */
  pop(): Entry<T> | undefined {
    if (this.readyAt < this.ready.length) {
      const m = this.ready[this.readyAt];
      const s = this.special[this.specialAt];
      if (s !== undefined && compareLabels(s.fin, m.fin) < 0) {
        this.specialAt++;
        return s;
      }
      this.readyAt++;
      if (this.readyAt === this.ready.length) {
        this.ready = [];
        this.readyAt = 0;
      }
      return m;
    }
    // A special series may go only once no plain series can come before it.
    if (this.plainDone && this.specialAt < this.special.length) return this.special[this.specialAt++];
    return undefined;
  }

  /** Deepest the stack of held series has been (tests check the memory bound). */
  get maxDepth(): number {
    return this.depth;
  }
}
