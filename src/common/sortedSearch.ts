// Binary search over anything sorted, given by its length and a test that holds for a prefix of it.

/**
 * The last index in `[0, length)` whose `holds(index)` is true, or -1 when none is; `holds` must be true for
 * a prefix of the indexes and false after it (`values[index] < limit` over sorted values).
 */
export function lastIndexWhere(length: number, holds: (index: number) => boolean): number {
  let low = 0;
  let high = length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (holds(middle)) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}
