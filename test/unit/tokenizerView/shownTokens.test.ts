import * as assert from 'node:assert/strict';
import { toShownTokens, toTokenizerChunk } from '../../../src/tokenizerView/shownTokens';
import { TokenizationSession } from '../../../src/tokenizerView/tokenizationSession';
import { encoderFor } from './testEncoders';

describe('toShownTokens', () => {
  it('gives each token its slice of the text, its ids and its bytes in hex', async () => {
    const encoder = await encoderFor('o200k_base');
    const text = 'Hello world';
    const session = new TokenizationSession(text, encoder, undefined, { isCancellationRequested: false });
    const chunk = await session.nextChunk();
    assert.ok(chunk);
    const tokens = toShownTokens(text, chunk.segments, encoder, false);
    assert.deepEqual(tokens.map((token) => token.text), ['Hello', ' world']);
    assert.deepEqual(tokens.map((token) => token.ids), encoder.encode(text).map((id) => [id]));
    assert.deepEqual(tokens[0].bytes, ['48 65 6c 6c 6f']);
    assert.equal('differs' in tokens[0], false, 'no comparison, no mark');
  });

  it('keeps the tokens that split a character together, with the bytes of each', async () => {
    const encoder = await encoderFor('r50k_base');
    const text = '👍';
    const session = new TokenizationSession(text, encoder, undefined, { isCancellationRequested: false });
    const chunk = await session.nextChunk();
    assert.ok(chunk);
    const [token] = toShownTokens(text, chunk.segments, encoder, false);
    assert.equal(token.text, '👍');
    assert.ok(token.ids.length > 1, 'r50k spends several tokens on this emoji');
    assert.equal(token.bytes.join(' '), 'f0 9f 91 8d');
  });
});

describe('toTokenizerChunk', () => {
  it('marks the tokens whose boundaries the other encoding lacks', async () => {
    const encoder = await encoderFor('o200k_base');
    const compare = await encoderFor('r50k_base');
    const text = '    indented code';
    const session = new TokenizationSession(text, encoder, compare, { isCancellationRequested: false });
    const chunk = await session.nextChunk();
    assert.ok(chunk);
    const shown = toTokenizerChunk(text, chunk, encoder, compare);
    assert.ok(shown.compareTokens);
    assert.equal(shown.tokens.map((token) => token.text).join(''), text);
    assert.equal(shown.compareTokens.map((token) => token.text).join(''), text);
    assert.ok(shown.differingBoundaries > 0);
    assert.ok(shown.compareTokens.some((token) => token.differs === true));
  });
});
