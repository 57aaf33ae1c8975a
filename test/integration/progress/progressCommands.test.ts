import * as assert from 'assert';
import * as vscode from 'vscode';
import type { LearnGenaiApi } from '../../../src/extension';
import { activateExtension } from '../support/extensionApi';

describe('Progress export, import and reset', () => {
  let api: LearnGenaiApi;
  let folder: vscode.Uri;

  before(async () => {
    api = await activateExtension();
    folder = vscode.workspace.workspaceFolders![0].uri;
  });

  it('exports progress to a file and imports it back after a reset', async () => {
    await api.progress.markRead('tokens-embeddings-vectors');
    const file = vscode.Uri.joinPath(folder, 'progress-export.json');
    await vscode.commands.executeCommand('learnGenai.exportProgress', file);
    await vscode.commands.executeCommand('learnGenai.resetProgress', true);
    assert.strictEqual(api.progress.isRead('tokens-embeddings-vectors'), false);
    assert.strictEqual(await vscode.commands.executeCommand('learnGenai.importProgress', file), true);
    assert.strictEqual(api.progress.isRead('tokens-embeddings-vectors'), true);
  });

  it('refuses a foreign file and leaves the current progress untouched', async () => {
    await api.progress.markRead('transformers-attention');
    const before = JSON.stringify(api.progress.current);
    for (const [name, content] of [['not-json.json', 'hello'], ['foreign.json', '{"settings": {}}']]) {
      const file = vscode.Uri.joinPath(folder, name);
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(content));
      assert.strictEqual(await vscode.commands.executeCommand('learnGenai.importProgress', file), false, name);
    }
    assert.strictEqual(JSON.stringify(api.progress.current), before);
  });
});
