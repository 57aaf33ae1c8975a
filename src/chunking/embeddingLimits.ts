// Input limits of common embedding models, for the "over the embedding model's limit" warning.
// Figures from the providers' model documentation (checked 2026-12): Amazon Titan Text Embeddings V2
// takes up to 8,192 tokens; Cohere Embed v3 on Bedrock, 512 tokens; OpenAI text-embedding-3, 8,191.
import type { EmbeddingLimit } from './chunkTypes';

export const embeddingLimits: readonly EmbeddingLimit[] = [
  { id: 'amazon.titan-embed-text-v2', label: 'Amazon Titan Text Embeddings V2', maxTokens: 8192 },
  { id: 'cohere.embed-v3', label: 'Cohere Embed v3', maxTokens: 512 },
  { id: 'openai.text-embedding-3', label: 'OpenAI text-embedding-3', maxTokens: 8191 },
];

export const defaultEmbeddingLimitId = embeddingLimits[0].id;

export function findEmbeddingLimit(id: string): EmbeddingLimit | undefined {
  return embeddingLimits.find((limit) => limit.id === id);
}
