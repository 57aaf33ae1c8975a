import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, resetModel } from '../support/extensionApi';

const inspectModel = () => vscode.workspace.getConfiguration('learnGenai.tokens').inspect<string>('model');

describe('Select Model', () => {
  before(async () => {
    await activateExtension();
  });

  afterEach(async () => {
    await resetModel();
  });

  it('saves the pick in the user settings, not in the open folder’s .vscode/settings.json', async () => {
    assert.ok(vscode.workspace.workspaceFolders?.length, 'the test workbench opens a folder');
    await vscode.commands.executeCommand('learnGenai.selectModel', 'gpt-4o');
    const scopes = inspectModel();
    assert.strictEqual(scopes?.globalValue, 'gpt-4o');
    assert.strictEqual(scopes?.workspaceValue, undefined);
  });

  it('changes the workspace value when the workspace already sets the model', async () => {
    await vscode.workspace.getConfiguration('learnGenai.tokens').update('model', 'gpt-4o', vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('learnGenai.selectModel', 'gpt-4.1');
    const scopes = inspectModel();
    assert.strictEqual(scopes?.workspaceValue, 'gpt-4.1');
    assert.strictEqual(scopes?.globalValue, undefined);
  });
});
