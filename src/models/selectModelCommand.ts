import * as vscode from 'vscode';
import { catalogCheckedOn, models, type ModelFamily, type ModelInfo } from './modelCatalog';
import { modelFamilyLabel } from './modelFamilyLabel';
import { readTokenSettings, tokenSettingKeys } from './tokenSettings';

interface ModelPickItem extends vscode.QuickPickItem {
  readonly model?: ModelInfo;
}


export function modelPickItems(currentId: string): ModelPickItem[] {
  const format = new Intl.NumberFormat(vscode.env.language);
  const items: ModelPickItem[] = [];
  let family: ModelFamily | undefined;
  for (const model of models) {
    if (model.family !== family) {
      family = model.family;
      items.push({ label: modelFamilyLabel(family), kind: vscode.QuickPickItemKind.Separator });
    }
    items.push({
      label: model.id === currentId ? `$(check) ${model.label}` : model.label,
      description: model.encoding,
      detail: vscode.l10n.t('Context window: {0} tokens', format.format(model.contextWindow)),
      model,
    });
  }
  return items;
}

/**
 * Lets the learner pick the model whose tokenizer the counter uses. The choice is saved in the
 * workspace when one is open (models often differ per project), in the user settings otherwise.
 * Takes an optional model id so tests and other commands can skip the picker.
 */
export async function selectModel(modelId?: string): Promise<ModelInfo | undefined> {
  const current = readTokenSettings().model;
  let chosen = typeof modelId === 'string' ? models.find((model) => model.id === modelId) : undefined;
  if (chosen === undefined) {
    if (typeof modelId === 'string') {
      void vscode.window.showWarningMessage(vscode.l10n.t('Unknown model "{0}". Pick one from the list.', modelId));
    }
    const picked = await vscode.window.showQuickPick(modelPickItems(current.id), {
      title: vscode.l10n.t('Model for token counts'),
      placeHolder: vscode.l10n.t('Context windows as checked on {0}', catalogCheckedOn),
      matchOnDescription: true,
    });
    chosen = picked?.model;
  }
  if (chosen === undefined) {
    return undefined;
  }
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await vscode.workspace.getConfiguration(tokenSettingKeys.section).update(tokenSettingKeys.model, chosen.id, target);
  return chosen;
}
