import assert from 'node:assert/strict';
import { parseChunksViewMessage } from '../../../src/chunkingView/chunksMessages';

describe('messages from the Chunks view page', () => {
  it('accepts each well-formed message', () => {
    const messages = [
      { type: 'ready' },
      { type: 'useEditor' },
      { type: 'setStrategy', strategy: { kind: 'recursive', chunkSize: 500, chunkOverlap: 50, separators: ['\n\n', ''], preset: 'custom', lengthUnit: 'tokens' } },
      { type: 'setStrategy', strategy: { kind: 'bedrockHierarchical', parentMaxTokens: 1500, childMaxTokens: 300, overlapTokens: 60 } },
      { type: 'setStrategy', strategy: { kind: 'none' } },
      { type: 'setModel', modelId: 'gpt-5' },
      { type: 'setEmbeddingLimit', id: 'amazon.titan-embed-text-v2' },
      { type: 'reveal', number: 3 },
      { type: 'export', format: 'jsonl' },
      { type: 'copyCode', flavor: 'bedrockJson' },
    ];
    for (const message of messages) {
      assert.deepEqual(parseChunksViewMessage(message), message);
    }
  });

  it('refuses malformed messages and strategies', () => {
    const bad: unknown[] = [
      null,
      'ready',
      { type: 'unknown' },
      { type: 'reveal', number: 0 },
      { type: 'reveal', number: 1.5 },
      { type: 'export', format: 'csv' },
      { type: 'copyCode', flavor: 'rust' },
      { type: 'setModel', modelId: 'x'.repeat(101) },
      { type: 'setStrategy', strategy: { kind: 'recursive', chunkSize: -1, chunkOverlap: 0, separators: [], preset: 'default', lengthUnit: 'characters' } },
      { type: 'setStrategy', strategy: { kind: 'recursive', chunkSize: 10, chunkOverlap: 0, separators: [1], preset: 'default', lengthUnit: 'characters' } },
      { type: 'setStrategy', strategy: { kind: 'recursive', chunkSize: 10, chunkOverlap: 0, separators: [], preset: 'cobol', lengthUnit: 'characters' } },
      { type: 'setStrategy', strategy: { kind: 'bedrockFixed', maxTokens: '300', overlapPercentage: 20 } },
      { type: 'setStrategy', strategy: { kind: 'semantic' } },
    ];
    for (const message of bad) {
      assert.equal(parseChunksViewMessage(message), undefined, JSON.stringify(message));
    }
  });
});
