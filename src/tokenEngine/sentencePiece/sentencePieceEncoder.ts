// The Encoder for SentencePiece BPE models (Mistral 7B, Mixtral, Mistral Small and Large before
// tekken), written for the engine rather than loading a tokenizer library: the activation bundle
// stays as it is, and counts, segments and sliced async work behave as for the byte-level families.
// Exactness is tested against Google's SentencePiece on Mistral's original model files.
//
// SentencePiece's normalizer for these models: a space ("dummy prefix") before the text and every
// space written as "▁" (so a "▁" in the text is a space too). No piece holds a space after another
// character or a line feed, so the text is cut before each such space and around line feeds into
// words that encode independently (and are cached); each word is merged by pieceMerger.ts.
import type { EncodingName } from '../encodingName';
import type { CancellationSignal, Encoder, TokenSegment } from '../encoderTypes';
import { runInSlices, type SliceOptions } from '../slicedRun';
import type { TokenizerContents } from '../tokenizerFile';
import { encodeWord, type PieceVocabulary } from './pieceMerger';

const metaSpace = 0x2581;
const space = 0x20;
const lineFeed = 0x0a;
const cacheLimit = 20_000;
const lastPriority = 0x7fffffff;
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

class Vocabulary implements PieceVocabulary {
  readonly firstByteId: number;
  readonly bytesById: (Uint8Array | undefined)[] = [];
  private readonly ids = new Map<string, number>();
  private readonly lastMerged: Set<number>;

  constructor(contents: TokenizerContents) {
    const layout = contents.sentencePiece!;
    this.firstByteId = layout.firstByteId;
    this.lastMerged = new Set(layout.lastMergedIds);
    const afterBytes = this.firstByteId + 256;
    let offset = 0;
    let piecesOffset = 0;
    contents.tokenLengths.forEach((length, id) => {
      if (id === afterBytes) {
        piecesOffset = offset;
      }
      this.bytesById[id] = length === 0 ? undefined : contents.tokenBytes.subarray(offset, offset + length);
      offset += length;
    });
    // The pieces after the byte pieces are whole UTF-8 characters: decoded in one call (ready time),
    // then cut by each piece's length in UTF-16 units. ignoreBOM keeps the piece U+FEFF.
    const pieces = new TextDecoder('utf-8', { ignoreBOM: true }).decode(contents.tokenBytes.subarray(piecesOffset));
    let position = 0;
    for (let id = afterBytes; id < contents.tokenLengths.length; id++) {
      const bytes = this.bytesById[id];
      if (bytes !== undefined) {
        const end = position + utf16Length(bytes);
        this.ids.set(pieces.slice(position, end), id);
        position = end;
      }
    }
  }

  idOf(piece: string): number | undefined {
    return this.ids.get(piece);
  }

  priorityOf(id: number): number {
    return this.lastMerged.has(id) ? lastPriority : id;
  }
}

/** The UTF-16 length of whole UTF-8 characters: one unit per lead byte, two for a 4-byte lead. */
function utf16Length(bytes: Uint8Array): number {
  let length = 0;
  for (const byte of bytes) {
    if ((byte & 0xc0) !== 0x80) {
      length += byte >= 0xf0 ? 2 : 1;
    }
  }
  return length;
}

/**
 * Where the words of `text` start: 0, then before every space that follows another character, and
 * on both sides of a line feed (no piece holds one: it is always a byte piece), so code is cut at
 * least into lines.
 */
function isWordStart(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  const previous = text.charCodeAt(index - 1);
  return code === lineFeed || previous === lineFeed || (isSpaceCode(code) && !isSpaceCode(previous));
}

function isSpaceCode(code: number): boolean {
  return code === space || code === metaSpace;
}

/** Walks the words of a text, so sliced runs can stop between any two. */
class WordWalker {
  position = 0;

  constructor(
    readonly text: string,
    private readonly encoder: SentencePieceEncoder,
  ) {}

  get isDone(): boolean {
    return this.position >= this.text.length;
  }

  /** Encodes words until one ends at or after `stop`, handing each word's pieces to `visit` with text offsets. */
  advance(stop: number, visit: (start: number, end: number, ids: readonly number[]) => void): void {
    const { text } = this;
    while (this.position < text.length && this.position < stop) {
      const start = this.position;
      let end = start + 1;
      while (end < text.length && !isWordStart(text, end)) {end++;}
      this.position = end;
      this.encoder.visitWord(text, start, end, visit);
    }
  }
}

