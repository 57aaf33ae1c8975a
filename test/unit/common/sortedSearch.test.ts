import assert from 'node:assert/strict';
import { lastIndexWhere } from '../../../src/common/sortedSearch';

describe('lastIndexWhere', () => {
  it('finds the same index as a linear scan for every limit over sorted values with repeats', () => {
    const values = [1, 3, 3, 3, 7, 9, 9, 12];
    for (let limit = 0; limit <= 13; limit++) {
      let expected = -1;
      values.forEach((value, index) => {
        if (value < limit) {
          expected = index;
        }
      });
      assert.equal(lastIndexWhere(values.length, (index) => values[index] < limit), expected, `limit ${limit}`);
    }
  });

  it('gives -1 for an empty range', () => {
    assert.equal(lastIndexWhere(0, () => true), -1);
  });
});
