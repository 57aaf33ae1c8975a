import * as assert from 'node:assert/strict';
import { encoderFor } from './referenceTokenizers';
import { huggingFaceReference } from './familyReferences';

describe('normalizing encoder (Qwen 3 normalizes to NFC)', () => {
  const texts = ['Aca\u0303o e\u0301 cora\u00e7a\u0303o', 'ﬁne \u212b x\u0301\u0301y', 'a\u0308\u0304 b\n\u1100\u1161\u11a8 가'];

  for (const text of texts) {
    it(`counts ${JSON.stringify(text)} as the reference counts its NFC form`, async () => {
      const encoder = await encoderFor('qwen3');
      assert.deepEqual(encoder.encode(text), huggingFaceReference('qwen3').encode(text));
    });

    it(`maps the segments of ${JSON.stringify(text)} onto the original text, covering it in order with every id`, async () => {
      const encoder = await encoderFor('qwen3');
      const segments = encoder.segments(text);
      let position = 0;
      for (const segment of segments) {
        assert.equal(segment.start, position);
        assert.ok(segment.end > segment.start);
        position = segment.end;
      }
      assert.equal(position, text.length);
      assert.deepEqual(segments.flatMap((segment) => segment.ids), encoder.encode(text));
      assert.deepEqual((await encoder.segmentsAsync(text))?.flatMap((segment) => segment.ids), encoder.encode(text));
    });
  }
});
