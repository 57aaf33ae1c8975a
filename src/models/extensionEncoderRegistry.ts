import * as vscode from 'vscode';
import { EncoderRegistry, fileNameFor } from '../tokenEngine';

/**
 * The one place the extension gets encoders from. Rank data is read from the extension's own
 * `dist/tokenizers/` with `workspace.fs`, which works on desktop and on the web alike, and only
 * when an encoding is first used.
 */
export function createEncoderRegistry(extensionUri: vscode.Uri): EncoderRegistry {
  const directory = vscode.Uri.joinPath(extensionUri, 'dist', 'tokenizers');
  return new EncoderRegistry((encoding) => Promise.resolve(vscode.workspace.fs.readFile(vscode.Uri.joinPath(directory, fileNameFor(encoding)))));
}
