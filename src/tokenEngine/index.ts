// The token engine's public face: exact token ids, counts and spans for OpenAI's encodings, the
// open model families converted at build time and tokenizer.json files added by the learner, with
// no dependency on VS Code. Everything outside this folder imports from here.
import type { BundledTokenizerName, TokenizerId } from './encodingName';
import type { Encoder, EncoderOptions, TokenizerDataLoader } from './encoderTypes';
import { createEncoder } from './bytePairEncoder';
import { NormalizingEncoder } from './normalizingEncoder';
import { defaultSliceOptions } from './slicedRun';
import { SentencePieceEncoder } from './sentencePiece/sentencePieceEncoder';
import { readTokenizerFile } from './tokenizerFile';

export type { CancellationSignal, Encoder, EncoderOptions, TokenizerDataLoader, TokenSegment } from './encoderTypes';
export {
  bundledTokenizerNames,
  encodingNames,
  isBundledTokenizerName,
  isEncodingName,
  isOpenAiEncodingName,
  isTokenizerId,
  isUserTokenizerId,
  userTokenizerId,
  type BundledTokenizerName,
  type EncodingName,
  type OpenAiEncodingName,
  type TokenizerId,
  type UserTokenizerId,
} from './encodingName';
export { isSafeCut, nextWindowEnd, tiktokenSafeCuts, type SafeCutRule } from './safeCuts';
export { readTokenizerJson, TokenizerJsonError, type TokenizerJsonProblem } from './huggingFace/readTokenizerJson';
export { writeTokenizerFile } from './tokenizerFile';

/** Bundled tokenizers that share another's data file (GPT-OSS's ranks are o200k_base's). */
const sharedDataFiles: Partial<Record<BundledTokenizerName, BundledTokenizerName>> = { o200k_harmony: 'o200k_base' };

/** The name of a bundled tokenizer's data file in `dist/tokenizers/`. */
export function fileNameFor(name: BundledTokenizerName): string {
  return `${sharedDataFiles[name] ?? name}.tiktoken.bin`;
}

/** The encoder for a tokenizer file's bytes, normalizing text first where the tokenizer does. */
export function encoderFromFile(name: TokenizerId, file: Uint8Array, options: EncoderOptions = {}): Encoder {
  const contents = readTokenizerFile(file);
  if (contents.sentencePiece !== undefined) {
    return new SentencePieceEncoder(name, contents, { ...defaultSliceOptions, ...options });
  }
  const encoder = createEncoder(name, file, options);
  const { normalization } = contents;
  return normalization === 'none' ? encoder : new NormalizingEncoder(encoder, normalization);
}

/** Hands out encoders, loading each tokenizer's data on first use, once. */
export class EncoderRegistry {
  private readonly loads = new Map<TokenizerId, Promise<Encoder>>();

  constructor(
    private readonly loader: TokenizerDataLoader,
    private readonly options: EncoderOptions = {},
  ) {}

  /** Concurrent calls share one load; a failed load is retried by the next call. */
  get(name: TokenizerId): Promise<Encoder> {
    let load = this.loads.get(name);
    if (load === undefined) {
      load = this.loader(name).then((file) => encoderFromFile(name, file, this.options));
      this.loads.set(name, load);
      load.catch(() => this.loads.delete(name));
    }
    return load;
  }

  /** Drops a loaded tokenizer (a user file that changed or was removed), so the next `get` reads it again. */
  forget(name: TokenizerId): void {
    this.loads.delete(name);
  }
}
