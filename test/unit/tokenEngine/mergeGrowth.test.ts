import * as assert from 'node:assert/strict';
import { createEncoder } from '../../../src/tokenEngine/bytePairEncoder';
import { BytePairMerger, type MergeLimits } from '../../../src/tokenEngine/merge/bytePairMerger';
import { cachedTokenizerLoader } from '../../support/nodeTokenizerLoader';
import { seededRandom } from './fuzzText';
import { rankTableFor } from './referenceTokenizers';

// Growth is measured in operations (rank lookups, heap pushes, pops and sift steps), not time,
// so the test is exact and immune to a busy machine.
const utf8 = new TextEncoder();
const random = seededRandom(7);
const pieces: Record<string, (length: number) => Uint8Array> = {
  'a run of one letter': (length) => utf8.encode('a'.repeat(length)),
  'a run of spaces': (length) => utf8.encode(' '.repeat(length)),
  'a repeated pair': (length) => utf8.encode('ab'.repeat(length / 2)),
  'random lower-case letters': (length) => utf8.encode(Array.from({ length }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join('')),
  'random bytes': (length) => Uint8Array.from({ length }, () => Math.floor(random() * 256)),
  'a run of one CJK character': (length) => utf8.encode('中'.repeat(Math.floor(length / 3))),
};
const maxRatio = 2.2;
const maxPerNLogN = 4;

const strategies: Record<string, MergeLimits> = {
  heap: { scanning: 0, heap: Number.POSITIVE_INFINITY },
  'rank buckets': { scanning: 0, heap: 0 },
};

describe('byte-pair merge growth', () => {
  for (const [strategy, limits] of Object.entries(strategies)) {
    for (const [label, piece] of Object.entries(pieces)) {
      it(`stays within n log n by ${strategy} on ${label}, doubling work at most ${maxRatio}x when the length doubles`, async () => {
        const ranks = await rankTableFor('o200k_base');
        const operations = (bytes: Uint8Array): number => {
          const merger = new BytePairMerger(ranks, limits);
          merger.merge(bytes, bytes.length, new Int32Array(bytes.length));
          return merger.operationCount;
        };
        for (const length of [10_000, 100_000]) {
          const small = piece(length);
          const large = piece(length * 2);
          const smallOperations = operations(small);
          const largeOperations = operations(large);
          assert.ok(largeOperations / smallOperations <= maxRatio, `${largeOperations} / ${smallOperations} at ${length}`);
          assert.ok(largeOperations <= maxPerNLogN * large.length * Math.log2(large.length), `${largeOperations} at ${large.length}`);
        }
      });
    }
  }

  it('keeps a whole document of one repeated character within n log n through the public encoder', async () => {
    const encoder = createEncoder('o200k_base', await cachedTokenizerLoader('o200k_base'));
    const operationsFor = (text: string): number => {
      const before = encoder.mergeOperations;
      encoder.count(text);
      return encoder.mergeOperations - before;
    };
    const small = operationsFor('x'.repeat(50_000));
    const large = operationsFor('x'.repeat(100_000));
    assert.ok(large / small <= maxRatio, `${large} / ${small}`);
    assert.ok(large <= maxPerNLogN * 100_000 * Math.log2(100_000));
  });
});

describe('byte-pair merge strategies', () => {
  it('gives the same tokens by scanning, by heap and by rank buckets on every piece length', async () => {
    const ranks = await rankTableFor('cl100k_base');
    const byScan = new BytePairMerger(ranks, { scanning: Number.POSITIVE_INFINITY, heap: 0 });
    const byHeap = new BytePairMerger(ranks, strategies.heap);
    const byBuckets = new BytePairMerger(ranks, strategies['rank buckets']);
    const texts = ['a'.repeat(77), 'ab'.repeat(50), ' '.repeat(40), 'abracadabra'.repeat(9), '😀👍🏽中文'.repeat(7), 'a'.repeat(3000), ' '.repeat(2500)];
    for (let length = 2; length < 200; length += 3) {
      texts.push(Array.from({ length }, () => String.fromCharCode(97 + Math.floor(random() * 4))).join(''));
    }
    for (const length of [1000, 2500]) {
      texts.push(Array.from({ length }, () => 'ab '[Math.floor(random() * 3)]).join(''));
      texts.push(Array.from({ length }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join(''));
    }
    for (const text of texts) {
      const bytes = utf8.encode(text);
      const merged = (merger: BytePairMerger): number[] => {
        const ids = new Int32Array(bytes.length);
        return [...ids.subarray(0, merger.merge(bytes, bytes.length, ids))];
      };
      const expected = merged(byScan);
      assert.deepEqual(merged(byHeap), expected, text);
      assert.deepEqual(merged(byBuckets), expected, text);
    }
  });
});
