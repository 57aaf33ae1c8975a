// Byte-pair merging of one piece, as tiktoken does it: repeatedly join the adjacent pair of parts
// whose joined bytes have the lowest rank (the leftmost on ties) until no pair is a token.
//
// Three strategies give the same result at different lengths: short pieces find each merge by
// scanning the parts; medium ones keep candidate pairs in a heap with lazy deletion; long ones
// sweep rank buckets. Each costs O(n log n) at worst for its range, so no input is quadratic.
import type { RankTable } from '../ranks/rankTable';
import { PairHeap, rankOf, startOf } from './pairHeap';
import { PartList } from './partList';
import { RankBucketSweep } from './rankBucketSweep';

export interface MergeLimits {
  /** Pieces up to this many bytes are merged by scanning the parts. */
  readonly scanning: number;
  /** Pieces up to this many bytes (and above `scanning`) use the heap; longer ones, rank buckets. */
  readonly heap: number;
}

const defaultLimits: MergeLimits = { scanning: 24, heap: 2048 };

export class BytePairMerger {
  private readonly parts: PartList;
  private readonly heap = new PairHeap();
  private readonly sweep = new RankBucketSweep();

  constructor(
    ranks: RankTable,
    private readonly limits: MergeLimits = defaultLimits,
  ) {
    this.parts = new PartList(ranks);
  }

  /** Rank lookups, heap and bucket operations so far: the work done, for tests of growth. */
  get operationCount(): number {
    return this.parts.lookups + this.heap.operations + this.sweep.operations;
  }

  /**
   * Merges `bytes[0, length)` (at least 2 bytes) and writes the resulting token ids into `output`
   * (room for `length` ids); returns how many.
   */
  merge(bytes: Uint8Array, length: number, output: Int32Array): number {
    this.parts.reset(bytes, length);
    if (length <= this.limits.scanning) {
      this.mergeByScanning();
    } else if (length <= this.limits.heap) {
      this.mergeWithHeap();
    } else {
      this.sweep.queuePairs(this.parts, 0, length);
      this.sweep.run(this.parts);
    }
    return this.parts.collect(output);
  }

  private mergeByScanning(): void {
    const parts = this.parts;
    const { partEnd, pairRank, length } = parts;
    for (;;) {
      let best = -1;
      let bestRank = 0x7fffffff;
      for (let start = 0; start < length; start = partEnd[start]) {
        const rank = pairRank[start];
        if (rank >= 0 && rank < bestRank) {
          bestRank = rank;
          best = start;
        }
      }
      if (best < 0) {
        return;
      }
      parts.mergeAt(best);
    }
  }

  private mergeWithHeap(): void {
    const { heap, parts } = this;
    const { pairRank, partPrevious } = parts;
    heap.clear();
    for (let start = 0; start < parts.length - 1; start++) {
      if (pairRank[start] >= 0) {
        heap.push(pairRank[start], start);
      }
    }
    while (!heap.isEmpty) {
      const key = heap.pop();
      const start = startOf(key);
      if (pairRank[start] !== rankOf(key)) {
        continue; // stale: one of the two parts has changed since this pair was queued
      }
      parts.mergeAt(start);
      if (pairRank[start] >= 0) {
        heap.push(pairRank[start], start);
      }
      const previous = partPrevious[start];
      if (previous >= 0 && pairRank[previous] >= 0) {
        heap.push(pairRank[previous], previous);
      }
    }
  }
}
