// The tokenizer view's figures seen through the chosen model: its count as shown everywhere (an
// estimate marked as one) and plain-text notes on the estimate and on the cost.
import * as vscode from 'vscode';
import { modelTokenCount, type ModelInfo } from '../models/modelCatalog';
import { costNotes, estimateText, tokenCountText } from '../models/countLabels';
import type { WholeTextFigures } from './tokenizerMessages';

export function withModelFigures(figures: WholeTextFigures, model: ModelInfo): WholeTextFigures {
  const tokens = modelTokenCount(model, figures.tokens);
  const estimate = estimateText(model);
  const costs = costNotes(model, tokens, false).map((line) => vscode.l10n.t('Cost: {0}', line));
  return { ...figures, modelCount: tokenCountText(model, tokens), modelNotes: [...(estimate !== '' ? [estimate] : []), ...costs] };
}
