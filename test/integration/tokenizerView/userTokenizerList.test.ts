import * as assert from 'assert';
import * as vscode from 'vscode';
import type { TokenizerViewApi } from '../../../src/api';
import { activateExtension, closeAllEditors, resetModel, waitFor } from '../support/extensionApi';
import tinyTokenizer from '../tokenizers/tinyTokenizer.json';
import { writeWorkspaceFile } from '../support/workspaceFiles';

const tokensSection = 'learnGenai.tokens';

/** Waits until the page reports a model list that `matches`. */
function listShown(view: TokenizerViewApi, matches: (ids: readonly string[]) => boolean, description: string): Promise<readonly string[]> {
  return waitFor(() => {
    const ids = view.modelListShown();
    return ids.length > 0 && matches(ids) ? ids : undefined;
  }, description, 20_000);
}

describe('Tokenizer view model list', () => {
  let view: TokenizerViewApi;

  before(async () => {
    view = (await activateExtension()).tokenizerView;
  });

  afterEach(async () => {
    await closeAllEditors();
    await resetModel();
    await vscode.workspace.getConfiguration(tokensSection).update('userTokenizers', undefined, vscode.ConfigurationTarget.Global);
  });

  it('lists a tokenizer.json added while the view is open, without reloading the view, and drops it when removed', async () => {
    await vscode.commands.executeCommand('learnGenai.showTokensForText', { text: 'A model reads tokens.', encoding: 'o200k_base' });
    const before = await listShown(view, (ids) => ids.includes('gpt-4o'), 'the open view to report its model list');
    const uri = await writeWorkspaceFile('list-test/tokenizer.json', JSON.stringify(tinyTokenizer));
    const id = await vscode.commands.executeCommand<string | undefined>('learnGenai.addTokenizerFromFile', uri);
    assert.strictEqual(id, `file:${uri.toString()}`);
    assert.ok(!before.includes(id), 'not listed before it was added');
    const after = await listShown(view, (ids) => ids.includes(id), 'the view\'s list to include the added tokenizer');
    assert.strictEqual(after.length, before.length + 1, 'the catalog models stay, plus the new file');
    await vscode.workspace.getConfiguration(tokensSection).update('userTokenizers', undefined, vscode.ConfigurationTarget.Global);
    await listShown(view, (ids) => !ids.includes(id), 'the view\'s list to drop the removed tokenizer');
  });

  it('shows tokens in the model chosen in the settings while the view is open', async () => {
    await vscode.commands.executeCommand('learnGenai.showTokensForText', { text: 'Tokens, not words.' });
    await vscode.commands.executeCommand('learnGenai.selectModel', 'meta.llama3-1-8b-instruct-v1:0');
    const shown = await waitFor(() => {
      const current = view.currentTokens();
      return current?.encoding === 'llama3' && current.count !== undefined ? current : undefined;
    }, 'the view to follow the chosen model', 20_000);
    assert.strictEqual(shown.text, 'Tokens, not words.');
  });
});
