import assert from 'node:assert/strict';
import { parsePrompt } from '../../../src/fewShot/promptParser';

describe('parsePrompt behaviour', () => {
  it('reads a trailing label with an empty answer as the input, not as an example', () => {
    const parsed = parsePrompt('Q: what is X?\nA:');
    assert.deepEqual(parsed.examples, []);
    assert.equal(parsed.input, 'what is X?');
  });

  it('keeps an example with an empty answer when a complete example follows it', () => {
    const parsed = parsePrompt('Q: a\nA:\nQ: b\nA: c');
    assert.deepEqual(parsed.examples, [{ input: 'a', output: '' }, { input: 'b', output: 'c' }]);
    assert.equal(parsed.input, undefined);
  });

  it('follows the label pair used most, leaving a stray label of another pair in the text', () => {
    const parsed = parsePrompt('Input: a product review.\nQ: Is "great" positive?\nA: yes\nQ: Is "awful" positive?\nA:');
    assert.equal(parsed.instruction, 'Input: a product review.');
    assert.deepEqual(parsed.labels, { input: 'Q', output: 'A' });
    assert.equal(parsed.examples.length, 1);
  });

  it('fills in the output label in the letter case of the input label when the prompt never wrote one', () => {
    assert.deepEqual(parsePrompt('Do it.\nQUESTION: why?').labels, { input: 'QUESTION', output: 'ANSWER' });
    assert.deepEqual(parsePrompt('Faça.\nentrada: por quê?').labels, { input: 'entrada', output: 'saída' });
  });

  it('reads markdown headings and # numbers as example headers', () => {
    const parsed = parsePrompt('Sort.\n### Example #1\nInput: b a\nOutput: a b\n**Example 2:**\nInput: z y\nOutput:');
    assert.equal(parsed.instruction, 'Sort.');
    assert.deepEqual(parsed.examples, [{ input: 'b a', output: 'a b' }]);
    assert.equal(parsed.input, 'z y');
  });

  it('treats an HTML <input> element inside a Q/A line as text, not as XML structure', () => {
    const parsed = parsePrompt('Q: What does <input>x</input> render?\nA: A text box\nQ: And <br>?\nA:');
    assert.equal(parsed.shape, 'labeledLines');
    assert.deepEqual(parsed.examples, [{ input: 'What does <input>x</input> render?', output: 'A text box' }]);
  });

  it('reads a zero-shot prompt in <instructions> and <input> tags', () => {
    const parsed = parsePrompt('<instructions>Summarize &amp; shorten.</instructions>\n<input>A long text.</input>');
    assert.equal(parsed.instruction, 'Summarize & shorten.');
    assert.deepEqual(parsed.examples, []);
    assert.equal(parsed.input, 'A long text.');
  });

  it('reads what follows an unclosed <example> as the input the learner is still writing', () => {
    const parsed = parsePrompt('Tag it.\n<example><input>a</input><output>b</output></example>\n<example>c is');
    assert.deepEqual(parsed.examples, [{ input: 'a', output: 'b' }]);
    assert.equal(parsed.input, 'c is');
  });

  it('reads a last XML example with an empty output as the input', () => {
    const parsed = parsePrompt('<example><input>a</input><output>b</output></example><example><input>c</input><output></output></example>');
    assert.deepEqual(parsed.examples, [{ input: 'a', output: 'b' }]);
    assert.equal(parsed.input, 'c');
  });

  it('joins consecutive user messages and skips tool messages in a JSON messages array', () => {
    const parsed = parsePrompt(
      JSON.stringify([
        { role: 'user', content: 'Part one.' },
        { role: 'user', content: 'Part two.' },
        { role: 'tool', content: '{"ok":true}' },
        { role: 'assistant', content: 'Done.' },
        { role: 'user', content: 'Next?' },
      ]),
    );
    assert.deepEqual(parsed.examples, [{ input: 'Part one.\n\nPart two.', output: 'Done.' }]);
    assert.equal(parsed.input, 'Next?');
  });

  it('falls back to reading text when JSON is broken or is not a messages array', () => {
    assert.equal(parsePrompt('[{"role": "user", "content": "hi"').shape, 'instructionOnly');
    assert.equal(parsePrompt('{"messages": [{"content": "no role"}]}').shape, 'instructionOnly');
    assert.equal(parsePrompt('{"question": "Q: x"}').shape, 'instructionOnly');
  });

  it('ignores a byte order mark and reads lone carriage returns as line breaks', () => {
    const parsed = parsePrompt('\uFEFFTranslate.\rInput: hello\rOutput: olá\rInput: bye\rOutput:');
    assert.equal(parsed.instruction, 'Translate.');
    assert.deepEqual(parsed.examples, [{ input: 'hello', output: 'olá' }]);
    assert.equal(parsed.input, 'bye');
  });

  it('gives back the whole text as the instruction when it recognizes no structure', () => {
    const text = '  Write a limerick about a cat\nwho learned to code.  ';
    assert.deepEqual(parsePrompt(text), {
      shape: 'instructionOnly',
      instruction: text.trim(),
      examples: [],
      input: undefined,
      labels: undefined,
    });
  });
});
