// What a count of tokens costs on a model, from the catalog's dated on-demand prices.
import type { ModelInfo, ModelPrice, PriceVenue } from './modelCatalog';

/** The cost of `tokens` at one venue's prices, in USD. */
export interface TokenCost {
  readonly seller: PriceVenue;
  /** The AWS Region of a Bedrock price. */
  readonly region?: string;
  readonly asInput: number;
  readonly asOutput: number;
  readonly asCachedInput?: number;
  readonly asBatchInput?: number;
  readonly asBatchOutput?: number;
  /** The date of the prices (YYYY-MM-DD), what that date means, and where they were found. */
  readonly checked: string;
  readonly dated: ModelPrice['dated'];
  readonly source: string;
}

const perMillion = (tokens: number, price: number): number => (tokens * price) / 1_000_000;

/**
 * The venue whose price comes first: Amazon Bedrock for a model Bedrock serves (the picker lists
 * Bedrock models as first-class entries and the course is about Bedrock), else the maker's own API.
 */
export function primaryVenue(model: ModelInfo): PriceVenue {
  return model.bedrockModelId !== undefined ? 'bedrock' : 'provider';
}

/** The model's prices, the primary venue's first. */
export function pricesInVenueOrder(model: ModelInfo): ModelPrice[] {
  const primary = primaryVenue(model);
  return [...model.prices.filter((price) => price.seller === primary), ...model.prices.filter((price) => price.seller !== primary)];
}

/** One cost per price the catalog lists for the model, the primary venue's first (none when it lists none). */
export function costsOf(model: ModelInfo, tokens: number): TokenCost[] {
  return pricesInVenueOrder(model).map((price) => ({
    seller: price.seller,
    ...(price.region !== undefined ? { region: price.region } : {}),
    asInput: perMillion(tokens, price.input),
    asOutput: perMillion(tokens, price.output),
    ...(price.cachedInput !== undefined ? { asCachedInput: perMillion(tokens, price.cachedInput) } : {}),
    ...(price.batchInput !== undefined ? { asBatchInput: perMillion(tokens, price.batchInput) } : {}),
    ...(price.batchOutput !== undefined ? { asBatchOutput: perMillion(tokens, price.batchOutput) } : {}),
    checked: price.checked,
    dated: price.dated,
    source: price.source,
  }));
}

/** A dollar amount readable at any size: cents from $1 up, three significant digits below. */
export function formatDollars(amount: number, language: string): string {
  const options: Intl.NumberFormatOptions = amount >= 1 || amount === 0
    ? { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 }
    : { style: 'currency', currency: 'USD', maximumSignificantDigits: 3 };
  return new Intl.NumberFormat(language, options).format(amount);
}
