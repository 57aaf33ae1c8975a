// The engine's types, shared by its public index and its internals (kept apart so neither imports the other).
import type { EncodingName } from './encodingName';
import type { SafeCutRule } from './safeCuts';
import type { SliceOptions } from './slicedRun';

/** Reads a tokenizer's file: `dist/tokenizers/<fileNameFor(name)>` as written by the build step, or a converted user file. */
export type TokenizerDataLoader = (encoding: EncodingName) => Promise<Uint8Array>;

/**
 * A span of the text, in UTF-16 offsets, and the tokens that encode it. Usually one token; more
 * when tokens split a character (a Unicode code point) between them, since a span cannot end
 * inside one. Segments of a text cover it exactly, in order.
 */
export interface TokenSegment {
  readonly start: number;
  readonly end: number;
  readonly ids: readonly number[];
}

/** `vscode.CancellationToken` satisfies this. */
export interface CancellationSignal {
  readonly isCancellationRequested: boolean;
}

/**
 * One encoding. Token ids equal js-tiktoken's `encode(text, [], [])`: special-token text such as
 * `<|endoftext|>` is ordinary text. The async methods work in slices that yield to the host, and
 * resolve to undefined when cancelled by `signal` or by a newer call of the same method.
 */
export interface Encoder {
  readonly name: EncodingName;
  /** Highest token id, special tokens included, plus one. */
  readonly vocabularySize: number;
  count(text: string): number;
  encode(text: string): number[];
  segments(text: string): TokenSegment[];
  /** The bytes a token stands for (UTF-8, possibly part of a character); throws RangeError for unknown ids. */
  tokenBytes(id: number): Uint8Array;
  countAsync(text: string, signal?: CancellationSignal): Promise<number | undefined>;
  segmentsAsync(text: string, signal?: CancellationSignal): Promise<TokenSegment[] | undefined>;
  /**
   * Where a text can be cut into parts that tokenize like the whole, if that is known for this
   * encoding's pre-tokenizer; without it, callers must tokenize a text whole.
   */
  readonly safeCuts?: SafeCutRule;
}

export type EncoderOptions = Partial<SliceOptions>;
