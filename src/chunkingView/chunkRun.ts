import type { ChunkingResult, ChunkingStrategy } from '../chunking/chunkTypes';
import type { ModelInfo } from '../models/modelCatalog';
import type { ChunkSource } from './chunkSource';

/** The latest finished run: what the view, the decorations, export and tests see. */
export interface ChunkRun {
  readonly source: ChunkSource;
  readonly strategy: ChunkingStrategy;
  readonly model: ModelInfo;
  readonly result: ChunkingResult;
}
