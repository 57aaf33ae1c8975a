import * as assert from 'node:assert/strict';
import { createShuffleSeed } from '../../../src/common/random';
import { questionShuffleSeed, seededShuffle, seededShuffleOutOfOrder } from '../../../src/quiz/shuffle';

const letters = ['a', 'b', 'c', 'd', 'e'] as const;

function sorted(items: readonly string[]): string[] {
  return [...items].sort();
}

describe('seededShuffle', () => {
  it('gives the same order for the same seed', () => {
    assert.deepEqual(seededShuffle(letters, 'learner-1:q-01'), seededShuffle(letters, 'learner-1:q-01'));
  });

  it('returns a permutation of the items and leaves the input as it was', () => {
    const items = [...letters];
    for (let index = 0; index < 50; index++) {
      assert.deepEqual(sorted(seededShuffle(items, `seed-${index}`)), [...letters]);
    }
    assert.deepEqual(items, [...letters]);
  });

  it('usually gives a different order for a different seed', () => {
    const orders = new Set(Array.from({ length: 40 }, (_, index) => seededShuffle(letters, `seed-${index}`).join('')));
    // 40 draws from 120 orders: far more than a handful unless the seed is ignored.
    assert.ok(orders.size > 20, `only ${orders.size} distinct orders`);
  });

  it('spreads each item over every position', () => {
    const firstItems = new Set(Array.from({ length: 100 }, (_, index) => seededShuffle(letters, `spread-${index}`)[0]));
    assert.equal(firstItems.size, letters.length);
  });

  it('handles empty and one-item lists', () => {
    assert.deepEqual(seededShuffle([], 'seed'), []);
    assert.deepEqual(seededShuffle(['only'], 'seed'), ['only']);
  });
});

describe('seededShuffleOutOfOrder', () => {
  it('never returns the original order of two or more items', () => {
    for (let index = 0; index < 200; index++) {
      assert.notDeepEqual(seededShuffleOutOfOrder(['a', 'b'], `pair-${index}`), ['a', 'b']);
      assert.notDeepEqual(seededShuffleOutOfOrder(['a', 'b', 'c'], `three-${index}`), ['a', 'b', 'c']);
    }
  });

  it('is deterministic and a permutation', () => {
    assert.deepEqual(seededShuffleOutOfOrder(letters, 'x'), seededShuffleOutOfOrder(letters, 'x'));
    assert.deepEqual(sorted(seededShuffleOutOfOrder(letters, 'x')), [...letters]);
  });
});

describe('questionShuffleSeed and createShuffleSeed', () => {
  it('differs between questions of one learner and between learners', () => {
    assert.notEqual(questionShuffleSeed('learner', 'q-01'), questionShuffleSeed('learner', 'q-02'));
    assert.notEqual(questionShuffleSeed('learner-1', 'q-01'), questionShuffleSeed('learner-2', 'q-01'));
  });

  it('creates a fresh 128-bit hexadecimal seed each time', () => {
    const seed = createShuffleSeed();
    assert.match(seed, /^[0-9a-f]{32}$/);
    assert.notEqual(createShuffleSeed(), seed);
  });
});
