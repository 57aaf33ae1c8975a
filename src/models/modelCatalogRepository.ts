// Reads the model catalog from the file the build writes beside the bundle (dist/models/), with
// vscode.workspace.fs so the same code works on the desktop and in VS Code for the Web. Keeping the
// catalog out of the activation bundle keeps that bundle from growing with every model added.
import * as vscode from 'vscode';
import { installModelCatalog } from './modelCatalog';

export const modelCatalogFilePath = ['dist', 'models', 'modelCatalog.json'] as const;

/**
 * Installs the catalog; on failure logs why, tells the learner, and leaves counting on the default
 * model's tokenizer (see resolveModel), so a broken install still counts tokens.
 */
export async function loadModelCatalog(extensionUri: vscode.Uri, output?: vscode.LogOutputChannel): Promise<boolean> {
  const uri = vscode.Uri.joinPath(extensionUri, ...modelCatalogFilePath);
  try {
    installModelCatalog(JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri))));
    return true;
  } catch (error) {
    output?.error(`Could not read the model catalog ${uri.toString()}: ${String(error)}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('Learn GenAI could not read its model catalog, so only GPT-5 can be chosen for token counts. Reinstalling the extension should fix this; the Output panel (Learn GenAI) has the details.'));
    return false;
  }
}
