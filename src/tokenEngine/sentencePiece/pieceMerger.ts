// SentencePiece's BPE encoding of one word (bpe_model.cc's Encode): start from the word's
// characters and repeatedly join the adjacent pair whose joined text is a piece of the highest
// score (here: the lowest priority number), the leftmost on a tie; characters that are no piece
// become their UTF-8 bytes' byte pieces. A heap keeps it at O(n log n) for long words.

export interface PieceVocabulary {
  /** The id of a normal piece (spaces written as " "), or undefined. */
  idOf(piece: string): number | undefined;
  /** Lower merges first; equal priorities merge leftmost first. */
  priorityOf(id: number): number;
  readonly firstByteId: number;
}

/** The pieces of `word`: [start, end) in UTF-16 units within the word, and their ids. */
export interface WordPiece {
  readonly start: number;
  readonly end: number;
  readonly ids: readonly number[];
}

interface Candidate {
  readonly priority: number;
  readonly left: number;
  readonly right: number;
  readonly length: number;
}

function before(a: Candidate, b: Candidate): boolean {
  return a.priority < b.priority || (a.priority === b.priority && a.left < b.left);
}

class CandidateHeap {
  private readonly items: Candidate[] = [];

  get size(): number {
    return this.items.length;
  }

  push(item: Candidate): void {
    const items = this.items;
    let index = items.push(item) - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!before(items[index], items[parent])) {break;}
      [items[index], items[parent]] = [items[parent], items[index]];
      index = parent;
    }
  }

  pop(): Candidate {
    const items = this.items;
    const top = items[0];
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      let index = 0;
      for (;;) {
        const left = 2 * index + 1;
        const right = left + 1;
        let smallest = index;
        if (left < items.length && before(items[left], items[smallest])) {smallest = left;}
        if (right < items.length && before(items[right], items[smallest])) {smallest = right;}
        if (smallest === index) {break;}
        [items[index], items[smallest]] = [items[smallest], items[index]];
        index = smallest;
      }
    }
    return top;
  }
}

const utf8 = new TextEncoder();

export function encodeWord(word: string, vocabulary: PieceVocabulary): WordPiece[] {
  // Symbols are kept as [start, end) spans of the word, linked left to right.
  const starts: number[] = [];
  for (let index = 0; index < word.length; ) {
    starts.push(index);
    const code = word.charCodeAt(index);
    index += code >= 0xd800 && code <= 0xdbff && index + 1 < word.length && (word.charCodeAt(index + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  const count = starts.length;
  const ends = starts.map((_, symbol) => (symbol + 1 < count ? starts[symbol + 1] : word.length));
  const next = Int32Array.from({ length: count }, (_, symbol) => (symbol + 1 < count ? symbol + 1 : -1));
  const previous = Int32Array.from({ length: count }, (_, symbol) => symbol - 1);
  const alive = new Uint8Array(count).fill(1);
  const heap = new CandidateHeap();
  const consider = (left: number, right: number): void => {
    if (left < 0 || right < 0) {return;}
    const id = vocabulary.idOf(word.slice(starts[left], ends[right]));
    if (id !== undefined) {
      heap.push({ priority: vocabulary.priorityOf(id), left, right, length: ends[right] - starts[left] });
    }
  };
  for (let symbol = 0; symbol + 1 < count; symbol++) {
    consider(symbol, symbol + 1);
  }
  while (heap.size > 0) {
    const { left, right, length } = heap.pop();
    // Stale when either side has since merged with something else.
    if (alive[left] === 0 || alive[right] === 0 || next[left] !== right || ends[right] - starts[left] !== length) {
      continue;
    }
    ends[left] = ends[right];
    alive[right] = 0;
    next[left] = next[right];
    if (next[right] >= 0) {previous[next[right]] = left;}
    consider(previous[left], left);
    consider(left, next[left]);
  }
  const pieces: WordPiece[] = [];
  for (let symbol = 0; symbol >= 0 && symbol < count; symbol = next[symbol]) {
    const text = word.slice(starts[symbol], ends[symbol]);
    const id = vocabulary.idOf(text);
    const ids = id !== undefined ? [id] : Array.from(utf8.encode(text), (byte) => vocabulary.firstByteId + byte);
    pieces.push({ start: starts[symbol], end: ends[symbol], ids });
  }
  return pieces;
}
