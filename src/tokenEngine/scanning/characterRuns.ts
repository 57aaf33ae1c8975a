// Building blocks shared by the hand-written pre-tokenizers: runs of a character class and the
// English contractions ('s, 're, ...) the patterns single out.
import { asciiFlags, flagsAt, nextCodePointIndex, whitespaceFlag } from '../characterClasses';

/** End of the longest run, from `index`, of code points that have any of `flags`. */
export function runEnd(text: string, index: number, flags: number): number {
  const length = text.length;
  while (index < length) {
    const unit = String.prototype.charCodeAt.call(text, index);
    if (unit < 128) {
      if ((asciiFlags[unit] & flags) === 0) {
        return index;
      }
      index++;
    } else {
      if ((flagsAt(text, index) & flags) === 0) {
        return index;
      }
      index = nextCodePointIndex(text, index);
    }
  }
  return index;
}

/** End of the longest run, from `index`, of code points that have none of `flags`. */
export function runEndWithout(text: string, index: number, flags: number): number {
  const length = text.length;
  while (index < length) {
    const unit = String.prototype.charCodeAt.call(text, index);
    if (unit < 128) {
      if ((asciiFlags[unit] & flags) !== 0) {
        return index;
      }
      index++;
    } else {
      if ((flagsAt(text, index) & flags) !== 0) {
        return index;
      }
      index = nextCodePointIndex(text, index);
    }
  }
  return index;
}

const apostrophe = 0x27;
const space = 0x20;

/** Where ` ?X` tries X: after a space at `index` (when something follows it), else at `index`. */
export function afterOptionalSpace(text: string, index: number): number {
  return String.prototype.charCodeAt.call(text, index) === space && index + 1 < text.length ? index + 1 : index;
}

/** Lower-cases an ASCII letter; leaves every other code unit alone. */
function asciiLower(unit: number): number {
  return unit >= 0x41 && unit <= 0x5a ? unit | 0x20 : unit;
}

/**
 * Length of the contraction (`'s 't 're 've 'm 'll 'd`) at `index`, or 0. `anyCase` allows the
 * upper-case spellings the newer patterns list ('S, 'Re, 'LL ...).
 */
export function contractionLength(text: string, index: number, anyCase: boolean): number {
  if (String.prototype.charCodeAt.call(text, index) !== apostrophe || index + 1 >= text.length) {
    return 0;
  }
  const raw = String.prototype.charCodeAt.call(text, index + 1);
  const first = anyCase ? asciiLower(raw) : raw;
  if (first === 0x73 || first === 0x74 || first === 0x6d || first === 0x64) {
    return 2; // 's 't 'm 'd
  }
  if (index + 2 >= text.length || (first !== 0x72 && first !== 0x76 && first !== 0x6c)) {
    return 0;
  }
  const rawSecond = String.prototype.charCodeAt.call(text, index + 2);
  const second = anyCase ? asciiLower(rawSecond) : rawSecond;
  const expected = first === 0x6c ? 0x6c : 0x65; // 'll, otherwise 're 've
  return second === expected ? 3 : 0;
}

/**
 * Whether the piece at `index` is certainly whitespace, judged on ASCII alone: a newline (which
 * no word may start with), or a space or tab followed by more whitespace or by the end of text.
 * Spares the newer patterns' scanners their word alternatives on indentation and blank lines.
 */
export function startsAsciiWhitespaceRun(text: string, index: number): boolean {
  const unit = String.prototype.charCodeAt.call(text, index);
  if (unit === 0x0a || unit === 0x0d) {
    return true;
  }
  if (unit !== space && unit !== 0x09) {
    return false;
  }
  if (index + 1 === text.length) {
    return true;
  }
  const next = String.prototype.charCodeAt.call(text, index + 1);
  return next < 128 && (asciiFlags[next] & whitespaceFlag) !== 0;
}

/**
 * The whitespace alternatives every pattern ends with, from `index` (a whitespace character):
 * `\s*[\r\n]+` when `newlinesFirst`, then `\s+(?!\S)`, then `\s+`. Whitespace characters are all
 * single UTF-16 units, so stepping back one unit steps back one character.
 */
export function whitespaceEnd(text: string, index: number, newlinesFirst: boolean): number {
  const length = text.length;
  let end = index;
  let lastNewline = -1;
  while (end < length) {
    const unit = String.prototype.charCodeAt.call(text, end);
    if (unit === space) {
      end++; // plain spaces, by far the most common, skip the flag lookup
      continue;
    }
    const flags = unit < 128 ? asciiFlags[unit] : flagsAt(text, end);
    if ((flags & whitespaceFlag) === 0) {
      break;
    }
    if (unit === 0x0a || unit === 0x0d) {
      lastNewline = end;
    }
    end++;
  }
  if (newlinesFirst && lastNewline >= 0) {
    return lastNewline + 1; // \s* backs off to the last newline, which [\r\n]+ then takes
  }
  if (end === length || end - index < 2) {
    return end; // (?!\S) holds at the end of text; a single space falls through to \s+
  }
  return end - 1; // leave the last space to prefix the next word
}
