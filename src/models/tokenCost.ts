// What a count of tokens costs on a model, from the catalog's dated on-demand prices.
import type { ModelInfo, ModelPrice } from './modelCatalog';

/** The cost of `tokens` at one seller's prices, in USD. */
export interface TokenCost {
  readonly seller: ModelPrice['seller'];
  readonly asInput: number;
  readonly asOutput: number;
  readonly asCachedInput?: number;
  readonly asBatchInput?: number;
  readonly asBatchOutput?: number;
  /** The day the prices were read (YYYY-MM-DD), and where. */
  readonly checked: string;
  readonly source: string;
}

const perMillion = (tokens: number, price: number): number => (tokens * price) / 1_000_000;

/** One cost per price the catalog lists for the model (none when it lists none). */
export function costsOf(model: ModelInfo, tokens: number): TokenCost[] {
  return model.prices.map((price) => ({
    seller: price.seller,
    asInput: perMillion(tokens, price.input),
    asOutput: perMillion(tokens, price.output),
    ...(price.cachedInput !== undefined ? { asCachedInput: perMillion(tokens, price.cachedInput) } : {}),
    ...(price.batchInput !== undefined ? { asBatchInput: perMillion(tokens, price.batchInput) } : {}),
    ...(price.batchOutput !== undefined ? { asBatchOutput: perMillion(tokens, price.batchOutput) } : {}),
    checked: price.checked,
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
