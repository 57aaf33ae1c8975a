import * as assert from 'node:assert/strict';
import { isOversizedTypedText, maxTypedTextLength, parseTokenizerViewMessage } from '../../../src/tokenizerView/tokenizerMessages';

describe('parseTokenizerViewMessage', () => {
  it('accepts every well-formed message', () => {
    assert.deepEqual(parseTokenizerViewMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseTokenizerViewMessage({ type: 'typeText', text: 'hi' }), { type: 'typeText', text: 'hi' });
    assert.deepEqual(parseTokenizerViewMessage({ type: 'setMode', mode: 'pinned' }), { type: 'setMode', mode: 'pinned' });
    assert.deepEqual(parseTokenizerViewMessage({ type: 'selectModel', modelId: 'gpt-4' }), { type: 'selectModel', modelId: 'gpt-4' });
    assert.deepEqual(parseTokenizerViewMessage({ type: 'selectCompare', encoding: 'r50k_base' }), { type: 'selectCompare', encoding: 'r50k_base' });
    assert.deepEqual(parseTokenizerViewMessage({ type: 'selectCompare' }), { type: 'selectCompare' });
    assert.deepEqual(parseTokenizerViewMessage({ type: 'showMore', requestId: 3 }), { type: 'showMore', requestId: 3 });
    assert.deepEqual(parseTokenizerViewMessage({ type: 'copyIds', requestId: 0 }), { type: 'copyIds', requestId: 0 });
    assert.deepEqual(parseTokenizerViewMessage({ type: 'modelsShown', modelIds: ['gpt-4', 'file:file:///a/tokenizer.json'] }), { type: 'modelsShown', modelIds: ['gpt-4', 'file:file:///a/tokenizer.json'] });
  });

  it('accepts a user tokenizer\'s id (a file URI) longer than a catalog id', () => {
    const modelId = `file:file:///home/learner/${'models/'.repeat(30)}tokenizer.json`;
    assert.deepEqual(parseTokenizerViewMessage({ type: 'selectModel', modelId }), { type: 'selectModel', modelId });
  });

  it('keeps only the known fields', () => {
    assert.deepEqual(parseTokenizerViewMessage({ type: 'ready', extra: 'x' }), { type: 'ready' });
  });

  it('refuses unknown types, wrong field types and values outside the allowed sets', () => {
    for (const data of [
      undefined, null, 'ready', [], { type: 'explode' },
      { type: 'typeText', text: 5 },
      { type: 'setMode', mode: 'typed' },
      { type: 'selectModel', modelId: 'x'.repeat(4097) },
      { type: 'modelsShown', modelIds: 'gpt-4' },
      { type: 'modelsShown', modelIds: ['gpt-4', 7] },
      { type: 'selectCompare', encoding: 'gpt2' },
      { type: 'showMore', requestId: -1 },
      { type: 'showMore', requestId: 1.5 },
      { type: 'copyIds', requestId: '1' },
    ]) {
      assert.equal(parseTokenizerViewMessage(data), undefined, JSON.stringify(data));
    }
  });

  it('refuses typed text over the limit, and says that this was the reason', () => {
    const data = { type: 'typeText', text: 'a'.repeat(maxTypedTextLength + 1) };
    assert.equal(parseTokenizerViewMessage(data), undefined);
    assert.equal(isOversizedTypedText(data), true);
    assert.equal(isOversizedTypedText({ type: 'typeText', text: 'short' }), false);
  });
});
