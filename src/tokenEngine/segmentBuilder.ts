// Token spans in the text. A token that ends inside a character's UTF-8 bytes (an emoji split in
// two, say) cannot end a span of UTF-16 text, so it joins the following tokens until a boundary
// falls between characters. "Character" here is a Unicode code point: a surrogate pair is never
// split, but the code points of one grapheme (an emoji ZWJ sequence, a letter and its accent) may
// fall in different segments, just as they fall in different tokens.
import type { TokenSegment } from './encoderTypes';
import type { PieceBytes } from './pieceBytes';
import type { RankTable } from './ranks/rankTable';

/** A piece just tokenized: its ids, and its UTF-8 bytes when there is more than one id. */
export interface TokenizedPiece {
  readonly ids: Int32Array;
  readonly pieceBytes: PieceBytes;
}

/** Appends the segments of the piece `text[start, end)`, tokenized into `count` ids. */
export function appendPieceSegments(
  text: string,
  start: number,
  end: number,
  piece: TokenizedPiece,
  count: number,
  ranks: RankTable,
  segments: TokenSegment[],
): void {
  const ids = piece.ids;
  if (count === 1) {
    segments.push({ start, end, ids: [ids[0]] });
    return;
  }
  const bytes = piece.pieceBytes.bytes;
  const byteLength = piece.pieceBytes.length;
  let byteOffset = 0;
  let textOffset = start;
  let textByteOffset = 0;
  let segmentStart = start;
  let pending: number[] = [];
  for (let index = 0; index < count; index++) {
    const id = ids[index];
    pending.push(id);
    byteOffset += ranks.tokenLength(id);
    if (byteOffset < byteLength && (bytes[byteOffset] & 0xc0) === 0x80) {
      continue; // the next byte continues a character
    }
    while (textByteOffset < byteOffset) {
      textByteOffset += utf8LengthAt(text, textOffset);
      textOffset += isSurrogatePairAt(text, textOffset) ? 2 : 1;
    }
    segments.push({ start: segmentStart, end: textOffset, ids: pending });
    segmentStart = textOffset;
    pending = [];
  }
}

function isSurrogatePairAt(text: string, index: number): boolean {
  const unit = String.prototype.charCodeAt.call(text, index);
  if (unit < 0xd800 || unit > 0xdbff || index + 1 >= text.length) {
    return false;
  }
  const low = String.prototype.charCodeAt.call(text, index + 1);
  return low >= 0xdc00 && low <= 0xdfff;
}

/** UTF-8 length of the character at `index` as TextEncoder writes it (a lone surrogate: 3). */
function utf8LengthAt(text: string, index: number): number {
  const unit = String.prototype.charCodeAt.call(text, index);
  if (unit < 0x80) {
    return 1;
  }
  if (unit < 0x800) {
    return 2;
  }
  return isSurrogatePairAt(text, index) ? 4 : 3;
}
