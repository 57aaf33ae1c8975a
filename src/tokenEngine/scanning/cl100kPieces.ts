// Pre-tokenizer for cl100k_base, equivalent to the regex below.
import {
  asciiFlags,
  flagsAt,
  letterFlag,
  newlineFlag,
  nextCodePointIndex,
  numberFlag,
  whitespaceFlag,
} from '../characterClasses';
import { afterOptionalSpace, contractionLength, runEnd, runEndWithout, startsAsciiWhitespaceRun, whitespaceEnd } from './characterRuns';

export const cl100kPattern =
  "('s|'S|'t|'T|'re|'rE|'Re|'RE|'ve|'vE|'Ve|'VE|'m|'M|'ll|'lL|'Ll|'LL|'d|'D)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+";

const notOther = whitespaceFlag | letterFlag | numberFlag;

export function cl100kPieceEnd(text: string, position: number): number {
  const asciiEnd = asciiWordEnd(text, position);
  if (asciiEnd >= 0) {
    return asciiEnd;
  }
  if (startsAsciiWhitespaceRun(text, position)) {
    return whitespaceEnd(text, position, true);
  }
  const contraction = contractionLength(text, position, true);
  if (contraction > 0) {
    return position + contraction;
  }
  const flags = flagsAt(text, position);
  if ((flags & letterFlag) !== 0) {
    return runEnd(text, position, letterFlag);
  }
  if ((flags & (newlineFlag | numberFlag)) === 0) {
    // [^\r\n\p{L}\p{N}]? before letters
    const next = nextCodePointIndex(text, position);
    if (next < text.length && (flagsAt(text, next) & letterFlag) !== 0) {
      return runEnd(text, next, letterFlag);
    }
  }
  if ((flags & numberFlag) !== 0) {
    return upToThreeDigitsEnd(text, position);
  }
  const start = afterOptionalSpace(text, position);
  if ((flagsAt(text, start) & notOther) === 0) {
    return runEnd(text, runEndWithout(text, start, notOther), newlineFlag);
  }
  return whitespaceEnd(text, position, true);
}

const apostrophe = 0x27;

/**
 * The common case, settled without classifying code points: an optional ASCII prefix, then ASCII
 * letters up to an ASCII character that is not one. Returns -1 for anything else (including an
 * apostrophe, which may start a contraction).
 */
function asciiWordEnd(text: string, position: number): number {
  const length = text.length;
  let index = position;
  let unit = String.prototype.charCodeAt.call(text, index);
  if (unit >= 0x80 || unit === apostrophe) {
    return -1;
  }
  if ((asciiFlags[unit] & (letterFlag | numberFlag | newlineFlag)) === 0) {
    if (++index === length) {
      return -1;
    }
    unit = String.prototype.charCodeAt.call(text, index);
  }
  const wordStart = index;
  while (((unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a)) && ++index < length) {
    unit = String.prototype.charCodeAt.call(text, index);
  }
  if (index === wordStart || (index < length && unit >= 0x80)) {
    return -1; // no ASCII letter here, or the word may go on in other scripts
  }
  return index;
}

/** `\p{N}{1,3}` */
export function upToThreeDigitsEnd(text: string, position: number): number {
  let end = nextCodePointIndex(text, position);
  for (let taken = 1; taken < 3 && end < text.length && (flagsAt(text, end) & numberFlag) !== 0; taken++) {
    end = nextCodePointIndex(text, end);
  }
  return end;
}
