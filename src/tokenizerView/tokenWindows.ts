// Cutting a long text into windows that tokenize exactly like the whole: the view tokenizes a
// 10 MB document a window at a time, so it shows the first tokens at once and never holds millions
// of segments.
//
// A cut is safe when every encoding's pre-tokenizer starts a piece there whatever comes before or
// after, so the tokens of the windows, joined, equal the tokens of the whole text. Two kinds of
// position qualify in all four patterns (r50k/p50k, cl100k, o200k):
//   - before a letter that follows a single line break, itself after a character that is not
//     whitespace ("end.\nNext"): longer whitespace runs are split differently by `\s+(?!\S)`
//     when the text ends there, and CR LF is such a run;
//   - before a space that follows a character that is not whitespace and precedes a letter
//     ("end. Next"): the space opens the next word's piece in every pattern.
// test/unit/tokenizerView/tokenWindows.test.ts checks the claim against the engine on random texts.

const lineFeed = 0x0a;
const carriageReturn = 0x0d;
const space = 0x20;

const letterPattern = /\p{L}/u;
const whitespacePattern = /\s/;

function isLetterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) {
    return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  }
  const codePoint = text.codePointAt(index);
  return codePoint !== undefined && letterPattern.test(String.fromCodePoint(codePoint));
}

function isWhitespaceCode(code: number): boolean {
  if (code < 0x80) {
    return code === space || (code >= 0x09 && code <= 0x0d);
  }
  return whitespacePattern.test(String.fromCharCode(code));
}

/** Whether tokenizing `text` cut at `index` gives the same tokens as the whole text (ends included). */
export function isSafeCut(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) {
    return index === 0 || index === text.length;
  }
  const before = text.charCodeAt(index - 1);
  if (before === lineFeed || before === carriageReturn) {
    return isLetterAt(text, index) && (index < 2 || !isWhitespaceCode(text.charCodeAt(index - 2)));
  }
  return text.charCodeAt(index) === space && !isWhitespaceCode(before) && index + 1 < text.length && isLetterAt(text, index + 1);
}

/**
 * The end of the window that starts at `start` (a safe cut): the first safe cut at least
 * `preferredLength` on, if one comes within `maxLength`; else the last one before that; else the
 * next one however far, which may be the end of the text.
 */
export function nextWindowEnd(text: string, start: number, preferredLength: number, maxLength: number): number {
  const preferred = start + preferredLength;
  if (preferred >= text.length) {
    return text.length;
  }
  const limit = Math.min(start + maxLength, text.length);
  for (let index = preferred; index < limit; index++) {
    if (isSafeCut(text, index)) {
      return index;
    }
  }
  for (let index = preferred - 1; index > start; index--) {
    if (isSafeCut(text, index)) {
      return index;
    }
  }
  for (let index = limit; index < text.length; index++) {
    if (isSafeCut(text, index)) {
      return index;
    }
  }
  return text.length;
}
