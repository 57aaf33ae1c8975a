// How a model's token count reads everywhere (status bar, tooltips, tokenizer view, lenses): exact
// counts as "1,234 tokens", estimates always as "≈ 1,234 tokens (estimate)", never as exact.
import * as vscode from 'vscode';
import type { ModelInfo } from './modelCatalog';
import { providerLabel, sellerLabel } from './providerLabel';
import { costLineText, type CostPhrases } from './costLine';
import { costsOf } from './tokenCost';

/** `tokens` is already the model's count (see `modelTokenCount`). */
export function tokenCountText(model: ModelInfo, tokens: number): string {
  const formatted = new Intl.NumberFormat(vscode.env.language).format(tokens);
  if (model.count === 'estimate') {
    return tokens === 1 ? vscode.l10n.t('≈ {0} token (estimate)', formatted) : vscode.l10n.t('≈ {0} tokens (estimate)', formatted);
  }
  return tokens === 1 ? vscode.l10n.t('{0} token', formatted) : vscode.l10n.t('{0} tokens', formatted);
}

/** Why a count is an estimate and how good it is, as plain text; empty for exact counts. */
export function estimateText(model: ModelInfo): string {
  const estimate = model.estimate;
  if (model.count !== 'estimate' || estimate === undefined) {
    return '';
  }
  const language = vscode.env.language;
  const method = estimate.multiplier === 1
    ? vscode.l10n.t('{0} does not publish this tokenizer: counted with {1} instead.', providerLabel(model.provider), model.encoding)
    : vscode.l10n.t('{0} does not publish this tokenizer: counted with {1}, times {2}.', providerLabel(model.provider), model.encoding, new Intl.NumberFormat(language).format(estimate.multiplier));
  const percents = estimate.accuracy.map((entry) => entry.percent);
  const lengths = estimate.accuracy.map((entry) => entry.tokens);
  const percent = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const integer = new Intl.NumberFormat(language);
  const error = percents.length === 0
    ? vscode.l10n.t('Its error has not been measured.')
    : vscode.l10n.t('Measured at {0}–{1}% of the real count on texts of {2}–{3} tokens.', percent.format(Math.min(...percents)), percent.format(Math.max(...percents)),
      integer.format(Math.min(...lengths)), integer.format(Math.max(...lengths)));
  return `${method} ${error}`;
}

/** `estimateText` with links to the measurements and the model card, for Markdown tooltips. */
export function estimateExplanation(model: ModelInfo): string {
  const text = estimateText(model);
  return text === '' ? '' : `${text} [${vscode.l10n.t('Measurements')}](${model.estimate?.source ?? ''}) · [${vscode.l10n.t('Model card')}](${model.modelCard})`;
}

/** The host's localized phrases for cost lines (see costLine.ts). */
function costPhrases(model: ModelInfo): CostPhrases {
  return {
    inputAndOutput: (asInput, asOutput) => vscode.l10n.t('{0} as input, {1} as output', asInput, asOutput),
    cachedInput: (amount) => vscode.l10n.t('{0} as cached input', amount),
    batch: (asInput, asOutput) => vscode.l10n.t('batch {0} in, {1} out', asInput, asOutput),
    venue: (seller) => sellerLabel(seller, model.provider),
    pricesOf: (checked, dated) => dated === 'source'
      ? vscode.l10n.t('prices of {0}, the source\'s date', checked)
      : vscode.l10n.t('prices of {0}, read that day', checked),
  };
}

/**
 * One line per venue, the one the model is chosen for first (Amazon Bedrock for a model Bedrock
 * serves): "$0.0031 as input, $0.0155 as output (Amazon Bedrock, us-east-1, prices of 2026-09-03,
 * the source's date)", with batch and cached-input prices where listed. None when no price is listed.
 */
export function costLines(model: ModelInfo, tokens: number, withLinks = true): string[] {
  const phrases = costPhrases(model);
  return costsOf(model, tokens).map((cost) => costLineText(cost, phrases, vscode.env.language, withLinks));
}

/** `costLines`, or a note that no price is listed (nothing for the learner's own tokenizers, which have no seller). */
export function costNotes(model: ModelInfo, tokens: number, withLinks = true): string[] {
  const lines = costLines(model, tokens, withLinks);
  return lines.length > 0 || model.provider === 'user' ? lines : [vscode.l10n.t('no price listed')];
}

/** Appends the estimate note and the cost lines to a tooltip. */
export function appendEstimateAndCost(tooltip: vscode.MarkdownString, model: ModelInfo, tokens: number): void {
  const explanation = estimateExplanation(model);
  if (explanation !== '') {
    tooltip.appendMarkdown(`**${vscode.l10n.t('Estimate')}**: ${explanation}\n\n`);
  }
  const lines = costNotes(model, tokens);
  // One venue reads inline; several get a line each, the primary venue first.
  if (lines.length === 1) {
    tooltip.appendMarkdown(`**${vscode.l10n.t('Cost')}**: ${lines[0]}\n\n`);
  } else if (lines.length > 1) {
    tooltip.appendMarkdown(`**${vscode.l10n.t('Cost')}**\n\n${lines.map((line) => `- ${line}`).join('\n')}\n\n`);
  }
}
