import * as assert from 'assert';
import * as vscode from 'vscode';
import type { LearnGenaiApi } from '../../../src/extension';
import { activateExtension, closeAllEditors, openEditor, resetModel } from '../support/extensionApi';
import { referenceCount } from '../support/referenceTokenizer';

const samples: Record<string, string> = {
  english: 'A model reads tokens, not words. Tokenization splits text into pieces the model has seen before.',
  portuguese: 'A inteligência artificial generativa cria conteúdo novo: imagens, áudio, código e até vídeo. Atenção à acentuação!',
  emoji: 'Family: 👨‍👩‍👧‍👦, thumbs: 👍🏽, flags: 🇧🇷🇺🇸, and a kiss: 💏 — 🤖✨',
  code: 'export function cosine(a: number[], b: number[]): number {\n\treturn dot(a, b) / (norm(a) * norm(b));\n}\n',
  specialTokens: 'Text before <|endoftext|> and <|fim_prefix|><|im_start|>user\nhello<|im_end|> after.',
};

describe('Token count status bar', () => {
  let api: LearnGenaiApi;

  before(async () => {
    api = await activateExtension();
  });

  afterEach(async () => {
    await closeAllEditors();
    await resetModel();
  });

  for (const [name, text] of Object.entries(samples)) {
    it(`counts the whole document like js-tiktoken (${name}, o200k_base)`, async () => {
      await openEditor(text);
      await api.tokenCounter.refresh();
      const summary = api.tokenCounter.currentSummary;
      assert.ok(summary, 'the counter shows a figure');
      assert.strictEqual(summary.model.encoding, 'o200k_base');
      assert.strictEqual(summary.selections, 0);
      assert.strictEqual(summary.tokens, referenceCount(text, 'o200k_base'));
    });
  }

  it('counts only the selection when there is one', async () => {
    const editor = await openEditor(samples.english + '\n' + samples.portuguese);
    editor.selection = new vscode.Selection(0, 0, 0, 20);
    await api.tokenCounter.refresh();
    assert.strictEqual(api.tokenCounter.currentSummary?.tokens, referenceCount(samples.english.slice(0, 20), 'o200k_base'));
    assert.strictEqual(api.tokenCounter.currentSummary?.selections, 1);
  });

  it('sums every cursor of a multi-selection', async () => {
    const editor = await openEditor(`${samples.english}\n${samples.code}`);
    editor.selections = [new vscode.Selection(0, 0, 0, 15), new vscode.Selection(1, 0, 1, 30)];
    await api.tokenCounter.refresh();
    const expected = referenceCount(samples.english.slice(0, 15), 'o200k_base') + referenceCount(samples.code.slice(0, 30), 'o200k_base');
    assert.strictEqual(api.tokenCounter.currentSummary?.tokens, expected);
    assert.strictEqual(api.tokenCounter.currentSummary?.selections, 2);
  });

  it('follows the model chosen with the select-model command', async () => {
    await openEditor(samples.portuguese);
    await vscode.commands.executeCommand('learnGenai.selectModel', 'gpt-4');
    await api.tokenCounter.refresh();
    const summary = api.tokenCounter.currentSummary;
    assert.strictEqual(summary?.model.id, 'gpt-4');
    assert.strictEqual(summary?.model.encoding, 'cl100k_base');
    assert.strictEqual(summary?.tokens, referenceCount(samples.portuguese, 'cl100k_base'));
    assert.notStrictEqual(summary?.tokens, referenceCount(samples.portuguese, 'o200k_base'), 'the sample splits differently in the two encodings');
  });

  it('updates by itself after an edit, without an explicit refresh', async () => {
    const editor = await openEditor('short');
    await api.tokenCounter.refresh();
    const before = api.tokenCounter.currentSummary?.tokens;
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 5), ` ${samples.english}`));
    const expected = referenceCount(`short ${samples.english}`, 'o200k_base');
    const deadline = Date.now() + 5000;
    while (api.tokenCounter.currentSummary?.tokens !== expected && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.notStrictEqual(before, expected);
    assert.strictEqual(api.tokenCounter.currentSummary?.tokens, expected);
  });
});
