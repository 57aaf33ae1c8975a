import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { encoderFromFile } from '../../../src/tokenEngine';
import { sentencePieceContents } from '../../../src/tokenEngine/sentencePiece/sentencePieceContents';
import { pieceTypes, readSentencePieceModel } from '../../../src/tokenEngine/sentencePiece/sentencePieceModel';
import { cachedTokenizerLoader } from '../../support/nodeTokenizerLoader';
import { fuzzCorpus } from './fuzzText';
import { encoderFor } from './referenceTokenizers';
import { modelPath } from './sentencePieceReference';

const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The text SentencePiece encodes: a dummy-prefix space, spaces for "▁", U+FFFD for lone surrogates (UTF-8 has no other). */
function normalized(text: string): string {
  return text === '' ? '' : ` ${text.replace(loneSurrogate, '\ufffd').replaceAll('\u2581', ' ')}`;
}

describe('SentencePiece encoder (Mistral v1 and v3)', () => {
  for (const name of ['mistral_v1', 'mistral_v3'] as const) {
    it(`${name}: segments cover the text in order, hold the ids of encode, and their bytes spell the normalized text`, async () => {
      const encoder = await encoderFor(name);
      for (const text of fuzzCorpus(4242, 1_000)) {
        const segments = encoder.segments(text);
        let expectedStart = 0;
        for (const segment of segments) {
          assert.ok(segment.start === expectedStart && segment.end > segment.start, JSON.stringify({ text, segment }));
          expectedStart = segment.end;
        }
        assert.equal(expectedStart, text.length);
        assert.deepEqual(segments.flatMap((segment) => segment.ids), encoder.encode(text));
        const bytes = Uint8Array.from(encoder.encode(text).flatMap((id) => [...encoder.tokenBytes(id)]));
        assert.equal(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), normalized(text), JSON.stringify(text));
      }
    });
  }

  it('counts and segments in slices exactly as in one go, and a newer call cancels an older one', async () => {
    const file = await cachedTokenizerLoader('mistral_v1');
    let yields = 0;
    const encoder = encoderFromFile('mistral_v1', file, { sliceMilliseconds: 0, yieldToHost: () => new Promise<void>((resolve) => setTimeout(() => { yields++; resolve(); }, 0)) });
    const text = fuzzCorpus(99, 400).join(' ');
    assert.equal(await encoder.countAsync(text), encoder.count(text));
    assert.deepEqual(await encoder.segmentsAsync(text), encoder.segments(text));
    assert.ok(yields > 1, `yielded ${yields} times`);
    const older = encoder.countAsync(text);
    const newer = encoder.countAsync(text);
    assert.equal(await older, undefined);
    assert.equal(await newer, encoder.count(text));
  });

  it('gives special pieces their text and refuses unknown ids', async () => {
    const encoder = await encoderFor('mistral_v3');
    assert.equal(new TextDecoder().decode(encoder.tokenBytes(3)), '[INST]');
    assert.equal(encoder.vocabularySize, 32_768);
    assert.throws(() => encoder.tokenBytes(40_000), RangeError);
  });

  it('serves v2, v3 and v7m1 from one file: their normal and byte pieces are the same, at the same ids', () => {
    const [v3, ...others] = (['v3', 'v2', 'v7m1'] as const).map((version) => readSentencePieceModel(readFileSync(modelPath(version))).pieces);
    const kept = (type: number): boolean => type === pieceTypes.normal || type === pieceTypes.byte;
    for (const other of others) {
      assert.equal(other.length, v3.length);
      other.forEach((piece, id) => {
        if (kept(piece.type) || kept(v3[id].type)) {
          assert.deepEqual(piece, v3[id], `piece ${id}`);
        }
      });
    }
  });

  it('refuses a model it would not encode exactly (a unigram model without byte fallback)', () => {
    const unigramTrainerSpec = Uint8Array.of(0x12, 0x02, 0x18, 0x01); // field 2 { model_type: UNIGRAM }
    assert.throws(() => sentencePieceContents(unigramTrainerSpec), /not a BPE model, no byte fallback/);
  });
});
