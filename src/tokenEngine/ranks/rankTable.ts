// The mergeable tokens of one encoding: byte sequence -> id, without a string per token. Ids are
// looked up by (bytes, start, end, hash) with open addressing over one Int32Array.
import { hashBytes, hashPowers, mixHash } from './byteHash';

export class RankTable {
  /** Largest mergeable id + 1. */
  readonly tokenCount: number;
  readonly maxTokenLength: number;
  /** `hashMultiplier^n` for n up to `maxTokenLength`. */
  readonly hashPowers: Int32Array;
  /** The id of every single byte. */
  readonly byteRanks: Int32Array;
  private readonly tokenBytes: Uint8Array;
  /** Where each id's bytes start in `tokenBytes`; `tokenOffsets[id + 1]` is where they end. */
  private readonly tokenOffsets: Uint32Array;
  /** Pairs of (hash, id); an id of -1 marks an empty slot. */
  private readonly slots: Int32Array;
  private readonly slotMask: number;

  constructor(tokenLengths: Uint8Array | Uint16Array, tokenBytes: Uint8Array) {
    this.tokenCount = tokenLengths.length;
    this.tokenBytes = tokenBytes;
    this.tokenOffsets = new Uint32Array(this.tokenCount + 1);
    let maxTokenLength = 0;
    for (let id = 0; id < this.tokenCount; id++) {
      const length = tokenLengths[id];
      this.tokenOffsets[id + 1] = this.tokenOffsets[id] + length;
      maxTokenLength = Math.max(maxTokenLength, length);
    }
    this.maxTokenLength = maxTokenLength;
    this.hashPowers = hashPowers(maxTokenLength);
    // At most ~40% full, so a probe rarely goes past the first slot.
    let capacity = 1024;
    while (capacity < this.tokenCount * 2.5) {
      capacity *= 2;
    }
    this.slotMask = capacity - 1;
    this.slots = new Int32Array(capacity * 2).fill(-1);
    for (let id = 0; id < this.tokenCount; id++) {
      if (tokenLengths[id] > 0) {
        this.insert(id);
      }
    }
    this.byteRanks = new Int32Array(256);
    const single = new Uint8Array(1);
    for (let byte = 0; byte < 256; byte++) {
      single[0] = byte;
      this.byteRanks[byte] = this.lookup(single, 0, 1, byte);
      if (this.byteRanks[byte] < 0) {
        // Merging starts from single bytes, so an encoding without one could not spell every text.
        throw new Error(`Tokenizer data has no token for byte ${byte}: rebuild dist/tokenizers with the build step.`);
      }
    }
  }

  /** The id of `bytes[start, end)`, whose hash is `hash`, or -1 when it is not a token. */
  lookup(bytes: Uint8Array, start: number, end: number, hash: number): number {
    return this.find(bytes, start, end, hash);
  }

  /**
   * The id of the ASCII text `text[start, end)`, whose hash (of its char codes, which are its
   * bytes) is `hash`, or -1. Saves encoding the piece when it is ASCII and a whole token.
   */
  lookupAscii(text: string, start: number, end: number, hash: number): number {
    return this.find(text, start, end, hash);
  }

  tokenLength(id: number): number {
    return this.tokenOffsets[id + 1] - this.tokenOffsets[id];
  }

  /** A copy of the token's bytes, or undefined when no mergeable token has this id. */
  bytesOf(id: number): Uint8Array | undefined {
    if (!Number.isInteger(id) || id < 0 || id >= this.tokenCount || this.tokenLength(id) === 0) {
      return undefined;
    }
    return this.tokenBytes.slice(this.tokenOffsets[id], this.tokenOffsets[id + 1]);
  }

  /** The id whose bytes are `source[start, end)` (bytes, or ASCII char codes), or -1. */
  private find(source: Uint8Array | string, start: number, end: number, hash: number): number {
    const slots = this.slots;
    const mask = this.slotMask;
    let slot = mixHash(hash) & mask;
    for (;;) {
      const id = slots[slot * 2 + 1];
      if (id < 0) {
        return -1;
      }
      if (slots[slot * 2] === hash && this.holds(id, source, start, end)) {
        return id;
      }
      slot = (slot + 1) & mask;
    }
  }

  private holds(id: number, source: Uint8Array | string, start: number, end: number): boolean {
    const tokenStart = this.tokenOffsets[id];
    if (this.tokenOffsets[id + 1] - tokenStart !== end - start) {
      return false;
    }
    const tokenBytes = this.tokenBytes;
    if (typeof source === 'string') {
      for (let index = start, tokenIndex = tokenStart; index < end; index++, tokenIndex++) {
        if (String.prototype.charCodeAt.call(source, index) !== tokenBytes[tokenIndex]) {
          return false;
        }
      }
      return true;
    }
    for (let index = start, tokenIndex = tokenStart; index < end; index++, tokenIndex++) {
      if (source[index] !== tokenBytes[tokenIndex]) {
        return false;
      }
    }
    return true;
  }

  /** Adds `id`; a later id with the same bytes replaces an earlier one, as in js-tiktoken. */
  private insert(id: number): void {
    const start = this.tokenOffsets[id];
    const end = this.tokenOffsets[id + 1];
    const hash = hashBytes(this.tokenBytes, start, end);
    let slot = mixHash(hash) & this.slotMask;
    for (;;) {
      const existing = this.slots[slot * 2 + 1];
      if (existing < 0 || (this.slots[slot * 2] === hash && this.holds(existing, this.tokenBytes, start, end))) {
        this.slots[slot * 2] = hash;
        this.slots[slot * 2 + 1] = id;
        return;
      }
      slot = (slot + 1) & this.slotMask;
    }
  }
}
