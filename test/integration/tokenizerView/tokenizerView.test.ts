import * as assert from 'assert';
import * as vscode from 'vscode';
import type { LearnGenaiApi } from '../../../src/extension';
import type { EncodingName } from '../../../src/tokenEngine';
import type { DisplayedTokens } from '../../../src/tokenizerView/tokenizerRequest';
import type { TokenizerViewApi } from '../../../src/api';
import { activateExtension, closeAllEditors, openEditor, resetModel, waitFor } from '../support/extensionApi';
import { referenceCount, referenceIds } from '../support/referenceTokenizer';

const samples: Record<string, string> = {
  english: 'A model reads tokens, not words. Tokenization splits text into pieces the model has seen before.',
  portuguese: 'A inteligência artificial generativa cria conteúdo novo: imagens, áudio, código e até vídeo. Atenção à acentuação!',
  emoji: 'Family: 👨‍👩‍👧‍👦, thumbs: 👍🏽, flags: 🇧🇷🇺🇸, and a kiss: 💏 — 🤖✨',
  code: 'export function cosine(a: number[], b: number[]): number {\n\treturn dot(a, b) / (norm(a) * norm(b));\n}\n',
  specialTokens: 'Text before <|endoftext|> and <|fim_prefix|><|im_start|>user\nhello<|im_end|> after.',
};

/** Waits until the view shows `text` in `encoding` with its whole-text count (and the comparison's, if any). */
function shownFor(view: TokenizerViewApi, text: string, encoding: EncodingName, compareWith?: EncodingName): Promise<DisplayedTokens> {
  return waitFor(() => {
    const shown = view.currentTokens();
    const compareReady = compareWith === undefined || (shown?.compare?.encoding === compareWith && shown.compare.count !== undefined);
    return shown?.text === text && shown.encoding === encoding && shown.count !== undefined && compareReady ? shown : undefined;
  }, `the tokenizer view to show ${JSON.stringify(text.slice(0, 40))} in ${encoding}${compareWith ? ` and ${compareWith}` : ''}`, 20_000);
}

describe('Tokenizer view', () => {
  let api: LearnGenaiApi;
  let view: TokenizerViewApi;

  before(async () => {
    api = await activateExtension();
    view = api.tokenizerView;
  });

  afterEach(async () => {
    await closeAllEditors();
    await resetModel();
  });

  for (const encoding of ['o200k_base', 'cl100k_base', 'r50k_base'] as const) {
    for (const [name, text] of Object.entries(samples)) {
      it(`shows js-tiktoken's ids and count for ${name} in ${encoding}`, async () => {
        await vscode.commands.executeCommand('learnGenai.showTokensForText', { text, encoding });
        const shown = await shownFor(view, text, encoding);
        const expected = referenceIds(text, encoding);
        assert.deepStrictEqual(shown.ids, expected);
        assert.strictEqual(shown.count, expected.length);
      });
    }
  }

  it('compares with a second encoding: both ids and both counts, as js-tiktoken gives them', async () => {
    const text = samples.portuguese;
    await vscode.commands.executeCommand('learnGenai.showTokensForText', { text, encoding: 'o200k_base', compareWith: 'r50k_base' });
    const shown = await shownFor(view, text, 'o200k_base', 'r50k_base');
    const main = referenceIds(text, 'o200k_base');
    const second = referenceIds(text, 'r50k_base');
    assert.deepStrictEqual(shown.ids, main);
    assert.deepStrictEqual(shown.compare?.ids, second);
    assert.strictEqual(shown.count, main.length);
    assert.strictEqual(shown.compare?.count, second.length);
    assert.notStrictEqual(main.length, second.length, 'the sample splits differently in the two encodings');
  });

  it('shows the first tokens of a long text and counts all of it, as js-tiktoken does', async () => {
    const text = `${samples.english}\n${samples.code}`.repeat(300);
    await vscode.commands.executeCommand('learnGenai.showTokensForText', { text, encoding: 'cl100k_base' });
    const shown = await shownFor(view, text, 'cl100k_base');
    const expected = referenceIds(text, 'cl100k_base');
    assert.ok(expected.length > 5000, `the text is long enough to need several chunks (${expected.length} tokens)`);
    assert.ok(shown.ids.length <= 5000 && shown.ids.length > 1000, `one chunk is shown (${shown.ids.length} tokens)`);
    assert.deepStrictEqual(shown.ids, expected.slice(0, shown.ids.length));
    assert.strictEqual(shown.count, expected.length);
  });

  it('uses the model from the settings when no encoding is given', async () => {
    await vscode.commands.executeCommand('learnGenai.selectModel', 'gpt-4');
    const text = `${samples.english} (gpt-4)`;
    await vscode.commands.executeCommand('learnGenai.showTokensForText', { text });
    const shown = await shownFor(view, text, 'cl100k_base');
    assert.strictEqual(shown.count, referenceCount(text, 'cl100k_base'));
  });

  it('pins the editor selection with Show Tokens for Selection, and keeps it when the selection moves', async () => {
    const editor = await openEditor(`${samples.english}\n${samples.portuguese}`);
    editor.selection = new vscode.Selection(1, 0, 1, 30);
    const selected = editor.document.getText(editor.selection);
    await vscode.commands.executeCommand('learnGenai.showTokensForSelection');
    const shown = await shownFor(view, selected, 'o200k_base');
    assert.deepStrictEqual(shown.ids, referenceIds(selected, 'o200k_base'));
    editor.selection = new vscode.Selection(0, 0, 0, 10);
    await new Promise((resolve) => setTimeout(resolve, 600));
    assert.strictEqual(view.currentTokens()?.text, selected, 'a pinned text stays');
  });

  it('ignores invalid arguments without throwing', async () => {
    const text = `${samples.english} (before invalid arguments)`;
    await vscode.commands.executeCommand('learnGenai.showTokensForText', { text, encoding: 'o200k_base' });
    await shownFor(view, text, 'o200k_base');
    for (const args of [{ text: 42 }, { text: 'x', encoding: 'gpt2' }, { text: 'x', compareWith: 7 }, undefined, ['x']]) {
      await vscode.commands.executeCommand('learnGenai.showTokensForText', args);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.strictEqual(view.currentTokens()?.text, text);
  });
});
