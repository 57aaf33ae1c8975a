import * as assert from 'node:assert/strict';
import type { BundledTokenizerName } from '../../../src/tokenEngine';
import { readTokenizerJson } from '../../../src/tokenEngine';
import { readTokenizerFile } from '../../../src/tokenEngine/tokenizerFile';
import { cachedTokenizerLoader } from '../../support/nodeTokenizerLoader';
import { samples } from './exactnessSamples';
import { claudeReference, huggingFaceReference, tokenizerJsonOf, type FamilyReference } from './familyReferences';
import { fuzzCorpus } from './fuzzText';
import { encoderFor } from './referenceTokenizers';

const fuzzStringsPerFamily = 5_000;

/** The first `count` fuzz strings holding no special-token text (the engine reads such text as ordinary text). */
function fuzzWithoutSpecials(seed: number, count: number, specialTexts: readonly string[]): string[] {
  const chosen: string[] = [];
  for (let batch = 0; chosen.length < count; batch++) {
    for (const text of fuzzCorpus(seed + batch, count)) {
      if (chosen.length < count && !specialTexts.some((special) => text.includes(special))) {
        chosen.push(text);
      }
    }
  }
  return chosen;
}

function sameIds(left: readonly number[], right: readonly number[]): boolean {
  return left.length === right.length && left.every((id, index) => id === right[index]);
}

const families: readonly (readonly [BundledTokenizerName, string, () => FamilyReference])[] = [
  ['llama3', 'Hugging Face tokenizers on Llama 3.1\'s tokenizer.json', () => huggingFaceReference('llama3')],
  ['qwen3', 'Hugging Face tokenizers on Qwen 3\'s tokenizer.json', () => huggingFaceReference('qwen3')],
  ['deepseek3', 'Hugging Face tokenizers on DeepSeek V3\'s tokenizer.json', () => huggingFaceReference('deepseek3')],
  ['tekken', 'Hugging Face tokenizers on Mistral NeMo\'s tokenizer.json (tekken)', () => huggingFaceReference('tekken')],
  ['o200k_harmony', 'Hugging Face tokenizers on GPT-OSS\'s tokenizer.json', () => huggingFaceReference('o200k_harmony')],
  ['claude', 'Anthropic\'s @anthropic-ai/tokenizer', claudeReference],
];

describe('token engine exactness for the families beyond OpenAI', () => {
  for (const [family, referenceName, referenceOf] of families) {
    describe(family, () => {
      for (const [label, text] of Object.entries(samples)) {
        it(`encodes ${label} to the ids of ${referenceName}`, async function () {
          this.timeout(60_000);
          const reference = referenceOf();
          if (reference.specialTexts.some((special) => text.includes(special))) {
            // Special-token text is ordinary text to the engine, a single special token to the reference.
            assert.ok(label.includes('special'), 'only the special-token sample holds special text');
            return;
          }
          const encoder = await encoderFor(family);
          assert.deepEqual(encoder.encode(text), reference.encode(text));
          assert.equal(encoder.count(text), reference.encode(text).length);
        });
      }

      it(`matches ${referenceName} on ${fuzzStringsPerFamily.toLocaleString('en')} random strings`, async function () {
        this.timeout(180_000);
        const reference = referenceOf();
        const encoder = await encoderFor(family);
        const corpus = fuzzWithoutSpecials(5150, fuzzStringsPerFamily, reference.specialTexts);
        assert.equal(corpus.length, fuzzStringsPerFamily);
        for (const text of corpus) {
          const expected = reference.encode(text);
          if (!sameIds(encoder.encode(text), expected) || encoder.count(text) !== expected.length) {
            assert.deepEqual({ text, ids: encoder.encode(text) }, { text, ids: expected }, `first mismatch of ${family}`);
          }
        }
      });
    });
  }

  it('ships GPT-OSS (o200k_harmony) as o200k_base: the same token for every id of GPT-OSS\'s tokenizer.json', async function () {
    this.timeout(60_000);
    const harmony = readTokenizerJson(tokenizerJsonOf('o200k_harmony'));
    const base = readTokenizerFile(await cachedTokenizerLoader('o200k_base'));
    assert.equal(harmony.pattern, base.pattern, 'the same pre-tokenizer pattern');
    assert.ok(harmony.tokenLengths.length >= base.tokenLengths.length);
    const bytesOf = (contents: typeof base, id: number, offsets: Uint32Array): Uint8Array => contents.tokenBytes.subarray(offsets[id], offsets[id] + contents.tokenLengths[id]);
    const offsetsOf = (contents: typeof base): Uint32Array => {
      const offsets = new Uint32Array(contents.tokenLengths.length + 1);
      contents.tokenLengths.forEach((length, id) => (offsets[id + 1] = offsets[id] + length));
      return offsets;
    };
    const harmonyOffsets = offsetsOf(harmony);
    const baseOffsets = offsetsOf(base);
    for (let id = 0; id < harmony.tokenLengths.length; id++) {
      const expected = id < base.tokenLengths.length ? bytesOf(base, id, baseOffsets) : new Uint8Array(0);
      assert.deepEqual(bytesOf(harmony, id, harmonyOffsets), expected, `token ${id}`);
    }
  });
});
