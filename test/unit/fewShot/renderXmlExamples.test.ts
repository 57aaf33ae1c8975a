import assert from 'node:assert/strict';
import { type ParsedPrompt } from '../../../src/fewShot/parsedPrompt';
import { parsePrompt } from '../../../src/fewShot/promptParser';
import { toPlainText, toSnippetString } from '../../../src/fewShot/snippetTemplate';
import { renderFewShotTemplate } from '../../../src/fewShot/templateFormats';
import { resolveSnippet } from './snippetSyntax';
import { englishTexts } from './templateTextsFixture';
import { trickyTexts } from './trickyText';
import { assertWellFormedXml } from './xmlWellFormedness';

describe('renderXmlExamples', () => {
  it('writes instructions, <example> elements inside <examples>, then the input', () => {
    const parsed = parsePrompt('Classify.\nQ: good\nA: positive\nQ: fine\nA:');
    const { template } = renderFewShotTemplate(parsed, { format: 'xml', shots: 1, texts: englishTexts });
    assert.equal(
      toPlainText(template),
      '<instructions>Classify.</instructions>\n<examples>\n<example>\n<input>good</input>\n<output>positive</output>\n</example>\n</examples>\n<input>fine</input>',
    );
  });

  it('leaves out the <examples> element for zero shots', () => {
    const parsed = parsePrompt('Classify.\nQ: good\nA: positive\nQ: fine\nA:');
    const text = toPlainText(renderFewShotTemplate(parsed, { format: 'xml', shots: 0, texts: englishTexts }).template);
    assert.equal(text, '<instructions>Classify.</instructions>\n<input>fine</input>');
  });

  it('stays well-formed when examples hold </example>, <, &, quotes and braces', () => {
    for (const tricky of trickyTexts) {
      const parsed: ParsedPrompt = {
        shape: 'labeledLines',
        instruction: tricky,
        examples: [{ input: tricky, output: `</example></examples>${tricky}` }],
        input: tricky,
        labels: undefined,
      };
      const { template } = renderFewShotTemplate(parsed, { format: 'xml', shots: 2, texts: englishTexts });
      const text = toPlainText(template);
      assert.doesNotThrow(() => assertWellFormedXml(text), `not well-formed for ${JSON.stringify(tricky)}:\n${text}`);
      assert.equal(resolveSnippet(toSnippetString(template)).text, text);
    }
  });

  it('escapes so that reading the XML back gives the original text', () => {
    const tricky = 'a </example> & <b> "c" {d} \\ $e';
    const parsed: ParsedPrompt = {
      shape: 'labeledLines',
      instruction: `Do ${tricky}`,
      examples: [{ input: tricky, output: tricky }],
      input: tricky,
      labels: undefined,
    };
    const text = toPlainText(renderFewShotTemplate(parsed, { format: 'xml', shots: 1, texts: englishTexts }).template);
    const reparsed = parsePrompt(text);
    assert.equal(reparsed.instruction, `Do ${tricky}`);
    assert.deepEqual(reparsed.examples, [{ input: tricky, output: tricky }]);
    assert.equal(reparsed.input, tricky);
  });
});
