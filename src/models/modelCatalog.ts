// The model catalog: per model its provider, family, tokenizer, whether its count is exact or an
// estimate, context window, output limit and dated on-demand prices. The data (modelCatalog.json)
// ships beside the bundle and is installed once at activation (see modelCatalogRepository.ts), so the
// activation bundle does not carry it.
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

/** Where a price is paid: the model maker's own API, or Amazon Bedrock. */
export type PriceVenue = 'provider' | 'bedrock';

/** On-demand prices in USD per million tokens, as found on `source`. */
export interface ModelPrice {
  readonly seller: PriceVenue;
  /** The AWS Region a Bedrock price is for: Bedrock's prices differ by Region. */
  readonly region?: string;
  readonly input: number;
  readonly output: number;
  readonly cachedInput?: number;
  readonly batchInput?: number;
  readonly batchOutput?: number;
  /** YYYY-MM-DD; what the date means is in `dated`. */
  readonly checked: string;
  /** `source`: the date the source itself gives for its prices; `read`: the day the source was read. */
  readonly dated: 'source' | 'read';
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

/**
 * The default model as the status bar needs it when the catalog file could not be read (a broken
 * install): counting goes on with GPT-5's tokenizer, without prices.
 */
const fallbackModel: ModelInfo = {
  id: defaultModelId,
  label: 'GPT-5',
  provider: 'openai',
  modelFamily: 'GPT-5',
  family: 'current',
  encoding: 'o200k_base',
  count: 'exact',
  contextWindow: 400000,
  modelCard: 'https://platform.openai.com/docs/models/gpt-5',
  prices: [],
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toModel(raw: unknown): ModelInfo {
  if (!isRecord(raw) || typeof raw.id !== 'string' || typeof raw.label !== 'string') {
    throw new Error('modelCatalog.json: a model without an id or a label');
  }
  if (!isTokenizerId(raw.encoding)) {
    throw new Error(`modelCatalog.json: unknown tokenizer ${String(raw.encoding)} for ${raw.id}`);
  }
  // The schema unit test checks every field of the shipped file; here only what would crash a count.
  return { ...(raw as unknown as ModelInfo), encoding: raw.encoding, prices: Array.isArray(raw.prices) ? (raw.prices as ModelPrice[]) : [] };
}

// Filled in place by installModelCatalog, once, before any feature is wired; every reader sees the same array.
const installed: ModelInfo[] = [];
let installedCheckedOn = '';

/** The catalog's models (empty until `installModelCatalog`), figures as of `catalogCheckedOn()`. */
export const models: readonly ModelInfo[] = installed;

/** The day the catalog's figures were checked (YYYY-MM-DD); empty until installed. */
export function catalogCheckedOn(): string {
  return installedCheckedOn;
}

/** Installs the parsed contents of modelCatalog.json; throws, changing nothing, when they are not a catalog. */
export function installModelCatalog(json: unknown): void {
  if (!isRecord(json) || typeof json.checked !== 'string' || !Array.isArray(json.models)) {
    throw new Error('modelCatalog.json: not a model catalog (no "checked" date or "models" list)');
  }
  const parsed = json.models.map(toModel);
  installed.splice(0, installed.length, ...parsed);
  installedCheckedOn = json.checked;
}

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
  return (id !== undefined ? findModel(id) : undefined) ?? findModel(defaultModelId) ?? fallbackModel;
}

/** A count of the model's `encoding` turned into the model's count: itself when exact, scaled when an estimate. */
export function modelTokenCount(model: ModelInfo, encodingCount: number): number {
  return model.count === 'estimate' && model.estimate !== undefined ? Math.round(encodingCount * model.estimate.multiplier) : encodingCount;
}
