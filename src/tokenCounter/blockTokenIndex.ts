// Per-block token counts of one document, kept up to date edit by edit, so the live counter's cost
// follows the edit, not the document. Blocks are cut at the encoding's safe cuts (places where the
// parts tokenize exactly like the whole), so the document's count is the sum of its blocks' counts.
import type { CancellationSignal, Encoder, SafeCutRule } from '../tokenEngine';
import { countCharacters } from './tokenSummary';

/** Reads the document's current text between two UTF-16 offsets (`TextDocument.getText(range)` in VS Code). */
export type TextReader = (start: number, end: number) => string;

export type BlockEncoder = Pick<Encoder, 'count' | 'countAsync' | 'safeCuts'>;

export interface BlockIndexOptions {
  /** A block ends at the first safe cut past this length... */
  readonly preferredBlockLength: number;
  /** ...if one comes before this length; else at the last one before the preferred length. */
  readonly maxBlockLength: number;
  /** Blocks shorter than this are merged into a neighbour that an edit touches, so edits do not leave crumbs. */
  readonly minBlockLength: number;
  /** Text read from the document at a time while cutting a long changed stretch into blocks. */
  readonly readLength: number;
  /** A block longer than this (a long stretch with no safe cut) is counted by the engine's sliced, async count. */
  readonly syncLimit: number;
  /** Work between two pauses for the host, in milliseconds. */
  readonly sliceMilliseconds: number;
  readonly yieldToHost: () => Promise<void>;
  readonly now: () => number;
}

export const defaultBlockIndexOptions: BlockIndexOptions = {
  preferredBlockLength: 4096,
  maxBlockLength: 16_384,
  minBlockLength: 1024,
  readLength: 65_536,
  syncLimit: 32_768,
  sliceMilliseconds: 12,
  yieldToHost: () => new Promise((resolve) => setTimeout(resolve, 0)),
  now: () => performance.now(),
};

/** A run of the document. `tokens` is -1 while the block is dirty: changed since it was last counted. */
interface Block {
  start: number;
  length: number;
  tokens: number;
  characters: number;
}

export interface RangeCount {
  readonly tokens: number;
  readonly characters: number;
}

/** Context needed around a cut when the encoding has no rule: none, since nothing is ever cut. */
const noContext = { contextBefore: 0, contextAfter: 0 };

/**
 * The block index. Edits mark the blocks they touch dirty (`applyChange`, cheap and synchronous,
 * called from the change event); `settle` reads and counts only the dirty blocks. An encoding
 * without a known safe-cut rule gets one block for the whole document: every edit then recounts
 * the whole text, exactly as before this index existed.
 */
export class BlockTokenIndex {
  private readonly options: BlockIndexOptions;
  private readonly rule: SafeCutRule | undefined;
  private blocks: Block[] = [];
  private readonly dirty = new Set<Block>();
  private documentLength = 0;
  private countedTokens = 0;
  private countedCharacters = 0;
  private sliceStart = 0;

  constructor(
    private readonly encoder: BlockEncoder,
    length: number,
    options: Partial<BlockIndexOptions> = {},
  ) {
    this.options = { ...defaultBlockIndexOptions, ...options };
    this.rule = encoder.safeCuts;
    this.applyChange(0, 0, length);
  }

  /** False when the encoding has no safe-cut rule, so the whole document is recounted on every edit. */
  get isIncremental(): boolean {
    return this.rule !== undefined;
  }

  get length(): number {
    return this.documentLength;
  }

  get blockCount(): number {
    return this.blocks.length;
  }

  get isSettled(): boolean {
    return this.dirty.size === 0;
  }

  /** The whole document's figures, or undefined while some block is dirty. */
  get total(): RangeCount | undefined {
    return this.isSettled ? { tokens: this.countedTokens, characters: this.countedCharacters } : undefined;
  }

