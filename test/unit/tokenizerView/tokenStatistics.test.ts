import * as assert from 'node:assert/strict';
import { charactersPerToken, contextWindowShare, countWords, textStatistics } from '../../../src/tokenizerView/tokenStatistics';

describe('countWords', () => {
  it('counts runs between spaces, whatever the punctuation inside', () => {
    assert.equal(countWords("Hello, world! Don't panic: v1.2 is well-known."), 7);
  });

  it('does not count runs without a letter or digit', () => {
    assert.equal(countWords('a — b ... c !!'), 3);
  });

  it('counts accented and non-Latin words as words', () => {
    assert.equal(countWords('Atenção à acentuação Привет мир'), 5);
  });

  it('counts each Chinese or Japanese character as a word', () => {
    assert.equal(countWords('中文字符 and カタカナ'), 4 + 1 + 4);
  });

  it('splits on tabs, line breaks and wide spaces', () => {
    assert.equal(countWords('one\ttwo\nthree\r\nfour\u00a0five\u3000six'), 6);
  });

  it('is zero for empty or blank text', () => {
    assert.equal(countWords(''), 0);
    assert.equal(countWords(' \n\t '), 0);
  });

  it('counts a word made of emoji-free astral letters', () => {
    assert.equal(countWords('𝐀𝐁𝐂 𝒶𝒷'), 2);
  });
});

describe('textStatistics', () => {
  it('counts characters as code points, so an emoji counts once', () => {
    assert.deepEqual(textStatistics('hi 👍'), { characters: 4, words: 1 });
  });
});

describe('charactersPerToken and contextWindowShare', () => {
  it('divides characters by tokens, and has no value for zero tokens', () => {
    assert.equal(charactersPerToken(10, 4), 2.5);
    assert.equal(charactersPerToken(10, 0), undefined);
  });

  it('gives the fraction of the context window the tokens fill', () => {
    assert.equal(contextWindowShare(1000, 8000), 0.125);
    assert.equal(contextWindowShare(5, 0), 0);
  });
});
