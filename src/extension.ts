import * as vscode from 'vscode';
import { CommandIds } from './commandIds';
import { selectModel } from './tokens/selectModelCommand';
import { TokenCountStatusBar } from './tokens/tokenCountStatusBar';
import { createEncoderRegistry } from './tokens/tokenizerFiles';

/** What `activate` returns: a small surface for other extensions and for this extension's tests. */
export interface LearnGenaiApi {
  readonly tokenCounter: TokenCountStatusBar;
}

export function activate(context: vscode.ExtensionContext): LearnGenaiApi {
  const encoders = createEncoderRegistry(context.extensionUri);
  const tokenCounter = new TokenCountStatusBar(encoders);
  context.subscriptions.push(
    tokenCounter,
    vscode.commands.registerCommand(CommandIds.selectModel, (modelId?: unknown) => selectModel(typeof modelId === 'string' ? modelId : undefined)),
  );
  return { tokenCounter };
}

export function deactivate(): void {
  // Everything is released through context.subscriptions.
}