  /**
   * Records that `removedLength` units at `offset` were replaced by `insertedLength` new ones (a
   * `TextDocumentContentChangeEvent`'s `rangeOffset`, `rangeLength` and `text.length`, applied in
   * the order VS Code lists them). Dirties the blocks whose cuts the change may move.
   */
  applyChange(offset: number, removedLength: number, insertedLength: number): void {
    if (!(offset >= 0 && removedLength >= 0 && insertedLength >= 0 && offset + removedLength <= this.documentLength)) {
      throw new RangeError(`Change ${offset}+${removedLength} is outside a document of ${this.documentLength}`);
    }
    const delta = insertedLength - removedLength;
    if (this.blocks.length === 0) {
      this.documentLength += delta;
      if (this.documentLength > 0) {
        this.blocks.push(this.dirtyBlock(0, this.documentLength));
      }
      return;
    }
    const { contextBefore, contextAfter } = this.rule ?? noContext;
    // A cut stays safe when every character its rule reads is outside the change.
    let first = this.isIncremental ? this.blockAt(offset - contextAfter) : 0;
    let last = this.isIncremental ? this.blockAt(offset + removedLength + contextBefore - 1) : this.blocks.length - 1;
    while (first > 0 && this.absorbs(this.blocks[first - 1])) {
      first--;
    }
    while (last + 1 < this.blocks.length && this.absorbs(this.blocks[last + 1])) {
      last++;
    }
    const start = this.blocks[first].start;
    const end = this.blocks[last].start + this.blocks[last].length;
    const removed = this.blocks.slice(first, last + 1);
    for (const block of removed) {
      this.forget(block);
    }
    const length = end - start + delta;
    this.blocks.splice(first, last - first + 1, ...(length > 0 ? [this.dirtyBlock(start, length)] : []));
    this.documentLength += delta;
    const shiftFrom = length > 0 ? first + 1 : first;
    for (let index = shiftFrom; index < this.blocks.length; index++) {
      this.blocks[index].start += delta;
    }
  }

  /**
   * Reads and counts every dirty block, yielding to the host between slices. Resolves false when
   * `signal` is cancelled first (blocks counted so far stay counted). Edits may arrive while it
   * waits: they only dirty more blocks, and work on a block an edit replaced is dropped.
   */
  async settle(read: TextReader, signal?: CancellationSignal): Promise<boolean> {
    this.sliceStart = this.options.now();
    for (;;) {
      const next = this.dirty.values().next();
      if (next.done === true) {
        return true;
      }
      if (signal?.isCancellationRequested === true || !(await this.countLeadingBlock(next.value, read, signal))) {
        return false;
      }
      if (this.options.now() - this.sliceStart >= this.options.sliceMilliseconds) {
        await this.options.yieldToHost();
        this.sliceStart = this.options.now();
      }
    }
  }

  /**
   * The figures of the text between `start` and `end`, reusing the counted blocks that lie inside
   * with enough context around them that their cuts are safe cuts of the range's own text too;
   * only the ends (and any dirty block) are read and counted. Undefined when cancelled.
   */
  async countRange(read: TextReader, start: number, end: number, signal?: CancellationSignal): Promise<RangeCount | undefined> {
    const inner = this.innerCountedRun(start, end);
    if (inner === undefined) {
      return this.countText(read(start, end), signal);
    }
    const head = await this.countText(read(start, inner.start), signal);
    const tail = head && (await this.countText(read(inner.end, end), signal));
    if (head === undefined || tail === undefined) {
      return undefined;
    }
    return { tokens: head.tokens + inner.tokens + tail.tokens, characters: head.characters + inner.characters + tail.characters };
  }

  /** The longest run of counted blocks inside [start, end) whose outer cuts have the rule's context inside it too. */
  private innerCountedRun(start: number, end: number): { start: number; end: number; tokens: number; characters: number } | undefined {
    if (this.rule === undefined || this.blocks.length === 0 || end - start < this.options.minBlockLength) {
      return undefined;
    }
    let index = this.blockAt(start + this.rule.contextBefore);
    if (this.blocks[index].start < start + this.rule.contextBefore) {
      index++;
    }
    const runStart = this.blocks[index]?.start ?? end;
    const limit = end - this.rule.contextAfter;
    let tokens = 0;
    let characters = 0;
    let runEnd = runStart;
    for (; index < this.blocks.length; index++) {
      const block = this.blocks[index];
      if (block.tokens < 0 || block.start + block.length > limit) {
        break;
      }
      tokens += block.tokens;
      characters += block.characters;
      runEnd = block.start + block.length;
    }
    return runEnd > runStart ? { start: runStart, end: runEnd, tokens, characters } : undefined;
  }

  private async countText(text: string, signal: CancellationSignal | undefined): Promise<RangeCount | undefined> {
    const tokens = text.length <= this.options.syncLimit ? this.encoder.count(text) : await this.encoder.countAsync(text, signal);
    return tokens === undefined ? undefined : { tokens, characters: countCharacters(text) };
  }

