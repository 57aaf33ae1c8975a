// Every token of a document with the whole-character span it covers, built block by block so a
// 10 MB document is tokenized in slices. Kept in typed arrays: a 10 MB text has millions of tokens.
import { nextWindowEnd, type CancellationSignal, type Encoder, type TokenSegment } from '../tokenEngine';
import { awaited, type Work } from './slicedWork';

/** Blocks are cut at the first safe cut after this many UTF-16 code units... */
const blockLength = 1 << 13;
/** ...and a block without a safe cut longer than this is tokenized with the engine's sliced path. */
const syncBlockLimit = 1 << 15;

export class TokenMap {
  constructor(
    readonly ids: Uint32Array,
    /** Start of the first whole character of each token's span. */
    readonly starts: Int32Array,
    /** End of the last whole character of each token's span. */
    readonly ends: Int32Array,
    readonly length: number,
  ) {}

  static *build(text: string, encoder: Encoder, signal: CancellationSignal | undefined): Work<TokenMap> {
    // About one token per 2.5 characters for prose and code: room enough that the arrays rarely grow.
    const builder = new Builder(Math.max(16, Math.ceil(text.length / 2.5)));
    let blockStart = 0;
    while (blockStart < text.length) {
      // Blocks end at the encoding's safe cuts, so their tokens joined are the text's tokens.
      const blockEnd = nextWindowEnd(text, blockStart, blockLength, syncBlockLimit, encoder.safeCuts);
      const block = text.slice(blockStart, blockEnd);
      let segments: readonly TokenSegment[];
      if (block.length <= syncBlockLimit) {
        segments = encoder.segments(block);
      } else {
        segments = yield* segmentsInSlices(encoder, block, signal);
      }
      builder.add(segments, blockStart);
      blockStart = blockEnd;
      yield;
    }
    return builder.finish();
  }

  /** The source span of tokens `[first, last)`, widened to whole characters. */
  span(first: number, last: number): { start: number; end: number } {
    return { start: this.starts[first], end: this.ends[last - 1] };
  }

  /** Whether the window `[first, last)` starts or ends inside a character split between tokens. */
  cutsCharacter(first: number, last: number): boolean {
    const sharesWithPrevious = first > 0 && this.starts[first] === this.starts[first - 1] && this.ends[first] === this.ends[first - 1];
    const sharesWithNext = last < this.length && this.starts[last] === this.starts[last - 1] && this.ends[last] === this.ends[last - 1];
    return sharesWithPrevious || sharesWithNext;
  }

  /** The text tokens `[first, last)` decode to, U+FFFD for partial characters (as js-tiktoken's `decode`). */
  decode(encoder: Encoder, first: number, last: number): string {
    const parts: Uint8Array[] = [];
    let size = 0;
    for (let index = first; index < last; index++) {
      const bytes = encoder.tokenBytes(this.ids[index]);
      parts.push(bytes);
      size += bytes.length;
    }
    const joined = new Uint8Array(size);
    let offset = 0;
    for (const part of parts) {
      joined.set(part, offset);
      offset += part.length;
    }
    return new TextDecoder().decode(joined);
  }
}

function* segmentsInSlices(encoder: Encoder, block: string, signal: CancellationSignal | undefined): Work<readonly TokenSegment[]> {
  for (;;) {
    // A newer segmentsAsync on the same encoder (the Tokenizer view's) supersedes this one: retry.
    const segments = yield* awaited(encoder.segmentsAsync(block, signal));
    if (segments !== undefined || signal?.isCancellationRequested) {
      return segments ?? [];
    }
  }
}

class Builder {
  private ids: Uint32Array;
  private starts: Int32Array;
  private ends: Int32Array;
  private length = 0;

  constructor(capacity: number) {
    this.ids = new Uint32Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  add(segments: readonly TokenSegment[], offset: number): void {
    for (const segment of segments) {
      for (const id of segment.ids) {
        this.ensure(this.length + 1);
        this.ids[this.length] = id;
        this.starts[this.length] = segment.start + offset;
        this.ends[this.length] = segment.end + offset;
        this.length++;
      }
    }
  }

  finish(): TokenMap {
    return new TokenMap(
      this.ids.subarray(0, this.length),
      this.starts.subarray(0, this.length),
      this.ends.subarray(0, this.length),
      this.length,
    );
  }

  private ensure(capacity: number): void {
    if (capacity <= this.ids.length) {
      return;
    }
    const size = Math.max(capacity, this.ids.length * 2);
    const grow = <T extends Uint32Array | Int32Array>(array: T, make: (n: number) => T): T => {
      const next = make(size);
      next.set(array);
      return next;
    };
    this.ids = grow(this.ids, (n) => new Uint32Array(n));
    this.starts = grow(this.starts, (n) => new Int32Array(n));
    this.ends = grow(this.ends, (n) => new Int32Array(n));
  }
}
