import * as assert from 'assert';
import * as vscode from 'vscode';
import type { LearnGenaiApi } from '../../../src/extension';
import { activateExtension, closeAllEditors, resetModel, waitFor } from '../support/extensionApi';
import { llamaSelection } from '../support/familyGoldens';
import { referenceCount } from '../support/referenceTokenizer';

describe('Tokenizer view compare across families', () => {
  let api: LearnGenaiApi;

  before(async () => {
    api = await activateExtension();
  });

  afterEach(async () => {
    await closeAllEditors();
    await resetModel();
  });

  it('shows Llama 3.1 beside GPT-4o (o200k_base) on the same text, each with its reference count', async () => {
    const { text } = llamaSelection;
    await vscode.commands.executeCommand('learnGenai.showTokensForText', { text, encoding: 'llama3', compareWith: 'o200k_base' });
    const shown = await waitFor(() => {
      const current = api.tokenizerView.currentTokens();
      return current?.text === text && current.encoding === 'llama3' && current.count !== undefined && current.compare?.count !== undefined ? current : undefined;
    }, 'the view to show Llama 3 and o200k_base', 30_000);
    assert.strictEqual(shown.count, llamaSelection.llama3Tokens, 'Hugging Face tokenizers on Llama 3.1\'s tokenizer.json');
    assert.strictEqual(shown.compare?.encoding, 'o200k_base');
    assert.strictEqual(shown.compare.count, referenceCount(text, 'o200k_base'), 'js-tiktoken');
    assert.strictEqual(shown.ids.length, llamaSelection.llama3Tokens);
  });
});