  /**
   * Cuts the dirty block into counted blocks from its start, as far as one read of the document
   * reaches; the rest stays dirty. False when a sliced count was cancelled.
   */
  private async countLeadingBlock(block: Block, read: TextReader, signal: CancellationSignal | undefined): Promise<boolean> {
    const cuts = this.cutsFrom(block, read);
    const counted: Block[] = [];
    for (const piece of cuts.pieces) {
      const text = cuts.text.slice(piece.start - cuts.offset, piece.end - cuts.offset);
      if (text.length > this.options.syncLimit) {
        const tokens = await this.encoder.countAsync(text, signal);
        if (tokens === undefined) {
          return false;
        }
        // An edit during the wait may have merged this block into a newer dirty one; then the count is stale.
        if (!this.dirty.has(block)) {
          return true;
        }
        counted.push({ start: piece.start, length: text.length, tokens, characters: countCharacters(text) });
        break;
      }
      counted.push({ start: piece.start, length: text.length, tokens: this.encoder.count(text), characters: countCharacters(text) });
    }
    this.replaceLeading(block, counted);
    return true;
  }

  /**
   * The next blocks' spans from the dirty block's start, and the text read to find them. Reads
   * `readLength` units (plus context) at first, more when a stretch has no safe cut.
   */
  private cutsFrom(block: Block, read: TextReader): { text: string; offset: number; pieces: { start: number; end: number }[] } {
    const end = block.start + block.length;
    const before = this.rule?.contextBefore ?? 0;
    const after = this.rule?.contextAfter ?? 0;
    for (let readLength = this.options.readLength; ; readLength *= 4) {
      const readEnd = this.rule === undefined ? end : Math.min(end, block.start + readLength);
      const offset = Math.max(0, block.start - before);
      const text = read(offset, Math.min(this.documentLength, readEnd + after));
      const pieces: { start: number; end: number }[] = [];
      let position = block.start;
      while (position < readEnd) {
        const cut = this.nextCut(text, offset, position, end, readEnd);
        if (cut === undefined) {
          break;
        }
        pieces.push({ start: position, end: cut });
        position = cut;
      }
      if (pieces.length > 0) {
        return { text, offset, pieces };
      }
    }
  }

  /** Where the block starting at `position` ends, looking at cuts before `readEnd`; undefined when the text read holds no cut. */
  private nextCut(text: string, offset: number, position: number, end: number, readEnd: number): number | undefined {
    const { preferredBlockLength, maxBlockLength, minBlockLength } = this.options;
    if (this.rule === undefined || end - position <= preferredBlockLength + minBlockLength) {
      return readEnd === end ? end : undefined;
    }
    if (readEnd < end && position + maxBlockLength > readEnd) {
      return undefined; // decide with the whole search window read, so cuts do not depend on where a read ended
    }
    const isCut = (index: number): boolean => this.rule?.isSafeCut(text, index - offset) === true;
    const preferred = position + preferredBlockLength;
    const limit = Math.min(position + maxBlockLength, readEnd);
    for (let index = preferred; index < limit; index++) {
      if (isCut(index)) {
        return index;
      }
    }
    for (let index = preferred - 1; index > position; index--) {
      if (isCut(index)) {
        return index;
      }
    }
    for (let index = limit; index < readEnd; index++) {
      if (isCut(index)) {
        return index;
      }
    }
    return readEnd === end ? end : undefined;
  }

  /** Puts `counted` (spans from the dirty block's start, in order) in place of the block's leading part. */
  private replaceLeading(block: Block, counted: readonly Block[]): void {
    const index = this.indexOf(block);
    const countedLength = counted.reduce((sum, piece) => sum + piece.length, 0);
    const shift = block.start - counted[0].start;
    for (const piece of counted) {
      piece.start += shift;
      this.countedTokens += piece.tokens;
      this.countedCharacters += piece.characters;
    }
    this.forget(block);
    const rest = block.length - countedLength;
    this.blocks.splice(index, 1, ...counted, ...(rest > 0 ? [this.dirtyBlock(block.start + countedLength, rest)] : []));
  }

  private dirtyBlock(start: number, length: number): Block {
    const block: Block = { start, length, tokens: -1, characters: 0 };
    this.dirty.add(block);
    return block;
  }

  /** Takes a block's figures out of the totals before it is replaced. */
  private forget(block: Block): void {
    if (block.tokens < 0) {
      this.dirty.delete(block);
    } else {
      this.countedTokens -= block.tokens;
      this.countedCharacters -= block.characters;
    }
  }

  /** Neighbours an edit takes along: dirty ones (one read instead of two) and crumbs. */
  private absorbs(block: Block): boolean {
    return block.tokens < 0 || block.length < this.options.minBlockLength;
  }

  /** The index of the block holding `offset`, clamped into the document. */
  private blockAt(offset: number): number {
    const target = Math.max(0, Math.min(offset, this.documentLength - 1));
    let low = 0;
    let high = this.blocks.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.blocks[middle].start <= target) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return low;
  }

  private indexOf(block: Block): number {
    const index = this.blockAt(block.start);
    if (this.blocks[index] !== block) {
      throw new Error('Block index out of order');
    }
    return index;
  }
}
