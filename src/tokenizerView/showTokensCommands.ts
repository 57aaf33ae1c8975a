// The two commands that bring text into the Tokenizer view.
import * as vscode from 'vscode';
import { bundledTokenizerNames } from '../tokenEngine';
import { parseShowTokensForTextArguments } from './showTokensArguments';
import { maxTypedTextLength } from './tokenizerMessages';
import type { TokenizerViewProvider } from './tokenizerViewProvider';

/** `learnGenai.showTokensForSelection`: reveals the view with the editor's selection (or document) pinned. */
export async function showTokensForSelection(provider: TokenizerViewProvider): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (editor === undefined) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open an editor and select some text to see its tokens.'));
    return;
  }
  await provider.showSelection(editor);
}

/**
 * `learnGenai.showTokensForText` with `{ text, encoding?, compareWith? }`: reveals the view with
 * that text pinned. Lessons' "try it" buttons and tests call it.
 */
export async function showTokensForText(provider: TokenizerViewProvider, args: unknown, output: vscode.LogOutputChannel): Promise<void> {
  const parsed = parseShowTokensForTextArguments(args);
  if (parsed === undefined) {
    output.warn(`learnGenai.showTokensForText was given invalid arguments: ${describe(args)}`);
    void vscode.window.showErrorMessage(vscode.l10n.t(
      'Cannot show these tokens: the command needs a text of at most {0} characters, and encodings among {1}.',
      new Intl.NumberFormat(vscode.env.language).format(maxTypedTextLength),
      bundledTokenizerNames.join(', '),
    ));
    return;
  }
  await provider.showText(parsed.text, parsed);
}

function describe(args: unknown): string {
  try {
    return (JSON.stringify(args) ?? String(args)).slice(0, 200);
  } catch {
    return String(args);
  }
}
