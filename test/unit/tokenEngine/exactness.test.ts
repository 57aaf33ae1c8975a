import * as assert from 'node:assert/strict';
import { encodingNames } from '../../../src/tokenEngine';
import { samples } from './exactnessSamples';
import { encoderFor, referenceEncode } from './referenceTokenizers';

describe('token engine exactness against tiktoken', () => {
  for (const encoding of encodingNames) {
    describe(encoding, () => {
      for (const [label, text] of Object.entries(samples)) {
        it(`encodes ${label} to exactly tiktoken's ids, and counts them`, async () => {
          const encoder = await encoderFor(encoding);
          const expected = referenceEncode(encoding, text);
          assert.deepEqual(encoder.encode(text), expected);
          assert.equal(encoder.count(text), expected.length);
        });
      }
    });
  }
});
