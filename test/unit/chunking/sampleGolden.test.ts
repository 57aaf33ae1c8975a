import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { separatorsFor } from '../../../src/chunking/separatorPresets';
import { sampleIds, sampleText } from '../../../src/chunkingView/sampleDocuments';
import { langChainOffsets, langChainRecursive, langChainTokens } from './langChainReference';

type Offsets = readonly { readonly start: number; readonly end: number }[];
interface GoldenSample {
  readonly recursive: { readonly chunkSize: number; readonly chunkOverlap: number; readonly chunks: Offsets };
  readonly tokenSplitter: { readonly chunkSize: number; readonly chunkOverlap: number; readonly chunks: Offsets };
}

// test/integration/chunking/sampleChunks.golden.json holds the chunks the integration tests expect
// in the real VS Code (where LangChain is not loaded): these tests keep it equal to LangChain's.
describe('the integration tests\' expected chunks of the sample documents', () => {
  const golden = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'integration', 'chunking', 'sampleChunks.golden.json'), 'utf8')) as Record<string, GoldenSample>;

  for (const id of sampleIds) {
    it(`are LangChain's chunks of ${id}: Markdown recursive splitter at 400/80 characters, TokenTextSplitter at 120/20 o200k tokens`, async () => {
      const text = sampleText(id);
      const { recursive, tokenSplitter } = golden[id];
      const recursiveChunks = await langChainRecursive(text, { chunkSize: recursive.chunkSize, chunkOverlap: recursive.chunkOverlap, separators: separatorsFor('markdown') });
      assert.deepEqual(recursive.chunks, langChainOffsets(text, recursiveChunks));
      const tokenChunks = await langChainTokens(text, tokenSplitter.chunkSize, tokenSplitter.chunkOverlap, 'o200k_base');
      assert.deepEqual(tokenSplitter.chunks, langChainOffsets(text, tokenChunks));
      assert.ok(recursive.chunks.length >= 4 && tokenSplitter.chunks.length >= 4);
    });
  }
});
