import * as vscode from 'vscode';

export const codeInsightSettingKeys = {
  section: 'learnGenai.codeInsight',
  hovers: 'hovers',
  tokenLenses: 'tokenLenses',
  gentleChecks: 'gentleChecks',
} as const;

/** An immutable snapshot of the code insight settings, refreshed when they change. */
export interface CodeInsightSettings {
  readonly hovers: boolean;
  readonly tokenLenses: boolean;
  readonly gentleChecks: boolean;
}

export function readCodeInsightSettings(): CodeInsightSettings {
  const configuration = vscode.workspace.getConfiguration(codeInsightSettingKeys.section);
  return Object.freeze({
    hovers: configuration.get<boolean>(codeInsightSettingKeys.hovers, true),
    tokenLenses: configuration.get<boolean>(codeInsightSettingKeys.tokenLenses, true),
    gentleChecks: configuration.get<boolean>(codeInsightSettingKeys.gentleChecks, true),
  });
}

export function affectsCodeInsightSettings(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(codeInsightSettingKeys.section);
}
