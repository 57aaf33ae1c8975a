// The items of the model picker: recent choices first, then each provider's models (Amazon
// Bedrock's providers first, each model marked when Bedrock serves it), then the learner's own
// tokenizers and the command that adds one.
import * as vscode from 'vscode';
import { models, type ModelInfo, type ProviderId } from './modelCatalog';
import { providerLabel } from './providerLabel';

export interface ModelPickItem extends vscode.QuickPickItem {
  readonly model?: ModelInfo;
  /** Set on the item that adds a tokenizer from a file instead of choosing a model. */
  readonly addTokenizer?: true;
}

/** Providers in picker order: those Amazon Bedrock serves first, as the course is about Bedrock. */
export const providerOrder: readonly ProviderId[] = ['amazon', 'anthropic', 'meta', 'mistral', 'cohere', 'deepseek', 'qwen', 'openai', 'google', 'user'];

function itemFor(model: ModelInfo, currentId: string, format: Intl.NumberFormat): ModelPickItem {
  const badges = [
    ...(model.bedrockModelId !== undefined ? ['$(cloud) Bedrock'] : []),
    model.count === 'estimate' ? vscode.l10n.t('≈ estimate') : vscode.l10n.t('exact'),
    model.provider === 'user' ? 'tokenizer.json' : model.encoding,
  ];
  return {
    label: model.id === currentId ? `$(check) ${model.label}` : model.label,
    description: badges.join(' · '),
    detail: model.contextWindow > 0 ? vscode.l10n.t('Context window: {0} tokens', format.format(model.contextWindow)) : model.modelCard,
    model,
  };
}

export function modelPickItems(currentId: string, recentIds: readonly string[], userModels: readonly ModelInfo[]): ModelPickItem[] {
  const format = new Intl.NumberFormat(vscode.env.language);
  const all = [...models, ...userModels];
  const items: ModelPickItem[] = [];
  const recent = recentIds.flatMap((id) => all.filter((model) => model.id === id));
  if (recent.length > 0) {
    items.push({ label: vscode.l10n.t('Recently used'), kind: vscode.QuickPickItemKind.Separator });
    items.push(...recent.map((model) => itemFor(model, currentId, format)));
  }
  for (const provider of providerOrder) {
    const ofProvider = all.filter((model) => model.provider === provider);
    if (ofProvider.length === 0 && provider !== 'user') {
      continue;
    }
    items.push({ label: providerLabel(provider), kind: vscode.QuickPickItemKind.Separator });
    items.push(...ofProvider.map((model) => itemFor(model, currentId, format)));
  }
  items.push({ label: `$(add) ${vscode.l10n.t('Add Tokenizer from File…')}`, description: 'tokenizer.json', addTokenizer: true });
  return items;
}

/** The recent list after choosing `id`: it first, at most five, no repeats. */
export function withRecent(recentIds: readonly string[], id: string): string[] {
  return [id, ...recentIds.filter((recent) => recent !== id)].slice(0, 5);
}
