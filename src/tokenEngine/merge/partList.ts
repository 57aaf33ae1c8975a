// The parts of one piece during byte-pair merging: a linked list over the piece's bytes, each part
// named by the offset of its first byte, with the rank of each part joined to the next.
import type { RankTable } from '../ranks/rankTable';

/** Scratch buffers above this many bytes are dropped after use rather than kept. */
const retainedCapacity = 1 << 16;

export class PartList {
  /** Offset just past each part, which is also where the next part starts. */
  partEnd = new Int32Array(0);
  /** Start of the part before each part, or -1. */
  partPrevious = new Int32Array(0);
  /** Token id of each part. */
  partRank = new Int32Array(0);
  /** `hashBytes` of each part's bytes. */
  partHash = new Int32Array(0);
  /** Rank of each part joined with the next, or -1; also -1 for parts merged away. */
  pairRank = new Int32Array(0);
  length = 0;
  /** Rank lookups so far. */
  lookups = 0;
  private bytes: Uint8Array = new Uint8Array(0);
  private capacity = 0;

  constructor(private readonly ranks: RankTable) {}

  /** Starts from one part per byte of `bytes[0, length)`, with every pair ranked. */
  reset(bytes: Uint8Array, length: number): void {
    this.begin(bytes, length);
    this.splitBytes(0, length);
    this.rankPairs(0, length);
  }

  /** Takes `bytes[0, length)`; `splitBytes` then makes the parts, `rankPairs` ranks their pairs. */
  begin(bytes: Uint8Array, length: number): void {
    if (length > this.capacity) {
      this.allocate(Math.max(length, 64));
    }
    this.bytes = bytes;
    this.length = length;
  }

  /** Makes one part of each byte in `[from, to)`. */
  splitBytes(from: number, to: number): void {
    const { partEnd, partPrevious, partRank, partHash, bytes } = this;
    const byteRanks = this.ranks.byteRanks;
    const end = Math.min(to, this.length);
    for (let start = from; start < end; start++) {
      const byte = bytes[start];
      partEnd[start] = start + 1;
      partPrevious[start] = start - 1;
      partRank[start] = byteRanks[byte];
      partHash[start] = byte;
    }
  }

  /** Ranks the pairs of single bytes that start in `[from, to)`. */
  rankPairs(from: number, to: number): void {
    const last = this.length - 1;
    for (let start = from; start < to && start < last; start++) {
      this.pairRank[start] = this.rankOfPair(start, start + 1);
    }
    if (to >= last && last >= 0) {
      this.pairRank[last] = -1;
    }
  }

  /** How many parts there are now. */
  partCount(): number {
    let count = 0;
    for (let start = 0; start < this.length; start = this.partEnd[start]) {
      count++;
    }
    return count;
  }

  /** Writes the parts' token ids into `output`; returns how many. */
  collect(output: Int32Array): number {
    let count = 0;
    for (let start = 0; start < this.length; start = this.partEnd[start]) {
      output[count++] = this.partRank[start];
    }
    if (this.capacity > retainedCapacity) {
      this.allocate(0);
    }
    this.bytes = new Uint8Array(0);
    return count;
  }

  /** Joins the part at `start` with the next one, then re-ranks the pairs on either side. */
  mergeAt(start: number): void {
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
