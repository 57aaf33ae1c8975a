// What the Chunks view shows of a result: line numbers, short previews and a summary.
import type { Chunk, ChunkingResult } from '../chunking/chunkTypes';
import type { ChunksSummary, ShownChunk } from './chunksMessages';

const previewLength = 80;

/** Line starts of a text, for 1-based line numbers by binary search. */
export class LineIndex {
  private readonly starts: Int32Array;

  constructor(text: string) {
    const starts = [0];
    for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) {
      starts.push(index + 1);
    }
    this.starts = Int32Array.from(starts);
  }

  /** The 0-based line of `offset`. */
  lineOf(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle] <= offset) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return low;
  }

  /** The 0-based line and character of `offset`. */
  positionOf(offset: number): { line: number; character: number } {
    const line = this.lineOf(offset);
    return { line, character: offset - this.starts[line] };
  }
}

function preview(text: string): string {
  return text.slice(0, previewLength).replace(/ /g, '·').replace(/\n/g, '↵').replace(/\t/g, '→').replace(/\r/g, '');
}

export function shownChunk(chunk: Chunk, text: string, lines: LineIndex): ShownChunk {
  return {
    number: chunk.number,
    start: chunk.start,
    end: chunk.end,
    startLine: lines.lineOf(chunk.start) + 1,
    endLine: lines.lineOf(Math.max(chunk.start, chunk.end - 1)) + 1,
    characters: chunk.characters,
    tokens: chunk.tokens,
    ...(chunk.level ? { level: chunk.level } : {}),
    ...(chunk.parent !== undefined ? { parent: chunk.parent } : {}),
    preview: preview(chunk.decodedText ?? text.slice(chunk.start, Math.min(chunk.end, chunk.start + previewLength))),
  };
}

export function chunksSummary(result: ChunkingResult): ChunksSummary {
  const embedded = result.chunks.filter((chunk) => chunk.level !== 'parent');
  let total = 0;
  let largest = 0;
  let smallest = embedded.length === 0 ? 0 : Number.MAX_SAFE_INTEGER;
  for (const chunk of embedded) {
    total += chunk.tokens;
    largest = Math.max(largest, chunk.tokens);
    smallest = Math.min(smallest, chunk.tokens);
  }
  return {
    chunks: result.chunks.length,
    embedded: embedded.length,
    sourceTokens: result.sourceTokens,
    sourceCharacters: result.sourceCharacters,
    averageTokens: embedded.length === 0 ? 0 : Math.round(total / embedded.length),
    largestTokens: largest,
    smallestTokens: smallest,
    overlapTokens: Math.max(0, total - result.sourceTokens),
  };
}
