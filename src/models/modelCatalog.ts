// The model catalog (modelCatalog.json): per model its provider, family, tokenizer, whether its
// count is exact or an estimate, context window, output limit and dated on-demand prices.
import catalog from './modelCatalog.json';
import { isTokenizerId, type TokenizerId } from '../tokenEngine';

/** Where a model sits in its provider's lineup: today's models, older ones, embedding models, or history lessons. */
export type ModelFamily = 'current' | 'previous' | 'embedding' | 'historical';

export const providerIds = ['amazon', 'anthropic', 'meta', 'mistral', 'cohere', 'deepseek', 'qwen', 'openai', 'google', 'user'] as const;
export type ProviderId = (typeof providerIds)[number];

/** A measured share of the real count the estimate came within, at a text length (from `EstimateInfo.source`). */
export interface EstimateAccuracy {
  readonly tokens: number;
  readonly percent: number;
}

/** How a count is estimated for a model whose tokenizer is not public. */
export interface EstimateInfo {
  /** The estimate is the count of the model's `encoding` times this, rounded. */
  readonly multiplier: number;
  /** Published measurements; empty when nobody has measured this family. */
  readonly accuracy: readonly EstimateAccuracy[];
  readonly source: string;
}

/** On-demand prices in USD per million tokens, as read on `source` on `checked` (YYYY-MM-DD). */
export interface ModelPrice {
  /** `provider`: the model maker's own API; `bedrock`: Amazon Bedrock. */
  readonly seller: 'provider' | 'bedrock';
  readonly input: number;
  readonly output: number;
  readonly cachedInput?: number;
  readonly batchInput?: number;
  readonly batchOutput?: number;
  readonly checked: string;
  readonly source: string;
}

export interface ModelInfo {
  readonly id: string;
  readonly label: string;
  readonly provider: ProviderId;
  /** The model family as its maker names it ("Llama 3.1", "Claude 4.5"). */
  readonly modelFamily: string;
  readonly family: ModelFamily;
  /** The tokenizer that counts for this model (for an estimate, the one the estimate starts from). */
  readonly encoding: TokenizerId;
  readonly count: 'exact' | 'estimate';
  readonly estimate?: EstimateInfo;
  readonly contextWindow: number;
  readonly maxOutputTokens?: number;
  /** The model's id on Amazon Bedrock, when Bedrock serves it. */
  readonly bedrockModelId?: string;
  readonly modelCard: string;
  readonly prices: readonly ModelPrice[];
}

export const defaultModelId = 'gpt-5';

type RawModel = (typeof catalog.models)[number];

function toModel(raw: RawModel): ModelInfo {
  const model = raw as Partial<Record<keyof ModelInfo, unknown>>;
  if (!isTokenizerId(model.encoding)) {
    throw new Error(`modelCatalog.json: unknown tokenizer ${String(model.encoding)} for ${raw.id}`);
  }
  return { ...(raw as unknown as ModelInfo), encoding: model.encoding, prices: (model.prices as ModelPrice[] | undefined) ?? [] };
}

/** The catalog's models, figures as of `catalogCheckedOn`. */
export const models: readonly ModelInfo[] = catalog.models.map(toModel);

export const catalogCheckedOn: string = catalog.checked;

/** The model with this id, or with this Amazon Bedrock model id (as code that calls Bedrock names it). */
export function findModel(id: string): ModelInfo | undefined {
  return models.find((model) => model.id === id) ?? models.find((model) => model.bedrockModelId === id);
}

/** A catalog model, or one of the learner's tokenizers (`userModels`, from the token settings). */
export function findModelOrUserModel(id: string, userModels: readonly ModelInfo[]): ModelInfo | undefined {
  return findModel(id) ?? userModels.find((model) => model.id === id);
}

/** The model for a setting value, falling back to the default when the value names no known model. */
export function resolveModel(id: string | undefined): ModelInfo {
  return (id !== undefined ? findModel(id) : undefined) ?? findModel(defaultModelId)!;
}

/** A count of the model's `encoding` turned into the model's count: itself when exact, scaled when an estimate. */
export function modelTokenCount(model: ModelInfo, encodingCount: number): number {
  return model.count === 'estimate' && model.estimate !== undefined ? Math.round(encodingCount * model.estimate.multiplier) : encodingCount;
}
