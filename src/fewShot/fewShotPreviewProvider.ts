/** A read-only preview of the template, shown before anything in the learner's files changes. */
import * as vscode from 'vscode';

export const previewScheme = 'learngenai-fewshot-preview';

export class FewShotPreview implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly contents = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private counter = 0;

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? '';
  }

  /** Opens the preview beside the prompt, keeping the focus where the learner is. */
  async show(text: string, languageId: string, title: string): Promise<vscode.Uri> {
    const uri = vscode.Uri.from({ scheme: previewScheme, path: `/${title}`, query: String(++this.counter) });
    this.contents.set(uri.toString(), text);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.languages.setTextDocumentLanguage(document, languageId);
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
    return uri;
  }

  async close(uri: vscode.Uri): Promise<void> {
    this.contents.delete(uri.toString());
    const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs)
      .filter((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === uri.toString());
    if (tabs.length > 0) {
      await vscode.window.tabGroups.close(tabs);
    }
  }

  dispose(): void {
    this.changed.dispose();
    this.contents.clear();
  }
}
