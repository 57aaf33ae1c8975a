import * as assert from 'node:assert/strict';
import { readTokenizerJson } from '../../../src/tokenEngine';
import { cl100kPattern } from '../../../src/tokenEngine/scanning/cl100kPieces';
import { o200kPattern } from '../../../src/tokenEngine/scanning/o200kPieces';
import { tekkenPattern } from '../../../src/tokenEngine/scanning/tekkenPattern';
import { tokenizerJsonOf } from './familyReferences';
import { fuzzCorpus } from './fuzzText';
import { encoderFor } from './referenceTokenizers';

describe('pre-tokenizers and safe cuts of the families beyond OpenAI', () => {
  it('reads Llama 3\'s Split regex as cl100k_base\'s pattern and GPT-OSS\'s as o200k_base\'s, so the hand-written scanners run them', function () {
    this.timeout(120_000); // GPT-OSS's tokenizer.json is 27 MB
    assert.equal(readTokenizerJson(tokenizerJsonOf('llama3')).pattern, cl100kPattern);
    assert.equal(readTokenizerJson(tokenizerJsonOf('o200k_harmony')).pattern, o200kPattern);
  });

  it('reads Mistral NeMo\'s Split regex as the tekken pattern the safe-cut rule knows', () => {
    assert.equal(readTokenizerJson(tokenizerJsonOf('tekken')).pattern, tekkenPattern);
  });

  it('knows a safe-cut rule for Llama 3, tekken and Claude\'s tokenizer, none for Qwen 3 (one digit per piece)', async () => {
    assert.ok((await encoderFor('llama3')).safeCuts !== undefined);
    assert.ok((await encoderFor('tekken')).safeCuts !== undefined);
    assert.ok((await encoderFor('claude')).safeCuts !== undefined);
    assert.equal((await encoderFor('qwen3')).safeCuts, undefined);
  });

  for (const family of ['llama3', 'tekken', 'claude'] as const) {
    it(`tokenizes random texts cut at ${family}'s safe cuts exactly like the whole text`, async () => {
      const encoder = await encoderFor(family);
      const rule = encoder.safeCuts!;
      let cuts = 0;
      for (const text of fuzzCorpus(9090, 2_000)) {
        const parts: string[] = [];
        let start = 0;
        for (let index = 1; index < text.length; index++) {
          if (rule.isSafeCut(text, index)) {
            parts.push(text.slice(start, index));
            start = index;
            cuts++;
          }
        }
        parts.push(text.slice(start));
        assert.deepEqual(parts.flatMap((part) => encoder.encode(part)), encoder.encode(text), JSON.stringify(text));
      }
      assert.ok(cuts > 1000, `enough cuts to matter (${cuts})`);
    });
  }
});
