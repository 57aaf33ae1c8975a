// The fallback pre-tokenizer: a pattern run as js-tiktoken runs it (`matchAll` with "gu"), with
// `\s` read as tiktoken and Hugging Face tokenizers read it (see characterClasses.ts).
import { nextCodePointIndex } from '../characterClasses';
import type { PieceScanner } from './pieceScannerType';

export function regexPieceScanner(pattern: string): PieceScanner {
  const regex = new RegExp(withUnicodeWhitespace(pattern), 'gu');
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

/**
 * `pattern` with `\s` and `\S` spelled as `\p{White_Space}` and `\P{White_Space}`, which mean the
 * same inside and outside character classes. Other escapes (`\\s` included) are left alone.
 */
export function withUnicodeWhitespace(pattern: string): string {
  let result = '';
  for (let index = 0; index < pattern.length; index++) {
    const character = pattern[index];
    if (character !== '\\' || index + 1 >= pattern.length) {
      result += character;
      continue;
    }
    const escaped = pattern[++index];
    result += escaped === 's' ? '\\p{White_Space}' : escaped === 'S' ? '\\P{White_Space}' : `\\${escaped}`;
  }
  return result;
}
