import * as vscode from 'vscode';
import type { SamplingWidgetLabels } from './samplingSpec';

/** The sampling widget's words in VS Code's display language. */
export function samplingWidgetLabels(): SamplingWidgetLabels {
  return {
    title: vscode.l10n.t('Try it: temperature and top-p'),
    temperature: vscode.l10n.t('Temperature'),
    topP: vscode.l10n.t('Top-p'),
    token: vscode.l10n.t('Next token'),
    logit: vscode.l10n.t('Logit'),
    probability: vscode.l10n.t('Probability'),
    afterTopP: vscode.l10n.t('Chance of being sampled'),
    cut: vscode.l10n.t('cut by top-p'),
    keptSummary: vscode.l10n.t('Top-p keeps {0} of {1} tokens; their probabilities are rescaled to add up to 100%.'),
    greedy: vscode.l10n.t('Temperature 0: the model always takes the likeliest token (greedy decoding).'),
    reset: vscode.l10n.t('Reset'),
    locale: vscode.env.language,
  };
}
