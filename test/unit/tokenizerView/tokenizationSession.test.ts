import * as assert from 'node:assert/strict';
import type { CancellationSignal, TokenSegment } from '../../../src/tokenEngine';
import { compareBoundaries } from '../../../src/tokenizerView/tokenBoundaries';
import { TokenizationSession, type SessionEncoder, type SessionOptions } from '../../../src/tokenizerView/tokenizationSession';
import { textStatistics } from '../../../src/tokenizerView/tokenStatistics';
import { encoderFor } from './testEncoders';

const notCancelled: CancellationSignal = { isCancellationRequested: false };
const fast: Partial<SessionOptions> = { yieldToHost: () => Promise.resolve() };

const paragraph = 'Tokenizers split text into pieces. A model reads tokens, not words: "tokenization" may be two tokens!\n'
  + 'Atenção: acentuação e emoji 👍🏽 custam mais tokens.\r\n\tcode(x) => x ** 2; // 中文\n';

function plain(segments: readonly TokenSegment[]): TokenSegment[] {
  return segments.map(({ start, end, ids }) => ({ start, end, ids }));
}

async function allChunks(session: TokenizationSession) {
  const chunks = [];
  for (;;) {
    const chunk = await session.nextChunk();
    assert.ok(chunk, 'not cancelled');
    chunks.push(chunk);
    if (chunk.isLast) {
      return chunks;
    }
  }
}

describe('TokenizationSession', () => {
  it('shows a short text in one chunk, equal to the engine\'s segments, with its figures', async () => {
    const encoder = await encoderFor('o200k_base');
    const session = new TokenizationSession(paragraph, encoder, undefined, notCancelled, fast);
    const chunk = await session.nextChunk();
    assert.ok(chunk?.isLast);
    assert.deepEqual(plain(chunk.segments), encoder.segments(paragraph));
    assert.equal(chunk.compareSegments, undefined);
    assert.deepEqual(await session.wholeTextFigures(), { tokens: encoder.count(paragraph), ...textStatistics(paragraph) });
  });

  it('hands out a long text in chunks of at most chunkTokens that join into the engine\'s segments, in both encodings', async () => {
    const encoder = await encoderFor('cl100k_base');
    const compare = await encoderFor('r50k_base');
    const text = paragraph.repeat(40);
    const session = new TokenizationSession(text, encoder, compare, notCancelled, { ...fast, chunkTokens: 300, windowLength: 256 });
    const chunks = await allChunks(session);
    assert.ok(chunks.length > 3, `several chunks (${chunks.length})`);
    for (const chunk of chunks) {
      assert.ok(chunk.segments.length <= 300);
    }
    const segments = chunks.flatMap((chunk) => chunk.segments);
    const compareSegments = chunks.flatMap((chunk) => chunk.compareSegments ?? []);
    assert.deepEqual(plain(segments), encoder.segments(text));
    assert.deepEqual(plain(compareSegments), compare.segments(text));
    const whole = compareBoundaries(encoder.segments(text), compare.segments(text));
    assert.deepEqual(segments.map((segment) => segment.differs), whole.firstDiffers);
    assert.deepEqual(compareSegments.map((segment) => segment.differs), whole.secondDiffers);
    assert.equal(chunks.reduce((sum, chunk) => sum + chunk.differingBoundaries, 0), whole.differingBoundaries);
    assert.ok(whole.differingBoundaries > 0, 'the two encodings do split this text differently');
  });

  it('counts the whole text window by window, like the engine, before showing it all', async () => {
    const encoder = await encoderFor('o200k_base');
    const compare = await encoderFor('p50k_base');
    const text = paragraph.repeat(200);
    const session = new TokenizationSession(text, encoder, compare, notCancelled, { ...fast, chunkTokens: 100, countWindowLength: 1000 });
    await session.nextChunk();
    assert.equal(session.isComplete, false);
    assert.deepEqual(await session.wholeTextFigures(), {
      tokens: encoder.count(text),
      compareTokens: compare.count(text),
      ...textStatistics(text),
    });
  });

  it('goes through the engine\'s async methods for a long stretch without a safe cut', async () => {
    const encoder = await encoderFor('o200k_base');
    const text = `${'{"key":"value",'.repeat(400)}}`;
    const session = new TokenizationSession(text, encoder, undefined, notCancelled, { ...fast, syncLimit: 100, chunkTokens: 250 });
    const chunks = await allChunks(session);
    assert.deepEqual(plain(chunks.flatMap((chunk) => chunk.segments)), encoder.segments(text));
    assert.equal((await session.wholeTextFigures())?.tokens, encoder.count(text));
    assert.deepEqual(await session.allIds(), encoder.encode(text));
  });

  it('returns every id of the whole text for copying', async () => {
    const encoder = await encoderFor('cl100k_base');
    const text = paragraph.repeat(30);
    const session = new TokenizationSession(text, encoder, undefined, notCancelled, { ...fast, countWindowLength: 500 });
    assert.deepEqual(await session.allIds(), encoder.encode(text));
  });

  it('stops with undefined once cancelled', async () => {
    const encoder = await encoderFor('o200k_base');
    const signal = { isCancellationRequested: false };
    const session = new TokenizationSession(paragraph.repeat(100), encoder, undefined, signal, { ...fast, chunkTokens: 50, sliceMilliseconds: 0 });
    assert.ok(await session.nextChunk());
    signal.isCancellationRequested = true;
    assert.equal(await session.nextChunk(), undefined);
    assert.equal(await session.wholeTextFigures(), undefined);
    assert.equal(await session.allIds(), undefined);
  });

  it('tries again when another caller\'s newer count cancelled its own', async () => {
    const encoder = await encoderFor('o200k_base');
    let calls = 0;
    const preempted: SessionEncoder = {
      ...encoder,
      count: (text) => encoder.count(text),
      encode: (text) => encoder.encode(text),
      segments: (text) => encoder.segments(text),
      segmentsAsync: (text, signal) => encoder.segmentsAsync(text, signal),
      countAsync: (text) => (++calls === 1 ? Promise.resolve(undefined) : Promise.resolve(encoder.count(text))),
    };
    const text = 'x'.repeat(500);
    const session = new TokenizationSession(text, preempted, undefined, notCancelled, { ...fast, syncLimit: 10 });
    assert.equal((await session.wholeTextFigures())?.tokens, encoder.count(text));
    assert.equal(calls, 2);
  });

  it('shows an empty text as one empty, last chunk', async () => {
    const session = new TokenizationSession('', await encoderFor('o200k_base'), undefined, notCancelled, fast);
    const chunk = await session.nextChunk();
    assert.deepEqual(chunk, { segments: [], differingBoundaries: 0, isLast: true });
    assert.deepEqual(await session.wholeTextFigures(), { tokens: 0, characters: 0, words: 0 });
  });
});

