// Follows the editor the learner works in: which one it is, and when its text or selection changes.
import * as vscode from 'vscode';
import { Disposable } from '../common/disposable';
import { isFollowable } from './tokenizerInput';

/** Selections settle fast; edits are batched a little longer, as in the status bar counter. */
const selectionDelayMs = 150;
const editDelayMs = 300;

/**
 * Remembers the last text editor that had focus (the view itself is no editor, so the text stays
 * while the learner works in the view) and calls `onChange` with how long to wait before acting.
 */
export class EditorFollower extends Disposable {
  private editor: vscode.TextEditor | undefined;

  constructor(onChange: (delayMs: number) => void) {
    super();
    this.editor = isFollowable(vscode.window.activeTextEditor) ? vscode.window.activeTextEditor : undefined;
    this._register(vscode.window.onDidChangeActiveTextEditor((editor) => {
      if (isFollowable(editor)) {
        this.editor = editor;
        onChange(0);
      }
    }));
    this._register(vscode.window.onDidChangeTextEditorSelection((event) => {
      if (event.textEditor === vscode.window.activeTextEditor && isFollowable(event.textEditor)) {
        this.editor = event.textEditor;
        onChange(selectionDelayMs);
      }
    }));
    this._register(vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document === this.editor?.document && event.contentChanges.length > 0) {
        onChange(editDelayMs);
      }
    }));
    this._register(vscode.workspace.onDidCloseTextDocument((document) => {
      if (document === this.editor?.document) {
        this.editor = undefined;
        onChange(0);
      }
    }));
  }

  get current(): vscode.TextEditor | undefined {
    return this.editor;
  }

  set current(editor: vscode.TextEditor | undefined) {
    this.editor = editor;
  }
}
