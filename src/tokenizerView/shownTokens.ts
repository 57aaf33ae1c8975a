// Turns a chunk of segments into what the page draws: text slices (never the whole text), ids and bytes.
import type { Encoder } from '../tokenEngine';
import type { ComparedSegment, SegmentChunk } from './tokenizationSession';
import type { ShownToken, TokenizerChunk } from './tokenizerMessages';
import { hexBytes } from './tokenText';

export type TokenBytesSource = Pick<Encoder, 'tokenBytes'>;

export function toShownTokens(text: string, segments: readonly ComparedSegment[], encoder: TokenBytesSource, compared: boolean): ShownToken[] {
  const hexById = new Map<number, string>();
  const hexOf = (id: number): string => {
    let hex = hexById.get(id);
    if (hex === undefined) {
      hex = hexBytes(encoder.tokenBytes(id));
      hexById.set(id, hex);
    }
    return hex;
  };
  return segments.map((segment) => ({
    text: text.slice(segment.start, segment.end),
    ids: segment.ids,
    bytes: segment.ids.map(hexOf),
    ...(compared ? { differs: segment.differs } : {}),
  }));
}

export function toTokenizerChunk(text: string, chunk: SegmentChunk, encoder: TokenBytesSource, compareEncoder: TokenBytesSource | undefined): TokenizerChunk {
  const compared = chunk.compareSegments !== undefined && compareEncoder !== undefined;
  return {
    tokens: toShownTokens(text, chunk.segments, encoder, compared),
    ...(compared ? { compareTokens: toShownTokens(text, chunk.compareSegments ?? [], compareEncoder, true) } : {}),
    differingBoundaries: chunk.differingBoundaries,
    isLast: chunk.isLast,
  };
}
