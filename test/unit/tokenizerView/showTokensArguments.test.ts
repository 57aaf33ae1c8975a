import * as assert from 'node:assert/strict';
import { parseShowTokensForTextArguments } from '../../../src/tokenizerView/showTokensArguments';
import { maxTypedTextLength } from '../../../src/tokenizerView/tokenizerMessages';

describe('parseShowTokensForTextArguments', () => {
  it('accepts a text with optional encodings', () => {
    assert.deepEqual(parseShowTokensForTextArguments({ text: 'hi' }), { text: 'hi' });
    assert.deepEqual(
      parseShowTokensForTextArguments({ text: 'hi', encoding: 'cl100k_base', compareWith: 'r50k_base' }),
      { text: 'hi', encoding: 'cl100k_base', compareWith: 'r50k_base' },
    );
  });

  it('accepts the open families\' tokenizers (Llama 3 compared with o200k_base)', () => {
    assert.deepEqual(
      parseShowTokensForTextArguments({ text: 'hi', encoding: 'llama3', compareWith: 'o200k_base' }),
      { text: 'hi', encoding: 'llama3', compareWith: 'o200k_base' },
    );
  });

  it('refuses a tokenizer named by a file URI, so a lesson cannot make the view read a file', () => {
    assert.equal(parseShowTokensForTextArguments({ text: 'hi', encoding: 'file:///etc/passwd' }), undefined);
    assert.equal(parseShowTokensForTextArguments({ text: 'hi', compareWith: 'file:///home/me/tokenizer.json' }), undefined);
  });

  it('accepts a bare string as the text', () => {
    assert.deepEqual(parseShowTokensForTextArguments('hello'), { text: 'hello' });
  });

  it('drops fields it does not know', () => {
    assert.deepEqual(parseShowTokensForTextArguments({ text: 'hi', run: 'rm -rf' }), { text: 'hi' });
  });

  it('refuses a missing or non-string text, unknown encodings, and texts over the limit', () => {
    for (const args of [
      undefined, null, 42, [], {}, { text: 1 },
      { text: 'hi', encoding: 'gpt2' },
      { text: 'hi', compareWith: 'o200k' },
      { text: 'a'.repeat(maxTypedTextLength + 1) },
      'a'.repeat(maxTypedTextLength + 1),
    ]) {
      assert.equal(parseShowTokensForTextArguments(args), undefined, JSON.stringify(args)?.slice(0, 60));
    }
  });
});
