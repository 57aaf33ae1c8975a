import * as assert from 'node:assert/strict';
import { encodingNames } from '../../../src/tokenEngine';
import { encoderFor, jsTiktokenEncode, referenceEncode } from './referenceTokenizers';

/** Each code point alone, between a space and a digit, inside a word, and doubled before a word and a line break. */
const contexts: readonly ((character: string) => string)[] = [
  (character) => character,
  (character) => ` ${character}0`,
  (character) => `a${character}b`,
  (character) => `${character}${character} x\n`,
];

const codePointLimit = 0x30000;

function sameIds(left: readonly number[], right: readonly number[]): boolean {
  return left.length === right.length && left.every((id, index) => id === right[index]);
}

describe('token engine against tiktoken on every code point below U+30000', () => {
  for (const encoding of encodingNames) {
    it(`gives tiktoken's ids for each code point in ${contexts.length} contexts with ${encoding}`, async () => {
      const encoder = await encoderFor(encoding);
      const mismatches: string[] = [];
      for (let codePoint = 0; codePoint < codePointLimit; codePoint++) {
        const character = String.fromCodePoint(codePoint); // lone surrogates included
        for (const context of contexts) {
          const text = context(character);
          if (!sameIds(encoder.encode(text), referenceEncode(encoding, text))) {
            mismatches.push(`U+${codePoint.toString(16).toUpperCase().padStart(4, '0')} in ${JSON.stringify(text)}`);
            break;
          }
        }
      }
      assert.deepEqual(mismatches, []);
    }).timeout(120_000);
  }

  it('counts " \\u00850" as 4 tokens in o200k_base like tiktoken, where js-tiktoken says 3', async () => {
    const encoder = await encoderFor('o200k_base');
    assert.equal(referenceEncode('o200k_base', ' \u00850').length, 4);
    assert.equal(jsTiktokenEncode('o200k_base', ' \u00850').length, 3);
    assert.equal(encoder.count(' \u00850'), 4);
  });

  it('differs from js-tiktoken only on U+0085 and U+FEFF among these code points and contexts (cl100k_base)', () => {
    const differing = new Set<number>();
    for (let codePoint = 0; codePoint < codePointLimit; codePoint++) {
      const text = ` ${String.fromCodePoint(codePoint)}0`;
      if (!sameIds(jsTiktokenEncode('cl100k_base', text), referenceEncode('cl100k_base', text))) {
        differing.add(codePoint);
      }
    }
    assert.deepEqual([...differing], [0x85, 0xfeff]);
  }).timeout(60_000);
});
