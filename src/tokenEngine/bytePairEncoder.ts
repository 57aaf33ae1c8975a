// The Encoder for one encoding: rank table, pre-tokenizer and piece cache put together.
import type { EncodingName } from './encodingName';
import type { CancellationSignal, Encoder, EncoderOptions, TokenSegment } from './encoderTypes';
import { PieceCache } from './pieceCache';
import { PieceTokenizer } from './pieceTokenizer';
import { RankTable } from './ranks/rankTable';
import { safeCutRuleForPattern, type SafeCutRule } from './safeCuts';
import { pieceScannerFor, type PieceScanner } from './scanning/pieceScanner';
import { defaultSliceOptions, runInSlices, type SliceOptions } from './slicedRun';
import { readTokenizerFile } from './tokenizerFile';
import { TokenWalker } from './tokenWalker';

export function createEncoder(name: EncodingName, file: Uint8Array, options: EncoderOptions = {}): BytePairEncoder {
  return new BytePairEncoder(name, file, { ...defaultSliceOptions, ...options });
}

export class BytePairEncoder implements Encoder {
  readonly vocabularySize: number;
  readonly safeCuts: SafeCutRule | undefined;
  private readonly tokenizer: PieceTokenizer;
  private readonly scanner: PieceScanner;
  private readonly specialTokenBytes = new Map<number, Uint8Array>();
  /** Bumped by each async call, so a newer call cancels an older one of the same kind. */
  private countGeneration = 0;
  private segmentsGeneration = 0;

  constructor(
    readonly name: EncodingName,
    file: Uint8Array,
    private readonly sliceOptions: SliceOptions,
  ) {
    const contents = readTokenizerFile(file);
    const ranks = new RankTable(contents.tokenLengths, contents.tokenBytes);
    this.tokenizer = new PieceTokenizer(ranks, new PieceCache());
    this.scanner = pieceScannerFor(contents.pattern);
    this.safeCuts = safeCutRuleForPattern(contents.pattern);
    const utf8 = new TextEncoder();
    let vocabularySize = ranks.tokenCount;
    for (const special of contents.specialTokens) {
      this.specialTokenBytes.set(special.id, utf8.encode(special.text));
      vocabularySize = Math.max(vocabularySize, special.id + 1);
    }
    this.vocabularySize = vocabularySize;
  }

  /** The byte-pair merge work done so far (lookups, heap and bucket steps): lets tests check growth without timing. */
  get mergeOperations(): number {
    return this.tokenizer.merger.operationCount;
  }

  count(text: string): number {
    return this.walker(text).countUntil(text.length);
  }

  encode(text: string): number[] {
    const ids: number[] = [];
    this.walker(text).encodeUntil(text.length, ids);
    return ids;
  }

  segments(text: string): TokenSegment[] {
    const segments: TokenSegment[] = [];
    this.walker(text).segmentsUntil(text.length, segments);
    return segments;
  }

  tokenBytes(id: number): Uint8Array {
    const bytes = this.tokenizer.ranks.bytesOf(id) ?? this.specialTokenBytes.get(id)?.slice();
    if (bytes === undefined) {
      throw new RangeError(`${this.name} has no token ${id}`);
    }
    return bytes;
  }

  async countAsync(text: string, signal?: CancellationSignal): Promise<number | undefined> {
    const generation = ++this.countGeneration;
    const walker = this.walker(text, true);
    let count = 0;
    const advanceTo = (stop: number): void => {
      count += walker.countUntil(stop);
    };
    const isCancelled = (): boolean => signal?.isCancellationRequested === true || generation !== this.countGeneration;
    return (await runInSlices(walker, advanceTo, this.sliceOptions, isCancelled)) ? count : undefined;
  }

  async segmentsAsync(text: string, signal?: CancellationSignal): Promise<TokenSegment[] | undefined> {
    const generation = ++this.segmentsGeneration;
    const walker = this.walker(text, true);
    const segments: TokenSegment[] = [];
    const advanceTo = (stop: number): void => walker.segmentsUntil(stop, segments);
    const isCancelled = (): boolean => signal?.isCancellationRequested === true || generation !== this.segmentsGeneration;
    return (await runInSlices(walker, advanceTo, this.sliceOptions, isCancelled)) ? segments : undefined;
  }

  /** A walker over `text`; `sliced` ones also tokenize long pieces in steps. */
  private walker(text: string, sliced = false): TokenWalker {
    return new TokenWalker(text, this.scanner, this.tokenizer, sliced);
  }
}
