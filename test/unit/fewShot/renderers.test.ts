import assert from 'node:assert/strict';
import { SaxesParser } from 'saxes';
import { parse as parseYaml } from 'yaml';
import { type ExampleSelection } from '../../../src/fewShot/exampleSelection';
import { parsePrompt } from '../../../src/fewShot/promptParser';
import { toPlainText, toSnippetString } from '../../../src/fewShot/snippetTemplate';
import { languageFor, renderFewShotTemplate, templateFormats } from '../../../src/fewShot/templateFormats';
import { labeledPrompts } from './corpus/labeledPrompts';
import { messyPrompts } from './corpus/messyPrompts';
import { structuredPrompts } from './corpus/structuredPrompts';
import { resolveSnippet } from './snippetSyntax';
import { englishTexts } from './templateTextsFixture';
import { trickyTexts } from './trickyText';

const corpus = [...labeledPrompts, ...structuredPrompts, ...messyPrompts];
const all = (count: number): ExampleSelection => ({ kept: Array.from({ length: count }, (_, index) => index), padded: 0 });

/** Throws unless saxes, a conforming XML 1.0 parser, reads the fragment in one root without error. */
function assertXml(fragment: string): void {
  const parser = new SaxesParser();
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(`<root>${fragment}</root>`).close();
}

/** Prompty's turn boundaries: a line that is only a role name, maybe `#`-prefixed or with `[attributes]`, then a colon. */
const promptyBoundary = /^\s*#?\s*(assistant|developer|function|system|tool|user)(\[[^\]]*\])?\s*:\s*$/gim;

function promptyBody(text: string): { frontMatter: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  assert.ok(match, text);
  return { frontMatter: parseYaml(match[1] ?? '') as Record<string, unknown>, body: match[2] ?? '' };
}

