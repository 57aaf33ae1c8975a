import * as assert from 'assert';
import * as vscode from 'vscode';
import type { LearnGenaiApi } from '../../../src/extension';
import { activateExtension, closeAllEditors, openEditor, resetModel } from '../support/extensionApi';
import { llamaSelection, mistralLargeSelection, mistralSelection, tinyTokenizerText } from '../support/familyGoldens';
import tinyTokenizer from '../tokenizers/tinyTokenizer.json';
import { TokenizerJsonError } from '../../../src/tokenEngine';
import { unusableFileMessage } from '../../../src/models/addTokenizerCommand';
import { modelPickItems } from '../../../src/models/modelPickers';
import { readTokenSettings } from '../../../src/models/tokenSettings';
import { writeWorkspaceFile } from '../support/workspaceFiles';

const tokensSection = 'learnGenai.tokens';

/** The workbench runs in English and in Brazilian Portuguese; the expected words follow it. */
function inLanguage(english: string, portuguese: string): string {
  return vscode.env.language.toLowerCase().startsWith('pt') ? portuguese : english;
}

async function resetUserTokenizers(): Promise<void> {
  await vscode.workspace.getConfiguration(tokensSection).update('userTokenizers', undefined, vscode.ConfigurationTarget.Global);
}

/** Opens `text` and selects all of it, so the counter counts the selection. */
async function selectAllOf(text: string): Promise<void> {
  const editor = await openEditor(`${text}\n\nMore text after the selection.`);
  editor.selection = new vscode.Selection(0, 0, 0, text.length);
}

