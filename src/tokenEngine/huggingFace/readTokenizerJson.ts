// Reads a Hugging Face tokenizer.json holding a byte-level BPE model (Llama 3, Qwen, GPT-OSS,
// GPT-2 and most other open models since 2023) into the engine's own tokenizer contents, so it runs
// on the same linear engine as OpenAI's encodings. Used at build time for the bundled families and
// at run time for a learner's own file, so it needs neither Node nor VS Code.
import { packTokens } from '../packedTokens';
import type { SpecialToken, TokenizerContents } from '../tokenizerFile';
import { bytesOfToken } from './byteLevelAlphabet';
import { splitSequenceSeparator } from '../scanning/splitSequencePieces';
import { byteLevelPattern, javaScriptPattern } from './tokenizerJsonPattern';

/** Why a tokenizer.json cannot run on the engine; the host turns each into a localized message. */
export type TokenizerJsonProblem =
  | 'notAnObject'
  | 'notBytePairEncoding'
  | 'noVocabulary'
  | 'unsupportedNormalizer'
  | 'unsupportedPreTokenizer'
  | 'unsupportedPattern'
  | 'mergesNotInTokenOrder'
  | 'tokenTooLong'
  | 'missingByte';

export class TokenizerJsonError extends Error {
  constructor(
    readonly problem: TokenizerJsonProblem,
    detail: string,
  ) {
    super(`${problem}: ${detail}`);
  }
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The engine's contents for `json` (a parsed tokenizer.json); throws TokenizerJsonError. */
export function readTokenizerJson(json: unknown): TokenizerContents {
  if (!isObject(json) || !isObject(json.model)) {
    throw new TokenizerJsonError('notAnObject', 'expected an object with a "model"');
  }
  const model = json.model;
  if ((model.type !== undefined && model.type !== 'BPE') || model.byte_fallback === true || nonEmpty(model.continuing_subword_prefix) || nonEmpty(model.end_of_word_suffix)) {
    throw new TokenizerJsonError('notBytePairEncoding', `model type ${String(model.type)}`);
  }
  if (!isObject(model.vocab) || !Array.isArray(model.merges)) {
    throw new TokenizerJsonError('noVocabulary', 'model.vocab or model.merges is missing');
  }
  const normalization = normalizationOf(json.normalizer);
  const pattern = patternOf(json.pre_tokenizer);
  const vocabulary = model.vocab;
  const specialTokens = specialTokensOf(json.added_tokens);
  const specialIds = new Set(specialTokens.map((token) => token.id));
  const tokens: (Uint8Array | undefined)[] = [];
  for (const [text, id] of Object.entries(vocabulary)) {
    const bytes = bytesOfToken(text);
    if (typeof id !== 'number' || !Number.isInteger(id) || id < 0 || bytes === undefined || specialIds.has(id)) {
      continue; // special tokens may sit in the vocabulary; they come from added_tokens below
    }
    if (bytes.length > 0xffff) {
      throw new TokenizerJsonError('tokenTooLong', `token ${id} has ${bytes.length} bytes`);
    }
    tokens[id] = bytes;
  }
  checkMergeOrder(model.merges, vocabulary);
  checkEveryByte(tokens);
  return { pattern, normalization, specialTokens, ...packTokens(tokens) };
}

function nonEmpty(value: unknown): boolean {
  return typeof value === 'string' && value !== '';
}

function normalizationOf(normalizer: unknown): 'none' | 'NFC' {
  if (normalizer === null || normalizer === undefined) {
    return 'none';
  }
  if (isObject(normalizer) && normalizer.type === 'NFC') {
    return 'NFC';
  }
  if (isObject(normalizer) && normalizer.type === 'Sequence' && Array.isArray(normalizer.normalizers) && normalizer.normalizers.length === 0) {
    return 'none';
  }
  throw new TokenizerJsonError('unsupportedNormalizer', JSON.stringify(normalizer).slice(0, 200));
}

/**
 * A ByteLevel pre-tokenizer with GPT-2's regex, or regex Splits ("Isolated") followed by a
 * ByteLevel without one: one Split is a plain pattern, several (DeepSeek's) a split sequence.
 */
function patternOf(preTokenizer: unknown): string {
  if (isObject(preTokenizer) && preTokenizer.type === 'ByteLevel' && preTokenizer.use_regex !== false && preTokenizer.add_prefix_space !== true) {
    return byteLevelPattern;
  }
  const steps: unknown[] = isObject(preTokenizer) && preTokenizer.type === 'Sequence' && Array.isArray(preTokenizer.pretokenizers) ? preTokenizer.pretokenizers : [];
  const byteLevel = steps[steps.length - 1];
  const splits = steps.slice(0, -1);
  const isPlainByteLevel = isObject(byteLevel) && byteLevel.type === 'ByteLevel' && byteLevel.use_regex === false && byteLevel.add_prefix_space !== true;
  const regexes = splits.map((split) => (isObject(split) && split.type === 'Split' && split.behavior === 'Isolated' && split.invert !== true && isObject(split.pattern) && typeof split.pattern.Regex === 'string' ? split.pattern.Regex : undefined));
  if (!isPlainByteLevel || regexes.length === 0 || regexes.some((regex) => regex === undefined)) {
    throw new TokenizerJsonError('unsupportedPreTokenizer', JSON.stringify(preTokenizer ?? null).slice(0, 200));
  }
  const patterns = regexes.map((regex) => javaScriptPattern(regex!));
  if (patterns.some((pattern) => pattern === undefined || pattern.includes(splitSequenceSeparator))) {
    throw new TokenizerJsonError('unsupportedPattern', regexes.join(' | '));
  }
  return patterns.join(splitSequenceSeparator);
}

/**
 * The engine merges the pair whose result has the lowest id, as tiktoken does; Hugging Face merges
 * the pair listed first. The two agree when the merges are listed in the order of their results'
 * ids, as in vocabularies trained by Hugging Face or converted from tiktoken.
 */
function checkMergeOrder(merges: unknown[], vocabulary: JsonObject): void {
  // A Map, not the object: a merge such as "to String" must not find Object.prototype.toString.
  const ids = new Map(Object.entries(vocabulary));
  let previous = -1;
  for (const [index, merge] of merges.entries()) {
    const [left, right]: unknown[] = Array.isArray(merge) ? (merge as unknown[]) : typeof merge === 'string' ? merge.split(' ') : [];
    const id = typeof left === 'string' && typeof right === 'string' ? ids.get(left + right) : undefined;
    if (typeof id !== 'number' || id < previous) {
      throw new TokenizerJsonError('mergesNotInTokenOrder', `merge ${index} (${JSON.stringify(merge)})`);
    }
    previous = id;
  }
}

function checkEveryByte(tokens: readonly (Uint8Array | undefined)[]): void {
  const seen = new Set<number>();
  for (const bytes of tokens) {
    if (bytes?.length === 1) {
      seen.add(bytes[0]);
    }
  }
  if (seen.size !== 256) {
    throw new TokenizerJsonError('missingByte', `${256 - seen.size} of the 256 bytes have no token`);
  }
}

function specialTokensOf(addedTokens: unknown): SpecialToken[] {
  if (!Array.isArray(addedTokens)) {
    return [];
  }
  return addedTokens.flatMap((token: unknown) =>
    isObject(token) && typeof token.id === 'number' && typeof token.content === 'string' ? [{ id: token.id, text: token.content }] : []);
}
