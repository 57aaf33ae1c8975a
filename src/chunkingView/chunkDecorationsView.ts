// Chunk boundaries drawn in the editor: alternating background bands, overlaps outlined, and a
// hover on a band telling the chunk's number, tokens and characters. Only chunks near the visible
// ranges are decorated, so a 10 MB document with thousands of chunks stays light.
import * as vscode from 'vscode';
import type { Chunk } from '../chunking/chunkTypes';
import { Disposable } from '../common/disposable';

/** Chunks decorated beyond the visible ones, on each side, so scrolling a little shows bands at once. */
const marginChunks = 20;

export interface DecoratedChunks {
  readonly document: vscode.TextDocument;
  readonly version: number;
  readonly baseOffset: number;
  /** Embedded chunks (no hierarchical parents), in source order. */
  readonly chunks: readonly Chunk[];
}

/** The ranges drawn, by kind, for tests to compare with the chunks. */
export interface DrawnDecorations {
  readonly odd: readonly vscode.Range[];
  readonly even: readonly vscode.Range[];
  readonly overlaps: readonly vscode.Range[];
}

export class ChunkDecorations extends Disposable {
  private readonly odd = this._register(vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('learnGenai.chunkBackgroundOdd'),
    overviewRulerColor: new vscode.ThemeColor('learnGenai.chunkBackgroundOdd'),
    overviewRulerLane: vscode.OverviewRulerLane.Left,
  }));
  private readonly even = this._register(vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('learnGenai.chunkBackgroundEven'),
  }));
  private readonly overlap = this._register(vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('learnGenai.chunkOverlapBackground'),
    border: '1px dashed',
    borderColor: new vscode.ThemeColor('learnGenai.chunkOverlapBorder'),
  }));
  private shown: DecoratedChunks | undefined;
  private drawn = new Map<vscode.TextEditor, DrawnDecorations>();

  constructor() {
    super();
    this._register(vscode.window.onDidChangeTextEditorVisibleRanges((event) => this.drawIn(event.textEditor)));
    this._register(vscode.window.onDidChangeVisibleTextEditors(() => this.drawAll()));
    this._register(vscode.workspace.onDidChangeTextDocument((event) => {
      // Offsets no longer match the text: the view re-chunks and calls show() again.
      if (event.document === this.shown?.document && event.contentChanges.length > 0) {
        this.clear();
      }
    }));
  }

  show(chunks: DecoratedChunks): void {
    this.clear();
    this.shown = chunks;
    this.drawAll();
  }

  clear(): void {
    this.shown = undefined;
    for (const editor of vscode.window.visibleTextEditors) {
      editor.setDecorations(this.odd, []);
      editor.setDecorations(this.even, []);
      editor.setDecorations(this.overlap, []);
    }
    this.drawn.clear();
  }

  /** What is drawn in `editor` now. */
  drawnIn(editor: vscode.TextEditor): DrawnDecorations | undefined {
    return this.drawn.get(editor);
  }

  private drawAll(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      this.drawIn(editor);
    }
  }

  private drawIn(editor: vscode.TextEditor): void {
    const shown = this.shown;
    if (!shown || editor.document !== shown.document || editor.document.version !== shown.version) {
      return;
    }
    const { document, baseOffset, chunks } = shown;
    const range = (start: number, end: number) => new vscode.Range(document.positionAt(baseOffset + start), document.positionAt(baseOffset + end));
    const [first, last] = this.nearVisible(editor, shown);
    const numbers = new Intl.NumberFormat(vscode.env.language);
    const format = (value: number): string => numbers.format(value);
    const odd: vscode.DecorationOptions[] = [];
    const even: vscode.DecorationOptions[] = [];
    const overlaps: vscode.DecorationOptions[] = [];
    for (let index = first; index < last; index++) {
      const chunk = chunks[index];
      const hover = new vscode.MarkdownString(vscode.l10n.t('**Chunk {0}** · {1} tokens · {2} characters', chunk.number, format(chunk.tokens), format(chunk.characters)));
      (index % 2 === 0 ? odd : even).push({ range: range(chunk.start, chunk.end), hoverMessage: hover });
      const next = chunks[index + 1];
      if (next && next.start < chunk.end) {
        const shared = new vscode.MarkdownString(vscode.l10n.t('**Overlap** of chunks {0} and {1}: {2} characters in both', chunk.number, next.number, format(chunk.end - next.start)));
        overlaps.push({ range: range(next.start, Math.min(chunk.end, next.end)), hoverMessage: shared });
      }
    }
    editor.setDecorations(this.odd, odd);
    editor.setDecorations(this.even, even);
    editor.setDecorations(this.overlap, overlaps);
    this.drawn.set(editor, { odd: odd.map((option) => option.range), even: even.map((option) => option.range), overlaps: overlaps.map((option) => option.range) });
  }

  /** Indexes `[first, last)` of the chunks that meet the editor's visible ranges, with a margin. */
  private nearVisible(editor: vscode.TextEditor, shown: DecoratedChunks): [number, number] {
    const { chunks, baseOffset, document } = shown;
    if (editor.visibleRanges.length === 0) {
      return [0, Math.min(chunks.length, marginChunks)];
    }
    const visibleStart = document.offsetAt(editor.visibleRanges[0].start) - baseOffset;
    const visibleEnd = document.offsetAt(editor.visibleRanges[editor.visibleRanges.length - 1].end) - baseOffset;
    const first = firstEndingAfter(chunks, visibleStart);
    let last = first;
    while (last < chunks.length && chunks[last].start <= visibleEnd) {
      last++;
    }
    return [Math.max(0, first - marginChunks), Math.min(chunks.length, last + marginChunks)];
  }
}

/** The first chunk whose end is after `offset` (chunk ends grow with their starts). */
function firstEndingAfter(chunks: readonly Chunk[], offset: number): number {
  let low = 0;
  let high = chunks.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (chunks[middle].end <= offset) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low;
}
