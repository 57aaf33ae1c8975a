import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chunkDocument } from '../../../src/chunking/chunkDocument';
import { chunksAsJson, chunksAsJsonLines } from '../../../src/chunking/chunkExport';
import type { ChunkingStrategy } from '../../../src/chunking/chunkTypes';
import { strategyAsCode } from '../../../src/chunking/copyAsCode';
import { separatorsFor } from '../../../src/chunking/separatorPresets';
import { encoderFor } from '../tokenEngine/referenceTokenizers';
import { chunkingCorpus } from './langChainReference';
import { projectRoot } from '../../support/nodeTokenizerLoader';

const noPause = { yieldToHost: () => Promise.resolve(), sliceMilliseconds: 1e9 };

/**
 * Runs the generated LangChain.js snippet as a module of its own (its imports resolved from this
 * project's node_modules) on `text`, and returns its chunks.
 */
async function runJsSnippet(code: string, text: string): Promise<string[]> {
  const imports = code.match(/^import .*$/gm) ?? [];
  const body = code.replace(/^import .*$/gm, '');
  const module = `${imports.join('\n')}\nexport default async function run(text) {\n${body}\nreturn chunks;\n}\n`;
  const folder = path.join(projectRoot(), 'node_modules', '.cache', 'learn-genai-chunking');
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `snippet-${++snippetCount}-${process.pid}.mjs`);
  writeFileSync(file, module);
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    const loaded = (await import(pathToFileURL(file).href)) as { default: (text: string) => Promise<string[]> };
    return await loaded.default(text);
  } finally {
    console.warn = warn;
    rmSync(file, { force: true });
  }
}

let snippetCount = 0;

describe('chunk export and copy as code', () => {
  const document = chunkingCorpus()[0];

  it('writes JSON Lines whose every line parses, with the source text at its offsets and the counts shown', async () => {
    const encoder = await encoderFor('o200k_base');
    const result = await chunkDocument({ text: document.text, encoder, slices: noPause, strategy: { kind: 'recursive', chunkSize: 500, chunkOverlap: 50, separators: separatorsFor('markdown'), preset: 'markdown', lengthUnit: 'characters' } });
    assert.ok(result);
    const lines = chunksAsJsonLines(result.chunks, document.text).trimEnd().split('\n');
    assert.equal(lines.length, result.chunks.length);
    lines.forEach((line, index) => {
      const parsed = JSON.parse(line) as { number: number; start: number; end: number; tokens: number; text: string };
      assert.equal(parsed.number, index + 1);
      assert.equal(parsed.text, document.text.slice(parsed.start, parsed.end));
      assert.equal(parsed.tokens, result.chunks[index].tokens);
    });
    const json = JSON.parse(chunksAsJson(result.chunks, { source: 'lesson.md', text: document.text, strategy: { kind: 'none' }, model: 'gpt-5', encoding: 'o200k_base' })) as { chunks: unknown[]; source: string };
    assert.equal(json.source, 'lesson.md');
    assert.equal(json.chunks.length, result.chunks.length);
  });

  const jsCases: [string, ChunkingStrategy][] = [
    ['a Markdown preset by characters', { kind: 'recursive', chunkSize: 400, chunkOverlap: 40, separators: separatorsFor('markdown'), preset: 'markdown', lengthUnit: 'characters' }],
    ['custom separators by tokens', { kind: 'recursive', chunkSize: 120, chunkOverlap: 20, separators: ['\n\n', '. ', ' ', ''], preset: 'custom', lengthUnit: 'tokens' }],
  ];
  for (const [name, strategy] of jsCases) {
    it(`LangChain.js code for ${name} gives the chunks shown when run with the library`, async () => {
      const encoder = await encoderFor('o200k_base');
      const result = await chunkDocument({ text: document.text, strategy, encoder, slices: noPause });
      assert.ok(result);
      const code = strategyAsCode(strategy, 'langchainJs', 'o200k_base');
      assert.ok(code);
      const shown = result.chunks.map((chunk) => document.text.slice(chunk.start, chunk.end));
      assert.deepEqual(await runJsSnippet(code, document.text), shown);
    });
  }

  it('LangChain Python code is valid Python with the same parameters', function () {
    const strategy: ChunkingStrategy = { kind: 'recursive', chunkSize: 300, chunkOverlap: 30, separators: separatorsFor('python'), preset: 'python', lengthUnit: 'tokens' };
    const code = strategyAsCode(strategy, 'langchainPython', 'cl100k_base');
    assert.ok(code);
    execFileSync('python3', ['-c', 'import ast, sys; ast.parse(sys.stdin.read())'], { input: code });
    assert.match(code, /from_tiktoken_encoder\(\n {4}encoding_name="cl100k_base",\n {4}chunk_size=300,\n {4}chunk_overlap=30,\n {4}separators=\["\\nclass ", "\\ndef ", "\\n\\tdef ", "\\n\\n", "\\n", " ", ""\],/);
  });

  it('Bedrock JSON uses the CreateDataSource field names for each strategy', () => {
    const parse = (strategy: ChunkingStrategy): unknown => JSON.parse(strategyAsCode(strategy, 'bedrockJson', 'o200k_base') ?? 'null');
    assert.deepEqual(parse({ kind: 'bedrockFixed', maxTokens: 300, overlapPercentage: 20 }), {
      vectorIngestionConfiguration: { chunkingConfiguration: { chunkingStrategy: 'FIXED_SIZE', fixedSizeChunkingConfiguration: { maxTokens: 300, overlapPercentage: 20 } } },
    });
    assert.deepEqual(parse({ kind: 'bedrockHierarchical', parentMaxTokens: 1500, childMaxTokens: 300, overlapTokens: 60 }), {
      vectorIngestionConfiguration: { chunkingConfiguration: { chunkingStrategy: 'HIERARCHICAL', hierarchicalChunkingConfiguration: { levelConfigurations: [{ maxTokens: 1500 }, { maxTokens: 300 }], overlapTokens: 60 } } },
    });
    assert.deepEqual(parse({ kind: 'bedrockSemantic', maxTokens: 300, bufferSize: 0, breakpointPercentileThreshold: 95 }), {
      vectorIngestionConfiguration: { chunkingConfiguration: { chunkingStrategy: 'SEMANTIC', semanticChunkingConfiguration: { maxTokens: 300, bufferSize: 0, breakpointPercentileThreshold: 95 } } },
    });
    assert.deepEqual(parse({ kind: 'none' }), { vectorIngestionConfiguration: { chunkingConfiguration: { chunkingStrategy: 'NONE' } } });
    assert.equal(strategyAsCode({ kind: 'none' }, 'langchainJs', 'o200k_base'), undefined);
  });
});
