// Turns one piece of text (as split by the pre-tokenizer) into token ids.
import { BytePairMerger } from './merge/bytePairMerger';
import type { PieceCache } from './pieceCache';
import { PieceBytes } from './pieceBytes';
import { hashMultiplier } from './ranks/byteHash';
import type { RankTable } from './ranks/rankTable';

/** Longer pieces are rare and seldom repeat; caching them would only hold memory. */
const cachedPieceLimit = 64;
/** An id buffer grown past this for one long piece is let go at the next ordinary one. */
const retainedIdCapacity = 1 << 16;

export class PieceTokenizer {
  /** The last piece's token ids, in `ids[0, count)`. */
  ids = new Int32Array(256);
  /** The last piece's UTF-8 bytes. */
  readonly pieceBytes = new PieceBytes();
  readonly merger: BytePairMerger;

  constructor(
    readonly ranks: RankTable,
    private readonly cache: PieceCache,
  ) {
    this.merger = new BytePairMerger(ranks);
  }

  /** Tokenizes `text[start, end)` into `ids`; returns the number of tokens. */
  tokenize(text: string, start: number, end: number): number {
    const ranks = this.ranks;
    // As in tiktoken, a piece that is itself a token stays whole, even where merging would split
    // it. Most pieces are; when one is ASCII its char codes are its bytes, so look it up as is.
    let lookedUp = false;
    if (end - start <= ranks.maxTokenLength) {
      let hash = 0;
      let index = start;
      for (; index < end; index++) {
        const unit = String.prototype.charCodeAt.call(text, index);
        if (unit >= 0x80) {
          break;
        }
        hash = (Math.imul(hash, hashMultiplier) + unit) | 0;
      }
      if (index === end) {
        const id = ranks.lookupAscii(text, start, end, hash);
        if (id >= 0) {
          this.ids[0] = id;
          return 1;
        }
        lookedUp = true;
      }
    }
    const pieceBytes = this.pieceBytes;
    pieceBytes.write(text, start, end);
    const length = pieceBytes.length;
    if (!lookedUp && length <= ranks.maxTokenLength) {
      const id = ranks.lookup(pieceBytes.bytes, 0, length, pieceBytes.hash);
      if (id >= 0) {
        this.ids[0] = id;
        return 1;
      }
    }
    const key = end - start <= cachedPieceLimit ? text.slice(start, end) : undefined;
    if (key !== undefined) {
      const cached = this.cache.get(key);
      if (cached !== undefined) {
        this.ids.set(cached);
        return cached.length;
      }
    }
    if (this.ids.length < length || (this.ids.length > retainedIdCapacity && length <= retainedIdCapacity)) {
      this.ids = new Int32Array(Math.max(length, 256));
    }
    const count = this.merger.merge(pieceBytes.bytes, length, this.ids);
    if (key !== undefined) {
      this.cache.set(key, this.ids.slice(0, count));
    }
    return count;
  }
}
