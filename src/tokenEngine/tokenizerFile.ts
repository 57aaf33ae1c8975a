// Reads the binary rank file written by src/tokenEngine/build/writeTokenizerData.mjs (layout described there).

export interface SpecialToken {
  readonly id: number;
  readonly text: string;
}

export interface TokenizerFileContents {
  /** js-tiktoken's pre-tokenizer pattern (`pat_str`). */
  readonly pattern: string;
  readonly specialTokens: readonly SpecialToken[];
  /** Byte length of each mergeable token, indexed by id; 0 where no token has that id. */
  readonly tokenLengths: Uint8Array;
  /** Every token's bytes, concatenated in id order. */
  readonly tokenBytes: Uint8Array;
}

const magic = 'LGTK';
const supportedVersion = 1;
const headerLength = 20;

export function readTokenizerFile(file: Uint8Array): TokenizerFileContents {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  if (file.byteLength < headerLength || utf8.decode(file.subarray(0, 4)) !== magic) {
    throw new Error('Not a tokenizer file: rebuild dist/tokenizers with the build step.');
  }
  const version = view.getUint32(4, true);
  if (version !== supportedVersion) {
    throw new Error(`Tokenizer file format ${version} is not supported (expected ${supportedVersion}).`);
  }
  const tokenCount = view.getUint32(8, true);
  const patternLength = view.getUint32(12, true);
  const specialTokenCount = view.getUint32(16, true);
  let offset = headerLength;
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
  const tokenLengths = file.subarray(offset, offset + tokenCount);
  offset += tokenCount;
  let totalTokenBytes = 0;
  for (let id = 0; id < tokenCount; id++) {
    totalTokenBytes += tokenLengths[id];
  }
  if (offset + totalTokenBytes !== file.byteLength) {
    throw new Error('Tokenizer file is truncated or corrupt: rebuild dist/tokenizers with the build step.');
  }
  return { pattern, specialTokens, tokenLengths, tokenBytes: file.subarray(offset) };
}
