// The fallback pre-tokenizer: js-tiktoken's own pattern, run as it runs it (`matchAll` with "gu").
import { nextCodePointIndex } from '../characterClasses';
import type { PieceScanner } from './pieceScanner';

export function regexPieceScanner(pattern: string): PieceScanner {
  const regex = new RegExp(pattern, 'gu');
  return (text, position) => {
    regex.lastIndex = position;
    const match = regex.exec(text);
    if (match === null) {
      return ~text.length;
    }
    if (match.index > position) {
      return ~match.index;
    }
    // An empty match would not advance; matchAll steps over one code point, which joins no piece.
    return match[0].length > 0 ? position + match[0].length : ~nextCodePointIndex(text, position);
  };
}
