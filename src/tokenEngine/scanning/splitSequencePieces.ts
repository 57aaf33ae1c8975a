// Pre-tokenizer for a Hugging Face `Sequence` of regex `Split`s with the "Isolated" behavior
// (DeepSeek's: digits, then CJK runs, then words and punctuation). Each split cuts every piece
// the previous one made into its matches and the text between them, both kept as pieces, and its
// regex sees only that piece (a lookahead stops at the piece's end).
import { withUnicodeWhitespace } from './regexPieces';
import type { PieceScanner } from './pieceScannerType';

/** Separates the patterns of a sequence in the stored pattern string (a character no regex here uses). */
export const splitSequenceSeparator = '\u0000';

interface Level {
  readonly regex: RegExp;
  /** The piece of the previous level this level last cut, as a string of its own, and where it starts. */
  text: string | undefined;
  start: number;
  source: string | undefined;
}

/** The end (in `piece`, from `index`) of the first piece this level makes there. */
function firstPieceEnd(regex: RegExp, piece: string, index: number): number {
  regex.lastIndex = index;
  const match = regex.exec(piece);
  if (match === null) {
    return piece.length; // the rest is one gap
  }
  if (match.index > index) {
    return match.index; // the gap before the match
  }
  // An empty match cuts nothing here; the gap runs to the next non-empty match or the end.
  return match[0].length > 0 ? index + match[0].length : nextNonEmptyMatch(regex, piece, index + 1);
}

function nextNonEmptyMatch(regex: RegExp, piece: string, from: number): number {
  for (let index = from; index < piece.length; index++) {
    regex.lastIndex = index;
    const match = regex.exec(piece);
    if (match === null) {
      return piece.length;
    }
    if (match[0].length > 0) {
      return match.index;
    }
    index = match.index;
  }
  return piece.length;
}

export function splitSequenceScanner(pattern: string): PieceScanner {
  const levels: Level[] = pattern.split(splitSequenceSeparator)
    .map((source) => ({ regex: new RegExp(withUnicodeWhitespace(source), 'gu'), text: undefined, start: 0, source: undefined }));
  return (text, position) => {
    // Each level's piece around `position`, cut from the previous level's; cached while the
    // walker stays inside it, so a long piece is sliced once, not once per token.
    let pieceStart = 0;
    let pieceEnd = text.length;
    let pieceText = text;
    for (const level of levels) {
      const cached = level.source === pieceText && level.text !== undefined && level.start <= position && position < level.start + level.text.length;
      if (!cached) {
        const end = pieceStart + firstPieceEnd(level.regex, pieceText, position - pieceStart);
        level.source = pieceText;
        level.start = position;
        level.text = text.slice(position, end);
      }
      pieceStart = level.start;
      pieceText = level.text!;
      pieceEnd = pieceStart + pieceText.length;
    }
    return pieceEnd;
  };
}
