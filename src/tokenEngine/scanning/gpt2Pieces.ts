// Pre-tokenizer for r50k_base and p50k_base (GPT-2's pattern), equivalent to the regex below.
import { flagsAt, letterFlag, numberFlag, whitespaceFlag } from '../characterClasses';
import { afterOptionalSpace, contractionLength, runEnd, runEndWithout, whitespaceEnd } from './characterRuns';

export const gpt2Pattern = "'s|'t|'re|'ve|'m|'ll|'d| ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+(?!\\S)|\\s+";

const notOther = whitespaceFlag | letterFlag | numberFlag;

export function gpt2PieceEnd(text: string, position: number): number {
  const contraction = contractionLength(text, position, false);
  if (contraction > 0) {
    return position + contraction;
  }
  // ' ?' then letters, digits or other symbols; without the space none of them can start with one.
  const start = afterOptionalSpace(text, position);
  const flags = flagsAt(text, start);
  if ((flags & letterFlag) !== 0) {
    return runEnd(text, start, letterFlag);
  }
  if ((flags & numberFlag) !== 0) {
    return runEnd(text, start, numberFlag);
  }
  if ((flags & notOther) === 0) {
    return runEndWithout(text, start, notOther);
  }
  return whitespaceEnd(text, position, false);
}
