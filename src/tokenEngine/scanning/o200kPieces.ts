// Pre-tokenizer for o200k_base, equivalent to the regex below. Its first two alternatives split
// words by case: "upper" is [\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}], "lower" is [\p{Ll}\p{Lm}\p{Lo}\p{M}].
import {
  asciiFlags,
  flagsAt,
  letterFlag,
  lowerFlag,
  newlineFlag,
  nextCodePointIndex,
  numberFlag,
  upperFlag,
  whitespaceFlag,
} from '../characterClasses';
import { afterOptionalSpace, contractionLength, runEnd, runEndWithout, startsAsciiWhitespaceRun, whitespaceEnd } from './characterRuns';
import { upToThreeDigitsEnd } from './cl100kPieces';

const contraction = "('s|'S|'t|'T|'re|'rE|'Re|'RE|'ve|'vE|'Ve|'VE|'m|'M|'ll|'lL|'Ll|'LL|'d|'D)?";
export const o200kPattern = [
  `[^\\r\\n\\p{L}\\p{N}]?[\\p{Lu}\\p{Lt}\\p{Lm}\\p{Lo}\\p{M}]*[\\p{Ll}\\p{Lm}\\p{Lo}\\p{M}]+${contraction}`,
  `[^\\r\\n\\p{L}\\p{N}]?[\\p{Lu}\\p{Lt}\\p{Lm}\\p{Lo}\\p{M}]+[\\p{Ll}\\p{Lm}\\p{Lo}\\p{M}]*${contraction}`,
  '\\p{N}{1,3}',
  ' ?[^\\s\\p{L}\\p{N}]+[\\r\\n/]*',
  '\\s*[\\r\\n]+',
  '\\s+(?!\\S)',
  '\\s+',
].join('|');

const notOther = whitespaceFlag | letterFlag | numberFlag;
const notPrefix = newlineFlag | letterFlag | numberFlag;

export function o200kPieceEnd(text: string, position: number): number {
  const asciiEnd = asciiWordEnd(text, position);
  if (asciiEnd >= 0) {
    return asciiEnd;
  }
  if (startsAsciiWhitespaceRun(text, position)) {
    return whitespaceEnd(text, position, true);
  }
  const flags = flagsAt(text, position);
  // The optional prefix [^\r\n\p{L}\p{N}] is tried first, then each word alternative without it.
  const prefixed = (flags & notPrefix) === 0 ? nextCodePointIndex(text, position) : text.length;
  let end = prefixed < text.length ? lowerWordEnd(text, prefixed) : -1;
  if (end < 0 && (flags & (upperFlag | lowerFlag)) !== 0) {
    end = lowerWordEnd(text, position);
  }
  if (end < 0 && prefixed < text.length) {
    end = upperWordEnd(text, prefixed);
  }
  if (end < 0 && (flags & upperFlag) !== 0) {
    end = upperWordEnd(text, position);
  }
  if (end >= 0) {
    return end;
  }
  if ((flags & numberFlag) !== 0) {
    return upToThreeDigitsEnd(text, position);
  }
  const start = afterOptionalSpace(text, position);
  if ((flagsAt(text, start) & notOther) === 0) {
    return newlinesAndSlashesEnd(text, runEndWithout(text, start, notOther));
  }
  return whitespaceEnd(text, position, true);
}

/**
 * The common case, settled without classifying code points: an optional ASCII prefix, ASCII
 * upper-case letters, ASCII lower-case letters, then an ASCII character that is not a letter.
 * ASCII capitals are upper but not lower, so both word alternatives end the match after the
 * lower-case run (or the capitals when there is none). Returns -1 for anything else.
 */
function asciiWordEnd(text: string, position: number): number {
  const length = text.length;
  let index = position;
  let unit = String.prototype.charCodeAt.call(text, index);
  if (unit >= 0x80) {
    return -1;
  }
  if ((asciiFlags[unit] & notPrefix) === 0) {
    if (++index === length) {
      return -1;
    }
    unit = String.prototype.charCodeAt.call(text, index);
  }
  const wordStart = index;
  while (unit >= 0x41 && unit <= 0x5a && ++index < length) {
    unit = String.prototype.charCodeAt.call(text, index);
  }
  if (index < length) {
    while (unit >= 0x61 && unit <= 0x7a && ++index < length) {
      unit = String.prototype.charCodeAt.call(text, index);
    }
  }
  if (index === wordStart || (index < length && unit >= 0x80)) {
    return -1; // no ASCII letter here, or the word may go on in other scripts
  }
  return index + contractionLength(text, index, true);
}

/**
 * `upper*lower+contraction?` from `index`, or -1. When the upper run is not followed by a lower
 * character, backtracking ends the match just after the last character of the run that is both.
 */
function lowerWordEnd(text: string, index: number): number {
  const length = text.length;
  let lastLowerEnd = -1;
  while (index < length) {
    const unit = String.prototype.charCodeAt.call(text, index);
    const flags = unit < 128 ? asciiFlags[unit] : flagsAt(text, index);
    if ((flags & upperFlag) === 0) {
      if ((flags & lowerFlag) !== 0) {
        const end = runEnd(text, index, lowerFlag);
        return end + contractionLength(text, end, true);
      }
      break;
    }
    index = unit < 128 ? index + 1 : nextCodePointIndex(text, index);
    if ((flags & lowerFlag) !== 0) {
      lastLowerEnd = index;
    }
  }
  return lastLowerEnd < 0 ? -1 : lastLowerEnd + contractionLength(text, lastLowerEnd, true);
}

/** `upper+lower*contraction?` from `index`, or -1. */
function upperWordEnd(text: string, index: number): number {
  const upperEnd = runEnd(text, index, upperFlag);
  if (upperEnd === index) {
    return -1;
  }
  const end = runEnd(text, upperEnd, lowerFlag);
  return end + contractionLength(text, end, true);
}

/** `[\r\n/]*` */
function newlinesAndSlashesEnd(text: string, index: number): number {
  while (index < text.length) {
    const unit = String.prototype.charCodeAt.call(text, index);
    if (unit !== 0x0a && unit !== 0x0d && unit !== 0x2f) {
      break;
    }
    index++;
  }
  return index;
}
