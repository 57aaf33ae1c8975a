import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ConvertToFewShotResult } from '../../../src/fewShot/convertToFewShotCommand';
import { activateExtension, closeAllEditors, openEditor } from '../support/extensionApi';
import { referenceCount } from '../support/referenceTokenizer';

const prompt = `Answer the question about the solar system in one word.

Q: Which planet is closest to the Sun?
A: Mercury

Q: Which planet has the Great Red Spot?
A: Jupiter

Q: Which planet is known as the red planet?
A:`;

describe('Convert Prompt to Few-Shot Template', () => {
  before(async () => {
    await activateExtension();
  });

  afterEach(closeAllEditors);

  it('replaces a selected Q/A prompt with a plain template that keeps both examples, the input last', async () => {
    const editor = await openEditor(prompt, 'markdown');
    editor.selection = new vscode.Selection(editor.document.positionAt(0), editor.document.positionAt(prompt.length));
    const result = await vscode.commands.executeCommand<ConvertToFewShotResult>('learnGenai.convertToFewShot', { shots: 3, format: 'plain' });
    const text = editor.document.getText();
    assert.strictEqual(result?.document, editor.document);
    assert.ok(text.startsWith('Answer the question about the solar system in one word.'), text);
    assert.ok(text.indexOf('Q: Which planet is closest to the Sun?\nA: Mercury') < text.indexOf('Q: Which planet has the Great Red Spot?\nA: Jupiter'));
    assert.strictEqual((text.match(/^Q: /gm) ?? []).length, 4, 'two kept examples, one padded example, one input');
    assert.ok(text.trimEnd().endsWith('Q: Which planet is known as the red planet?\nA:'), text);
    assert.strictEqual(result?.tokens, referenceCount(text, 'o200k_base'), 'the message reports the template\'s real token count');
  });

  it('puts the learner in the first placeholder of the snippet, on an example input, and Tab moves on', async () => {
    const editor = await openEditor(prompt, 'markdown');
    editor.selection = new vscode.Selection(editor.document.positionAt(0), editor.document.positionAt(prompt.length));
    await vscode.commands.executeCommand('learnGenai.convertToFewShot', { shots: 2, format: 'plain' });
    const first = editor.document.getText(editor.selection);
    assert.strictEqual(first, 'Which planet is closest to the Sun?');
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    assert.strictEqual(editor.document.getText(editor.selection), 'Mercury');
  });

  it('writes chat messages JSON that parses, into a new JSON editor', async () => {
    const result = await vscode.commands.executeCommand<ConvertToFewShotResult>('learnGenai.convertToFewShot', { text: prompt, shots: 2, format: 'chat-json' });
    assert.ok(result);
    assert.strictEqual(result.document.languageId, 'json');
    const messages = JSON.parse(result.document.getText()) as { role: string; content: string }[];
    assert.deepStrictEqual(messages.map((message) => message.role), ['system', 'user', 'assistant', 'user', 'assistant', 'user']);
    assert.strictEqual(messages[2].content, 'Mercury');
    assert.strictEqual(messages[5].content, 'Which planet is known as the red planet?');
  });

  it('writes well-formed XML-tagged examples, escaping markup inside examples', async () => {
    const tricky = 'Classify.\n\nInput: a </example> tag & "quotes" {braces}\nOutput: markup\n\nInput: plain text\nOutput:';
    const result = await vscode.commands.executeCommand<ConvertToFewShotResult>('learnGenai.convertToFewShot', { text: tricky, shots: 1, format: 'xml' });
    const text = result!.document.getText();
    assert.strictEqual((text.match(/<example>/g) ?? []).length, 1);
    assert.ok(text.includes('a &lt;/example&gt; tag &amp; "quotes" {braces}'), text);
  });

  it('writes a Prompty file with front matter and role-tagged turns', async () => {
    const result = await vscode.commands.executeCommand<ConvertToFewShotResult>('learnGenai.convertToFewShot', { text: prompt, shots: 1, format: 'prompty' });
    const text = result!.document.getText();
    assert.ok(text.startsWith('---\n'), text);
    assert.match(text, /^system:$/m);
    assert.match(text, /^assistant:$/m);
    assert.ok(text.includes('{{input}}'));
  });

  it('refuses an empty prompt with a message instead of inserting anything', async () => {
    const result = await vscode.commands.executeCommand<ConvertToFewShotResult | undefined>('learnGenai.convertToFewShot', { text: '   \n ', shots: 1, format: 'plain' });
    assert.strictEqual(result, undefined);
  });
});
