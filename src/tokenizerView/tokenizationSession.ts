// One text being shown in the tokenizer view, in one or two encodings: its tokens a chunk at a
// time, its whole-text figures, and all its ids for copying. Work goes window by window (see
// tokenEngine/safeCuts.ts) with pauses for the host, and stops as soon as the request is cancelled.
import { nextWindowEnd, type CancellationSignal, type Encoder, type SafeCutRule, type TokenSegment } from '../tokenEngine';
import { compareBoundaries } from './tokenBoundaries';
import { addStatistics, textStatistics, type TextStatistics } from './tokenStatistics';

export type SessionEncoder = Pick<Encoder, 'count' | 'encode' | 'segments' | 'countAsync' | 'segmentsAsync' | 'safeCuts'>;

export interface ComparedSegment extends TokenSegment {
  /** Its start or end is no boundary in the other encoding (always false without a comparison). */
  readonly differs: boolean;
  /** Its end is no boundary in the other encoding: counts each differing boundary once. */
  readonly endDiffers: boolean;
}

export interface SegmentChunk {
  readonly segments: readonly ComparedSegment[];
  readonly compareSegments?: readonly ComparedSegment[];
  readonly differingBoundaries: number;
  readonly isLast: boolean;
}

export interface SessionFigures extends TextStatistics {
  readonly tokens: number;
  readonly compareTokens?: number;
}

export interface SessionOptions {
  /** Most tokens (of the main encoding) in one chunk. */
  readonly chunkTokens: number;
  /** Preferred length of a window when segmenting for display, and when only counting. */
  readonly windowLength: number;
  readonly countWindowLength: number;
  /** A window longer than this (a long stretch with no safe cut) goes through the engine's async methods. */
  readonly syncLimit: number;
  /** Work between two pauses for the host, in milliseconds. */
  readonly sliceMilliseconds: number;
  readonly yieldToHost: () => Promise<void>;
  readonly now: () => number;
}

export const defaultSessionOptions: SessionOptions = {
  chunkTokens: 5000,
  windowLength: 4096,
  countWindowLength: 65_536,
  syncLimit: 262_144,
  sliceMilliseconds: 12,
  yieldToHost: () => new Promise((resolve) => setTimeout(resolve, 0)),
  now: () => performance.now(),
};

/** A newer call of an engine's async method cancels an older one; another feature may be the caller, so try again. */
const maximumAttempts = 5;

export class TokenizationSession {
  private readonly options: SessionOptions;
  private segmentedUpTo = 0;
  private pending: ComparedSegment[] = [];
  private pendingCompare: ComparedSegment[] = [];
  /** Ends of the windows segmented but not yet shown: safe places to end a chunk. */
  private windowEnds: number[] = [];
  private segmentedTokens = 0;
  private segmentedCompareTokens = 0;
  private sliceStart = 0;
  /** Where both encodings' pre-tokenizers always start a piece; none (one window) when either has no known rule. */
  private readonly cuts: SafeCutRule | undefined;

  constructor(
    readonly text: string,
    private readonly encoder: SessionEncoder,
    private readonly compareEncoder: SessionEncoder | undefined,
    private readonly signal: CancellationSignal,
    options: Partial<SessionOptions> = {},
  ) {
    this.options = { ...defaultSessionOptions, ...options };
    this.cuts = sharedSafeCuts(encoder.safeCuts, compareEncoder === undefined ? encoder.safeCuts : compareEncoder.safeCuts);
  }

  get isCancelled(): boolean {
    return this.signal.isCancellationRequested;
  }

  /** Whether every token has been handed out. */
  get isComplete(): boolean {
    return this.segmentedUpTo >= this.text.length && this.pending.length === 0 && this.pendingCompare.length === 0;
  }

