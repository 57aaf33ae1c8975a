import * as assert from 'node:assert/strict';
import type { BundledTokenizerName } from '../../../src/tokenEngine';
import { samples } from './exactnessSamples';
import { fuzzCorpus } from './fuzzText';
import { encoderFor } from './referenceTokenizers';
import { sentencePieceReference, type SentencePieceVersion } from './sentencePieceReference';

const fuzzStrings = 5_000;

/** Each Mistral model file and the bundled tokenizer that must encode like it. */
const pairs: readonly (readonly [SentencePieceVersion, BundledTokenizerName, string])[] = [
  ['v1', 'mistral_v1', 'Mistral 7B, Mixtral 8x7B'],
  ['v2', 'mistral_v3', 'Mistral Small and Large 24.02'],
  ['v3', 'mistral_v3', 'Mistral Large 24.07, Mixtral 8x22B'],
  ['v7m1', 'mistral_v3', 'Mistral Large 24.11, Pixtral Large 24.11 (25.02 on Bedrock)'],
];

describe('SentencePiece exactness for Mistral\'s tokenizers before tekken', () => {
  for (const [version, tokenizer, models] of pairs) {
    describe(`${tokenizer} against Google's SentencePiece on Mistral's ${version} model (${models})`, () => {
      for (const [label, text] of Object.entries(samples)) {
        it(`encodes ${label} to SentencePiece's ids`, async function () {
          this.timeout(60_000);
          const reference = await sentencePieceReference(version);
          const encoder = await encoderFor(tokenizer);
          assert.deepEqual(encoder.encode(text), reference.encode(text));
          assert.equal(encoder.count(text), reference.encode(text).length);
        });
      }

      it(`matches SentencePiece on ${fuzzStrings.toLocaleString('en')} random strings`, async function () {
        this.timeout(180_000);
        const reference = await sentencePieceReference(version);
        const encoder = await encoderFor(tokenizer);
        // Control and user-defined piece texts ([INST], [REFERENCE_DOC_0]) are ordinary text to the engine.
        const corpus = fuzzCorpus(7331, fuzzStrings * 2).filter((text) => !reference.specialTexts.some((special) => text.includes(special))).slice(0, fuzzStrings);
        assert.equal(corpus.length, fuzzStrings);
        for (const text of corpus) {
          const expected = reference.encode(text);
          const ids = encoder.encode(text);
          if (ids.length !== expected.length || ids.some((id, index) => id !== expected[index]) || encoder.count(text) !== expected.length) {
            assert.deepEqual({ text, ids }, { text, ids: expected }, `first mismatch of ${tokenizer}`);
          }
        }
      });
    });
  }
});
