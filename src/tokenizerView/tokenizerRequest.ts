// One tokenization on screen, and what tests can read of it.
import * as vscode from 'vscode';
import type { EncodingName } from '../tokenEngine';
import type { ModelInfo } from '../models/modelCatalog';
import type { Encoder } from '../tokenEngine';
import type { SegmentChunk, TokenizationSession } from './tokenizationSession';
import type { TokenizerText } from './tokenizerInput';
import type { WholeTextFigures } from './tokenizerMessages';

export interface DisplayedEncoding {
  readonly encoding: EncodingName;
  /** Ids of the tokens on screen, in order (the first chunks of a long text). */
  readonly ids: readonly number[];
  /** Tokens in the whole text; undefined while still counting. */
  readonly count: number | undefined;
}

export interface DisplayedTokens extends DisplayedEncoding {
  /** The text tokenized (all of it, though only the first chunks may be on screen). */
  readonly text: string;
  readonly compare?: DisplayedEncoding;
}

/** One text on screen in one or two encodings; a newer request cancels it. */
export class TokenizerRequest {
  readonly cancellation = new vscode.CancellationTokenSource();
  readonly shownIds: number[] = [];
  readonly shownCompareIds: number[] = [];
  isShown = false;
  figures: WholeTextFigures | undefined;
  session: TokenizationSession | undefined;
  encoders: { readonly main: Encoder; readonly compare: Encoder | undefined } | undefined;
  /** Segmenting steps (show more, copy) run one after another on the session. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly id: number, readonly input: TokenizerText, readonly model: ModelInfo, readonly compareWith: EncodingName | undefined) {}

  record(chunk: SegmentChunk): void {
    this.isShown = true;
    for (const segment of chunk.segments) {
      this.shownIds.push(...segment.ids);
    }
    for (const segment of chunk.compareSegments ?? []) {
      this.shownCompareIds.push(...segment.ids);
    }
  }

  /** What is on screen, once the first tokens are. */
  displayed(): DisplayedTokens | undefined {
    if (!this.isShown) {
      return undefined;
    }
    return {
      text: this.input.text,
      encoding: this.model.encoding,
      ids: [...this.shownIds],
      count: this.figures?.tokens,
      ...(this.compareWith ? { compare: { encoding: this.compareWith, ids: [...this.shownCompareIds], count: this.figures?.compareTokens } } : {}),
    };
  }

  enqueue<T>(step: () => Promise<T>): Promise<T> {
    const next = this.queue.then(step);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
