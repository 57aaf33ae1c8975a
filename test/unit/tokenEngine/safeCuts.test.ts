import * as assert from 'node:assert/strict';
import { encodingNames } from '../../../src/tokenEngine';
import type { TokenSegment } from '../../../src/tokenEngine';
import { isSafeCut, nextWindowEnd, tiktokenSafeCuts } from '../../../src/tokenEngine';
import { encoderFor, randomText, seededRandom } from '../tokenizerView/testEncoders';

function safeCuts(text: string): number[] {
  const cuts: number[] = [];
  for (let index = 1; index < text.length; index++) {
    if (isSafeCut(text, index)) {
      cuts.push(index);
    }
  }
  return cuts;
}

describe('isSafeCut', () => {
  it('accepts a space between a word and the next word', () => {
    assert.equal(isSafeCut('Hello world', 5), true);
  });

  it('accepts a letter after a single line break that follows text', () => {
    assert.equal(isSafeCut('end.\nNext', 5), true);
  });

  it('refuses a letter after CR LF, which r50k splits differently when the text ends there', () => {
    assert.equal(isSafeCut('end.\r\nNext', 6), false);
  });

  it('refuses a space after whitespace, a space before a digit, and the middle of a word', () => {
    assert.equal(isSafeCut('a  b', 2), false);
    assert.equal(isSafeCut('a 1', 1), false);
    assert.equal(isSafeCut('word', 2), false);
  });

  it('treats the start and the end of the text as safe', () => {
    assert.equal(isSafeCut('abc', 0), true);
    assert.equal(isSafeCut('abc', 3), true);
  });

  for (const encoding of encodingNames) {
    it(`cutting at every safe cut tokenizes exactly like the whole text (${encoding}, 3,000 random texts)`, async () => {
      const encoder = await encoderFor(encoding);
      const random = seededRandom(42);
      let cutsChecked = 0;
      for (let sample = 0; sample < 3000; sample++) {
        const text = randomText(random, 1 + Math.floor(random() * 40));
        const cuts = [0, ...safeCuts(text), text.length];
        const joined: TokenSegment[] = [];
        for (let index = 0; index + 1 < cuts.length; index++) {
          const start = cuts[index];
          for (const segment of encoder.segments(text.slice(start, cuts[index + 1]))) {
            joined.push({ start: segment.start + start, end: segment.end + start, ids: segment.ids });
          }
        }
        assert.deepEqual(joined, encoder.segments(text), `cuts ${JSON.stringify(cuts)} in ${JSON.stringify(text)}`);
        cutsChecked += cuts.length - 2;
      }
      assert.ok(cutsChecked > 5000, `the random texts had enough safe cuts to mean something (${cutsChecked})`);
    });
  }
});

describe('nextWindowEnd', () => {
  const prose = 'one two three four five six seven eight nine ten';

  it('ends at the first safe cut at or after the preferred length', () => {
    assert.equal(nextWindowEnd(prose, 0, 5, 20, tiktokenSafeCuts), 7);
  });

  it('falls back to the last safe cut before the preferred length when none comes within the maximum', () => {
    const text = `ab cd${'x'.repeat(100)}`;
    assert.equal(nextWindowEnd(text, 0, 10, 20, tiktokenSafeCuts), 2);
  });

  it('takes the rest of the text when there is no safe cut at all', () => {
    assert.equal(nextWindowEnd('x'.repeat(50), 0, 10, 20, tiktokenSafeCuts), 50);
  });

  it('never passes the end of the text', () => {
    assert.equal(nextWindowEnd(prose, 40, 100, 200, tiktokenSafeCuts), prose.length);
  });
});

describe('nextWindowEnd without a rule', () => {
  it('keeps the whole text in one window (never falls back to tiktoken\'s rule)', () => {
    assert.equal(nextWindowEnd('Words and more words, with spaces to cut at.', 0, 5, 20, undefined), 44);
  });
});
