// Byte-pair merging of one piece, as tiktoken does it: repeatedly join the adjacent pair of parts
// whose joined bytes have the lowest rank (the leftmost on ties) until no pair is a token.
//
// Parts form a linked list over the piece's bytes, each part named by its first byte's offset.
// Short pieces find the next pair by scanning the list; longer ones keep candidate pairs in a
// binary heap with lazy deletion, so a piece of n bytes costs O(n log n) and no input is quadratic.
import type { RankTable } from '../ranks/rankTable';
import { PairHeap, rankOf, startOf } from './pairHeap';

/** Up to this many bytes a linear scan beats the heap's bookkeeping. */
const defaultScanningLimit = 24;
/** Scratch buffers above this many bytes are dropped after use rather than kept. */
const retainedCapacity = 1 << 16;

export class BytePairMerger {
  /** Rank lookups so far: with the heap's operations, the work done, for tests of growth. */
  lookups = 0;
  private readonly heap = new PairHeap();
  private capacity = 0;
  /** Offset just past each part (so also where the next part starts). */
  private partEnd = new Int32Array(0);
  /** Start of the part before each part, or -1. */
  private partPrevious = new Int32Array(0);
  /** Token id of each part. */
  private partRank = new Int32Array(0);
  /** `hashBytes` of each part's bytes. */
  private partHash = new Int32Array(0);
  /** Rank of each part joined with the next, or -1; -1 also for parts merged away. */
  private pairRank = new Int32Array(0);
  private bytes: Uint8Array = new Uint8Array(0);
  private length = 0;

  constructor(
    private readonly ranks: RankTable,
    private readonly scanningLimit = defaultScanningLimit,
  ) {}

  get operationCount(): number {
    return this.lookups + this.heap.operations;
  }

  /**
   * Merges `bytes[0, length)` (at least 2 bytes) and writes the resulting token ids into `output`
   * (room for `length` ids); returns how many.
   */
  merge(bytes: Uint8Array, length: number, output: Int32Array): number {
    this.begin(bytes, length);
    if (length <= this.scanningLimit) {
      this.mergeByScanning();
    } else {
      this.mergeWithHeap();
    }
    return this.finish(output);
  }

  private begin(bytes: Uint8Array, length: number): void {
    if (length > this.capacity) {
      this.allocate(Math.max(length, 64));
    }
    this.bytes = bytes;
    this.length = length;
    const { partEnd, partPrevious, partRank, partHash } = this;
    const byteRanks = this.ranks.byteRanks;
    for (let start = 0; start < length; start++) {
      const byte = bytes[start];
      partEnd[start] = start + 1;
      partPrevious[start] = start - 1;
      partRank[start] = byteRanks[byte];
      partHash[start] = byte;
    }
    for (let start = 0; start < length - 1; start++) {
      this.pairRank[start] = this.rankOfPair(start, start + 1);
    }
    this.pairRank[length - 1] = -1;
  }

  private finish(output: Int32Array): number {
    let count = 0;
    for (let start = 0; start < this.length; start = this.partEnd[start]) {
      output[count++] = this.partRank[start];
    }
    if (this.capacity > retainedCapacity) {
      this.allocate(0);
      this.heap.shrink(256);
    }
    this.bytes = new Uint8Array(0);
    return count;
  }

  private mergeByScanning(): void {
    const { partEnd, pairRank, length } = this;
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
      this.mergeAt(best);
    }
  }

  private mergeWithHeap(): void {
    const { heap, pairRank, partPrevious } = this;
    heap.clear();
    for (let start = 0; start < this.length - 1; start++) {
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
      this.mergeAt(start);
      if (pairRank[start] >= 0) {
        heap.push(pairRank[start], start);
      }
      const previous = partPrevious[start];
      if (previous >= 0 && pairRank[previous] >= 0) {
        heap.push(pairRank[previous], previous);
      }
    }
  }

  /** Joins the part at `start` with the next one, then re-ranks the pairs on either side. */
  private mergeAt(start: number): void {
    const { partEnd, partHash, pairRank } = this;
    const next = partEnd[start];
    const nextEnd = partEnd[next];
    partHash[start] = (Math.imul(partHash[start], this.ranks.hashPowers[nextEnd - next]) + partHash[next]) | 0;
    this.partRank[start] = pairRank[start];
    partEnd[start] = nextEnd;
    pairRank[next] = -1;
    if (nextEnd < this.length) {
      this.partPrevious[nextEnd] = start;
      pairRank[start] = this.rankOfPair(start, nextEnd);
    } else {
      pairRank[start] = -1;
    }
    const previous = this.partPrevious[start];
    if (previous >= 0) {
      pairRank[previous] = this.rankOfPair(previous, start);
    }
  }

  /** Rank of the part at `start` joined with the part at `next`, or -1. */
  private rankOfPair(start: number, next: number): number {
    const nextEnd = this.partEnd[next];
    if (nextEnd - start > this.ranks.maxTokenLength) {
      return -1;
    }
    this.lookups++;
    const hash = (Math.imul(this.partHash[start], this.ranks.hashPowers[nextEnd - next]) + this.partHash[next]) | 0;
    return this.ranks.lookup(this.bytes, start, nextEnd, hash);
  }

  private allocate(capacity: number): void {
    this.capacity = capacity;
    this.partEnd = new Int32Array(capacity);
    this.partPrevious = new Int32Array(capacity);
    this.partRank = new Int32Array(capacity);
    this.partHash = new Int32Array(capacity);
    this.pairRank = new Int32Array(capacity);
  }
}
