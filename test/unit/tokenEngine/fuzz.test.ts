import * as assert from 'node:assert/strict';
import type { OpenAiEncodingName } from '../../../src/tokenEngine';
import { fuzzCorpus } from './fuzzText';
import { encoderFor, referenceEncode } from './referenceTokenizers';

const corpusSizes: Record<OpenAiEncodingName, number> = { o200k_base: 10_000, cl100k_base: 10_000, p50k_base: 2_000, r50k_base: 2_000 };

describe('token engine differential fuzz against tiktoken', () => {
  for (const [encoding, size] of Object.entries(corpusSizes) as [OpenAiEncodingName, number][]) {
    it(`matches tiktoken on ${size.toLocaleString('en')} random strings with ${encoding}`, async () => {
      const encoder = await encoderFor(encoding);
      const corpus = fuzzCorpus(20240513, size);
      let mismatches = 0;
      for (const text of corpus) {
        const expected = referenceEncode(encoding, text);
        const actual = encoder.encode(text);
        if (actual.length !== expected.length || actual.some((id, index) => id !== expected[index]) || encoder.count(text) !== expected.length) {
          mismatches++;
          assert.deepEqual({ text, actual }, { text, actual: expected }, `first mismatch of ${encoding}`);
        }
      }
      assert.equal(mismatches, 0);
    }).timeout(120_000);
  }
});
