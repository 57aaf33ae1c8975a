// A binary min-heap of candidate merges, each packed into one float64 as rank * 2^32 + start, so
// the lowest rank comes out first and, among equal ranks, the leftmost pair.

const startRange = 2 ** 32;

export class PairHeap {
  private keys = new Float64Array(256);
  private size = 0;
  /** Sift steps, pushes and pops so far: the work, counted for tests of growth. */
  operations = 0;

  get isEmpty(): boolean {
    return this.size === 0;
  }

  clear(): void {
    this.size = 0;
  }

  push(rank: number, start: number): void {
    if (this.size === this.keys.length) {
      const grown = new Float64Array(this.keys.length * 2);
      grown.set(this.keys);
      this.keys = grown;
    }
    const keys = this.keys;
    const key = rank * startRange + start;
    let index = this.size++;
    let operations = 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (keys[parent] <= key) {
        break;
      }
      keys[index] = keys[parent];
      index = parent;
      operations++;
    }
    keys[index] = key;
    this.operations += operations;
  }

  /** Removes the smallest entry and returns its key (see `rankOf` and `startOf`). */
  pop(): number {
    const keys = this.keys;
    const top = keys[0];
    const last = keys[--this.size];
    const size = this.size;
    let index = 0;
    let operations = 1;
    for (;;) {
      let child = index * 2 + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && keys[child + 1] < keys[child]) {
        child++;
      }
      if (keys[child] >= last) {
        break;
      }
      keys[index] = keys[child];
      index = child;
      operations++;
    }
    keys[index] = last;
    this.operations += operations;
    return top;
  }

  /** Lets go of a large buffer after an unusually long piece. */
  shrink(capacity: number): void {
    if (this.keys.length > capacity) {
      this.keys = new Float64Array(capacity);
      this.size = 0;
    }
  }
}

export function rankOf(key: number): number {
  return Math.floor(key / startRange);
}

export function startOf(key: number): number {
  return key % startRange;
}
