import assert from 'node:assert/strict';
import { maxPromptCharacters, validatePromptInput } from '../../../src/fewShot/promptInputLimits';

describe('validatePromptInput', () => {
  it('accepts an ordinary prompt', () => {
    assert.equal(validatePromptInput('Q: 2 + 2\nA:'), undefined);
  });

  it('reports empty text and text made only of whitespace as empty', () => {
    assert.deepEqual(validatePromptInput(''), { kind: 'empty' });
    assert.deepEqual(validatePromptInput(' \r\n\t\u00a0 '), { kind: 'empty' });
  });

  it('accepts exactly the maximum length and reports one character more as too long, with both numbers', () => {
    assert.equal(validatePromptInput('x'.repeat(maxPromptCharacters)), undefined);
    assert.deepEqual(validatePromptInput('x'.repeat(maxPromptCharacters + 1)), {
      kind: 'tooLong',
      length: maxPromptCharacters + 1,
      maxLength: maxPromptCharacters,
    });
  });

  it('reports a huge whitespace selection as too long rather than empty, since that is what to fix', () => {
    assert.equal(validatePromptInput(' '.repeat(maxPromptCharacters + 1))?.kind, 'tooLong');
  });
});