describe('TokenizationSession windows', () => {
  /** The encoder's methods, recording the texts it was given to count. */
  function recording(encoder: SessionEncoder, withCuts: boolean): { encoder: SessionEncoder; counted: string[] } {
    const counted: string[] = [];
    const spy: SessionEncoder = {
      count: (text) => (counted.push(text), encoder.count(text)),
      countAsync: (text, signal) => (counted.push(text), encoder.countAsync(text, signal)),
      encode: (text) => encoder.encode(text),
      segments: (text) => encoder.segments(text),
      segmentsAsync: (text, signal) => encoder.segmentsAsync(text, signal),
      ...(withCuts && encoder.safeCuts ? { safeCuts: encoder.safeCuts } : {}),
    };
    return { encoder: spy, counted };
  }

  it('cuts the text into windows only where the encoding has a safe-cut rule', async () => {
    const o200k = await encoderFor('o200k_base');
    const text = paragraph.repeat(40);
    const cut = recording(o200k, true);
    await new TokenizationSession(text, cut.encoder, undefined, notCancelled, { ...fast, countWindowLength: 500 }).wholeTextFigures();
    assert.ok(cut.counted.length > 1, 'o200k_base is counted window by window');
    assert.equal(cut.counted.join(''), text);

    // An encoding without a rule (Qwen 3, DeepSeek: other pre-tokenizers) is never cut with tiktoken's rule.
    const whole = recording(o200k, false);
    const figures = await new TokenizationSession(text, whole.encoder, undefined, notCancelled, { ...fast, countWindowLength: 500 }).wholeTextFigures();
    assert.deepEqual(whole.counted, [text]);
    assert.equal(figures?.tokens, o200k.count(text));
  });

  it('cuts only where both encodings of a comparison may be cut', async () => {
    const o200k = await encoderFor('o200k_base');
    const main = recording(o200k, true);
    const compare = recording(o200k, false);
    const text = paragraph.repeat(40);
    await new TokenizationSession(text, main.encoder, compare.encoder, notCancelled, { ...fast, countWindowLength: 500 }).wholeTextFigures();
    assert.deepEqual(main.counted, [text]);
    assert.deepEqual(compare.counted, [text]);
  });
});
