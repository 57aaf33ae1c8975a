import assert from 'node:assert/strict';
import { maxPromptCharacters } from '../../../src/fewShot/promptInputLimits';
import { parsePrompt } from '../../../src/fewShot/promptParser';
import { toSnippetString } from '../../../src/fewShot/snippetTemplate';
import { renderFewShotTemplate, templateFormats } from '../../../src/fewShot/templateFormats';
import { measureRegexWork } from './regexWork';
import { englishTexts } from './templateTextsFixture';

function repeatedTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** A reproducible mix of every token the parser reacts to. */
function tokenSoup(length: number): string {
  const tokens = ['Q:', 'A:', 'Input:', 'Saída:', '<example>', '</example>', '<input>', '</input>', '->', '=>', '\n',
    '\r\n', ' ', '\t', 'Example 1:', 'Exemplo', '&amp;', '&#x', '[', '{', '"role"', ':', '**', '#', 'word'];
  let state = 12345;
  let text = '';
  while (text.length < length) {
    state = (state * 1103515245 + 12345) % 2147483648;
    text += tokens[state % tokens.length];
  }
  return text.slice(0, length);
}

const n = maxPromptCharacters;

// Each built to defeat one part of the parser: unclosed tags, long runs the label and header
// patterns could backtrack over, deep JSON, many tiny examples, and a random mix.
const adversarialPrompts: readonly [string, string][] = [
  ['opening tags never closed by >', repeatedTo('<example ', n)],
  ['examples never closed', repeatedTo('<example><input>', n)],
  ['closing tags only', repeatedTo('</example></examples>', n)],
  ['many tiny XML examples', repeatedTo('<example><input>a</input><output>b</output></example>', n)],
  ['one line of spaces', `${' '.repeat(n - 1)}x`],
  ['a header word followed by spaces', `Example${' '.repeat(n - 8)}x`],
  ['colons on one line', repeatedTo('Q:', n)],
  ['thousands of Q/A examples', repeatedTo('Q: a\nA: b\n', n)],
  ['arrows on one line', repeatedTo('a -> ', n)],
  ['arrow lines', repeatedTo('a => b\n', n)],
  ['deeply nested JSON', repeatedTo('[', n)],
  ['a JSON string never closed', `[{"role":"user","content":"${'x'.repeat(n - 27)}`],
  ['entity starts', `<example>${repeatedTo('&#x12', n - 19)}</example>`],
  ['carriage returns', repeatedTo('\r', n)],
  ['emphasis markers', repeatedTo('**#_', n)],
  ['a token soup', tokenSoup(n)],
];

describe('parsePrompt on adversarial input', () => {
  for (const [name, prompt] of adversarialPrompts) {
    it(`hands the regex engine work linear in the length for ${name}`, () => {
      assert.equal(prompt.length, n);
      const work = measureRegexWork(() => parsePrompt(prompt));
      // Linear means a small constant per character; catastrophic backtracking or a rescan per
      // line would be thousands per character at this size.
      assert.ok(work.calls <= 10 * n, `${work.calls} regex calls`);
      assert.ok(work.scannedCharacters <= 20 * n, `${work.scannedCharacters} characters scanned`);
    });
  }

  it('renders every format from the biggest allowed prompt', () => {
    const parsed = parsePrompt(repeatedTo('Q: a $ } \\ "\nA: b <&>\n', n));
    assert.ok(parsed.examples.length > 1000);
    for (const format of templateFormats) {
      const rendered = renderFewShotTemplate(parsed, { format, shots: 3, texts: englishTexts });
      assert.ok(toSnippetString(rendered.template).length > 0);
    }
  });
});
