// One cost line, "$0.0031 as input, $0.0155 as output; batch $0.00155 in, $0.00775 out (Amazon
// Bedrock, us-east-1, prices of 2026-09-03, the source's date)", assembled here from phrases the
// host localizes (countLabels.ts), so the assembly is tested in plain Node.
import type { ModelPrice, PriceVenue } from './modelCatalog';
import { formatDollars, type TokenCost } from './tokenCost';

/** The localized pieces of a cost line; amounts arrive formatted. */
export interface CostPhrases {
  inputAndOutput(asInput: string, asOutput: string): string;
  cachedInput(amount: string): string;
  batch(asInput: string, asOutput: string): string;
  /** Who sells at the price ("Amazon Bedrock", "Anthropic API"). */
  venue(seller: PriceVenue): string;
  /** "prices of 2026-09-03, the source's date" or "prices of 2026-12-01, read that day". */
  pricesOf(checked: string, dated: ModelPrice['dated']): string;
}

/** The line for one venue's cost; `withLink` turns the date into a Markdown link to the source. */
export function costLineText(cost: TokenCost, phrases: CostPhrases, language: string, withLink: boolean): string {
  const dollars = (amount: number): string => formatDollars(amount, language);
  const parts = [phrases.inputAndOutput(dollars(cost.asInput), dollars(cost.asOutput))];
  if (cost.asCachedInput !== undefined) {
    parts.push(phrases.cachedInput(dollars(cost.asCachedInput)));
  }
  if (cost.asBatchInput !== undefined && cost.asBatchOutput !== undefined) {
    parts.push(phrases.batch(dollars(cost.asBatchInput), dollars(cost.asBatchOutput)));
  }
  const dated = phrases.pricesOf(cost.checked, cost.dated);
  const where = [phrases.venue(cost.seller), ...(cost.region !== undefined ? [cost.region] : []), withLink ? `[${dated}](${cost.source})` : dated];
  return `${parts.join('; ')} (${where.join(', ')})`;
}
