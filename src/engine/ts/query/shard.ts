// Thanos shard_info (pkg/store/storepb/shard_info.go; shared/spec/storeapi.md §3.6): hash the final
// label set as sent, keep the series whose hash falls in this shard. Applied before any chunk of
// the series is read. Twin of native/engine/src/query/shard.rs.

import type { ShardSpec } from '../../engine.js';
import { encodeUtf8 } from '../encoding.js';
import { compareBytes } from '../tsdb/index.js';
import { xxh64 } from '../wire/storepb.js';
import type { Label } from './order.js';

export class ShardFilter {
  private readonly index: bigint;
  private readonly total: bigint;
  private readonly by: boolean;
  private readonly names: Uint8Array[];
  private buf = new Uint8Array(256);

  private constructor(spec: ShardSpec) {
    // Go compares `hash % uint64(total) == uint64(index)`: a negative index never matches.
    this.index = BigInt.asUintN(64, BigInt(Math.trunc(spec.shardIndex)));
    this.total = BigInt(Math.trunc(spec.totalShards));
    this.by = spec.by;
    this.names = spec.labels.map((n) => encodeUtf8(n)).sort(compareBytes);
  }

  /** undefined when the request is not sharded (no shard_info, or fewer than one shard). */
  static create(spec: ShardSpec | undefined): ShardFilter | undefined {
    if (spec === undefined || !(Math.trunc(spec.totalShards) >= 1)) return undefined;
    return new ShardFilter(spec);
  }

  private listed(name: Uint8Array): boolean {
    let lo = 0;
    let hi = this.names.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const c = compareBytes(this.names[mid], name);
      if (c === 0) return true;
      if (c < 0) lo = mid + 1;
      else hi = mid;
    }
    return false;
  }

  /** XXH64 (seed 0) of `name 0xff value 0xff` for every kept label of the final set. */
  hash(fin: readonly Label[]): bigint {
    let size = 0;
    for (const [n, v] of fin) size += n.length + v.length + 2;
    if (this.buf.length < size) this.buf = new Uint8Array(size * 2);
    const b = this.buf;
    let pos = 0;
    for (const [n, v] of fin) {
      if (this.listed(n) !== this.by) continue;
      b.set(n, pos);
      pos += n.length;
      b[pos++] = 0xff;
      b.set(v, pos);
      pos += v.length;
      b[pos++] = 0xff;
    }
    return xxh64(b.subarray(0, pos));
  }

  keep(fin: readonly Label[]): boolean {
    return this.hash(fin) % this.total === this.index;
  }
}