describe('Token counts for model families beyond OpenAI', () => {
  let api: LearnGenaiApi;

  before(async () => {
    api = await activateExtension();
  });

  afterEach(async () => {
    await closeAllEditors();
    await resetModel();
    await resetUserTokenizers();
  });

  it('counts a selection exactly for Llama 3.1 8B on Amazon Bedrock (picked by its Bedrock model id)', async () => {
    await selectAllOf(llamaSelection.text);
    await vscode.commands.executeCommand('learnGenai.selectModel', 'meta.llama3-1-8b-instruct-v1:0');
    await api.tokenCounter.refresh();
    const summary = api.tokenCounter.currentSummary;
    assert.strictEqual(summary?.model.label, 'Llama 3.1 8B Instruct');
    assert.strictEqual(summary.selections, 1);
    assert.strictEqual(summary.tokens, llamaSelection.llama3Tokens, 'Hugging Face tokenizers on Llama 3.1\'s tokenizer.json');
    const display = api.tokenCounter.currentDisplay;
    assert.ok(display.text.endsWith(`${llamaSelection.llama3Tokens} tokens`), display.text);
    assert.ok(!display.text.includes('≈'), 'an exact count has no ≈');
  });

  it('counts a selection exactly for Mistral NeMo (Mistral\'s tekken, loaded on first use)', async () => {
    await selectAllOf(mistralSelection.text);
    await vscode.commands.executeCommand('learnGenai.selectModel', 'open-mistral-nemo');
    await api.tokenCounter.refresh();
    const summary = api.tokenCounter.currentSummary;
    assert.strictEqual(summary?.model.label, 'Mistral NeMo');
    assert.strictEqual(summary.model.encoding, 'tekken');
    assert.strictEqual(summary.tokens, mistralSelection.tekkenTokens, 'Hugging Face tokenizers on Mistral NeMo\'s tokenizer.json');
    const display = api.tokenCounter.currentDisplay;
    assert.ok(display.text.endsWith(`${mistralSelection.tekkenTokens} tokens`), display.text);
    assert.ok(!display.text.includes('≈'), 'an exact count has no ≈');
  });

  it('counts a selection exactly for Mistral Large (24.07) on Amazon Bedrock (Mistral\'s SentencePiece v3, loaded on first use)', async () => {
    // Two lines: the selection ends where the text does, not at the end of the first line.
    const editor = await openEditor(`${mistralLargeSelection.text}\n\nMore text after the selection.`);
    editor.selection = new vscode.Selection(new vscode.Position(0, 0), editor.document.positionAt(mistralLargeSelection.text.length));
    await vscode.commands.executeCommand('learnGenai.selectModel', 'mistral.mistral-large-2407-v1:0');
    await api.tokenCounter.refresh();
    const summary = api.tokenCounter.currentSummary;
    assert.strictEqual(summary?.model.label, 'Mistral Large (24.07)');
    assert.strictEqual(summary.model.encoding, 'mistral_v3');
    assert.strictEqual(summary.tokens, mistralLargeSelection.sentencePieceV3Tokens, 'Google\'s SentencePiece on Mistral\'s v3 model');
    const display = api.tokenCounter.currentDisplay;
    assert.ok(display.text.endsWith(`${mistralLargeSelection.sentencePieceV3Tokens} tokens`), display.text);
    assert.ok(!display.text.includes('≈'), 'an exact count has no ≈');
  });

  it('shows Claude\'s count as "≈ … tokens (estimate)", with the measured error, the model card and the cost', async () => {
    await selectAllOf(llamaSelection.text);
    await vscode.commands.executeCommand('learnGenai.selectModel', 'anthropic.claude-sonnet-4-5-20250929-v1:0');
    await api.tokenCounter.refresh();
    const expected = Math.round(llamaSelection.claudeTokenizerTokens * 1.1);
    assert.strictEqual(api.tokenCounter.currentSummary?.tokens, expected);
    const { text, tooltip } = api.tokenCounter.currentDisplay;
    assert.ok(text.includes(`≈ ${expected} tokens ${inLanguage('(estimate)', '(estimativa)')}`), text);
    assert.ok(tooltip.includes(inLanguage('% of the real count', '% da contagem real')), tooltip);
    assert.ok(tooltip.includes('https://docs.anthropic.com/en/docs/about-claude/models/overview'), 'links the model card');
    // Claude Sonnet 4.5: $3 input, $15 output, $0.30 cached input per million tokens (Anthropic's pricing page).
    const asInput = new Intl.NumberFormat(vscode.env.language, { style: 'currency', currency: 'USD', maximumSignificantDigits: 3 }).format((expected * 3) / 1e6);
    assert.ok(tooltip.includes(`${asInput} ${inLanguage('as input', 'como entrada')}`), tooltip);
    assert.ok(tooltip.includes(inLanguage('prices of 2026-12-01', 'preços de 2026-12-01')), tooltip);
    assert.ok(tooltip.includes(inLanguage('as cached input', 'como entrada em cache')), tooltip);
  });

  it('adds a tokenizer.json from a file: it appears in the picker under its file name and counts', async () => {
    const uri = await writeWorkspaceFile('tiny-llama/tokenizer.json', JSON.stringify(tinyTokenizer));
    const id = await vscode.commands.executeCommand<string | undefined>('learnGenai.addTokenizerFromFile', uri);
    assert.strictEqual(id, `file:${uri.toString()}`);
    assert.deepStrictEqual(vscode.workspace.getConfiguration(tokensSection).get('userTokenizers'), [uri.toString()]);
    await selectAllOf(tinyTokenizerText.text);
    await api.tokenCounter.refresh();
    const summary = api.tokenCounter.currentSummary;
    assert.strictEqual(summary?.model.label, 'tiny-llama/tokenizer.json');
    assert.strictEqual(summary.tokens, tinyTokenizerText.tokens, 'Hugging Face tokenizers on the same file');
    const picked = pickerLabels();
    assert.ok(picked.includes('$(check) tiny-llama/tokenizer.json'), picked.join(', '));
  });

  it('rejects a broken tokenizer.json and changes nothing', async () => {
    await vscode.commands.executeCommand('learnGenai.selectModel', 'gpt-4o');
    const before = { model: vscode.workspace.getConfiguration(tokensSection).get('model'), files: vscode.workspace.getConfiguration(tokensSection).get('userTokenizers') };
    for (const [name, content] of [['wordpiece.json', '{"model": {"type": "WordPiece", "vocab": {}}}'], ['truncated.json', '{"model": {"type": "BPE", "vo']]) {
      const uri = await writeWorkspaceFile(name, content);
      const id = await vscode.commands.executeCommand<string | undefined>('learnGenai.addTokenizerFromFile', uri);
      assert.strictEqual(id, undefined, name);
    }
    const configuration = vscode.workspace.getConfiguration(tokensSection);
    assert.deepStrictEqual({ model: configuration.get('model'), files: configuration.get('userTokenizers') }, before);
  });

  it('explains in the message why a file cannot be used, and that nothing changed', () => {
    const message = unusableFileMessage('wordpiece.json', new TokenizerJsonError('notBytePairEncoding', 'model type WordPiece'));
    assert.ok(message.includes('"wordpiece.json"'), message);
    assert.ok(message.includes(inLanguage('not byte-level BPE', 'não é BPE em nível de byte')), message);
    assert.ok(message.includes(inLanguage('Nothing was changed', 'Nada foi alterado')), message);
    assert.ok(unusableFileMessage('truncated.json', new SyntaxError('Unexpected end')).toLowerCase().includes(inLanguage('not valid json', 'não é um json válido')));
  });
});

/** The labels the model picker lists for the current settings. */
function pickerLabels(): string[] {
  const settings = readTokenSettings();
  return modelPickItems(settings.model.id, [], settings.userModels).map((item) => item.label);
}
