import * as vscode from 'vscode';
import { CommandIds } from '../commandIds';
import { catalogCheckedOn, findModel, type ModelInfo } from './modelCatalog';
import { modelPickItems, withRecent } from './modelPickers';
import { modelSettingTarget } from './modelSettingTarget';
import { readTokenSettings, tokenSettingKeys } from './tokenSettings';

const recentModelsKey = 'learnGenai.tokens.recentModels';

function recentIds(memento: vscode.Memento | undefined): string[] {
  const stored = memento?.get<unknown>(recentModelsKey);
  return Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : [];
}

/**
 * Lets the learner pick the model whose tokenizer the counter uses. The choice is saved in the
 * user settings, never into the learner's repository unless its workspace settings already name a
 * model (see modelSettingTarget), and remembered in `memento` as a recent choice. Takes an optional model id (a catalog id, a
 * Bedrock model id, or a user tokenizer's id) so tests and other commands can skip the picker.
 */
export async function selectModel(modelId?: string, memento?: vscode.Memento): Promise<ModelInfo | undefined> {
  const settings = readTokenSettings();
  const byId = (id: string): ModelInfo | undefined => findModel(id) ?? settings.userModels.find((model) => model.id === id);
  let chosen = typeof modelId === 'string' ? byId(modelId) : undefined;
  if (chosen === undefined) {
    if (typeof modelId === 'string') {
      void vscode.window.showWarningMessage(vscode.l10n.t('Unknown model "{0}". Pick one from the list.', modelId));
    }
    const picked = await vscode.window.showQuickPick(modelPickItems(settings.model.id, recentIds(memento), settings.userModels), {
      title: vscode.l10n.t('Model for token counts'),
      placeHolder: vscode.l10n.t('Context windows and prices as checked on {0}', catalogCheckedOn()),
      matchOnDescription: true,
    });
    if (picked?.addTokenizer === true) {
      await vscode.commands.executeCommand(CommandIds.addTokenizerFromFile);
      return undefined;
    }
    chosen = picked?.model;
  }
  if (chosen === undefined) {
    return undefined;
  }
  await saveModelChoice(chosen.id);
  await memento?.update(recentModelsKey, withRecent(recentIds(memento), chosen.id));
  return chosen;
}

export async function saveModelChoice(id: string): Promise<void> {
  const configuration = vscode.workspace.getConfiguration(tokenSettingKeys.section);
  const target = modelSettingTarget(configuration.inspect(tokenSettingKeys.model), Boolean(vscode.workspace.workspaceFolders?.length)) === 'workspace'
    ? vscode.ConfigurationTarget.Workspace
    : vscode.ConfigurationTarget.Global;
  await configuration.update(tokenSettingKeys.model, id, target);
}
