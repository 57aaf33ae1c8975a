// Token-window strategies: LangChain's TokenTextSplitter and Amazon Bedrock Knowledge Bases'
// fixed-size and hierarchical chunking.
//
// LangChain's TokenTextSplitter (read from @langchain/textsplitters 1.0.2): encode the whole text,
// then windows of chunkSize tokens where each window after the first starts chunkOverlap tokens
// before the previous one ended; each window is decoded on its own.
//
// Bedrock Knowledge Bases (API reference: FixedSizeChunkingConfiguration, HierarchicalChunkingConfiguration;
// user guide "How content chunking works for knowledge bases"). AWS documents the parameters, not
// the algorithm, so these rules are inferred and said so in the view:
// - FIXED_SIZE: chunks of at most `maxTokens` tokens (integer >= 1); consecutive chunks share
//   `overlapPercentage` percent (integer 1-99) of maxTokens, which we round down to whole tokens.
//   We window tokens exactly like TokenTextSplitter with overlap = floor(maxTokens * pct / 100).
// - HIERARCHICAL: `levelConfigurations` has exactly two entries, parent then child, each with
//   `maxTokens`; `overlapTokens` (>= 1) is "the number of tokens to repeat across chunks in the same
//   layer" ("if you set overlap tokens to 60, the last 60 tokens in the first chunk are also
//   included at the beginning of the second chunk"). Children are "derived from the first layer",
//   so we window the whole text into parents, then each parent into children, never crossing a
//   parent. Children are embedded and searched; a matching child returns its parent to the model.
// - Bedrock's own tokenizer is not public: counts here use the chosen model's encoding.
// - NONE: one chunk per document. SEMANTIC needs an embedding model: explained, not simulated.
import type { Chunk } from './chunkTypes';
import type { TokenMap } from './tokenMap';

/** A window of tokens `[first, last)` and what it belongs to. */
export interface TokenWindow {
  readonly first: number;
  readonly last: number;
  readonly level?: Chunk['level'];
  /** Index of the parent window in the same list. */
  readonly parentIndex?: number;
}

/** TokenTextSplitter's loop over `[from, to)`. `overlap` must be below `size`. */
export function tokenWindows(from: number, to: number, size: number, overlap: number): TokenWindow[] {
  const windows: TokenWindow[] = [];
  let start = from;
  while (start < to) {
    if (start > from) {
      start -= overlap;
    }
    const end = Math.min(start + size, to);
    windows.push({ first: start, last: end });
    start = end;
  }
  return windows;
}

export function bedrockFixedOverlap(maxTokens: number, overlapPercentage: number): number {
  return Math.floor((maxTokens * overlapPercentage) / 100);
}

/** Parents then, right after each, its children. */
export function hierarchicalWindows(map: TokenMap, parentMax: number, childMax: number, overlap: number): TokenWindow[] {
  const windows: TokenWindow[] = [];
  for (const parent of tokenWindows(0, map.length, parentMax, overlap)) {
    const parentIndex = windows.length;
    windows.push({ ...parent, level: 'parent' });
    for (const child of tokenWindows(parent.first, parent.last, childMax, overlap)) {
      windows.push({ ...child, level: 'child', parentIndex });
    }
  }
  return windows;
}
