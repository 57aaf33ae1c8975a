import * as vscode from 'vscode';
import { isUserTokenizerId } from '../tokenEngine';
import { resolveModel, type ModelInfo } from './modelCatalog';
import { userModelFor } from './userTokenizers';

export const tokenSettingKeys = {
  section: 'learnGenai.tokens',
  model: 'model',
  showStatusBar: 'showStatusBar',
  userTokenizers: 'userTokenizers',
} as const;

/** An immutable snapshot of the token settings, read once per change instead of on every count. */
export interface TokenSettings {
  readonly model: ModelInfo;
  readonly showStatusBar: boolean;
  /** The learner's tokenizer.json files, as models (URI strings in the setting). */
  readonly userModels: readonly ModelInfo[];
}

export function readTokenSettings(): TokenSettings {
  const configuration = vscode.workspace.getConfiguration(tokenSettingKeys.section);
  const userModels = readUserTokenizerUris(configuration).map(userModelFor);
  const modelId = configuration.get<string>(tokenSettingKeys.model);
  const userModel = isUserTokenizerId(modelId) ? userModels.find((model) => model.id === modelId) : undefined;
  return Object.freeze({
    model: userModel ?? resolveModel(modelId),
    showStatusBar: configuration.get<boolean>(tokenSettingKeys.showStatusBar, true),
    userModels: Object.freeze(userModels),
  });
}

/** The setting's URI strings; paths without a scheme are read as local files. */
export function readUserTokenizerUris(configuration = vscode.workspace.getConfiguration(tokenSettingKeys.section)): string[] {
  const values = configuration.get<unknown>(tokenSettingKeys.userTokenizers, []);
  if (!Array.isArray(values)) {
    return [];
  }
  return values.filter((value): value is string => typeof value === 'string' && value.trim() !== '')
    .map((value) => (/^[a-z][a-z0-9+.-]+:/i.test(value) && !/^[a-z]:[\\/]/i.test(value) ? value : vscode.Uri.file(value).toString()));
}

export function affectsTokenSettings(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(tokenSettingKeys.section);
}
