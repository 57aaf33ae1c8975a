import assert from 'node:assert/strict';
import { chunkDocument } from '../../../src/chunking/chunkDocument';
import type { ChunkingResult, ChunkingStrategy } from '../../../src/chunking/chunkTypes';
import { runSliced, defaultSliceSettings } from '../../../src/chunking/slicedWork';
import { TokenMap } from '../../../src/chunking/tokenMap';
import { encoderFor, referenceEncode } from '../tokenEngine/referenceTokenizers';
import { referenceTokenizer } from './langChainReference';
import { chunkingCorpus } from './langChainReference';

const noPause = { yieldToHost: () => Promise.resolve(), sliceMilliseconds: 1e9 };
const bigText = chunkingCorpus().map((document) => document.text).join('\n').repeat(6);

async function chunked(text: string, strategy: ChunkingStrategy, limit?: number): Promise<ChunkingResult> {
  const encoder = await encoderFor('cl100k_base');
  const result = await chunkDocument({ text, strategy, encoder, slices: noPause, ...(limit ? { embeddingLimit: { id: 'titan', label: 'Titan Text Embeddings V2', maxTokens: limit } } : {}) });
  assert.ok(result);
  return result;
}

/** The text of tokens `[first, last)` of tiktoken's encoding of `text`, decoded by js-tiktoken. */
function referenceWindowText(ids: readonly number[], first: number, last: number): string {
  return referenceTokenizer('cl100k_base').decode(ids.slice(first, last));
}

