// A bounded cache of merged pieces (piece text -> token ids). Text repeats its words, and a hit
// skips the byte-pair merge. Two generations give LRU-like behaviour in O(1): when the young map
// fills, it becomes the old one and the previous old one is dropped; a hit in the old map is
// promoted.

export class PieceCache {
  private young = new Map<string, Int32Array>();
  private old = new Map<string, Int32Array>();

  constructor(private readonly generationSize = 8192) {}

  get(piece: string): Int32Array | undefined {
    const found = this.young.get(piece);
    if (found !== undefined) {
      return found;
    }
    const promoted = this.old.get(piece);
    if (promoted !== undefined) {
      this.set(piece, promoted);
    }
    return promoted;
  }

  set(piece: string, ids: Int32Array): void {
    if (this.young.size >= this.generationSize) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(piece, ids);
  }
}
