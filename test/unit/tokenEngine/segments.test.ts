import * as assert from 'node:assert/strict';
import { encodingNames } from '../../../src/tokenEngine';
import type { Encoder, TokenSegment } from '../../../src/tokenEngine';
import { fuzzCorpus } from './fuzzText';
import { encoderFor } from './referenceTokenizers';

const utf8 = new TextEncoder();

function isInsideSurrogatePair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function concatenated(parts: Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

/** Every property a caller may rely on; returns the first broken one, or undefined. */
function brokenProperty(encoder: Encoder, text: string, segments: readonly TokenSegment[]): string | undefined {
  let expectedStart = 0;
  for (const segment of segments) {
    if (segment.start !== expectedStart || segment.end <= segment.start) {
      return `segment ${JSON.stringify(segment)} does not follow ${expectedStart}`;
    }
    if (isInsideSurrogatePair(text, segment.end)) {
      return `segment ends inside a surrogate pair at ${segment.end}`;
    }
    const bytes = concatenated(segment.ids.map((id) => encoder.tokenBytes(id)));
    if (Buffer.compare(bytes, utf8.encode(text.slice(segment.start, segment.end))) !== 0) {
      return `tokens of ${JSON.stringify(segment)} do not spell its text`;
    }
    if (segment.ids.slice(1).some((id) => (encoder.tokenBytes(id)[0] & 0xc0) !== 0x80)) {
      return `segment ${JSON.stringify(segment)} groups tokens across a character boundary`;
    }
    expectedStart = segment.end;
  }
  if (expectedStart !== text.length) {
    return `segments end at ${expectedStart}, not ${text.length}`;
  }
  return segments.flatMap((segment) => segment.ids).join() === encoder.encode(text).join() ? undefined : 'ids differ from encode()';
}

describe('token segments', () => {
  for (const encoding of encodingNames) {
    it(`cover the text exactly, in order, on character boundaries, spelling encode()'s ids, with ${encoding}`, async () => {
      const encoder = await encoderFor(encoding);
      for (const text of fuzzCorpus(99, 1_500)) {
        const problem = brokenProperty(encoder, text, encoder.segments(text));
        assert.equal(problem, undefined, `${problem} in ${JSON.stringify(text)}`);
      }
    });
  }

  it('groups the tokens that split one emoji into a single segment', async () => {
    const encoder = await encoderFor('r50k_base');
    const text = 'hi 👩🏿‍💻!';
    const segments = encoder.segments(text);
    assert.ok(segments.some((segment) => segment.ids.length > 1), 'r50k_base spells this emoji in byte tokens');
    assert.equal(brokenProperty(encoder, text, segments), undefined);
  });

  it('gives one segment per token for plain ASCII', async () => {
    const encoder = await encoderFor('o200k_base');
    const segments = encoder.segments('Hello, world!');
    assert.deepEqual(segments.map((segment) => [segment.start, segment.end]), [[0, 5], [5, 6], [6, 12], [12, 13]]);
    assert.ok(segments.every((segment) => segment.ids.length === 1));
  });

  it('gives no segments for empty text', async () => {
    assert.deepEqual((await encoderFor('cl100k_base')).segments(''), []);
  });
});
