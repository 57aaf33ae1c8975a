import * as assert from 'node:assert/strict';
import { inspect } from 'node:util';
import { isBoundedString, isCount, isListOf, isOneOf, isRecord, maxIdLength } from '../../../src/common/webviewMessages';

describe('checks on messages from a webview page', () => {
  describe('isRecord', () => {
    it('accepts plain objects, also as they arrive after structured cloning', () => {
      assert.equal(isRecord({}), true);
      assert.equal(isRecord({ type: 'ready' }), true);
      assert.equal(isRecord(structuredClone({ type: 'ready', nested: { a: 1 } })), true);
      assert.equal(isRecord(Object.create(null)), true);
    });

    it('refuses null, arrays and every non-object', () => {
      for (const value of [null, undefined, [], [{ type: 'ready' }], 'ready', 1, true, Symbol('x'), () => undefined]) {
        assert.equal(isRecord(value), false, inspect(value));
      }
    });
  });

  describe('isBoundedString', () => {
    it('accepts strings up to the limit, counted in UTF-16 code units, and the empty string', () => {
      assert.equal(isBoundedString('', 0), true);
      assert.equal(isBoundedString('abc', 3), true);
      assert.equal(isBoundedString('abcd', 3), false);
      // One astral character is two UTF-16 code units, as String.prototype.length counts them.
      assert.equal(isBoundedString('😀', 1), false);
      assert.equal(isBoundedString('😀', 2), true);
    });

    it('limits ids to 200 code units when no limit is given', () => {
      assert.equal(maxIdLength, 200);
      assert.equal(isBoundedString('x'.repeat(200)), true);
      assert.equal(isBoundedString('x'.repeat(201)), false);
    });

    it('refuses every non-string, even one that would print as the string', () => {
      for (const value of [undefined, null, 5, ['a'], { toString: () => 'a' }, new String('a')]) {
        assert.equal(isBoundedString(value, 10), false, inspect(value));
      }
    });
  });

  describe('isCount', () => {
    it('accepts whole numbers from 0 to the limit', () => {
      assert.equal(isCount(0), true);
      assert.equal(isCount(7, 7), true);
      assert.equal(isCount(8, 7), false);
      assert.equal(isCount(Number.MAX_SAFE_INTEGER), true);
    });

    it('refuses negatives, fractions, unsafe integers, NaN, infinities and numeric strings', () => {
      for (const value of [-1, -0.5, 1.5, Number.MAX_SAFE_INTEGER + 1, Number.NaN, Number.POSITIVE_INFINITY, '3', null, undefined, 3n]) {
        assert.equal(isCount(value), false, inspect(value));
      }
    });
  });

  describe('isOneOf', () => {
    const formats = ['json', 'jsonl'] as const;

    it('accepts exactly the listed values', () => {
      assert.equal(isOneOf('json', formats), true);
      assert.equal(isOneOf('jsonl', formats), true);
    });

    it('refuses other strings, other cases and non-strings', () => {
      for (const value of ['csv', 'JSON', 'json ', '', undefined, null, ['json'], { json: true }]) {
        assert.equal(isOneOf(value, formats), false, inspect(value));
      }
    });
  });

  describe('isListOf', () => {
    const isShortId = (value: unknown): value is string => isBoundedString(value, 3);

    it('accepts arrays up to the length limit whose entries all pass', () => {
      assert.equal(isListOf([], 2, isShortId), true);
      assert.equal(isListOf(['a', 'bcd'], 2, isShortId), true);
    });

    it('refuses longer arrays, any failing entry, and non-arrays', () => {
      assert.equal(isListOf(['a', 'b', 'c'], 2, isShortId), false);
      assert.equal(isListOf(['a', 'long'], 2, isShortId), false);
      assert.equal(isListOf(['a', 1], 2, isShortId), false);
      assert.equal(isListOf('ab', 2, isShortId), false);
      assert.equal(isListOf({ 0: 'a', length: 1 }, 2, isShortId), false);
    });
  });
});
