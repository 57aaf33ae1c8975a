// Chooses the pre-tokenizer (the split of text into pieces before byte-pair merging) for a pattern.
import { cl100kPieceEnd, cl100kPattern } from './cl100kPieces';
import { gpt2PieceEnd, gpt2Pattern } from './gpt2Pieces';
import { o200kPieceEnd, o200kPattern } from './o200kPieces';
import { regexPieceScanner } from './regexPieces';
import { splitSequenceScanner, splitSequenceSeparator } from './splitSequencePieces';

/**
 * Returns the end of the piece that starts at `position` (< text.length). A negative result `~n`
 * means the pattern matches nothing before `n`: the text in between belongs to no piece.
 *
 * The engine reads text as `String.prototype.charCodeAt.call(text, i)`, never `text.charCodeAt(i)`:
 * once a call site has seen strings built in different ways (flat, sliced, concatenated) it turns
 * megamorphic, V8 stops inlining charCodeAt there, and the whole engine runs at a third of its
 * speed. The explicit form names the function outright, so it stays inlined. (A module-level alias
 * would not do: bundlers turn it into a mutable `var`, which V8 cannot fold.)
 */
export type PieceScanner = (text: string, position: number) => number;

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
