import assert from 'node:assert/strict';
import { chunkDocument } from '../../../src/chunking/chunkDocument';
import type { Chunk, ChunkingStrategy, LengthUnit } from '../../../src/chunking/chunkTypes';
import { separatorsFor } from '../../../src/chunking/separatorPresets';
import type { Encoder } from '../../../src/tokenEngine';
import { encoderFor } from '../tokenEngine/referenceTokenizers';
import { fuzzCorpus, seededRandom } from '../tokenEngine/fuzzText';
import { chunkingCorpus, langChainRecursive, langChainSeparators, langChainTokens, type ReferenceEncoding } from './langChainReference';

const noPause = { yieldToHost: () => Promise.resolve(), sliceMilliseconds: 1e9 };

async function ourTexts(text: string, strategy: ChunkingStrategy, encoder: Encoder): Promise<string[]> {
  const result = await chunkDocument({ text, strategy, encoder, slices: noPause });
  assert.ok(result);
  return result.chunks.map((chunk: Chunk) => chunk.decodedText ?? text.slice(chunk.start, chunk.end));
}

function recursive(chunkSize: number, chunkOverlap: number, separators: readonly string[], lengthUnit: LengthUnit): ChunkingStrategy {
  return { kind: 'recursive', chunkSize, chunkOverlap, separators, preset: 'custom', lengthUnit };
}

describe('chunking equals @langchain/textsplitters', () => {
  const corpus = chunkingCorpus();
  const characterGrid: readonly (readonly [number, number])[] = [[40, 0], [100, 20], [300, 50], [1000, 200], [2000, 0]];
  const tokenGrid: readonly (readonly [number, number])[] = [[16, 0], [64, 8], [256, 32], [512, 100]];

  it('uses the separator lists of LangChain for Markdown, Python and JS', () => {
    for (const language of ['markdown', 'python', 'js'] as const) {
      assert.deepEqual(separatorsFor(language), langChainSeparators(language));
    }
    assert.deepEqual(separatorsFor('default'), ['\n\n', '\n', ' ', '']);
  });

  for (const document of corpus) {
    it(`RecursiveCharacterTextSplitter by characters, ${document.name}: same chunks for every size and overlap`, async () => {
      const encoder = await encoderFor('o200k_base');
      for (const separators of [separatorsFor(document.preset), separatorsFor('default')]) {
        for (const [size, overlap] of characterGrid) {
          const expected = await langChainRecursive(document.text, { chunkSize: size, chunkOverlap: overlap, separators });
          assert.deepEqual(await ourTexts(document.text, recursive(size, overlap, separators, 'characters'), encoder), expected, `size ${size}, overlap ${overlap}`);
        }
      }
    });

    it(`RecursiveCharacterTextSplitter by tokens, ${document.name}: same chunks for every size and overlap`, async () => {
      for (const encoding of ['cl100k_base', 'o200k_base'] as const) {
        const encoder = await encoderFor(encoding);
        for (const [size, overlap] of tokenGrid) {
          const separators = separatorsFor(document.preset);
          const expected = await langChainRecursive(document.text, { chunkSize: size, chunkOverlap: overlap, separators, tokensOf: encoding });
          assert.deepEqual(await ourTexts(document.text, recursive(size, overlap, separators, 'tokens'), encoder), expected, `${encoding}, size ${size}, overlap ${overlap}`);
        }
      }
    });

    it(`TokenTextSplitter, ${document.name}: same chunks for every size and overlap`, async () => {
      for (const encoding of ['cl100k_base', 'o200k_base'] as const) {
        const encoder = await encoderFor(encoding);
        for (const [size, overlap] of tokenGrid) {
          const expected = await langChainTokens(document.text, size, overlap, encoding);
          const strategy: ChunkingStrategy = { kind: 'tokenSplitter', chunkSize: size, chunkOverlap: overlap };
          assert.deepEqual(await ourTexts(document.text, strategy, encoder), expected, `${encoding}, size ${size}, overlap ${overlap}`);
        }
      }
    });
  }

  it('agrees on 600 seeded random texts, sizes, overlaps and separators (both splitters)', async () => {
    const random = seededRandom(20261201);
    // Left out: special-token text, on which LangChain's TokenTextSplitter throws (it disallows all
    // special tokens), and U+0085 and U+FEFF, where js-tiktoken (LangChain's tokenizer) differs from
    // OpenAI's tiktoken, which the engine follows (JavaScript's \s includes them).
    const texts = fuzzCorpus(7, 600)
      .map((text, index) => (index % 3 === 0 ? text.repeat(1 + Math.floor(random() * 20)) : text))
      .filter((text) => !text.includes('<|') && !/[\u0085\ufeff]/.test(text));
    const separatorPool = ['\n\n', '\n', ' ', '', '.', 'ção', '😀', '**', '\r\n', '  '];
    const encodings: readonly ReferenceEncoding[] = ['cl100k_base', 'o200k_base'];
    for (const text of texts) {
      const encoding = encodings[Math.floor(random() * 2)];
      const encoder = await encoderFor(encoding);
      const size = 1 + Math.floor(random() * 60);
      const overlap = Math.floor(random() * size);
      const separators = separatorPool.filter(() => random() < 0.5);
      if (separators.length === 0) {
        separators.push('');
      }
      const lengthUnit: LengthUnit = random() < 0.5 ? 'characters' : 'tokens';
      const label = JSON.stringify({ text, size, overlap, separators, lengthUnit, encoding });
      const expected = await langChainRecursive(text, { chunkSize: size, chunkOverlap: overlap, separators, ...(lengthUnit === 'tokens' ? { tokensOf: encoding } : {}) });
      assert.deepEqual(await ourTexts(text, recursive(size, overlap, separators, lengthUnit), encoder), expected, label);
      const tokenExpected = await langChainTokens(text, size, overlap, encoding);
      assert.deepEqual(await ourTexts(text, { kind: 'tokenSplitter', chunkSize: size, chunkOverlap: overlap }, encoder), tokenExpected, label);
    }
  });
});
