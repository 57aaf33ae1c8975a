import * as vscode from 'vscode';
import { resolveModel, type ModelInfo } from './modelCatalog';

export const tokenSettingKeys = {
  section: 'learnGenai.tokens',
  model: 'model',
  showStatusBar: 'showStatusBar',
} as const;

/** An immutable snapshot of the token settings, read once per change instead of on every count. */
export interface TokenSettings {
  readonly model: ModelInfo;
  readonly showStatusBar: boolean;
}

export function readTokenSettings(): TokenSettings {
  const configuration = vscode.workspace.getConfiguration(tokenSettingKeys.section);
  return Object.freeze({
    model: resolveModel(configuration.get<string>(tokenSettingKeys.model)),
    showStatusBar: configuration.get<boolean>(tokenSettingKeys.showStatusBar, true),
  });
}

export function affectsTokenSettings(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(tokenSettingKeys.section);
}
