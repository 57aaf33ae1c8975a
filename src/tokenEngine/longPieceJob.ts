// Tokenizes one long piece (a run of spaces, "=====" ...) in steps of about a millisecond, so
// that async counting can yield to the host in the middle of it. It owns its buffers: the
// encoder's synchronous methods may run between two steps.
import { PartList } from './merge/partList';
import { RankBucketSweep } from './merge/rankBucketSweep';
import { PieceBytes } from './pieceBytes';
import type { RankTable } from './ranks/rankTable';

/** A piece this long takes a few milliseconds to merge in one go. */
const longPieceCharacters = 1 << 15;
/** Characters encoded, bytes split or ranked, or pairs merged per step. */
const workPerStep = 1 << 14;

/** Whether a piece is long enough to be worth tokenizing in steps. */
export function isLongPiece(start: number, end: number): boolean {
  return end - start > longPieceCharacters;
}

type Phase = 'encode' | 'split' | 'rank' | 'queue' | 'merge';

export class LongPieceJob {
  readonly pieceBytes = new PieceBytes();
  /** The piece's token ids once `step` has returned true. */
  ids = new Int32Array(0);
  count = 0;
  private readonly parts: PartList;
  private readonly sweep = new RankBucketSweep();
  private phase: Phase = 'encode';
  /** How far the current phase has got: a text offset while encoding, a byte offset after. */
  private cursor: number;

  constructor(
    ranks: RankTable,
    readonly text: string,
    readonly start: number,
    readonly end: number,
  ) {
    this.parts = new PartList(ranks);
    this.cursor = start;
  }

  /** Does one step of work; true once the piece is tokenized. */
  step(): boolean {
    const parts = this.parts;
    const from = this.cursor;
    const to = from + workPerStep;
    switch (this.phase) {
      case 'encode': {
        const stop = this.characterBoundary(Math.min(to, this.end));
        this.pieceBytes.reserve(stop - from);
        this.pieceBytes.append(this.text, from, stop);
        if (stop === this.end) {
          parts.begin(this.pieceBytes.bytes, this.pieceBytes.length);
        }
        this.advance(stop, this.end, 'split');
        return false;
      }
      case 'split':
        parts.splitBytes(from, to);
        this.advance(to, parts.length, 'rank');
        return false;
      case 'rank':
        parts.rankPairs(from, to);
        this.advance(to, parts.length, 'queue');
        return false;
      case 'queue':
        this.sweep.queuePairs(parts, from, to);
        this.advance(to, parts.length, 'merge');
        return false;
      case 'merge':
        if (!this.sweep.run(parts, workPerStep)) {
          return false;
        }
        this.ids = new Int32Array(parts.partCount());
        this.count = parts.collect(this.ids);
        return true;
    }
  }

  /** Moves the cursor to `reached`, or to the next phase (from offset 0) once it passes `limit`. */
  private advance(reached: number, limit: number, next: Phase): void {
    if (reached < limit) {
      this.cursor = reached;
    } else {
      this.cursor = 0;
      this.phase = next;
    }
  }

  /** `index`, or one further when it would split a surrogate pair. */
  private characterBoundary(index: number): number {
    const unit = String.prototype.charCodeAt.call(this.text, index - 1);
    return unit >= 0xd800 && unit <= 0xdbff && index < this.end ? index + 1 : index;
  }
}
