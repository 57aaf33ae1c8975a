// The tokenizer page's localized strings and choices, handed to it in `data-state`.
import * as vscode from 'vscode';
import type { EncodingName } from '../tokenEngine';
import { models, type ModelInfo } from '../models/modelCatalog';
import { providerOrder } from '../models/modelPickers';
import { providerLabel } from '../models/providerLabel';
import { readTokenSettings } from '../models/tokenSettings';
import { maxTypedTextLength, type CompareOption, type ModelOption, type TokenizerViewLabels, type TokenizerViewState } from './tokenizerMessages';

/** The tokenizers to compare with: OpenAI's oldest first, then the open families, with the models that use each. */
const compareEncodings: readonly { readonly encoding: EncodingName; readonly models: string }[] = [
  { encoding: 'r50k_base', models: 'GPT-2, GPT-3' },
  { encoding: 'p50k_base', models: 'Codex, text-davinci-003' },
  { encoding: 'cl100k_base', models: 'GPT-4, GPT-3.5' },
  { encoding: 'o200k_base', models: 'GPT-4o, GPT-5, gpt-oss' },
  { encoding: 'llama3', models: 'Llama 3.1, 3.2, 3.3' },
  { encoding: 'qwen3', models: 'Qwen3' },
  { encoding: 'deepseek3', models: 'DeepSeek-V3, R1' },
  { encoding: 'tekken', models: 'Mistral NeMo, Small 3.1, Pixtral 12B, Ministral 8B' },
  { encoding: 'mistral_v1', models: 'Mistral 7B, Mixtral 8x7B' },
  { encoding: 'mistral_v3', models: 'Mistral Small and Large 24.02, Large 24.07 and 24.11, Pixtral Large' },
  { encoding: 'claude', models: 'Claude 2 and earlier; the basis of the Claude estimate' },
];

export function tokenizerViewState(): TokenizerViewState {
  return {
    labels: tokenizerViewLabels(),
    ...tokenizerViewChoices(),
    maxTypedTextLength,
    locale: vscode.env.language,
  };
}

/** The model and comparison lists, which change when the learner adds or removes a tokenizer.json. */
export function tokenizerViewChoices(): Pick<TokenizerViewState, 'models' | 'compareOptions'> {
  return {
    models: modelOptions(),
    compareOptions: [
      ...compareEncodings.map(({ encoding, models: names }): CompareOption => ({ encoding, label: `${encoding} (${names})` })),
      ...readTokenSettings().userModels.map((model): CompareOption => ({ encoding: model.encoding, label: model.label })),
    ],
  };
}


/** Every model, grouped by provider in picker order; an estimated family says so in its label. */
function modelOptions(): ModelOption[] {
  const all: ModelInfo[] = [...models, ...readTokenSettings().userModels];
  return providerOrder.flatMap((provider) => all.filter((model) => model.provider === provider).map((model) => ({
    id: model.id,
    label: model.count === 'estimate' ? `${model.label} (≈ ${vscode.l10n.t('estimate')})` : model.label,
    encoding: model.encoding,
    contextWindow: model.contextWindow,
    group: providerLabel(provider),
  })));
}

function tokenizerViewLabels(): TokenizerViewLabels {
  return {
    text: vscode.l10n.t('Text to tokenize'),
    placeholder: vscode.l10n.t('Type or paste text to see its tokens, or select text in an editor.'),
    pin: vscode.l10n.t('Pin'),
    pinTitle: vscode.l10n.t('Keep this text when the selection in the editor changes'),
    followEditor: vscode.l10n.t('Follow editor'),
    model: vscode.l10n.t('Model'),
    compareWith: vscode.l10n.t('Compare with'),
    none: vscode.l10n.t('None'),
    showIds: vscode.l10n.t('Show token ids'),
    showWhitespace: vscode.l10n.t('Show whitespace'),
    copyIds: vscode.l10n.t('Copy ids'),
    copyIdsTitle: vscode.l10n.t('Copy the token ids of the whole text as a JSON array'),
    tokens: vscode.l10n.t('Tokens'),
    tokenCount: vscode.l10n.t('{0} tokens'),
    oneToken: vscode.l10n.t('{0} token'),
    characters: vscode.l10n.t('Characters'),
    words: vscode.l10n.t('Words'),
    charactersPerToken: vscode.l10n.t('Characters per token'),
    contextWindow: vscode.l10n.t('Context window'),
    contextShare: vscode.l10n.t('{0} of {1}'),
    counting: vscode.l10n.t('Counting…'),
    tokenizing: vscode.l10n.t('Tokenizing…'),
    differingBoundaries: vscode.l10n.t('Boundaries that differ: {0}'),
    differingBoundariesShown: vscode.l10n.t('Boundaries that differ in the text shown: {0}'),
    tokenListLabel: vscode.l10n.t('Tokens in {0}'),
    tokenLabel: vscode.l10n.t('Token {0} of {1}: {2}, id {3}'),
    tokenPosition: vscode.l10n.t('Token {0} of {1}'),
    groupedPosition: vscode.l10n.t('Tokens {0} to {1} of {2}'),
    groupedTokenLabel: vscode.l10n.t('Tokens {0} to {1} of {2}: {3}, ids {4}, which split a character'),
    noTokenLabel: vscode.l10n.t('Text without a token: {0}'),
    differsLabel: vscode.l10n.t('boundary not in {0}'),
    id: vscode.l10n.t('Id'),
    ids: vscode.l10n.t('Ids'),
    bytes: vscode.l10n.t('Bytes'),
    tokenText: vscode.l10n.t('Text'),
    occurrences: vscode.l10n.t('Occurrences'),
    occurrencesShown: vscode.l10n.t('{0} in the tokens shown'),
    groupedNote: vscode.l10n.t('These tokens split a character between them, so they are shown together.'),
    differsNote: vscode.l10n.t('{0} has no boundary at one end of this token.'),
    detailHint: vscode.l10n.t('Hover over or focus a token to see its details.'),
    showMore: vscode.l10n.t('Show more'),
    shownOf: vscode.l10n.t('Showing {0} of {1} tokens.'),
    specialTokenNote: vscode.l10n.t('The text contains {0}, which looks like a special token. It is counted as ordinary text, as APIs do with text you send; only the model\'s chat format adds real special tokens.'),
    tooLong: vscode.l10n.t('This text is too long to type here ({0} characters; the limit is {1}). Open it in an editor and select it instead.'),
    statistics: vscode.l10n.t('Statistics'),
  };
}
