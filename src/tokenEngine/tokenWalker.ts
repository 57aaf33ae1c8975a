// Walks a text piece by piece from a position, tokenizing as it goes. Each method stops at the
// first piece boundary at or after `stop`, so callers can work through a long text in slices.
// When slicing, a long piece is tokenized in steps too: a call then does one step of it.
import type { TokenSegment } from './encoderTypes';
import { isLongPiece, LongPieceJob } from './longPieceJob';
import type { PieceTokenizer } from './pieceTokenizer';
import type { PieceScanner } from './scanning/pieceScanner';
import { appendPieceSegments } from './segmentBuilder';

export class TokenWalker {
  position = 0;
  private job: LongPieceJob | undefined;

  constructor(
    readonly text: string,
    private readonly scanner: PieceScanner,
    private readonly tokenizer: PieceTokenizer,
    private readonly sliceLongPieces = false,
  ) {}

  get isDone(): boolean {
    return this.position >= this.text.length && this.job === undefined;
  }

  countUntil(stop: number): number {
    if (this.job !== undefined) {
      const job = this.finishedJobStep();
      return job === undefined ? 0 : job.count;
    }
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
      if (this.sliceLongPieces && isLongPiece(position, end)) {
        this.job = new LongPieceJob(tokenizer.ranks, text, position, end);
        break;
      }
      count += tokenizer.tokenize(text, position, end);
      position = end;
    }
    this.position = position;
    return count;
  }

  encodeUntil(stop: number, ids: number[]): void {
    if (this.job !== undefined) {
      const job = this.finishedJobStep();
      if (job !== undefined) {
        pushIds(ids, job.ids, job.count);
      }
      return;
    }
    const { text, scanner, tokenizer } = this;
    const limit = Math.min(stop, text.length);
    let position = this.position;
    while (position < limit) {
      const end = scanner(text, position);
      if (end < 0) {
        position = ~end;
        continue;
      }
      if (this.sliceLongPieces && isLongPiece(position, end)) {
        this.job = new LongPieceJob(tokenizer.ranks, text, position, end);
        break;
      }
      const count = tokenizer.tokenize(text, position, end); // may replace tokenizer.ids
      pushIds(ids, tokenizer.ids, count);
      position = end;
    }
    this.position = position;
  }

  segmentsUntil(stop: number, segments: TokenSegment[]): void {
    const { text, scanner, tokenizer } = this;
    if (this.job !== undefined) {
      const job = this.finishedJobStep();
      if (job !== undefined) {
        appendPieceSegments(text, job.start, job.end, job, job.count, tokenizer.ranks, segments);
      }
      return;
    }
    const limit = Math.min(stop, text.length);
    let position = this.position;
    while (position < limit) {
      const end = scanner(text, position);
      if (end < 0) {
        segments.push({ start: position, end: ~end, ids: [] }); // text the pattern skips: no tokens
        position = ~end;
        continue;
      }
      if (this.sliceLongPieces && isLongPiece(position, end)) {
        this.job = new LongPieceJob(tokenizer.ranks, text, position, end);
        break;
      }
      const count = tokenizer.tokenize(text, position, end);
      appendPieceSegments(text, position, end, tokenizer, count, tokenizer.ranks, segments);
      position = end;
    }
    this.position = position;
  }

  /** Advances the long piece by one step; returns it once done, having moved past it. */
  private finishedJobStep(): LongPieceJob | undefined {
    const job = this.job as LongPieceJob;
    if (!job.step()) {
      return undefined;
    }
    this.job = undefined;
    this.position = job.end;
    return job;
  }
}

function pushIds(ids: number[], pieceIds: Int32Array, count: number): void {
  for (let index = 0; index < count; index++) {
    ids.push(pieceIds[index]);
  }
}
