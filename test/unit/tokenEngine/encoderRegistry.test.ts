import * as assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { bundledTokenizerNames, encodingNames, type EncodingName, type OpenAiEncodingName } from '../../../src/tokenEngine';
import { EncoderRegistry, fileNameFor } from '../../../src/tokenEngine';
import { cachedTokenizerLoader, preparedTokenizerDirectory } from '../../support/nodeTokenizerLoader';

describe('EncoderRegistry', () => {
  it('loads an encoding once, sharing the load between concurrent callers', async () => {
    const loads: EncodingName[] = [];
    const registry = new EncoderRegistry((encoding) => {
      loads.push(encoding);
      return cachedTokenizerLoader(encoding);
    });
    const [first, second] = await Promise.all([registry.get('cl100k_base'), registry.get('cl100k_base')]);
    const third = await registry.get('cl100k_base');
    assert.equal(first, second);
    assert.equal(first, third);
    assert.deepEqual(loads, ['cl100k_base']);
  });

  it('loads nothing until an encoding is asked for', () => {
    let loads = 0;
    new EncoderRegistry(() => {
      loads++;
      return Promise.reject(new Error('unused'));
    });
    assert.equal(loads, 0);
  });

  it('rejects a failed load and tries again on the next call', async () => {
    let attempts = 0;
    const registry = new EncoderRegistry((encoding) => (++attempts === 1 ? Promise.reject(new Error('offline')) : cachedTokenizerLoader(encoding)));
    await assert.rejects(registry.get('r50k_base'), /offline/);
    assert.equal((await registry.get('r50k_base')).name, 'r50k_base');
    assert.equal(attempts, 2);
  });

  it('rejects data that is not a tokenizer file', async () => {
    const registry = new EncoderRegistry(() => Promise.resolve(new TextEncoder().encode('{"pat_str": "json"}')));
    await assert.rejects(registry.get('o200k_base'), /Not a tokenizer file/);
  });

  it('names the files the build step writes', async () => {
    const files = await readdir(await preparedTokenizerDirectory());
    for (const encoding of bundledTokenizerNames) {
      assert.ok(files.includes(fileNameFor(encoding)), fileNameFor(encoding));
    }
  });
});

describe('Encoder vocabulary', () => {
  const expectedSizes: Record<OpenAiEncodingName, number> = { o200k_base: 200_019, cl100k_base: 100_277, p50k_base: 50_281, r50k_base: 50_257 };
  const registry = new EncoderRegistry(cachedTokenizerLoader);

  for (const encoding of encodingNames) {
    it(`reports ${encoding}'s vocabulary size as its highest id plus one`, async () => {
      const encoder = await registry.get(encoding);
      assert.equal(encoder.name, encoding);
      assert.equal(encoder.vocabularySize, expectedSizes[encoding]);
    });
  }

  it('gives the bytes of ordinary and special tokens, and decodes an encoding back to its text', async () => {
    const encoder = await registry.get('o200k_base');
    const text = 'Olá 👋 tokens';
    const bytes = encoder.encode(text).flatMap((id) => [...encoder.tokenBytes(id)]);
    assert.equal(new TextDecoder().decode(Uint8Array.from(bytes)), text);
    assert.equal(new TextDecoder().decode(encoder.tokenBytes(199_999)), '<|endoftext|>');
  });

  it('returns a copy, so callers cannot corrupt the vocabulary', async () => {
    const encoder = await registry.get('o200k_base');
    const id = encoder.encode('hello')[0];
    encoder.tokenBytes(id).fill(0);
    assert.equal(new TextDecoder().decode(encoder.tokenBytes(id)), 'hello');
  });

  it('throws RangeError for ids outside the vocabulary', async () => {
    const encoder = await registry.get('p50k_base');
    for (const id of [-1, 0.5, 50_256.5, 50_281, Number.NaN]) {
      assert.throws(() => encoder.tokenBytes(id), RangeError, String(id));
    }
  });
});
