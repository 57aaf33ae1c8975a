/**
 * Deterministic shuffles: the same seed gives the same order, so a revisited question shows its
 * options where the learner saw them before. Written by hand because the algorithms are a few
 * well-known lines (FNV-1a to hash the seed, mulberry32 to generate, Fisher-Yates to shuffle).
 */

/** FNV-1a over UTF-16 code units: a stable 32-bit number from any string. */
function hashSeed(seed: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < seed.length; index++) {
    hash ^= seed.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a tiny PRNG with good enough statistics for shuffling a handful of options. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffledIndexes(length: number, seed: string): number[] {
  const random = createRandom(hashSeed(seed));
  const indexes = Array.from({ length }, (_, index) => index);
  for (let last = length - 1; last > 0; last--) {
    const swapWith = Math.floor(random() * (last + 1));
    [indexes[last], indexes[swapWith]] = [indexes[swapWith], indexes[last]];
  }
  return indexes;
}

/** A new array with the items in an order fixed by `seed`; the input is left as it is. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  return shuffledIndexes(items.length, seed).map((index) => items[index]);
}

/**
 * Like `seededShuffle`, but never returns the original order when there are two or more items:
 * ordering items are authored in the correct order, so an unlucky shuffle would show the answer.
 */
export function seededShuffleOutOfOrder<T>(items: readonly T[], seed: string): T[] {
  const indexes = shuffledIndexes(items.length, seed);
  const keptOriginalOrder = indexes.every((original, position) => original === position);
  const order = keptOriginalOrder && indexes.length > 1 ? [...indexes.slice(1), indexes[0]] : indexes;
  return order.map((index) => items[index]);
}

/** The seed for one question's order: stable per learner, different between questions. */
export function questionShuffleSeed(learnerSeed: string, questionId: string): string {
  return `${learnerSeed}:${questionId}`;
}
