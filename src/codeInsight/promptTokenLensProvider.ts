// "≈ N tokens · model" above prompt literals; a click shows that text in the Tokenizer view.
import * as vscode from 'vscode';
import { CommandIds } from '../commandIds';
import { modelTokenCount, type ModelInfo } from '../models/modelCatalog';
import type { EncoderRegistry } from '../tokenEngine';
import { sourceLanguageOf } from './analyzeSource';
import { promptModel } from './catalogLimits';
import type { PromptLiteral } from './codeInsightTypes';
import type { CodeInsightSettings } from './codeInsightSettings';
import type { InsightCache } from './insightCache';

export interface PromptTokenLensDependencies {
  readonly cache: InsightCache;
  readonly encoders: EncoderRegistry;
  readonly settings: () => CodeInsightSettings;
  /** The model chosen in the token settings, for prompts whose own model the catalog does not know. */
  readonly chosenModel: () => ModelInfo;
}

/** Texts up to this length are counted at once; longer ones in slices that yield to the host. */
const syncCountLimit = 100_000;

export interface CountedPrompt {
  readonly prompt: PromptLiteral;
  readonly model: ModelInfo;
  readonly count: number;
}

/** Exact counts of the prompts of a document, each for its model. Undefined when cancelled. */
export async function countPrompts(prompts: readonly PromptLiteral[], encoders: EncoderRegistry, chosen: ModelInfo, token?: vscode.CancellationToken): Promise<CountedPrompt[] | undefined> {
  const counted: CountedPrompt[] = [];
  for (const prompt of prompts) {
    const model = promptModel(prompt, chosen);
    const encoder = await encoders.get(model.encoding);
    const encodingCount = prompt.text.length <= syncCountLimit ? encoder.count(prompt.text) : await encoder.countAsync(prompt.text, token);
    if (encodingCount === undefined || token?.isCancellationRequested) {
      return undefined;
    }
    // Exact for models whose tokenizer is public; the catalog's calibrated estimate for the others (Claude, Nova…).
    counted.push({ prompt, model, count: modelTokenCount(model, encodingCount) });
  }
  return counted;
}

export function lensTitle({ prompt, model, count }: CountedPrompt): string {
  const amount = new Intl.NumberFormat(vscode.env.language).format(count);
  const base = prompt.shape !== 'messages'
    ? vscode.l10n.t('≈ {0} tokens · {1}', amount, model.label)
    : prompt.messageCount === 1
      ? vscode.l10n.t('≈ {0} tokens · {1} · 1 message', amount, model.label)
      : vscode.l10n.t('≈ {0} tokens · {1} · {2} messages', amount, model.label, prompt.messageCount);
  const measured = model.count === 'estimate' ? vscode.l10n.t('{0} (estimate)', base) : base;
  return prompt.placeholders > 0 ? vscode.l10n.t('{0} · literal parts only ({1} placeholders left out)', measured, prompt.placeholders) : measured;
}

export class PromptTokenLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changeEmitter.event;

  constructor(private readonly dependencies: PromptTokenLensDependencies) {}

  /** Settings or the chosen model changed: VS Code asks for lenses again. */
  refresh(): void {
    this.changeEmitter.fire();
  }

  async provideCodeLenses(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.CodeLens[]> {
    const language = sourceLanguageOf(document.languageId);
    if (!language || !this.dependencies.settings().tokenLenses) {
      return [];
    }
    const insight = this.dependencies.cache.get(document.uri.toString(), document.version, language, () => document.getText());
    const counted = await countPrompts(insight.prompts, this.dependencies.encoders, this.dependencies.chosenModel(), token);
    return (counted ?? []).map((item) => {
      const range = new vscode.Range(document.positionAt(item.prompt.start), document.positionAt(item.prompt.end));
      return new vscode.CodeLens(range, {
        title: lensTitle(item),
        tooltip: vscode.l10n.t('Show these tokens in the Tokenizer view'),
        command: CommandIds.showTokensForText,
        arguments: [{ text: item.prompt.text, encoding: item.model.encoding }],
      });
    });
  }

  dispose(): void {
    this.changeEmitter.dispose();
  }
}
