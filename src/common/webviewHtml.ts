import * as vscode from 'vscode';
import { escapeHtml } from './html';
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

/**
 * The HTML shell every webview of the extension uses: a strict Content-Security-Policy (nothing by
 * default, scripts only by nonce, styles, fonts and images only from the webview's own source), the
 * theme comes from VS Code's CSS variables, and the page's state arrives in `data-state`.
 */
export function webviewPage(options: WebviewPageOptions): string {
  const { webview, extensionUri } = options;
  const nonce = createNonce();
  const asset = (...segments: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...segments)).toString();
  const csp = [
    `default-src 'none'`,
    `img-src ${webview.cspSource} data:`,
    `style-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  const styles = [asset('dist', 'webview', 'codicon.css'), ...options.styles.map((file) => asset('media', file))]
    .map((href) => `<link rel="stylesheet" href="${href}">`)
    .join('\n    ');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(options.language)}">
  <head>
    <meta charset="UTF-8">
    <meta http-equiv="Content-Security-Policy" content="${csp}">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    ${styles}
    <title>${escapeHtml(options.title)}</title>
  </head>
  <body data-state="${escapeHtml(JSON.stringify(options.initialState))}">
    <div id="root"></div>
    <script nonce="${nonce}" src="${asset('dist', 'webview', options.script)}"></script>
  </body>
</html>`;
}
