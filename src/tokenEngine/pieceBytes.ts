// A reusable buffer holding one piece as UTF-8, encoded as TextEncoder would (and so as
// js-tiktoken does): a lone surrogate becomes U+FFFD (EF BF BD).
import { hashMultiplier } from './ranks/byteHash';

/** A buffer grown past this for one long piece is let go at the next ordinary one. */
const retainedCapacity = 1 << 18;

export class PieceBytes {
  bytes = new Uint8Array(1024);
  length = 0;
  /** `hashBytes(bytes, 0, length)`, computed while encoding. */
  hash = 0;

  /** Encodes `text[start, end)`. */
  write(text: string, start: number, end: number): void {
    const needed = (end - start) * 3;
    if (needed > this.bytes.length || (this.bytes.length > retainedCapacity && needed <= retainedCapacity)) {
      this.bytes = new Uint8Array(needed + 1024);
    }
    this.length = 0;
    this.hash = 0;
    this.append(text, start, end);
  }

  /** Makes room for `characters` more UTF-16 units, so a long piece can be appended in parts. */
  reserve(characters: number): void {
    const needed = this.length + characters * 3;
    if (needed > this.bytes.length) {
      const grown = new Uint8Array(Math.max(needed, this.bytes.length * 2));
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
  }

  /** Encodes `text[start, end)` after what is already written; needs the room, see `reserve`. */
  append(text: string, start: number, end: number): void {
    const bytes = this.bytes;
    let length = this.length;
    let hash = this.hash;
    for (let index = start; index < end; index++) {
      let unit = String.prototype.charCodeAt.call(text, index);
      if (unit < 0x80) {
        bytes[length++] = unit;
        hash = (Math.imul(hash, hashMultiplier) + unit) | 0;
        continue;
      }
      if (unit < 0x800) {
        bytes[length++] = 0xc0 | (unit >> 6);
        bytes[length++] = 0x80 | (unit & 0x3f);
      } else if (unit < 0xd800 || unit > 0xdfff) {
        bytes[length++] = 0xe0 | (unit >> 12);
        bytes[length++] = 0x80 | ((unit >> 6) & 0x3f);
        bytes[length++] = 0x80 | (unit & 0x3f);
      } else {
        const low = index + 1 < end ? String.prototype.charCodeAt.call(text, index + 1) : 0;
        if (unit <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
          unit = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
          index++;
          bytes[length++] = 0xf0 | (unit >> 18);
          bytes[length++] = 0x80 | ((unit >> 12) & 0x3f);
          bytes[length++] = 0x80 | ((unit >> 6) & 0x3f);
          bytes[length++] = 0x80 | (unit & 0x3f);
        } else {
          bytes[length++] = 0xef;
          bytes[length++] = 0xbf;
          bytes[length++] = 0xbd;
        }
      }
      hash = this.hashTail(hash, length);
    }
    this.length = length;
    this.hash = hash;
  }

  /** Folds the bytes just written for one non-ASCII character into `hash`. */
  private hashTail(hash: number, length: number): number {
    const bytes = this.bytes;
    let index = length - 1;
    while ((bytes[index] & 0xc0) === 0x80) {
      index--;
    }
    for (; index < length; index++) {
      hash = (Math.imul(hash, hashMultiplier) + bytes[index]) | 0;
    }
    return hash;
  }
}