  /** The next tokens to show, or undefined when cancelled. */
  async nextChunk(): Promise<SegmentChunk | undefined> {
    if (this.isCancelled) {
      return undefined;
    }
    const { chunkTokens } = this.options;
    this.sliceStart = this.options.now();
    while (this.pending.length <= chunkTokens && this.segmentedUpTo < this.text.length) {
      if (!(await this.segmentNextWindow())) {
        return undefined;
      }
    }
    const take = this.pending.length <= chunkTokens ? this.pending.length : this.tokensUpToSafeEnd(chunkTokens);
    const segments = this.pending.slice(0, take);
    this.pending = this.pending.slice(take);
    const end = segments.length > 0 ? segments[segments.length - 1].end : this.segmentedUpTo;
    this.windowEnds = this.windowEnds.filter((windowEnd) => windowEnd > end);
    let compareSegments: ComparedSegment[] | undefined;
    if (this.compareEncoder) {
      let compareTake = 0;
      while (compareTake < this.pendingCompare.length && this.pendingCompare[compareTake].end <= end) {
        compareTake++;
      }
      compareSegments = this.pendingCompare.slice(0, compareTake);
      this.pendingCompare = this.pendingCompare.slice(compareTake);
    }
    const differingBoundaries = countTrue(segments) + countTrue(compareSegments ?? []);
    return { segments, ...(compareSegments ? { compareSegments } : {}), differingBoundaries, isLast: this.isComplete };
  }

  /**
   * Counts over the whole text, or undefined when cancelled. Once the text is all segmented the
   * counts are already known; otherwise the text is counted window by window, not kept.
   */
  async wholeTextFigures(): Promise<SessionFigures | undefined> {
    if (this.isCancelled) {
      return undefined;
    }
    if (this.segmentedUpTo >= this.text.length) {
      return {
        tokens: this.segmentedTokens,
        ...(this.compareEncoder ? { compareTokens: this.segmentedCompareTokens } : {}),
        ...textStatistics(this.text),
      };
    }
    this.sliceStart = this.options.now();
    let statistics: TextStatistics = { characters: 0, words: 0 };
    let tokens = 0;
    let compareTokens = 0;
    for (let start = 0; start < this.text.length;) {
      const end = nextWindowEnd(this.text, start, this.options.countWindowLength, this.options.countWindowLength * 4, this.cuts);
      const window = this.text.slice(start, end);
      const count = await this.countOf(this.encoder, window);
      const compareCount = this.compareEncoder ? await this.countOf(this.compareEncoder, window) : 0;
      if (count === undefined || compareCount === undefined || !(await this.pause())) {
        return undefined;
      }
      tokens += count;
      compareTokens += compareCount;
      statistics = addStatistics(statistics, textStatistics(window));
      start = end;
    }
    return { tokens, ...(this.compareEncoder ? { compareTokens } : {}), ...statistics };
  }

  /** Every token id of the whole text, in the main encoding, or undefined when cancelled. */
  async allIds(): Promise<number[] | undefined> {
    if (this.isCancelled) {
      return undefined;
    }
    this.sliceStart = this.options.now();
    const ids: number[] = [];
    for (let start = 0; start < this.text.length;) {
      const end = nextWindowEnd(this.text, start, this.options.countWindowLength, this.options.countWindowLength * 4, this.cuts);
      const window = this.text.slice(start, end);
      if (window.length <= this.options.syncLimit) {
        for (const id of this.encoder.encode(window)) {
          ids.push(id);
        }
      } else {
        const segments = await this.segmentsOf(this.encoder, window);
        if (segments === undefined) {
          return undefined;
        }
        for (const segment of segments) {
          ids.push(...segment.ids);
        }
      }
      if (!(await this.pause())) {
        return undefined;
      }
      start = end;
    }
    return ids;
  }