export class SentencePieceEncoder implements Encoder {
  readonly vocabularySize: number;
  readonly safeCuts = undefined; // a part cut off would get a dummy prefix of its own
  private readonly vocabulary: Vocabulary;
  private readonly specialTokenBytes = new Map<number, Uint8Array>();
  private readonly cache = new Map<string, readonly { start: number; end: number; ids: readonly number[] }[]>();
  private countGeneration = 0;
  private segmentsGeneration = 0;

  constructor(
    readonly name: EncodingName,
    contents: TokenizerContents,
    private readonly sliceOptions: SliceOptions,
  ) {
    this.vocabulary = new Vocabulary(contents);
    const utf8 = new TextEncoder();
    let vocabularySize = contents.tokenLengths.length;
    for (const special of contents.specialTokens) {
      this.specialTokenBytes.set(special.id, utf8.encode(special.text));
      vocabularySize = Math.max(vocabularySize, special.id + 1);
    }
    this.vocabularySize = vocabularySize;
  }

  count(text: string): number {
    let count = 0;
    new WordWalker(text, this).advance(text.length, (_start, _end, ids) => (count += ids.length));
    return count;
  }

  encode(text: string): number[] {
    const ids: number[] = [];
    new WordWalker(text, this).advance(text.length, (_start, _end, pieceIds) => ids.push(...pieceIds));
    return ids;
  }

  segments(text: string): TokenSegment[] {
    const segments: TokenSegment[] = [];
    new WordWalker(text, this).advance(text.length, this.segmentCollector(segments));
    return segments;
  }

  tokenBytes(id: number): Uint8Array {
    const bytes = this.vocabulary.bytesById[id]?.slice() ?? this.specialTokenBytes.get(id)?.slice();
    if (bytes === undefined) {
      throw new RangeError(`${this.name} has no token ${id}`);
    }
    return bytes;
  }

  async countAsync(text: string, signal?: CancellationSignal): Promise<number | undefined> {
    const generation = ++this.countGeneration;
    const walker = new WordWalker(text, this);
    let count = 0;
    const isCancelled = (): boolean => signal?.isCancellationRequested === true || generation !== this.countGeneration;
    const done = await runInSlices(walker, (stop) => walker.advance(stop, (_start, _end, ids) => (count += ids.length)), this.sliceOptions, isCancelled);
    return done ? count : undefined;
  }

  async segmentsAsync(text: string, signal?: CancellationSignal): Promise<TokenSegment[] | undefined> {
    const generation = ++this.segmentsGeneration;
    const walker = new WordWalker(text, this);
    const segments: TokenSegment[] = [];
    const collect = this.segmentCollector(segments);
    const isCancelled = (): boolean => signal?.isCancellationRequested === true || generation !== this.segmentsGeneration;
    return (await runInSlices(walker, (stop) => walker.advance(stop, collect), this.sliceOptions, isCancelled)) ? segments : undefined;
  }

  /** Encodes text[start, end) (one word) and hands its pieces on with offsets in `text`. */
  visitWord(text: string, start: number, end: number, visit: (start: number, end: number, ids: readonly number[]) => void): void {
    // The first word carries the dummy prefix, which covers no character of the text.
    const prefix = start === 0 ? 1 : 0;
    // Text reaches the model as UTF-8, where a lone surrogate can only be U+FFFD.
    const word = (prefix === 1 ? ' ' : '') + text.slice(start, end).replace(loneSurrogate, '\ufffd').replaceAll('\u2581', ' ');
    let pieces = this.cache.get(word);
    if (pieces === undefined) {
      pieces = encodeWord(word, this.vocabulary);
      if (this.cache.size >= cacheLimit) {this.cache.clear();}
      this.cache.set(word, pieces);
    }
    for (const piece of pieces) {
      visit(start + Math.max(0, piece.start - prefix), start + piece.end - prefix, piece.ids);
    }
  }

  /** Collects segments, joining the dummy prefix's piece (if it stands alone, it spans nothing) to the next. */
  private segmentCollector(segments: TokenSegment[]): (start: number, end: number, ids: readonly number[]) => void {
    let pending: number[] = [];
    return (start, end, ids) => {
      if (end <= start) {
        pending.push(...ids);
        return;
      }
      segments.push({ start, end, ids: pending.length > 0 ? [...pending, ...ids] : ids });
      pending = [];
    };
  }
}
