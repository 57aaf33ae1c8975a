// LangChain's RecursiveCharacterTextSplitter (@langchain/textsplitters 1.0.2, keepSeparator true),
// re-implemented over offsets instead of strings. Written here rather than called at run time
// because the library returns strings only (a chunk's offset would have to be searched for),
// awaits its length function for every piece with no way to yield or cancel, and pulls in
// @langchain/core. Unit tests check every chunk against the library.
//
// The rules it follows, read from the library:
// - Take the first separator that occurs in the text ("" means: every UTF-16 code unit); the
//   separators after it are used to split pieces that are still too long.
// - With keepSeparator the text splits before every occurrence of the separator (overlapping
//   occurrences too, as a lookahead regex does), so pieces are contiguous.
// - Pieces shorter than chunkSize are merged greedily while the sum of their lengths stays within
//   chunkSize; after a chunk is emitted, pieces are dropped from its front until the rest is at
//   most chunkOverlap (and leaves room for the next piece). A merged chunk is trimmed of
//   whitespace and dropped if empty. A piece of chunkSize or more is split with the remaining
//   separators, or emitted untrimmed when none remain.
import type { Work } from './slicedWork';

export interface Span {
  readonly start: number;
  readonly end: number;
}

interface Piece extends Span {
  readonly length: number;
}

export interface RecursiveSplitOptions {
  readonly chunkSize: number;
  readonly chunkOverlap: number;
  readonly separators: readonly string[];
  /** LangChain's length function, over `text.slice(start, end)`. */
  readonly lengthOf: (start: number, end: number) => Work<number>;
}

const whitespace = /\s/;

export class RecursiveSplitter {
  private readonly chunks: Span[] = [];

  constructor(
    private readonly text: string,
    private readonly options: RecursiveSplitOptions,
  ) {}

  /** The chunks' spans, in order. */
  *split(): Work<Span[]> {
    yield* this.splitRange(0, this.text.length, this.options.separators);
    return this.chunks;
  }

  private *splitRange(start: number, end: number, separators: readonly string[]): Work<void> {
    const range = this.text.slice(start, end);
    const { separator, remaining } = yield* chooseSeparator(range, separators);
    let good: Piece[] = [];
    let pieceStart = start;
    while (pieceStart < end) {
      const pieceEnd = nextBoundary(range, start, pieceStart, separator);
      const length = yield* this.options.lengthOf(pieceStart, pieceEnd);
      if (length < this.options.chunkSize) {
        good.push({ start: pieceStart, end: pieceEnd, length });
      } else {
        if (good.length > 0) {
          yield* this.merge(good);
          good = [];
        }
        if (remaining === undefined) {
          this.chunks.push({ start: pieceStart, end: pieceEnd });
        } else {
          yield* this.splitRange(pieceStart, pieceEnd, remaining);
        }
      }
      pieceStart = pieceEnd;
      yield;
    }
    if (good.length > 0) {
      yield* this.merge(good);
    }
  }

  /** LangChain's `mergeSplits` with an empty joining separator (keepSeparator). */
  private *merge(pieces: readonly Piece[]): Work<void> {
    const { chunkSize, chunkOverlap } = this.options;
    let first = 0;
    let total = 0;
    for (let index = 0; index < pieces.length; index++) {
      const length = pieces[index].length;
      if (total + length > chunkSize && index > first) {
        this.emitTrimmed(pieces[first].start, pieces[index - 1].end);
        while (total > chunkOverlap || (total + length > chunkSize && total > 0)) {
          total -= pieces[first].length;
          first++;
        }
      }
      total += length;
      if ((index & 255) === 255) {
        yield;
      }
    }
    if (first < pieces.length) {
      this.emitTrimmed(pieces[first].start, pieces[pieces.length - 1].end);
    }
  }

  private emitTrimmed(start: number, end: number): void {
    while (start < end && whitespace.test(this.text[start])) {
      start++;
    }
    while (end > start && whitespace.test(this.text[end - 1])) {
      end--;
    }
    if (end > start) {
      this.chunks.push({ start, end });
    }
  }
}

function* chooseSeparator(range: string, separators: readonly string[]): Work<{ separator: string; remaining: readonly string[] | undefined }> {
  for (let index = 0; index < separators.length; index++) {
    const candidate = separators[index];
    if (candidate === '') {
      return { separator: '', remaining: undefined };
    }
    if (yield* includes(range, candidate)) {
      return { separator: candidate, remaining: separators.slice(index + 1) };
    }
  }
  return { separator: separators[separators.length - 1] ?? '', remaining: undefined };
}

/** Searching 10 MB for each of a preset's separators takes a while: search a window at a time. */
const searchWindow = 1 << 20;

function* includes(range: string, separator: string): Work<boolean> {
  for (let from = 0; from < range.length; from += searchWindow) {
    // Windows overlap by the separator's length less one, so no occurrence falls between two.
    if (range.slice(from, from + searchWindow + separator.length - 1).includes(separator)) {
      return true;
    }
    yield;
  }
  return false;
}

/** Where the piece starting at `pieceStart` ends: before the next occurrence of the separator, or at the range's end. */
function nextBoundary(range: string, rangeStart: number, pieceStart: number, separator: string): number {
  const rangeEnd = rangeStart + range.length;
  if (separator === '') {
    return pieceStart + 1;
  }
  const found = range.indexOf(separator, pieceStart - rangeStart + 1);
  return found < 0 ? rangeEnd : rangeStart + found;
}
