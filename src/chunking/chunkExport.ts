// Chunks as JSON or JSON Lines, with offsets and counts, for a learner to feed their own pipeline.
import type { Chunk, ChunkingStrategy } from './chunkTypes';

export interface ExportContext {
  readonly source: string;
  readonly text: string;
  readonly strategy: ChunkingStrategy;
  readonly model: string;
  readonly encoding: string;
}

export interface ExportedChunk {
  readonly number: number;
  readonly start: number;
  readonly end: number;
  readonly characters: number;
  readonly tokens: number;
  readonly level?: 'parent' | 'child';
  readonly parent?: number;
  readonly text: string;
}

function exported(chunk: Chunk, text: string): ExportedChunk {
  return {
    number: chunk.number,
    start: chunk.start,
    end: chunk.end,
    characters: chunk.characters,
    tokens: chunk.tokens,
    ...(chunk.level ? { level: chunk.level } : {}),
    ...(chunk.parent !== undefined ? { parent: chunk.parent } : {}),
    text: chunk.decodedText ?? text.slice(chunk.start, chunk.end),
  };
}

/** One JSON document: where the chunks come from, how they were made, and the chunks. */
export function chunksAsJson(chunks: readonly Chunk[], context: ExportContext): string {
  const { source, strategy, model, encoding } = context;
  return `${JSON.stringify({ source, strategy, model, encoding, chunks: chunks.map((chunk) => exported(chunk, context.text)) }, null, 2)}\n`;
}

/** One chunk per line, each a JSON object: the format embedding and indexing jobs take. */
export function chunksAsJsonLines(chunks: readonly Chunk[], text: string): string {
  return chunks.map((chunk) => `${JSON.stringify(exported(chunk, text))}\n`).join('');
}
