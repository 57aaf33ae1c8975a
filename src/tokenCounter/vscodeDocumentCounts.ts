// Keeps a block index (blockTokenIndex.ts) for the documents the counter has counted, fed by the
// documents' change events, so a count after an edit reads and counts only the touched blocks.
import * as vscode from 'vscode';
import { Disposable } from '../common/disposable';
import type { Encoder } from '../tokenEngine';
import { BlockTokenIndex, type RangeCount, type TextReader } from './blockTokenIndex';

/** Indexes kept for recently counted documents; older ones are dropped and rebuilt when needed. */
const maximumTrackedDocuments = 4;

interface Tracked {
  readonly encoder: Encoder;
  readonly index: BlockTokenIndex;
}

export interface EditorCount extends RangeCount {
  /** Number of non-empty selections counted; 0 means the whole document. */
  readonly selections: number;
}

export class DocumentCounts extends Disposable {
  private readonly tracked = new Map<vscode.TextDocument, Tracked>();

  constructor() {
    super();
    this._register(vscode.workspace.onDidChangeTextDocument((event) => this.applyChanges(event)));
    this._register(vscode.workspace.onDidCloseTextDocument((document) => this.tracked.delete(document)));
  }

  /**
   * The selections' figures when any is non-empty (every cursor counts), else the whole
   * document's; undefined when cancelled.
   */
  async count(editor: vscode.TextEditor, encoder: Encoder, signal: vscode.CancellationToken): Promise<EditorCount | undefined> {
    const document = editor.document;
    const index = this.indexFor(document, encoder);
    const read = reader(document);
    if (!(await index.settle(read, signal))) {
      return undefined;
    }
    const selected = editor.selections.filter((selection) => !selection.isEmpty);
    if (selected.length === 0) {
      const total = index.total;
      return total && { ...total, selections: 0 };
    }
    let tokens = 0;
    let characters = 0;
    for (const selection of selected) {
      const counted = await index.countRange(read, document.offsetAt(selection.start), document.offsetAt(selection.end), signal);
      if (counted === undefined || signal.isCancellationRequested) {
        return undefined;
      }
      tokens += counted.tokens;
      characters += counted.characters;
    }
    return { tokens, characters, selections: selected.length };
  }

  private indexFor(document: vscode.TextDocument, encoder: Encoder): BlockTokenIndex {
    const existing = this.tracked.get(document);
    if (existing?.encoder === encoder && existing.index.length === documentLength(document)) {
      return existing.index;
    }
    // A new document or model, or (never expected) an index out of step with its document: start over.
    const index = new BlockTokenIndex(encoder, documentLength(document));
    this.tracked.delete(document);
    this.tracked.set(document, { encoder, index });
    if (this.tracked.size > maximumTrackedDocuments) {
      const oldest = this.tracked.keys().next();
      if (oldest.done !== true) {
        this.tracked.delete(oldest.value);
      }
    }
    return index;
  }

  /** Changes arrive in the order VS Code applied them, each against the text the previous one left. */
  private applyChanges(event: vscode.TextDocumentChangeEvent): void {
    const tracked = this.tracked.get(event.document);
    if (tracked === undefined) {
      return;
    }
    try {
      for (const change of event.contentChanges) {
        tracked.index.applyChange(change.rangeOffset, change.rangeLength, change.text.length);
      }
    } catch {
      this.tracked.delete(event.document); // rebuilt on the next count
    }
  }
}

/** The document's length in UTF-16 units, from its last line, without reading its text. */
function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

/**
 * Reads only the range asked for: `getText(range)`, never the whole document. An offset between
 * CR and LF has no position (positionAt moves it back before the CR), so the range read runs from
 * the position at or before `start` to the one at or after `end`, and is trimmed to the offsets.
 */
function reader(document: vscode.TextDocument): TextReader {
  return (start, end) => {
    const from = document.positionAt(start);
    const text = document.getText(new vscode.Range(from, document.positionAt(end + 1)));
    const fromOffset = document.offsetAt(from);
    return text.slice(start - fromOffset, end - fromOffset);
  };
}
