import * as assert from 'node:assert/strict';
import { EncoderRegistry, type CancellationSignal, type Encoder, type EncoderOptions } from '../../../src/tokenEngine';
import { cachedTokenizerLoader } from '../../support/nodeTokenizerLoader';

/** A clock that moves one millisecond per reading, so every step overruns a 0.5 ms slice. */
function steppingClock(): () => number {
  let time = 0;
  return () => ++time;
}

async function encoderWith(options: EncoderOptions) {
  return new EncoderRegistry(cachedTokenizerLoader, options).get('o200k_base');
}

const longText = 'Counting tokens in slices keeps the editor responsive. '.repeat(4_000);

describe('async counting and segmenting', () => {
  it('counts and segments exactly as the synchronous methods do', async () => {
    const encoder = await encoderWith({ sliceMilliseconds: 0.5, now: steppingClock(), yieldToHost: () => Promise.resolve() });
    assert.equal(await encoder.countAsync(longText), encoder.count(longText));
    assert.deepEqual(await encoder.segmentsAsync(longText), encoder.segments(longText));
  });

  it('yields to the host between slices of a long text', async () => {
    let yields = 0;
    const encoder = await encoderWith({ sliceMilliseconds: 0.5, now: steppingClock(), yieldToHost: () => { yields++; return Promise.resolve(); } });
    await encoder.countAsync(longText);
    assert.ok(yields >= 5, `${yields} yields`);
  });

  it('yields in the middle of one long piece, and still counts and segments it exactly', async () => {
    let yields = 0;
    const encoder = await encoderWith({ sliceMilliseconds: 0.5, now: steppingClock(), yieldToHost: () => { yields++; return Promise.resolve(); } });
    for (const text of [`x${' '.repeat(200_000)}y`, 'a'.repeat(150_000), `${'ab'.repeat(40_000)} tail`]) {
      yields = 0;
      assert.equal(await encoder.countAsync(text), encoder.count(text));
      assert.ok(yields >= 5, `${yields} yields`);
      assert.deepEqual(await encoder.segmentsAsync(text), encoder.segments(text));
    }
  });

  it('lets a synchronous call run between the steps of a long piece without disturbing it', async () => {
    const interleaved: number[] = [];
    const encoder: Encoder = await encoderWith({
      sliceMilliseconds: 0.5,
      now: steppingClock(),
      yieldToHost: () => {
        interleaved.push(encoder.count('an interleaved call from the status bar'));
        return Promise.resolve();
      },
    });
    const text = 'z'.repeat(120_000);
    assert.equal(await encoder.countAsync(text), encoder.count(text));
    assert.ok(interleaved.length > 0 && interleaved.every((count) => count === interleaved[0]));
  });

  it('does not yield at all for a short selection', async () => {
    let yields = 0;
    const encoder = await encoderWith({ yieldToHost: () => { yields++; return Promise.resolve(); } });
    assert.equal(await encoder.countAsync('a short selection'), 3);
    assert.equal(yields, 0);
  });

  it('yields by default with setTimeout, so timers queued before a long count run before it ends', async () => {
    const encoder = await encoderWith({});
    const text = longText.repeat(5);
    let timerRan = false;
    setTimeout(() => {
      timerRan = true;
    }, 0);
    assert.equal(await encoder.countAsync(text), encoder.count(text));
    assert.ok(timerRan);
  });

  it('resolves to undefined when its signal is cancelled between slices', async () => {
    const signal = { isCancellationRequested: false };
    const encoder = await encoderWith({
      sliceMilliseconds: 0.5,
      now: steppingClock(),
      yieldToHost: () => {
        signal.isCancellationRequested = true;
        return Promise.resolve();
      },
    });
    assert.equal(await encoder.countAsync(longText, signal), undefined);
    signal.isCancellationRequested = false;
    assert.equal(await encoder.segmentsAsync(longText, signal), undefined);
  });

  it('resolves to undefined at once when the signal is already cancelled', async () => {
    const encoder = await encoderWith({});
    const cancelled: CancellationSignal = { isCancellationRequested: true };
    assert.equal(await encoder.countAsync('text', cancelled), undefined);
  });

  it('lets a newer request cancel an older one of the same kind, but not of the other kind', async () => {
    const encoder = await encoderWith({ sliceMilliseconds: 0.5, now: steppingClock(), yieldToHost: () => new Promise((resolve) => setImmediate(resolve)) });
    const older = encoder.countAsync(longText);
    const segments = encoder.segmentsAsync(longText);
    const newer = encoder.countAsync('newer text');
    assert.equal(await older, undefined);
    assert.equal(await newer, encoder.count('newer text'));
    assert.deepEqual(await segments, encoder.segments(longText));
  });
});
