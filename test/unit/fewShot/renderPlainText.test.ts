import assert from 'node:assert/strict';
import { parsePrompt } from '../../../src/fewShot/promptParser';
import { toPlainText, toSnippetString } from '../../../src/fewShot/snippetTemplate';
import { renderFewShotTemplate } from '../../../src/fewShot/templateFormats';
import { resolveSnippet } from './snippetSyntax';
import { englishTexts, portugueseTexts } from './templateTextsFixture';

describe('renderPlainText', () => {
  it('writes the prefix, blank-line separated examples and a suffix ending in an empty output label', () => {
    const parsed = parsePrompt('Classify.\nQ: good\nA: positive\nQ: bad\nA: negative\nQ: fine\nA:');
    const { template } = renderFewShotTemplate(parsed, { format: 'plain', shots: 2, texts: englishTexts });
    assert.equal(toPlainText(template), 'Classify.\n\nQ: good\nA: positive\n\nQ: bad\nA: negative\n\nQ: fine\nA:');
    assert.equal(toSnippetString(template), 'Classify.\n\nQ: ${1:good}\nA: ${2:positive}\n\nQ: ${3:bad}\nA: ${4:negative}\n\nQ: ${5:fine}\nA:$0');
  });

  it("keeps the prompt's Portuguese labels", () => {
    const parsed = parsePrompt('Traduza.\nEntrada: bom dia\nSaída: good morning\nEntrada: boa noite\nSaída:');
    const text = toPlainText(renderFewShotTemplate(parsed, { format: 'plain', shots: 1, texts: englishTexts }).template);
    assert.equal(text, 'Traduza.\n\nEntrada: bom dia\nSaída: good morning\n\nEntrada: boa noite\nSaída:');
  });

  it("uses the host's localized labels and placeholders when the prompt had none, and no English", () => {
    const parsed = parsePrompt('<examples></examples>');
    const text = toPlainText(renderFewShotTemplate(parsed, { format: 'plain', shots: 1, texts: portugueseTexts }).template);
    assert.equal(text, '<examples></examples>\n\nEntrada: entrada do exemplo 1\nSaída: saída esperada 1\n\nEntrada: entrada\nSaída:');
    const noInstruction = { ...parsed, instruction: '' };
    const bare = toPlainText(renderFewShotTemplate(noInstruction, { format: 'plain', shots: 1, texts: portugueseTexts }).template);
    assert.doesNotMatch(bare, /input|output|example|instruction/i);
  });

  it('writes zero shots as the instruction and the input only', () => {
    const parsed = parsePrompt('Summarize.\nInput: a long text');
    const text = toPlainText(renderFewShotTemplate(parsed, { format: 'plain', shots: 0, texts: englishTexts }).template);
    assert.equal(text, 'Summarize.\n\nInput: a long text\nOutput:');
  });

  it('resolves from its snippet to exactly its plain text, whatever the examples hold', () => {
    const parsed = parsePrompt('Costs $5 } \\ {{x}}\nQ: ${1:a} $HOME\nA: b } \\\nQ: \\$\nA:');
    const { template } = renderFewShotTemplate(parsed, { format: 'plain', shots: 3, texts: englishTexts });
    assert.equal(resolveSnippet(toSnippetString(template)).text, toPlainText(template));
  });
});
