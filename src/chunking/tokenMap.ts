// Every token of a document with the whole-character span it covers, built block by block so a
// 10 MB document is tokenized in slices. Kept in typed arrays: a 10 MB text has millions of tokens.
import { nextWindowEnd, type CancellationSignal, type Encoder, type TokenSegment } from '../tokenEngine';
import { awaited, type Work } from './slicedWork';

/** Blocks are cut at the first safe cut after this many UTF-16 code units... */
const blockLength = 1 << 13;
/** ...and a block without a safe cut longer than this is tokenized with the engine's sliced path. */
const syncBlockLimit = 1 << 15;

export class TokenMap {
  private constructor(
    private readonly pages: readonly TokenPage[],
    readonly length: number,
  ) {}

  static *build(text: string, encoder: Encoder, signal: CancellationSignal | undefined): Work<TokenMap> {
    const builder = new Builder();
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
    return new TokenMap(builder.pages, builder.length);
  }

  /** The id of token `index`. */
  id(index: number): number {
    return this.pages[index >>> pageBits]?.ids[index & pageMask] ?? 0;
  }

  /** Start of the first whole character of token `index`'s span. */
  start(index: number): number {
    return this.pages[index >>> pageBits]?.starts[index & pageMask] ?? 0;
  }

  /** End of the last whole character of token `index`'s span. */
  end(index: number): number {
    return this.pages[index >>> pageBits]?.ends[index & pageMask] ?? 0;
  }

  /** The source span of tokens `[first, last)`, widened to whole characters. */
  span(first: number, last: number): { start: number; end: number } {
    return { start: this.start(first), end: this.end(last - 1) };
  }

  /** Whether the window `[first, last)` starts or ends inside a character split between tokens. */
  cutsCharacter(first: number, last: number): boolean {
    const sameSpan = (left: number, right: number): boolean => this.start(left) === this.start(right) && this.end(left) === this.end(right);
    return (first > 0 && sameSpan(first, first - 1)) || (last < this.length && sameSpan(last, last - 1));
  }

  /** The text tokens `[first, last)` decode to, U+FFFD for partial characters (as js-tiktoken's `decode`). */
  decode(encoder: Encoder, first: number, last: number): string {
    const parts: Uint8Array[] = [];
    let size = 0;
    for (let index = first; index < last; index++) {
      const bytes = encoder.tokenBytes(this.id(index));
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

/**
 * Tokens are kept in fixed pages of typed arrays, not one array grown by copying: a 10 MB text has
 * millions of tokens, and allocating or copying arrays that size held the host for 50 to 100 ms at once.
 */
const pageBits = 15;
const pageSize = 1 << pageBits;
const pageMask = pageSize - 1;

interface TokenPage {
  readonly ids: Uint32Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

class Builder {
  readonly pages: TokenPage[] = [];
  length = 0;

  add(segments: readonly TokenSegment[], offset: number): void {
    for (const segment of segments) {
      for (const id of segment.ids) {
        const at = this.length & pageMask;
        if (at === 0) {
          this.pages.push({ ids: new Uint32Array(pageSize), starts: new Int32Array(pageSize), ends: new Int32Array(pageSize) });
        }
        const page = this.pages[this.pages.length - 1];
        page.ids[at] = id;
        page.starts[at] = segment.start + offset;
        page.ends[at] = segment.end + offset;
        this.length++;
      }
    }
  }
}
