import * as assert from 'node:assert/strict';
import { compareBoundaries, type Span } from '../../../src/tokenizerView/tokenBoundaries';

const spans = (...ends: number[]): Span[] => ends.map((end, index) => ({ start: index === 0 ? 0 : ends[index - 1], end }));

describe('compareBoundaries', () => {
  it('finds no difference between equal segmentations', () => {
    const result = compareBoundaries(spans(2, 5, 9), spans(2, 5, 9));
    assert.equal(result.differingBoundaries, 0);
    assert.deepEqual(result.firstDiffers, [false, false, false]);
  });

  it('marks the segments on both sides of a boundary the other lacks', () => {
    // "Hello" + " world" vs "Hel" + "lo" + " world"
    const result = compareBoundaries(spans(5, 11), spans(3, 5, 11));
    assert.deepEqual(result.firstDiffers, [false, false]);
    assert.deepEqual(result.secondDiffers, [true, true, false]);
    assert.equal(result.differingBoundaries, 1);
  });

  it('counts boundaries only one side has, from both sides', () => {
    const result = compareBoundaries(spans(2, 4, 6), spans(3, 6));
    assert.deepEqual(result.firstEndDiffers, [true, true, false]);
    assert.deepEqual(result.secondEndDiffers, [true, false]);
    assert.equal(result.differingBoundaries, 3);
  });

  it('handles empty segmentations', () => {
    assert.equal(compareBoundaries([], []).differingBoundaries, 0);
  });
});
