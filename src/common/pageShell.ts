import { escapeHtml } from './html';

/** Everything the page shell needs, already turned into webview URIs (see webviewHtml.ts). */
export interface PageShellParts {
  /** The webview's own source (`webview.cspSource`). */
  readonly cspSource: string;
  readonly nonce: string;
  readonly scriptUri: string;
  readonly styleUris: readonly string[];
  readonly title: string;
  readonly language: string;
  /** Handed to the page through an escaped data attribute: initial state and localized strings. */
  readonly initialState: unknown;
}

/**
 * The Content-Security-Policy of every page: nothing by default; scripts only by nonce; styles,
 * fonts and images only from the webview's own source (images also as data: URIs); no form may be
 * submitted anywhere and no `<base>` may redirect relative URLs.
 */
export function pageContentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    `default-src 'none'`,
    `img-src ${cspSource} data:`,
    `style-src ${cspSource}`,
    `font-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    `form-action 'none'`,
    `base-uri 'none'`,
  ].join('; ');
}

/**
 * The HTML shell every webview of the extension uses; the page's state arrives in `data-state`.
 * The page draws into `<main>`, so every page has its main landmark and no content outside one.
 */
export function pageShellHtml(parts: PageShellParts): string {
  const styles = parts.styleUris.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join('\n    ');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(parts.language)}">
  <head>
    <meta charset="UTF-8">
    <meta http-equiv="Content-Security-Policy" content="${escapeHtml(pageContentSecurityPolicy(parts.cspSource, parts.nonce))}">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    ${styles}
    <title>${escapeHtml(parts.title)}</title>
  </head>
  <body data-state="${escapeHtml(JSON.stringify(parts.initialState))}">
    <main id="root"></main>
    <script nonce="${escapeHtml(parts.nonce)}" src="${escapeHtml(parts.scriptUri)}"></script>
  </body>
</html>`;
}