describe('chunking strategies', () => {
  it('tokenizes a long document block by block into exactly tiktoken\'s tokens', async () => {
    const encoder = await encoderFor('cl100k_base');
    const map = await runSliced(TokenMap.build(bigText, encoder, undefined), undefined, defaultSliceSettings);
    assert.ok(map && bigText.length > 100_000);
    assert.ok(map.length > 2 * 32_768, `${map.length} tokens: more than two of the map's pages`);
    assert.deepEqual(Array.from({ length: map.length }, (_, index) => map.id(index)), referenceEncode('cl100k_base', bigText));
    assert.equal(map.start(0), 0);
    assert.equal(map.end(map.length - 1), bigText.length);
  });

  it('Bedrock fixed-size: windows of maxTokens sharing floor(maxTokens × overlapPercentage / 100) tokens', async () => {
    const text = chunkingCorpus()[1].text;
    const ids = referenceEncode('cl100k_base', text);
    const result = await chunked(text, { kind: 'bedrockFixed', maxTokens: 300, overlapPercentage: 20 });
    const step = 300 - 60;
    assert.equal(result.chunks.length, Math.ceil((ids.length - 60) / step));
    result.chunks.forEach((chunk, index) => {
      const first = index * step;
      const expected = referenceWindowText(ids, first, Math.min(first + 300, ids.length));
      assert.equal(chunk.decodedText ?? text.slice(chunk.start, chunk.end), expected, `chunk ${chunk.number}`);
    });
    assert.equal(result.chunks.at(-1)?.end, text.length);
  });

  it('Bedrock hierarchical: parents of parent maxTokens, children of child maxTokens inside each parent, overlapTokens within a layer', async () => {
    const text = chunkingCorpus()[0].text;
    const ids = referenceEncode('cl100k_base', text);
    const result = await chunked(text, { kind: 'bedrockHierarchical', parentMaxTokens: 1500, childMaxTokens: 300, overlapTokens: 60 });
    const parents = result.chunks.filter((chunk) => chunk.level === 'parent');
    assert.equal(parents.length, Math.ceil((ids.length - 60) / 1440));
    parents.forEach((parent, index) => {
      const first = index * 1440;
      const last = Math.min(first + 1500, ids.length);
      assert.equal(parent.decodedText ?? text.slice(parent.start, parent.end), referenceWindowText(ids, first, last));
      const children = result.chunks.filter((chunk) => chunk.parent === parent.number);
      assert.equal(children.length, Math.ceil((last - first - 60) / 240), `children of parent ${parent.number}`);
      children.forEach((child, childIndex) => {
        assert.equal(child.level, 'child');
        assert.ok(child.start >= parent.start && child.end <= parent.end, 'a child stays inside its parent');
        const childFirst = first + childIndex * 240;
        assert.equal(child.decodedText ?? text.slice(child.start, child.end), referenceWindowText(ids, childFirst, Math.min(childFirst + 300, last)));
      });
    });
  });

  it('by Markdown heading: one chunk per section up to the chosen level, headings inside code fences ignored', async () => {
    const text = 'Intro line\n\n# Title\ntext\n## Part A\n```\n# not a heading\n```\n### Deep\nmore\n## Part B\nend\n';
    const result = await chunked(text, { kind: 'markdownHeadings', maxLevel: 2 });
    assert.deepEqual(result.chunks.map((chunk) => text.slice(chunk.start, chunk.end)), [
      'Intro line\n\n',
      '# Title\ntext\n',
      '## Part A\n```\n# not a heading\n```\n### Deep\nmore\n',
      '## Part B\nend\n',
    ]);
  });

  it('none: the whole document is one chunk with its exact token count', async () => {
    const text = chunkingCorpus()[3].text;
    const result = await chunked(text, { kind: 'none' });
    assert.equal(result.chunks.length, 1);
    assert.deepEqual([result.chunks[0].start, result.chunks[0].end, result.chunks[0].characters], [0, text.length, text.length]);
    assert.equal(result.chunks[0].tokens, referenceEncode('cl100k_base', text).length);
    assert.equal(result.sourceTokens, result.chunks[0].tokens);
  });

  it('every chunk carries its exact token count', async () => {
    const text = chunkingCorpus()[4].text;
    const result = await chunked(text, { kind: 'recursive', chunkSize: 400, chunkOverlap: 80, separators: ['\n\n', '\n', ' ', ''], preset: 'default', lengthUnit: 'characters' });
    assert.ok(result.chunks.length > 5);
    for (const chunk of result.chunks) {
      assert.equal(chunk.tokens, referenceEncode('cl100k_base', text.slice(chunk.start, chunk.end)).length);
      assert.equal(chunk.characters, chunk.end - chunk.start);
    }
  });

  it('warns about chunks over the embedding model limit, and tiny chunks', async () => {
    const result = await chunked(bigText, { kind: 'none' }, 8192);
    assert.deepEqual(result.warnings.find((warning) => warning.kind === 'overEmbeddingLimit'), { kind: 'overEmbeddingLimit', count: 1, limit: 8192, model: 'Titan Text Embeddings V2', firstNumber: 1 });
    // 28 characters of words, then 98 + 100 + 100 x's, then the last 2: the fifth chunk is tiny.
    const tiny = await chunked('word\n\n'.repeat(5) + 'x'.repeat(300), { kind: 'recursive', chunkSize: 100, chunkOverlap: 0, separators: ['\n\n', ''], preset: 'custom', lengthUnit: 'characters' });
    assert.deepEqual(tiny.warnings.find((warning) => warning.kind === 'tinyChunks'), { kind: 'tinyChunks', count: 1, threshold: 10, unit: 'characters', firstNumber: 5 });
  });

  it('refuses an overlap not smaller than the size, and other impossible parameters, with no chunks', async () => {
    const cases: [ChunkingStrategy, string][] = [
      [{ kind: 'recursive', chunkSize: 100, chunkOverlap: 100, separators: [''], preset: 'custom', lengthUnit: 'characters' }, 'overlapNotSmallerThanSize'],
      [{ kind: 'tokenSplitter', chunkSize: 0, chunkOverlap: 0 }, 'sizeNotPositive'],
      [{ kind: 'bedrockFixed', maxTokens: 300, overlapPercentage: 100 }, 'overlapPercentageOutOfRange'],
      [{ kind: 'bedrockHierarchical', parentMaxTokens: 300, childMaxTokens: 300, overlapTokens: 60 }, 'childNotSmallerThanParent'],
      [{ kind: 'markdownHeadings', maxLevel: 7 }, 'headingLevelOutOfRange'],
    ];
    for (const [strategy, problem] of cases) {
      const result = await chunked('some text', strategy);
      assert.deepEqual(result.chunks, []);
      assert.deepEqual(result.warnings, [{ kind: 'invalidParameters', problem }]);
    }
  });

  it('explains semantic chunking instead of simulating it', async () => {
    const result = await chunked('some text', { kind: 'bedrockSemantic', maxTokens: 300, bufferSize: 0, breakpointPercentileThreshold: 95 });
    assert.deepEqual(result.warnings, [{ kind: 'notSimulated' }]);
  });

  it('yields to the host between slices and stops when cancelled', async () => {
    const encoder = await encoderFor('cl100k_base');
    let turns = 0;
    const signal = { isCancellationRequested: false };
    const slices = { sliceMilliseconds: 0, yieldToHost: () => {
      turns++;
      if (turns === 5) {
        signal.isCancellationRequested = true;
      }
      return Promise.resolve();
    } };
    const result = await chunkDocument({ text: bigText, strategy: { kind: 'tokenSplitter', chunkSize: 50, chunkOverlap: 5 }, encoder, signal, slices });
    assert.equal(result, undefined);
    assert.equal(turns, 5);
  });
});