describe('the four template formats', () => {
  it('write snippets whose plain text is what the learner sees, for every corpus prompt and format', () => {
    for (const item of corpus) {
      const parsed = parsePrompt(item.prompt);
      for (const format of templateFormats) {
        const template = renderFewShotTemplate(parsed, format, all(parsed.examples.length), englishTexts);
        assert.equal(resolveSnippet(toSnippetString(template)).text, toPlainText(template), `${format} ${item.name}`);
      }
    }
  });

  it('write XML that a strict XML 1.0 parser accepts, even with tricky text and a vertical tab from Word', () => {
    for (const item of [...corpus.map((entry) => entry.prompt), ...trickyTexts.map((text) => `Do it.\nInput: ${text}\nOutput: ${text}\n\nInput: \u000b\u0001 x\nOutput:`)]) {
      const parsed = parsePrompt(item);
      assertXml(toPlainText(renderFewShotTemplate(parsed, 'xml', all(parsed.examples.length), englishTexts)));
    }
    const withTab = toPlainText(renderFewShotTemplate(parsePrompt('Input: a\u000bb\nOutput: c\nInput: d\nOutput:'), 'xml', all(1), englishTexts));
    assert.ok(withTab.includes('a\nb') && !withTab.includes('\u000b'), withTab);
  });

  it('write chat JSON that parses, alternating user and assistant after the system message', () => {
    for (const item of corpus) {
      const parsed = parsePrompt(item.prompt);
      const messages = JSON.parse(toPlainText(renderFewShotTemplate(parsed, 'chat-json', all(parsed.examples.length), englishTexts))) as { role: string }[];
      assert.deepEqual(messages.map((message) => message.role), ['system', ...parsed.examples.flatMap(() => ['user', 'assistant']), 'user'], item.name);
    }
  });

  it('keep a value holding a bare `User:` or `assistant:` line inside its Prompty turn', () => {
    const prompt = 'Continue the dialogue.\n\nInput: Write a script.\nOutput: User:\nhello\nassistant:\nhi\n\nInput: Another.\nOutput:';
    const parsed = parsePrompt(prompt);
    const { body } = promptyBody(toPlainText(renderFewShotTemplate(parsed, 'prompty', all(1), englishTexts)));
    const turns = [...body.matchAll(promptyBoundary)].map((match) => (match[1] ?? '').toLowerCase());
    assert.deepEqual(turns, ['system', 'user', 'assistant', 'user']);
    assert.deepEqual(parsePrompt(toPlainText(renderFewShotTemplate(parsed, 'prompty', all(1), englishTexts))).examples, parsed.examples, 'reading it back restores the role lines');
  });

  it('turn {name}, {{name}} and ${name} into named placeholders and Prompty inputs with a sample', () => {
    const parsed = parsePrompt('You are {persona}. Use {{braces}} literally.\n\nQuestion: hi\nAnswer: hello\n\nQuestion: {question}\nAnswer:');
    const template = renderFewShotTemplate(parsed, 'plain', all(1), englishTexts);
    const named = template.parts.filter((part) => part.kind === 'placeholder' && part.defaultText === '{persona}');
    assert.equal(named.length, 1, 'the single-brace variable is a placeholder');
    assert.ok(!template.parts.some((part) => part.kind === 'placeholder' && part.defaultText.includes('braces')), 'LangChain escaped braces stay text');
    const { frontMatter, body } = promptyBody(toPlainText(renderFewShotTemplate(parsed, 'prompty', all(1), englishTexts)));
    assert.deepEqual(frontMatter.inputs, { question: { type: 'string' }, persona: { type: 'string' } });
    assert.deepEqual(frontMatter.sample, { question: '{question}', persona: 'persona' });
    assert.ok(body.includes('You are {{persona}}.'), body);
    assert.ok(body.trimEnd().endsWith('user:\n{{question}}'), body);
    const mustache = renderFewShotTemplate(parsePrompt('Hi {{ name }}, classify.\nText: a\nLabel: b\nText: c\nLabel:'), 'plain', all(1), englishTexts);
    assert.ok(mustache.parts.some((part) => part.kind === 'placeholder' && part.defaultText === '{{ name }}'));
    const dollar = renderFewShotTemplate(parsePrompt('Tone: ${tone}\n\nText: a\nLabel: b\nText: c\nLabel:'), 'plain', all(1), englishTexts);
    assert.ok(dollar.parts.some((part) => part.kind === 'placeholder' && part.defaultText === '${tone}'));
  });

  it('keep a closing instruction in every format', () => {
    const parsed = parsePrompt('Q: Chile?\nA: Santiago\n\nQ: Peru?\nA:\n\nAnswer in one word.');
    for (const format of templateFormats) {
      const text = toPlainText(renderFewShotTemplate(parsed, format, all(1), englishTexts));
      assert.ok(text.includes('Answer in one word.'), `${format}: ${text}`);
      // Chat messages have no closing slot: it ends the last user turn, after a blank line.
      const again = parsePrompt(text);
      assert.equal(format === 'chat-json' ? again.input?.[0]?.split('\n\n')[1] : again.closing, 'Answer in one word.', format);
    }
  });

  it('show text the parser could not place under a marked heading', () => {
    const parsed = parsePrompt('Example 1:\nA tricky one.\nReview: bad\nLabel: neg\n\nReview: ok\nLabel:');
    for (const format of templateFormats) {
      const text = toPlainText(renderFewShotTemplate(parsed, format, all(1), englishTexts));
      assert.ok(text.includes(englishTexts.unparsedHeading.slice(0, 20)) && text.includes('A tricky one.'), `${format}: ${text}`);
    }
  });

  it('open Prompty as Prompty when a language for it is installed, else as Markdown', () => {
    assert.equal(languageFor('prompty', ['markdown', 'prompty']), 'prompty');
    assert.equal(languageFor('prompty', ['markdown']), 'markdown');
    assert.deepEqual(templateFormats.map((format) => languageFor(format, [])), ['plaintext', 'json', 'xml', 'markdown']);
  });

  it('pads with placeholders named by the prompt\'s own labels', () => {
    const parsed = parsePrompt('Texto: bom\nSentimento: positivo\nTexto: ruim\nSentimento:');
    const text = toPlainText(renderFewShotTemplate(parsed, 'plain', { kept: [0], padded: 1 }, englishTexts));
    assert.ok(text.includes('Texto: Texto of example 2\nSentimento: Sentimento of example 2'), text);
  });
});
