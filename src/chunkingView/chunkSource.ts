// What the Chunks view chunks: a document, or a selection in it, read at one moment.
import type * as vscode from 'vscode';

export interface ChunkSource {
  readonly document: vscode.TextDocument;
  /** Undefined for the whole document. */
  readonly range: vscode.Range | undefined;
  /** The text chunked, read when the run started. */
  readonly text: string;
  /** Document offset of the text's first character: chunk offsets are relative to the text. */
  readonly baseOffset: number;
  /** The document version the text was read at. */
  readonly version: number;
}

/** The selection (the first non-empty one) or, without one, the whole document. */
export function sourceFromEditor(editor: vscode.TextEditor): ChunkSource {
  const selection = editor.selections.find((candidate) => !candidate.isEmpty);
  return readSource(editor.document, selection);
}

export function readSource(document: vscode.TextDocument, range: vscode.Range | undefined): ChunkSource {
  const valid = range ? document.validateRange(range) : undefined;
  return {
    document,
    range: valid,
    text: document.getText(valid),
    baseOffset: valid ? document.offsetAt(valid.start) : 0,
    version: document.version,
  };
}

/** Editors whose text can be chunked: files and untitled documents, not output panes. */
export function isChunkable(editor: vscode.TextEditor | undefined): editor is vscode.TextEditor {
  return editor !== undefined && editor.document.uri.scheme !== 'output' && editor.document.uri.scheme !== 'vscode-scm';
}
