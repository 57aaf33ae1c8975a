import assert from 'node:assert/strict';
import { parsePrompt } from '../../../src/fewShot/promptParser';
import { toPlainText, toSnippetString } from '../../../src/fewShot/snippetTemplate';
import { isTemplateFormat, renderFewShotTemplate, templateFormats } from '../../../src/fewShot/templateFormats';
import { promptCorpus } from './promptCorpus';
import { resolveSnippet } from './snippetSyntax';
import { englishTexts } from './templateTextsFixture';

const qaPrompt = parsePrompt('Classify.\nQ: good\nA: positive\nQ: bad\nA: negative\nQ: fine\nA:');

describe('renderFewShotTemplate', () => {
  it('names a language every VS Code has, and the better one when an extension adds it', () => {
    const languages = templateFormats.map((format) => {
      const rendered = renderFewShotTemplate(qaPrompt, { format, shots: 1, texts: englishTexts });
      return [format, rendered.languageId, rendered.preferredLanguageId];
    });
    assert.deepEqual(languages, [
      ['plain', 'plaintext', 'plaintext'],
      ['chat-json', 'json', 'json'],
      ['xml', 'xml', 'xml'],
      ['prompty', 'markdown', 'prompty'],
    ]);
  });

  it('counts the examples found, used and padded', () => {
    const counts = [0, 1, 2, 5].map((shots) => {
      const rendered = renderFewShotTemplate(qaPrompt, { format: 'plain', shots, texts: englishTexts });
      return [rendered.examplesFound, rendered.examplesUsed, rendered.examplesPadded];
    });
    assert.deepEqual(counts, [[2, 0, 0], [2, 1, 0], [2, 2, 0], [2, 2, 3]]);
  });

  for (const format of templateFormats) {
    it(`${format}: has as many examples as shots and tabs through them before the input`, () => {
      for (const shots of [0, 1, 3, 6]) {
        const { template } = renderFewShotTemplate(qaPrompt, { format, shots, texts: englishTexts });
        const resolved = resolveSnippet(toSnippetString(template));
        const indices = resolved.placeholders.map((placeholder) => placeholder.index);
        assert.deepEqual([...indices].sort((a, b) => a - b), Array.from({ length: shots * 2 + 1 }, (_, index) => index + 1));
        const inputPlaceholder = resolved.placeholders.find((placeholder) => placeholder.index === shots * 2 + 1);
        assert.equal(inputPlaceholder?.defaultText, 'fine');
        assert.ok(resolved.endsWithFinalTabstop);
        assert.equal(resolved.text, toPlainText(template));
      }
    });
  }

  it('numbers the placeholders in document order outside Prompty, whose sample comes first', () => {
    for (const format of ['plain', 'chat-json', 'xml'] as const) {
      const { template } = renderFewShotTemplate(parsePrompt('no examples here'), { format, shots: 2, texts: { ...englishTexts } });
      const indices = resolveSnippet(toSnippetString(template)).placeholders.map((placeholder) => placeholder.index);
      assert.deepEqual(indices, [1, 2, 3, 4, 5], format);
    }
  });

  it('makes the instruction a placeholder only when the prompt had none', () => {
    const parsed = parsePrompt('Q: good\nA: positive\nQ: fine\nA:');
    const { template } = renderFewShotTemplate(parsed, { format: 'plain', shots: 1, texts: englishTexts });
    assert.equal(toSnippetString(template), '${1:instruction}\n\nQ: ${2:good}\nA: ${3:positive}\n\nQ: ${4:fine}\nA:$0');
  });

  describe('reading its own output back', () => {
    const roundTripFormats = ['plain', 'chat-json', 'xml'] as const;
    const withStructure = promptCorpus.filter((entry) => entry.expected.shape !== 'instructionOnly');
    for (const entry of withStructure) {
      it(`gives back the instruction, examples and input of ${entry.name}`, () => {
        const parsed = parsePrompt(entry.prompt);
        for (const format of roundTripFormats) {
          const { template } = renderFewShotTemplate(parsed, { format, shots: parsed.examples.length, texts: englishTexts });
          const reparsed = parsePrompt(toPlainText(template));
          assert.equal(reparsed.instruction, parsed.instruction || englishTexts.instructionPlaceholder, format);
          assert.deepEqual(reparsed.examples, parsed.examples, format);
          assert.equal(reparsed.input, parsed.input ?? englishTexts.inputPlaceholder, format);
        }
      });
    }
  });
});

describe('isTemplateFormat', () => {
  it('accepts the offered formats and nothing else', () => {
    assert.ok(templateFormats.every(isTemplateFormat));
    assert.deepEqual(['PLAIN', 'json', '', 3, undefined].map(isTemplateFormat), [false, false, false, false, false]);
  });
});
