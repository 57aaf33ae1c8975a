// The references the engine must equal, built once per encoding for all tests: OpenAI's own tiktoken
// (the `tiktoken` npm package, its Rust core built to WASM), and js-tiktoken beside it, which
// differs from tiktoken only where JavaScript's `\s` does (U+0085 and U+FEFF).
import { Tiktoken } from 'js-tiktoken/lite';
import { get_encoding, type Tiktoken as WasmTiktoken } from 'tiktoken';
import cl100kBase from 'js-tiktoken/ranks/cl100k_base';
import o200kBase from 'js-tiktoken/ranks/o200k_base';
import p50kBase from 'js-tiktoken/ranks/p50k_base';
import r50kBase from 'js-tiktoken/ranks/r50k_base';
import { isOpenAiEncodingName, type EncodingName } from '../../../src/tokenEngine';
import type { Encoder } from '../../../src/tokenEngine';
import { RankTable } from '../../../src/tokenEngine/ranks/rankTable';
import { readTokenizerFile } from '../../../src/tokenEngine/tokenizerFile';
import { EncoderRegistry } from '../../../src/tokenEngine';
import { cachedTokenizerLoader } from '../../support/nodeTokenizerLoader';

const rankData = { o200k_base: o200kBase, cl100k_base: cl100kBase, p50k_base: p50kBase, r50k_base: r50kBase };
type OpenAiEncoding = keyof typeof rankData;
const jsReferences = new Map<OpenAiEncoding, Tiktoken>();
const wasmReferences = new Map<OpenAiEncoding, WasmTiktoken>();

/**
 * tiktoken's tokens with special-token text treated as ordinary text (`encode_ordinary`). Takes any
 * tokenizer name so callers typed with the wider `EncodingName` compile; only OpenAI's have tiktoken.
 */
export function referenceEncode(encoding: EncodingName, text: string): number[] {
  if (!isOpenAiEncodingName(encoding)) {
    throw new Error(`tiktoken has no ${encoding}: compare it with its own reference library`);
  }
  let reference = wasmReferences.get(encoding);
  if (reference === undefined) {
    reference = get_encoding(encoding);
    wasmReferences.set(encoding, reference);
  }
  return Array.from(reference.encode_ordinary(text));
}

/** js-tiktoken's tokens with special-token text treated as ordinary text. */
export function jsTiktokenEncode(encoding: OpenAiEncoding, text: string): number[] {
  let reference = jsReferences.get(encoding);
  if (reference === undefined) {
    reference = new Tiktoken(rankData[encoding]);
    jsReferences.set(encoding, reference);
  }
  return reference.encode(text, [], []);
}

export const testEncoders = new EncoderRegistry(cachedTokenizerLoader);

export function encoderFor(encoding: EncodingName): Promise<Encoder> {
  return testEncoders.get(encoding);
}

/** The engine's rank table for `encoding`, for tests of the internals. */
export async function rankTableFor(encoding: EncodingName): Promise<RankTable> {
  const contents = readTokenizerFile(await cachedTokenizerLoader(encoding));
  return new RankTable(contents.tokenLengths, contents.tokenBytes);
}
