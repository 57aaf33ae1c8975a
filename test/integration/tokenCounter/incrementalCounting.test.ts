import * as assert from 'assert';
import * as vscode from 'vscode';
import type { LearnGenaiApi } from '../../../src/extension';
import { activateExtension, closeAllEditors, openEditor, resetModel } from '../support/extensionApi';
import { referenceCount } from '../support/referenceTokenizer';

/** About 1 MB of varied lines: code, prose with accents, emoji, numbers, indentation. */
function largeDocument(eol: string): string {
  const lines = [
    'export function cosine(a: number[], b: number[]): number {',
    '    return dot(a, b) / (norm(a) * norm(b)); // ünïcödé 🤖',
    '}',
    'A inteligência artificial generativa cria conteúdo novo: imagens, áudio e código.',
    'Tokens are pieces of text; 3.14159 and 2024-05-13 split into digits.',
    '',
  ];
  const parts: string[] = [];
  for (let index = 0; parts.length * 60 < 1_000_000; index++) {
    parts.push(`${lines[index % lines.length]} ${index}`);
  }
  return parts.join(eol);
}

async function typeAt(editor: vscode.TextEditor, line: number, character: number, text: string): Promise<void> {
  editor.selection = new vscode.Selection(line, character, line, character);
  for (const typed of text) {
    await vscode.commands.executeCommand('type', { text: typed });
  }
}

async function expectExactCount(api: LearnGenaiApi, editor: vscode.TextEditor, what: string): Promise<void> {
  await api.tokenCounter.refresh();
  const summary = api.tokenCounter.currentSummary;
  const text = editor.document.getText();
  assert.strictEqual(summary?.selections, 0, `${what}: the whole document is counted`);
  assert.strictEqual(summary.tokens, referenceCount(text, 'o200k_base'), `${what}: tokens`);
  assert.strictEqual(summary.characters, [...text].length, `${what}: characters`);
}

describe('Token counter while typing in a large document', function () {
  this.timeout(180_000);
  let api: LearnGenaiApi;

  before(async () => {
    api = await activateExtension();
    await resetModel();
  });

  afterEach(closeAllEditors);

  for (const [name, eol] of [['LF', '\n'], ['CRLF', '\r\n']] as const) {
    it(`keeps the status bar count equal to js-tiktoken's after typing, deleting and multi-cursor edits (${name} line ends)`, async () => {
      const editor = await openEditor(largeDocument(eol));
      await expectExactCount(api, editor, 'opened');
      const middle = Math.floor(editor.document.lineCount / 2);
      // Typing that joins and splits words at the start of a line, in its middle, and at its end.
      const started = Date.now();
      await typeAt(editor, middle, 0, 'Hello');
      await typeAt(editor, middle + 1, 10, ' x\ny ');
      await typeAt(editor, 3, editor.document.lineAt(3).text.length, '\n    ünïcödé 😀');
      await api.tokenCounter.refresh();
      console.log(`      1 MB document (${name}), 26 keystrokes and a count: ${Date.now() - started} ms`);
      await expectExactCount(api, editor, 'after typing');
      // Deleting across line breaks, and one edit with several changes (a multi-cursor edit).
      editor.selection = new vscode.Selection(middle, 2, middle + 2, 5);
      await vscode.commands.executeCommand('deleteLeft');
      await editor.edit((edit) => {
        edit.insert(new vscode.Position(10, 0), 'first ');
        edit.insert(new vscode.Position(middle + 10, 4), 'second\n');
        edit.replace(new vscode.Range(editor.document.lineCount - 2, 0, editor.document.lineCount - 2, 3), 'third');
      });
      await expectExactCount(api, editor, 'after deleting and a multi-cursor edit');
      // A paste of many lines, then undo.
      await editor.edit((edit) => edit.insert(new vscode.Position(middle - 5, 3), largeDocument(eol).slice(0, 50_000)));
      await expectExactCount(api, editor, 'after a paste');
      await vscode.commands.executeCommand('undo');
      await expectExactCount(api, editor, 'after undo');
    });
  }

  it('counts a selection inside a large document like js-tiktoken counts its text', async () => {
    const editor = await openEditor(largeDocument('\n'));
    await api.tokenCounter.refresh();
    await typeAt(editor, 100, 0, 'new words ');
    editor.selections = [new vscode.Selection(50, 7, 9000, 3), new vscode.Selection(9100, 0, 9100, 12)];
    await api.tokenCounter.refresh();
    const expected = editor.selections.reduce((sum, selection) => sum + referenceCount(editor.document.getText(selection), 'o200k_base'), 0);
    assert.strictEqual(api.tokenCounter.currentSummary?.selections, 2);
    assert.strictEqual(api.tokenCounter.currentSummary?.tokens, expected);
  });
});
