import * as vscode from 'vscode';
import { pageShellHtml } from './pageShell';
import { createNonce } from './random';

export interface WebviewPageOptions {
  readonly webview: vscode.Webview;
  readonly extensionUri: vscode.Uri;
  readonly title: string;
  /** File names under dist/webview/ (script) and media/ (styles). */
  readonly script: string;
  readonly styles: readonly string[];
  /** Handed to the page through an escaped data attribute: initial state and localized strings. */
  readonly initialState: unknown;
  readonly language: string;
}

/** The folders a page may load from: its bundle, the styles, and the codicon font. */
export function webviewResourceRoots(extensionUri: vscode.Uri, extra: readonly vscode.Uri[] = []): vscode.Uri[] {
  return [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media'), ...extra];
}

/** The page shell (see pageShell.ts) with this webview's URIs, CSP source and a fresh nonce. */
export function webviewPage(options: WebviewPageOptions): string {
  const { webview, extensionUri } = options;
  const asset = (...segments: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...segments)).toString();
  return pageShellHtml({
    cspSource: webview.cspSource,
    nonce: createNonce(),
    scriptUri: asset('dist', 'webview', options.script),
    styleUris: [asset('dist', 'webview', 'codicon.css'), ...options.styles.map((file) => asset('media', file))],
    title: options.title,
    language: options.language,
    initialState: options.initialState,
  });
}
