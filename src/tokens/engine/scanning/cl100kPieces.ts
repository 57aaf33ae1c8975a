// Pre-tokenizer for cl100k_base, equivalent to the regex below.
import { flagsAt, letterFlag, newlineFlag, nextCodePointIndex, numberFlag, whitespaceFlag } from '../characterClasses';
import { contractionLength, runEnd, runEndWithout, whitespaceEnd } from './characterRuns';

export const cl100kPattern =
  "('s|'S|'t|'T|'re|'rE|'Re|'RE|'ve|'vE|'Ve|'VE|'m|'M|'ll|'lL|'Ll|'LL|'d|'D)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+";

const space = 0x20;
const notOther = whitespaceFlag | letterFlag | numberFlag;

export function cl100kPieceEnd(text: string, position: number): number {
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
  const start = text.charCodeAt(position) === space && position + 1 < text.length ? position + 1 : position;
  if ((flagsAt(text, start) & notOther) === 0) {
    return runEnd(text, runEndWithout(text, start, notOther), newlineFlag);
  }
  return whitespaceEnd(text, position, true);
}

/** `\p{N}{1,3}` */
export function upToThreeDigitsEnd(text: string, position: number): number {
  let end = nextCodePointIndex(text, position);
  for (let taken = 1; taken < 3 && end < text.length && (flagsAt(text, end) & numberFlag) !== 0; taken++) {
    end = nextCodePointIndex(text, end);
  }
  return end;
}
