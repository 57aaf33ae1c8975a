import * as assert from 'node:assert/strict';
import { findSpecialTokenText, hexBytes, jsonEscaped } from '../../../src/tokenizerView/tokenText';
import { TokenOccurrences, tokenKey } from '../../../src/tokenizerView/tokenOccurrences';

describe('hexBytes', () => {
  it('writes each byte as two lowercase hex digits, space separated', () => {
    assert.equal(hexBytes(new Uint8Array([0x48, 0x0a, 0xff, 0x00])), '48 0a ff 00');
  });

  it('is empty for no bytes', () => {
    assert.equal(hexBytes(new Uint8Array()), '');
  });
});

describe('jsonEscaped', () => {
  it('shows spaces, tabs, line breaks and quotes as a JSON string', () => {
    assert.equal(jsonEscaped(' a\t"b"\n'), '" a\\t\\"b\\"\\n"');
  });

  it('escapes a lone surrogate instead of producing invalid text', () => {
    assert.equal(jsonEscaped('\ud800'), '"\\ud800"');
  });
});

describe('findSpecialTokenText', () => {
  it('finds text shaped like a special token', () => {
    assert.equal(findSpecialTokenText('before <|endoftext|> after'), '<|endoftext|>');
    assert.equal(findSpecialTokenText('<|im_start|>user'), '<|im_start|>');
  });

  it('ignores ordinary angle brackets and pipes', () => {
    assert.equal(findSpecialTokenText('a <| b |> c <div>|x|</div>'), undefined);
  });
});

describe('TokenOccurrences', () => {
  it('counts and locates repeated tokens, grouped ids as one key', () => {
    const occurrences = new TokenOccurrences();
    occurrences.add([1]);
    occurrences.add([2, 3]);
    occurrences.add([1]);
    occurrences.add([2]);
    assert.equal(occurrences.count([1]), 2);
    assert.deepEqual(occurrences.positionsOf([1]), [0, 2]);
    assert.equal(occurrences.count([2, 3]), 1);
    assert.equal(occurrences.count([2]), 1);
    assert.equal(occurrences.count([9]), 0);
    assert.equal(occurrences.size, 4);
  });

  it('keys differ between a group and its ids in other orders', () => {
    assert.notEqual(tokenKey([2, 3]), tokenKey([3, 2]));
  });
});
