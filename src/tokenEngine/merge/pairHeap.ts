// A 4-ary min-heap of candidate merges (shallower than a binary heap, and a node's children share
// a cache line), each packed into one float64 as rank * 2^32 + start, so the lowest rank comes out
// first and, among equal ranks, the leftmost pair.

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
      const parent = (index - 1) >> 2;
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
      const first = index * 4 + 1;
      if (first >= size) {
        break;
      }
      let child = first;
      let smallest = keys[first];
      const end = Math.min(first + 4, size);
      for (let sibling = first + 1; sibling < end; sibling++) {
        if (keys[sibling] < smallest) {
          smallest = keys[sibling];
          child = sibling;
        }
      }
      if (smallest >= last) {
        break;
      }
      keys[index] = smallest;
      index = child;
      operations++;
    }
    keys[index] = last;
    this.operations += operations;
    return top;
  }
}

export function rankOf(key: number): number {
  return Math.floor(key / startRange);
}

export function startOf(key: number): number {
  return key % startRange;
}