  private async segmentNextWindow(): Promise<boolean> {
    const start = this.segmentedUpTo;
    const end = nextWindowEnd(this.text, start, this.options.windowLength, this.options.windowLength * 4, this.cuts);
    const window = this.text.slice(start, end);
    const segments = await this.segmentsOf(this.encoder, window);
    const compareSegments = this.compareEncoder && segments ? await this.segmentsOf(this.compareEncoder, window) : undefined;
    if (segments === undefined || (this.compareEncoder && compareSegments === undefined)) {
      return false;
    }
    const comparison = compareSegments ? compareBoundaries(segments, compareSegments) : undefined;
    segments.forEach((segment, index) => {
      this.pending.push(shifted(segment, start, comparison?.firstDiffers[index] ?? false, comparison?.firstEndDiffers[index] ?? false));
      this.segmentedTokens += segment.ids.length;
    });
    compareSegments?.forEach((segment, index) => {
      this.pendingCompare.push(shifted(segment, start, comparison?.secondDiffers[index] ?? false, comparison?.secondEndDiffers[index] ?? false));
      this.segmentedCompareTokens += segment.ids.length;
    });
    this.windowEnds.push(end);
    this.segmentedUpTo = end;
    return this.pause();
  }

  /**
   * How many pending segments to show so that the chunk ends at a window end, where both encodings
   * have a boundary; or exactly `limit` when that would leave the chunk less than half full.
   */
  private tokensUpToSafeEnd(limit: number): number {
    let best = 0;
    let index = 0;
    for (const windowEnd of this.windowEnds) {
      while (index < this.pending.length && this.pending[index].end <= windowEnd) {
        index++;
      }
      if (index > limit) {
        break;
      }
      best = index;
    }
    return best >= limit / 2 ? best : limit;
  }

  private async segmentsOf(encoder: SessionEncoder, window: string): Promise<TokenSegment[] | undefined> {
    if (window.length <= this.options.syncLimit) {
      return encoder.segments(window);
    }
    return this.untilNotPreempted(() => encoder.segmentsAsync(window, this.signal));
  }

  private async countOf(encoder: SessionEncoder, window: string): Promise<number | undefined> {
    if (window.length <= this.options.syncLimit) {
      return encoder.count(window);
    }
    return this.untilNotPreempted(() => encoder.countAsync(window, this.signal));
  }

  private async untilNotPreempted<T>(run: () => Promise<T | undefined>): Promise<T | undefined> {
    for (let attempt = 0; attempt < maximumAttempts && !this.isCancelled; attempt++) {
      const result = await run();
      if (result !== undefined) {
        return result;
      }
    }
    return undefined;
  }

  /** Gives the host a turn once a slice of work is done; false when cancelled meanwhile. */
  private async pause(): Promise<boolean> {
    if (this.options.now() - this.sliceStart >= this.options.sliceMilliseconds) {
      await this.options.yieldToHost();
      this.sliceStart = this.options.now();
    }
    return !this.isCancelled;
  }
}

function shifted(segment: TokenSegment, offset: number, differs: boolean, endDiffers: boolean): ComparedSegment {
  return { start: segment.start + offset, end: segment.end + offset, ids: segment.ids, differs, endDiffers };
}

function countTrue(segments: readonly ComparedSegment[]): number {
  let count = 0;
  for (const segment of segments) {
    if (segment.endDiffers) {
      count++;
    }
  }
  return count;
}

/**
 * A cut safe for both encodings (the same windows feed both panes): safe for each, read with the
 * wider context of the two. Without a rule for one of them, there is no safe cut.
 */
function sharedSafeCuts(first: SafeCutRule | undefined, second: SafeCutRule | undefined): SafeCutRule | undefined {
  if (first === undefined || second === undefined) {
    return undefined;
  }
  if (first === second) {
    return first;
  }
  return {
    isSafeCut: (text, index) => first.isSafeCut(text, index) && second.isSafeCut(text, index),
    contextBefore: Math.max(first.contextBefore, second.contextBefore),
    contextAfter: Math.max(first.contextAfter, second.contextAfter),
  };
}
