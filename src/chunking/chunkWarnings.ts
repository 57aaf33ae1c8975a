// Warnings a learner should see about a set of chunks.
import type { Chunk, ChunkingStrategy, ChunkWarning, EmbeddingLimit } from './chunkTypes';

/** A chunk under this share of the target size carries little meaning on its own. */
const tinyShare = 0.1;
/** Without a target size (headings, none), chunks under this many tokens are tiny. */
const tinyTokensWithoutTarget = 10;

interface Target {
  readonly size: number;
  readonly unit: 'characters' | 'tokens';
}

function targetOf(strategy: ChunkingStrategy): Target | undefined {
  switch (strategy.kind) {
    case 'recursive':
      return { size: strategy.chunkSize, unit: strategy.lengthUnit };
    case 'tokenSplitter':
      return { size: strategy.chunkSize, unit: 'tokens' };
    case 'bedrockFixed':
    case 'bedrockSemantic':
      return { size: strategy.maxTokens, unit: 'tokens' };
    case 'bedrockHierarchical':
      return { size: strategy.childMaxTokens, unit: 'tokens' };
    case 'markdownHeadings':
    case 'none':
      return undefined;
  }
}

const measure = (chunk: Chunk, unit: Target['unit']): number => (unit === 'tokens' ? chunk.tokens : chunk.characters);

export function chunkWarnings(chunks: readonly Chunk[], strategy: ChunkingStrategy, limit: EmbeddingLimit | undefined): ChunkWarning[] {
  const warnings: ChunkWarning[] = [];
  const embedded = chunks.filter((chunk) => chunk.level !== 'parent');
  if (limit) {
    const over = embedded.filter((chunk) => chunk.tokens > limit.maxTokens);
    if (over.length > 0) {
      warnings.push({ kind: 'overEmbeddingLimit', count: over.length, limit: limit.maxTokens, model: limit.label, firstNumber: over[0].number });
    }
  }
  const target = targetOf(strategy);
  if (target && strategy.kind === 'recursive') {
    // LangChain itself warns when a merge overflows; a single long piece with no separator left also does.
    const oversized = embedded.filter((chunk) => measure(chunk, target.unit) > target.size);
    if (oversized.length > 0) {
      warnings.push({ kind: 'oversizedChunks', count: oversized.length, size: target.size, unit: target.unit, firstNumber: oversized[0].number });
    }
  }
  const threshold = target ? Math.max(1, Math.floor(target.size * tinyShare)) : tinyTokensWithoutTarget;
  const unit = target?.unit ?? 'tokens';
  const tiny = embedded.filter((chunk) => measure(chunk, unit) < threshold);
  if (tiny.length > 0) {
    warnings.push({ kind: 'tinyChunks', count: tiny.length, threshold, unit, firstNumber: tiny[0].number });
  }
  return warnings;
}
