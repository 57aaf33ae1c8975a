// Chooses the pre-tokenizer (the split of text into pieces before byte-pair merging) for a pattern.
import { cl100kPieceEnd, cl100kPattern } from './cl100kPieces';
import { gpt2PieceEnd, gpt2Pattern } from './gpt2Pieces';
import { o200kPieceEnd, o200kPattern } from './o200kPieces';
import { regexPieceScanner } from './regexPieces';
import { splitSequenceScanner, splitSequenceSeparator } from './splitSequencePieces';
import type { PieceScanner } from './pieceScannerType';

export type { PieceScanner } from './pieceScannerType';

const handWritten = new Map<string, PieceScanner>([
  [o200kPattern, o200kPieceEnd],
  [cl100kPattern, cl100kPieceEnd],
  [gpt2Pattern, gpt2PieceEnd],
]);

/**
 * The known patterns get hand-written scanners: linear on any input and several times faster than
 * the regex. Any other pattern (say, a future js-tiktoken's) still tokenizes exactly, by regex.
 */
export function pieceScannerFor(pattern: string): PieceScanner {
  if (pattern.includes(splitSequenceSeparator)) {
    return splitSequenceScanner(pattern);
  }
  return handWritten.get(pattern) ?? regexPieceScanner(pattern);
}
