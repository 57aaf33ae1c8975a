import * as vscode from 'vscode';
import { EncoderRegistry, fileNameFor, isBundledTokenizerName, readTokenizerJson, writeTokenizerFile, type TokenizerId } from '../tokenEngine';

/**
 * The one place the extension gets encoders from. Bundled rank data is read from the extension's
 * own `dist/tokenizers/` with `workspace.fs`, which works on desktop and on the web alike, and only
 * when a tokenizer is first used; a learner's tokenizer.json (a `file:` id) is read from its URI
 * and converted on first use.
 */
export function createEncoderRegistry(extensionUri: vscode.Uri): EncoderRegistry {
  const directory = vscode.Uri.joinPath(extensionUri, 'dist', 'tokenizers');
  return new EncoderRegistry(async (name: TokenizerId) => {
    if (isBundledTokenizerName(name)) {
      return vscode.workspace.fs.readFile(vscode.Uri.joinPath(directory, fileNameFor(name)));
    }
    return userTokenizerFile(vscode.Uri.parse(name.slice('file:'.length)));
  });
}

/** A tokenizer.json turned into the engine's format; throws TokenizerJsonError or a read or parse error. */
export async function userTokenizerFile(uri: vscode.Uri): Promise<Uint8Array> {
  const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  return writeTokenizerFile(readTokenizerJson(JSON.parse(text)));
}
