import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { type ParsedPrompt } from '../../../src/fewShot/parsedPrompt';
import { toPlainText, toSnippetString } from '../../../src/fewShot/snippetTemplate';
import { renderFewShotTemplate } from '../../../src/fewShot/templateFormats';
import { resolveSnippet } from './snippetSyntax';
import { englishTexts } from './templateTextsFixture';
import { trickyTexts } from './trickyText';

function splitPrompty(text: string): { frontMatter: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  assert.ok(match, `no front matter in:\n${text}`);
  return { frontMatter: parse(match[1] ?? ''), body: match[2] ?? '' };
}

function promptWithInput(input: string | undefined): ParsedPrompt {
  return {
    shape: 'labeledLines',
    instruction: 'Classify the review.',
    examples: [{ input: 'Loved it', output: 'positive' }],
    input,
    labels: undefined,
  };
}

describe('renderPrompty', () => {
  it('writes front matter that parses to name, description, model api, inputs and sample', () => {
    const texts = { ...englishTexts, templateName: 'Few-shot: "reviews"', templateDescription: '- a #1 template: yes' };
    const { template } = renderFewShotTemplate(promptWithInput('So-so'), { format: 'prompty', shots: 1, texts });
    assert.deepEqual(splitPrompty(toPlainText(template)).frontMatter, {
      name: 'Few-shot: "reviews"',
      description: '- a #1 template: yes',
      model: { api: 'chat' },
      inputs: { input: { type: 'string' } },
      sample: { input: 'So-so' },
    });
  });

  it('keeps any sample input intact in YAML, from the plain text and from the snippet', () => {
    for (const tricky of trickyTexts) {
      const { template } = renderFewShotTemplate(promptWithInput(tricky), { format: 'prompty', shots: 1, texts: englishTexts });
      const fromPlainText = splitPrompty(toPlainText(template)).frontMatter;
      const fromSnippet = splitPrompty(resolveSnippet(toSnippetString(template)).text).frontMatter;
      assert.deepEqual(fromPlainText, fromSnippet);
      assert.deepEqual((fromPlainText as { sample: unknown }).sample, { input: tricky });
    }
  });

  it('uses the localized input placeholder as the sample when the prompt had no input', () => {
    const { template } = renderFewShotTemplate(promptWithInput(undefined), { format: 'prompty', shots: 0, texts: englishTexts });
    assert.deepEqual((splitPrompty(toPlainText(template)).frontMatter as { sample: unknown }).sample, { input: 'input' });
  });

  it('writes system, user/assistant example turns and a last user turn reading {{input}}', () => {
    const { template } = renderFewShotTemplate(promptWithInput('So-so'), { format: 'prompty', shots: 2, texts: englishTexts });
    assert.equal(
      splitPrompty(toPlainText(template)).body,
      'system:\nClassify the review.\n\nuser:\nLoved it\n\nassistant:\npositive\n\n' +
        'user:\nexample input 2\n\nassistant:\nexpected output 2\n\nuser:\n{{input}}\n',
    );
  });

  it('wraps text holding Jinja syntax in raw blocks so Prompty does not read it as a variable', () => {
    const parsed: ParsedPrompt = { ...promptWithInput('x'), examples: [{ input: 'Hello {{name}}', output: 'ok' }] };
    const { body } = splitPrompty(toPlainText(renderFewShotTemplate(parsed, { format: 'prompty', shots: 1, texts: englishTexts }).template));
    assert.match(body, /user:\n\{% raw %\}Hello \{\{name\}\}\{% endraw %\}\n/);
    assert.match(body, /assistant:\nok\n/);
  });

  it('gives the input placeholder the last number although the sample comes first in the file', () => {
    const { template } = renderFewShotTemplate(promptWithInput('So-so'), { format: 'prompty', shots: 2, texts: englishTexts });
    const { placeholders } = resolveSnippet(toSnippetString(template));
    assert.deepEqual(placeholders.map((placeholder) => placeholder.index), [5, 1, 2, 3, 4]);
    assert.equal(placeholders[0]?.defaultText, 'So-so');
  });
});
