import assert from 'node:assert/strict';
import { type ParsedPrompt } from '../../../src/fewShot/parsedPrompt';
import { toPlainText, toSnippetString } from '../../../src/fewShot/snippetTemplate';
import { renderFewShotTemplate } from '../../../src/fewShot/templateFormats';
import { resolveSnippet } from './snippetSyntax';
import { englishTexts } from './templateTextsFixture';
import { trickyTexts } from './trickyText';

interface ChatMessage {
  role: string;
  content: string;
}

function trickyPrompt(instruction: string): ParsedPrompt {
  return {
    shape: 'chatMessages',
    instruction,
    examples: trickyTexts.map((text, index) => ({ input: text, output: trickyTexts[trickyTexts.length - 1 - index] ?? '' })),
    input: trickyTexts.join(' | '),
    labels: undefined,
  };
}

describe('renderChatMessages', () => {
  it('writes system, then user/assistant pairs, then the user input, as parseable JSON', () => {
    const parsed: ParsedPrompt = {
      shape: 'labeledLines',
      instruction: 'Be brief.',
      examples: [{ input: 'hi', output: 'hello' }],
      input: 'bye',
      labels: undefined,
    };
    const { template } = renderFewShotTemplate(parsed, { format: 'chat-json', shots: 2, texts: englishTexts });
    const messages = JSON.parse(toPlainText(template)) as ChatMessage[];
    assert.deepEqual(messages, [
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'hi' },
      { role: 'assistant', content: 'hello' },
      { role: 'user', content: 'example input 2' },
      { role: 'assistant', content: 'expected output 2' },
      { role: 'user', content: 'bye' },
    ]);
  });

  it('stays valid JSON holding quotes, backslashes, control characters and snippet syntax', () => {
    for (const instruction of trickyTexts) {
      const parsed = trickyPrompt(instruction);
      const { template } = renderFewShotTemplate(parsed, { format: 'chat-json', shots: trickyTexts.length, texts: englishTexts });
      const messages = JSON.parse(toPlainText(template)) as ChatMessage[];
      assert.equal(messages[0]?.content, instruction);
      assert.deepEqual(
        messages.slice(1, -1).map((message) => message.content),
        parsed.examples.flatMap((example) => [example.input, example.output]),
      );
      assert.equal(messages.at(-1)?.content, parsed.input);
    }
  });

  it('resolves from its snippet to the same JSON', () => {
    const { template } = renderFewShotTemplate(trickyPrompt('a "b" $c }'), { format: 'chat-json', shots: 4, texts: englishTexts });
    const resolved = resolveSnippet(toSnippetString(template)).text;
    assert.equal(resolved, toPlainText(template));
    assert.doesNotThrow(() => JSON.parse(resolved));
  });

  it('stays valid JSON when the learner types plain text into every placeholder', () => {
    const { template } = renderFewShotTemplate(trickyPrompt(''), { format: 'chat-json', shots: 3, texts: englishTexts });
    const typed = resolveSnippet(toSnippetString(template), (index) => `typed {text} $ ${index} é`).text;
    const messages = JSON.parse(typed) as ChatMessage[];
    assert.equal(messages.length, 1 + 3 * 2 + 1);
    assert.ok(messages.every((message) => message.content.startsWith('typed {text} $ ')));
  });

  it('puts every placeholder inside a JSON string', () => {
    const { template } = renderFewShotTemplate(trickyPrompt(''), { format: 'chat-json', shots: 2, texts: englishTexts });
    const snippet = toSnippetString(template);
    const placeholders = snippet.match(/"\$\{\d+:/g) ?? [];
    assert.equal(placeholders.length, 1 + 2 * 2 + 1);
  });
});
