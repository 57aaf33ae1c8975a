// The text the tokenizer view shows, and how it describes where that text comes from.
import * as vscode from 'vscode';
import type { InputMode, TokenizerInput } from './tokenizerMessages';
import { findSpecialTokenText } from './tokenText';

/** Texts up to this long go to the page so the learner can edit a copy; longer ones never travel. */
const editableTextLimit = 20_000;

export interface TokenizerText {
  readonly mode: InputMode;
  readonly text: string;
  /** Localized, for the line above the tokens. */
  readonly description: string;
}

/** Editors that are not where the learner writes (the Output panel, say) are not followed. */
export function isFollowable(editor: vscode.TextEditor | undefined): editor is vscode.TextEditor {
  return editor !== undefined && editor.document.uri.scheme !== 'output' && !editor.document.isClosed;
}

/** The editor's primary selection, or its whole document when nothing is selected. */
export function editorText(editor: vscode.TextEditor | undefined): TokenizerText {
  if (!isFollowable(editor)) {
    return { mode: 'editor', text: '', description: vscode.l10n.t('No text yet: select text in an editor, or type it here.') };
  }
  const name = fileName(editor.document.uri);
  if (editor.selection.isEmpty) {
    return { mode: 'editor', text: editor.document.getText(), description: vscode.l10n.t('{0} (whole document)', name) };
  }
  return { mode: 'editor', text: editor.document.getText(editor.selection), description: vscode.l10n.t('Selection in {0}', name) };
}

export function pinned(text: TokenizerText): TokenizerText {
  return text.mode === 'editor' ? { mode: 'pinned', text: text.text, description: vscode.l10n.t('Pinned: {0}', text.description) } : text;
}

export function commandText(text: string): TokenizerText {
  return { mode: 'pinned', text, description: vscode.l10n.t('Example text') };
}

export function typedText(text: string): TokenizerText {
  return { mode: 'typed', text, description: vscode.l10n.t('Typed text') };
}

function fileName(uri: vscode.Uri): string {
  const path = uri.path;
  return path.slice(path.lastIndexOf('/') + 1) || uri.toString(true);
}

/** What the page is told about the text: never the text itself when it is long. */
export function describeInput(input: TokenizerText): TokenizerInput {
  const specialTokenText = findSpecialTokenText(input.text);
  return {
    mode: input.mode,
    description: input.description,
    length: input.text.length,
    ...(input.text.length <= editableTextLimit ? { editableText: input.text } : {}),
    ...(specialTokenText ? { specialTokenText } : {}),
  };
}
