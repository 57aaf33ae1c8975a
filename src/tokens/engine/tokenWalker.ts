// Walks a text piece by piece from a position, tokenizing as it goes. Each method stops at the
// first piece boundary at or after `stop`, so callers can work through a long text in slices.
import type { TokenSegment } from '../tokenEngine';
import type { PieceTokenizer } from './pieceTokenizer';
import type { PieceScanner } from './scanning/pieceScanner';
import { appendPieceSegments } from './segmentBuilder';

export class TokenWalker {
  position = 0;

  constructor(
    readonly text: string,
    private readonly scanner: PieceScanner,
    private readonly tokenizer: PieceTokenizer,
  ) {}

  get isDone(): boolean {
    return this.position >= this.text.length;
  }

  countUntil(stop: number): number {
    const { text, scanner, tokenizer } = this;
    const limit = Math.min(stop, text.length);
    let position = this.position;
    let count = 0;
    while (position < limit) {
      const end = scanner(text, position);
      if (end < 0) {
        position = ~end;
        continue;
      }
      count += tokenizer.tokenize(text, position, end);
      position = end;
    }
    this.position = position;
    return count;
  }

  encodeUntil(stop: number, ids: number[]): void {
    const { text, scanner, tokenizer } = this;
    const limit = Math.min(stop, text.length);
    let position = this.position;
    while (position < limit) {
      const end = scanner(text, position);
      if (end < 0) {
        position = ~end;
        continue;
      }
      const count = tokenizer.tokenize(text, position, end);
      const pieceIds = tokenizer.ids;
      for (let index = 0; index < count; index++) {
        ids.push(pieceIds[index]);
      }
      position = end;
    }
    this.position = position;
  }

  segmentsUntil(stop: number, segments: TokenSegment[]): void {
    const { text, scanner, tokenizer } = this;
    const limit = Math.min(stop, text.length);
    let position = this.position;
    while (position < limit) {
      const end = scanner(text, position);
      if (end < 0) {
        segments.push({ start: position, end: ~end, ids: [] }); // text the pattern skips: no tokens
        position = ~end;
        continue;
      }
      const count = tokenizer.tokenize(text, position, end);
      appendPieceSegments(text, position, end, tokenizer, count, segments);
      position = end;
    }
    this.position = position;
  }
}
