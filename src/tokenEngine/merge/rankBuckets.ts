// Candidate merges grouped by rank, for long pieces. A long piece is usually a run (spaces, one
// letter, "=====") whose pairs share a handful of ranks; sweeping each rank's positions in order
// replaces millions of heap operations with sequential passes over small arrays.

/** The positions waiting to be merged at one rank, read from `head`. */
export class RankBucket {
  positions = new Int32Array(16);
  head = 0;
  tail = 0;
  /** Whether positions[head, tail) are in ascending order. */
  sorted = true;
  /** Whether the bucket's rank is in the rank heap. */
  queued = false;

  push(position: number): void {
    if (this.tail === this.positions.length) {
      const grown = new Int32Array(this.positions.length * 2);
      grown.set(this.positions.subarray(this.head, this.tail));
      this.tail -= this.head;
      this.head = 0;
      this.positions = grown;
    }
    if (this.tail > this.head && this.positions[this.tail - 1] > position) {
      this.sorted = false;
    }
    this.positions[this.tail++] = position;
  }

  /** Puts the waiting positions in ascending order; returns the comparisons this takes at most. */
  sort(): number {
    if (this.sorted) {
      return 0;
    }
    const waiting = this.positions.subarray(this.head, this.tail);
    waiting.sort();
    this.sorted = true;
    return Math.ceil(waiting.length * Math.log2(waiting.length + 1));
  }

  get isEmpty(): boolean {
    return this.head === this.tail;
  }

  clear(): void {
    this.head = 0;
    this.tail = 0;
    this.sorted = true;
    this.queued = false;
  }
}

/** A binary min-heap of ranks, each present at most once. */
export class RankHeap {
  private ranks = new Int32Array(64);
  private size = 0;
  operations = 0;

  get isEmpty(): boolean {
    return this.size === 0;
  }

  clear(): void {
    this.size = 0;
  }

  /** The smallest rank, without removing it; only when not empty. */
  peek(): number {
    return this.ranks[0];
  }

  push(rank: number): void {
    if (this.size === this.ranks.length) {
      const grown = new Int32Array(this.ranks.length * 2);
      grown.set(this.ranks);
      this.ranks = grown;
    }
    const ranks = this.ranks;
    let index = this.size++;
    this.operations++;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (ranks[parent] <= rank) {
        break;
      }
      ranks[index] = ranks[parent];
      index = parent;
      this.operations++;
    }
    ranks[index] = rank;
  }

  pop(): number {
    const ranks = this.ranks;
    const top = ranks[0];
    const last = ranks[--this.size];
    const size = this.size;
    let index = 0;
    this.operations++;
    for (;;) {
      let child = index * 2 + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && ranks[child + 1] < ranks[child]) {
        child++;
      }
      if (ranks[child] >= last) {
        break;
      }
      ranks[index] = ranks[child];
      index = child;
      this.operations++;
    }
    ranks[index] = last;
    return top;
  }
}
