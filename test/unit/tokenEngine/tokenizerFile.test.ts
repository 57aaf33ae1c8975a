import * as assert from 'node:assert/strict';
import cl100kBase from 'js-tiktoken/ranks/cl100k_base';
import p50kBase from 'js-tiktoken/ranks/p50k_base';
import { readTokenizerFile } from '../../../src/tokenEngine/tokenizerFile';
import { cachedTokenizerLoader } from '../../support/nodeTokenizerLoader';

/** js-tiktoken's own reading of its rank data: id -> bytes. */
function tokensOf(bpeRanks: string): Map<number, Buffer> {
  const tokens = new Map<number, Buffer>();
  for (const line of bpeRanks.split('\n').filter(Boolean)) {
    const [, offset, ...encoded] = line.split(' ');
    encoded.forEach((base64, index) => tokens.set(Number(offset) + index, Buffer.from(base64, 'base64')));
  }
  return tokens;
}

describe('tokenizer file', () => {
  for (const [encoding, ranks] of [['cl100k_base', cl100kBase], ['p50k_base', p50kBase]] as const) {
    it(`holds every token, the pattern and the special tokens of js-tiktoken's ${encoding}`, async () => {
      const contents = readTokenizerFile(await cachedTokenizerLoader(encoding));
      assert.equal(contents.pattern, ranks.pat_str);
      assert.deepEqual(Object.fromEntries(contents.specialTokens.map((special) => [special.text, special.id])), ranks.special_tokens);
      const expected = tokensOf(ranks.bpe_ranks);
      let offset = 0;
      for (let id = 0; id < contents.tokenLengths.length; id++) {
        const length = contents.tokenLengths[id];
        const bytes = contents.tokenBytes.subarray(offset, offset + length);
        offset += length;
        assert.deepEqual(length === 0 ? undefined : Buffer.from(bytes), expected.get(id), `token ${id}`);
      }
      assert.equal(contents.tokenLengths.filter((length) => length > 0).length, expected.size);
    });
  }

  it('is much smaller than js-tiktoken\'s base64 JSON', async () => {
    const file = await cachedTokenizerLoader('cl100k_base');
    assert.ok(file.byteLength < 0.75 * JSON.stringify(cl100kBase).length, `${file.byteLength} bytes`);
  });

  it('refuses a truncated file', async () => {
    const file = await cachedTokenizerLoader('r50k_base');
    assert.throws(() => readTokenizerFile(file.subarray(0, file.byteLength - 1)), /truncated or corrupt/);
  });

  it('refuses an unknown format version', async () => {
    const file = (await cachedTokenizerLoader('r50k_base')).slice();
    file[4] = 99;
    assert.throws(() => readTokenizerFile(file), /format 99 is not supported/);
  });
});
