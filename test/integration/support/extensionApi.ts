import * as vscode from 'vscode';
import type { LearnGenaiApi } from '../../../src/api';
import { loadModelCatalog } from '../../../src/models/modelCatalogRepository';

export const extensionId = 'learn-genai.learn-genai';

/** Activates the extension under test and returns what `activate` returned. */
export async function activateExtension(): Promise<LearnGenaiApi> {
  const extension = vscode.extensions.getExtension<LearnGenaiApi>(extensionId);
  if (!extension) {
    throw new Error(`Extension ${extensionId} is not loaded.`);
  }
  const api = await extension.activate();
  // Tests that import src modules (the picker, the settings) get their own copy of the catalog module.
  await loadModelCatalog(extension.extensionUri);
  if (api.version !== 1) {
    throw new Error(`The extension's test API is version ${String(api.version)}; these tests expect version 1. Rebuild (npm run build).`);
  }
  return api;
}

export async function openEditor(content: string, language = 'plaintext'): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ content, language });
  return vscode.window.showTextDocument(document);
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Clears the model setting everywhere the picker may have written it, back to the default. */
export async function resetModel(): Promise<void> {
  const configuration = vscode.workspace.getConfiguration('learnGenai.tokens');
  await configuration.update('model', undefined, vscode.ConfigurationTarget.Global);
  if (vscode.workspace.workspaceFolders?.length) {
    await configuration.update('model', undefined, vscode.ConfigurationTarget.Workspace);
  }
}

/** Polls until `check` returns a value other than undefined, or fails after `timeoutMs`. */
export async function waitFor<T>(check: () => T | undefined | Promise<T | undefined>, description: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out waiting for ${description}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
