// `learnGenai.openSampleFile`: opens the walkthrough's sample script as a new, editable Python file,
// so the learner can hover parameters and change values without touching the extension's copy.
import * as vscode from 'vscode';

export async function openSampleFile(extensionUri: vscode.Uri, output: vscode.LogOutputChannel): Promise<vscode.TextEditor | undefined> {
  const uri = vscode.Uri.joinPath(extensionUri, 'media', 'walkthrough', 'sample.py');
  try {
    const content = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    const document = await vscode.workspace.openTextDocument({ content, language: 'python' });
    return await vscode.window.showTextDocument(document, { preview: false });
  } catch (error) {
    output.error(`Could not open the sample file ${uri.toString()}: ${String(error)}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not open the sample file. Reinstalling the extension restores it; the Output channel "Learn GenAI" has the detail.'));
    return undefined;
  }
}
