// Reads and writes the binary tokenizer file. Layout, all integers unsigned 32-bit little-endian:
//
//   "LGTK"  format version  tokenCount  patternByteLength  specialTokenCount  [flags, from version 2]
//   pattern (UTF-8)
//   specialTokenCount x { id, textByteLength, text (UTF-8) }
//   tokenCount x byte length of the token whose id is the index (u8 in version 1, u16 from
//     version 2, as Anthropic's tokenizer has tokens of up to 1,024 bytes; 0 = no such token)
//   every token's bytes, concatenated in id order
//
// Version 1 is what src/tokenEngine/build/writeTokenizerData.mjs writes for OpenAI's encodings;
// version 2 adds flags (bit 0: normalize text to NFC first, as Qwen's tokenizer does; bit 1: NFKC,
// as Anthropic's published Claude tokenizer does; bit 2: a SentencePiece BPE model, whose "pattern"
// is then the JSON of its SentencePieceLayout, whose tokens are its normal pieces with "▁" written
// as a space and its byte pieces as their byte, and whose special tokens are its other pieces).

export interface SpecialToken {
  readonly id: number;
  readonly text: string;
}

/** How text is normalized before the pre-tokenizer sees it. */
export type TextNormalization = 'none' | 'NFC' | 'NFKC';

/**
 * What a SentencePiece BPE model needs beyond its pieces: where its 256 byte pieces start, and its
 * pieces that share the lowest score (runs of spaces in Mistral's), which merge last, leftmost
 * first; every other piece merges before any piece with a higher id.
 */
export interface SentencePieceLayout {
  readonly firstByteId: number;
  readonly lastMergedIds: readonly number[];
}

export interface TokenizerContents {
  /** The pre-tokenizer pattern (js-tiktoken's `pat_str`, or a tokenizer.json's Split regex). */
  readonly pattern: string;
  /** Set for a SentencePiece BPE model (no pattern: it merges over characters, see sentencePiece/). */
  readonly sentencePiece?: SentencePieceLayout;
  readonly normalization: TextNormalization;
  readonly specialTokens: readonly SpecialToken[];
  /** Byte length of each mergeable token, indexed by id; 0 where no token has that id. */
  readonly tokenLengths: Uint8Array | Uint16Array;
  /** Every token's bytes, concatenated in id order. */
  readonly tokenBytes: Uint8Array;
}

/** The former name, kept for callers written before normalization existed. */
export type TokenizerFileContents = TokenizerContents;

const magic = 'LGTK';
const latestVersion = 2;
const nfcFlag = 1;
const nfkcFlag = 2;
const sentencePieceFlag = 4;

function headerLengthOf(version: number): number {
  return version === 1 ? 20 : 24;
}

export function readTokenizerFile(file: Uint8Array): TokenizerContents {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  if (file.byteLength < 20 || utf8.decode(file.subarray(0, 4)) !== magic) {
    throw new Error('Not a tokenizer file: rebuild dist/tokenizers with the build step.');
  }
  const version = view.getUint32(4, true);
  if (version !== 1 && version !== latestVersion) {
    throw new Error(`Tokenizer file format ${version} is not supported (expected 1 or ${latestVersion}).`);
  }
  const tokenCount = view.getUint32(8, true);
  const patternLength = view.getUint32(12, true);
  const specialTokenCount = view.getUint32(16, true);
  const flags = version === 1 ? 0 : view.getUint32(20, true);
  let offset = headerLengthOf(version);
  const pattern = utf8.decode(file.subarray(offset, offset + patternLength));
  offset += patternLength;
  const specialTokens: SpecialToken[] = [];
  for (let index = 0; index < specialTokenCount; index++) {
    const id = view.getUint32(offset, true);
    const textLength = view.getUint32(offset + 4, true);
    offset += 8;
    specialTokens.push({ id, text: utf8.decode(file.subarray(offset, offset + textLength)) });
    offset += textLength;
  }
  let tokenLengths: Uint8Array | Uint16Array;
  if (version === 1) {
    tokenLengths = file.subarray(offset, offset + tokenCount);
    offset += tokenCount;
  } else {
    tokenLengths = new Uint16Array(tokenCount);
    for (let id = 0; id < tokenCount; id++, offset += 2) {
      tokenLengths[id] = view.getUint16(offset, true);
    }
  }
  let totalTokenBytes = 0;
  for (let id = 0; id < tokenCount; id++) {
    totalTokenBytes += tokenLengths[id];
  }
  if (offset + totalTokenBytes !== file.byteLength) {
    throw new Error('Tokenizer file is truncated or corrupt: rebuild dist/tokenizers with the build step.');
  }
  const normalization = (flags & nfkcFlag) !== 0 ? 'NFKC' : (flags & nfcFlag) !== 0 ? 'NFC' : 'none';
  const tokenBytes = file.subarray(offset);
  if ((flags & sentencePieceFlag) !== 0) {
    return { pattern: '', sentencePiece: JSON.parse(pattern) as SentencePieceLayout, normalization, specialTokens, tokenLengths, tokenBytes };
  }
  return { pattern, normalization, specialTokens, tokenLengths, tokenBytes };
}

/** The file (latest version) holding `contents`. */
export function writeTokenizerFile(contents: TokenizerContents): Uint8Array {
  const utf8 = new TextEncoder();
  const pattern = utf8.encode(contents.sentencePiece !== undefined ? JSON.stringify(contents.sentencePiece) : contents.pattern);
  const specials = contents.specialTokens.map((token) => ({ id: token.id, text: utf8.encode(token.text) }));
  const headerLength = headerLengthOf(latestVersion);
  const length = headerLength + pattern.length + specials.reduce((sum, token) => sum + 8 + token.text.length, 0)
    + 2 * contents.tokenLengths.length + contents.tokenBytes.length;
  const file = new Uint8Array(length);
  const view = new DataView(file.buffer);
  file.set(utf8.encode(magic), 0);
  view.setUint32(4, latestVersion, true);
  view.setUint32(8, contents.tokenLengths.length, true);
  view.setUint32(12, pattern.length, true);
  view.setUint32(16, specials.length, true);
  const normalizationFlag = contents.normalization === 'NFKC' ? nfkcFlag : contents.normalization === 'NFC' ? nfcFlag : 0;
  view.setUint32(20, normalizationFlag | (contents.sentencePiece !== undefined ? sentencePieceFlag : 0), true);
  let offset = headerLength;
  file.set(pattern, offset);
  offset += pattern.length;
  for (const token of specials) {
    view.setUint32(offset, token.id, true);
    view.setUint32(offset + 4, token.text.length, true);
    file.set(token.text, offset + 8);
    offset += 8 + token.text.length;
  }
  for (const length of contents.tokenLengths) {
    view.setUint16(offset, length, true);
    offset += 2;
  }
  file.set(contents.tokenBytes, offset);
  return file;
}
