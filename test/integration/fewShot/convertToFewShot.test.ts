import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ConvertToFewShotResult } from '../../../src/fewShot/convertToFewShotCommand';
import type { LearnGenaiApi } from '../../../src/extension';
import { activateExtension, closeAllEditors, openEditor, waitFor } from '../support/extensionApi';
import { referenceCount } from '../support/referenceTokenizer';

const prompt = `Classify the sentiment of each review as positive or negative.

Text: The battery lasts all day.
Sentiment: positive

Text: It broke after a week.
Sentiment: negative

Text: Setup took five minutes and it just works.
Sentiment: positive

Text: The screen scratches if you look at it.
Sentiment: negative

Text: Shipping was fast but the box was dented.
Sentiment:`;

const expectedTemplate = `${prompt.split('\n\nText: Shipping')[0]}\n\nText: Shipping was fast but the box was dented.\nSentiment:`;

let api: LearnGenaiApi;

/** The workbench runs in English or Brazilian Portuguese; these are the texts a learner reads in each. */
function inLanguage(english: string, portuguese: string): string {
  return vscode.env.language.toLowerCase().startsWith('pt') ? portuguese : english;
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function selectAll(content: string, language: string): Promise<vscode.TextEditor> {
  const editor = await openEditor(content, language);
  editor.selection = new vscode.Selection(editor.document.positionAt(0), editor.document.positionAt(content.length));
  return editor;
}

/** Waits for the few-shot picker whose title matches, and returns what it shows. */
function pickerShown(title: RegExp): Promise<NonNullable<LearnGenaiApi['fewShot']['pickers']['shown']>> {
  return waitFor(() => {
    const shown = api.fewShot.pickers.shown;
    return shown !== undefined && title.test(shown.title) ? shown : undefined;
  }, `a picker titled ${String(title)}`);
}

async function accept(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
}

describe('Convert Prompt to Few-Shot Template', () => {
  before(async () => {
    api = await activateExtension();
  });

  beforeEach(async () => {
    await api.fewShot.forgetLastChoice();
  });

  afterEach(closeAllEditors);

  it('shows the found structure first, keeps all examples by default, and previews before any edit', async () => {
    const editor = await selectAll(prompt, 'markdown');
    const running = vscode.commands.executeCommand<ConvertToFewShotResult>('learnGenai.convertToFewShot');
    const summary = await pickerShown(/exemplos|examples/);
    assert.strictEqual(summary.title, inLanguage('4 examples · fields Text → Sentiment · 1 input', '4 exemplos · campos Text → Sentiment · 1 entrada'));
    assert.strictEqual(summary.active, inLanguage('Keep all 4 examples found', 'Manter os 4 exemplos encontrados'));
    await accept();
    const format = await pickerShown(/^(Template format|Formato do modelo)$/);
    assert.strictEqual(format.active, inLanguage('Plain text', 'Texto sem formatação'));
    await accept();
    await pickerShown(/^(Preview of the template|Prévia do modelo)/);
    const preview = await waitFor(() => vscode.window.visibleTextEditors.find((visible) => visible.document.uri.scheme === 'learngenai-fewshot-preview'), 'the preview editor');
    assert.strictEqual(preview.document.getText(), expectedTemplate, 'the preview shows the template');
    assert.strictEqual(editor.document.getText(), prompt, 'nothing was edited before the learner said yes');
    await accept();
    const result = await running;
    assert.ok(result);
    assert.notStrictEqual(result.document, editor.document, 'a new editor by default');
    assert.strictEqual(editor.document.getText(), prompt, 'the prompt stays as it was');
    assert.strictEqual(result.document.getText(), expectedTemplate);
    assert.strictEqual(result.tokens, referenceCount(expectedTemplate, 'o200k_base'));
    const ready = inLanguage(`Few-shot template ready: 4 of 4 examples kept, 0 added as placeholders; ${result.tokens} tokens for `, `Modelo few-shot pronto: 4 de 4 exemplos mantidos, 0 acrescentados como espaços reservados; ${result.tokens} tokens para `);
    const tabHint = inLanguage('. Press Tab to move between placeholders.', '. Pressione Tab para passar de um espaço reservado ao próximo.');
    assert.match(result.message, new RegExp(`^${escaped(ready)}.+${escaped(tabHint)}$`));
  });

  it('keeps a remembered custom number of examples when the learner presses Enter', async () => {
    await vscode.commands.executeCommand('learnGenai.convertToFewShot', { text: prompt, shots: 2, format: 'plain' });
    await closeAllEditors();
    await selectAll(prompt, 'markdown');
    const running = vscode.commands.executeCommand<ConvertToFewShotResult>('learnGenai.convertToFewShot');
    const summary = await pickerShown(/exemplos|examples/);
    assert.strictEqual(summary.active, inLanguage('2 examples', '2 exemplos'));
    await accept();
    await pickerShown(/^(Template format|Formato do modelo)$/);
    await accept();
    await pickerShown(/^(Preview of the template|Prévia do modelo)/);
    await accept();
    const result = await running;
    assert.strictEqual((result?.document.getText().match(/^Text: /gm) ?? []).length, 3, 'two examples and the input');
    assert.ok((result?.message ?? '').startsWith(inLanguage('Few-shot template ready: 2 of 4 examples kept, 0 added as placeholders;', 'Modelo few-shot pronto: 2 de 4 exemplos mantidos, 0 acrescentados como espaços reservados;')), result?.message);
  });

  it('asks for a selection instead of reading a whole TypeScript file', async () => {
    const source = `const prompt = \`${prompt}\`;\n`;
    const editor = await openEditor(source, 'typescript');
    const result = await vscode.commands.executeCommand<ConvertToFewShotResult | undefined>('learnGenai.convertToFewShot');
    assert.strictEqual(result, undefined);
    assert.strictEqual(api.fewShot.pickers.shown, undefined, 'no picker was shown');
    assert.strictEqual(editor.document.getText(), source);
  });

  it('reads a whole Markdown prompt file when nothing is selected', async () => {
    await openEditor(prompt, 'markdown');
    const result = await vscode.commands.executeCommand<ConvertToFewShotResult>('learnGenai.convertToFewShot', { shots: 1, format: 'plain' });
    assert.strictEqual(result?.parsed.examples.length, 4);
    assert.ok((result?.message ?? '').startsWith(inLanguage('Few-shot template ready: 1 of 4 examples kept, 0 added as placeholders;', 'Modelo few-shot pronto: 1 de 4 exemplos mantidos, 0 acrescentados como espaços reservados;')), result?.message);
  });

  it('reads a prompt selected with its Python string around it: four examples, the placeholder as input, the assignment kept apart', async () => {
    const source = `prompt = f"""${prompt.replace('Shipping was fast but the box was dented.', '{review}')}"""\n`;
    await selectAll(source, 'python');
    const result = await vscode.commands.executeCommand<ConvertToFewShotResult>('learnGenai.convertToFewShot', { shots: 4, format: 'plain' });
    assert.strictEqual(result?.parsed.examples.length, 4);
    assert.deepStrictEqual(result?.parsed.input, ['{review}']);
    assert.deepStrictEqual(result?.parsed.unparsed, ['prompt = f"""']);
    assert.doesNotMatch(result?.document.getText() ?? '', /^Sentiment:.*"""$/m, 'the closing quotes are not in an answer');
  });

  it('opens each format in its language: plain text, JSON, XML, and Prompty as Markdown without a Prompty extension', async () => {
    const languages = await vscode.languages.getLanguages();
    for (const [format, language] of [['plain', 'plaintext'], ['chat-json', 'json'], ['xml', 'xml'], ['prompty', languages.includes('prompty') ? 'prompty' : 'markdown']] as const) {
      const result = await vscode.commands.executeCommand<ConvertToFewShotResult>('learnGenai.convertToFewShot', { text: prompt, shots: 2, format });
      assert.strictEqual(result?.document.languageId, language, format);
    }
  });

  it('replaces the selection when asked, with the learner in the first placeholder and Tab moving on', async () => {
    const editor = await selectAll(prompt, 'markdown');
    await vscode.commands.executeCommand('learnGenai.convertToFewShot', { shots: 2, format: 'plain', target: 'replace' });
    assert.strictEqual(editor.document.getText(editor.selection), 'The battery lasts all day.');
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    assert.strictEqual(editor.document.getText(editor.selection), 'positive');
  });

  it('writes chat JSON that parses, with the examples as user/assistant pairs', async () => {
    const result = await vscode.commands.executeCommand<ConvertToFewShotResult>('learnGenai.convertToFewShot', { text: prompt, shots: 2, format: 'chat-json' });
    const messages = JSON.parse(result?.document.getText() ?? '') as { role: string; content: string }[];
    assert.deepStrictEqual(messages.map((message) => message.role), ['system', 'user', 'assistant', 'user', 'assistant', 'user']);
    assert.strictEqual(messages[5]?.content, 'Shipping was fast but the box was dented.');
  });

  it('puts each example\'s exact token count and the lint on the new template as Information diagnostics', async () => {
    const unbalanced = 'Classify as positive, negative or neutral.\n\nText: great\nLabel: Positive\n\nText: fine\nLabel: positive\n\nText: ok\nLabel:';
    const result = await vscode.commands.executeCommand<ConvertToFewShotResult>('learnGenai.convertToFewShot', { text: unbalanced, shots: 2, format: 'plain' });
    assert.ok(result);
    const diagnostics = await waitFor(() => {
      const found = vscode.languages.getDiagnostics(result.document.uri);
      return found.length > 0 ? found : undefined;
    }, 'diagnostics on the template');
    assert.ok(diagnostics.every((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Information));
    const messages = diagnostics.map((diagnostic) => diagnostic.message);
    assert.ok(messages.includes(inLanguage('Example 1: {0} tokens', 'Exemplo 1: {0} tokens').replace('{0}', String(referenceCount('Text: great\nLabel: Positive', 'o200k_base')))), messages.join('\n'));
    assert.ok(messages.includes(inLanguage('Labels differ only in spelling or case: "Positive", "positive"', 'Rótulos que diferem só na grafia ou em maiúsculas: "Positive", "positive"')), messages.join('\n'));
    assert.ok(messages.includes(inLanguage('The instruction names "negative" but no example shows it', 'A instrução cita "negative", mas nenhum exemplo o mostra')), messages.join('\n'));
    assert.ok(result.message.includes(inLanguage('Check the examples: Labels differ only in spelling or case', 'Revise os exemplos: Rótulos que diferem só na grafia ou em maiúsculas')), result.message);
  });

  it('refuses an empty prompt with a message instead of inserting anything', async () => {
    const result = await vscode.commands.executeCommand<ConvertToFewShotResult | undefined>('learnGenai.convertToFewShot', { text: '   \n ', shots: 1, format: 'plain' });
    assert.strictEqual(result, undefined);
  });
});
