/*
 * The host side of every webview page of this extension (lesson, quiz and practice exam panels; the
 * tokenizer and chunks views, through WebviewViewHost).
 *
 * Usage, for a new page:
 *   1. Type the page's messages once in a vscode-free `<page>Messages.ts`: `From<Page>.Message`
 *      (must include `{ type: 'ready' }`, which the page posts when its listener is installed),
 *      `To<Page>.Message` (include `HostErrorMessage` from ./webviewMessages, or another message the
 *      page shows as an error), and a `parse<Page>Message(data: unknown)` that checks arrivals.
 *   2. Create the host on the webview and render the shell:
 *        this.page = this._register(new WebviewPageHost(webview, {
 *          name: 'chunking view', output, parse: parseChunkingMessage,
 *          errorMessage: (text) => ({ type: 'hostError', text }),
 *        }, (message) => this.handle(message)));
 *        this.page.render({ extensionUri, title, script: 'chunking.js', styles: [...], initialState, language });
 *   3. `handle` is an exhaustive `switch (message.type)`; answer `ready` by posting what the page
 *      shows (`post` drops messages until the page is ready, so send the whole state on `ready`).
 *      Whatever `handle` throws is logged with its stack and shown on the page; never caught twice.
 *   4. Panels (editor tabs) that exist once: keep a `static readonly slot = new PanelSlot<YourPanel>()`
 *      and create or revive through `slot.revealOrCreate(...)` / `slot.hold(...)`; a webview view
 *      (side bar) uses WebviewViewHost (webviewViewHost.ts), which makes a page host per resolve.
 */
import * as vscode from 'vscode';
import { Disposable } from './disposable';
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

export interface WebviewPageDefinition<From extends { readonly type: string }, To> {
  /** For the log: "lesson page", "quiz page"... */
  readonly name: string;
  readonly output: vscode.LogOutputChannel;
  /** Checks a message on arrival; undefined for anything malformed. */
  readonly parse: (data: unknown) => From | undefined;
  /** The message that shows `text` as an error on the page. */
  readonly errorMessage: (text: string) => To;
  /** A malformed message the page wants to answer itself (say, text over a limit); true when handled. */
  readonly onMalformed?: (data: unknown) => boolean;
}

export type WebviewShell = Omit<WebviewPageOptions, 'webview'>;

/** Page shell, ready handshake, and parse → dispatch with errors logged and shown on the page. */
export class WebviewPageHost<From extends { readonly type: string }, To> extends Disposable {
  private ready = false;

  constructor(
    readonly webview: vscode.Webview,
    private readonly definition: WebviewPageDefinition<From, To>,
    private readonly handle: (message: From) => Promise<void> | void,
  ) {
    super();
    this._register(webview.onDidReceiveMessage((data: unknown) => this.receive(data)));
  }

  /** True once the page said `ready` since it was last rendered. */
  get isReady(): boolean {
    return this.ready;
  }

  /** (Re)loads the page; it says `ready` again when its script runs. */
  render(shell: WebviewShell): void {
    this.ready = false;
    this.webview.html = webviewPage({ webview: this.webview, ...shell });
  }

  /** A hidden webview view loses its page; it says `ready` again when shown. */
  markNotReady(): void {
    this.ready = false;
  }

  /** Posts to the page once it is ready; earlier messages would be lost, so they are not sent. */
  post(message: To): void {
    if (this.ready && !this.isDisposed) {
      void this.webview.postMessage(message);
    }
  }

  /** Logs `error` with its stack and shows `text` (by default a generic localized line) on the page. */
  reportError(error: unknown, text?: string): void {
    const detail = error instanceof Error ? error.message : String(error);
    this.definition.output.error(`${this.definition.name}: ${error instanceof Error && error.stack ? error.stack : detail}`);
    this.post(this.definition.errorMessage(text ?? vscode.l10n.t('Something went wrong: {0}. See the Learn GenAI output for details.', detail)));
  }

  private async receive(data: unknown): Promise<void> {
    const message = this.definition.parse(data);
    if (!message) {
      if (!this.definition.onMalformed?.(data)) {
        this.definition.output.warn(`Ignored a malformed message from the ${this.definition.name}: ${safeJson(data)}`);
      }
      return;
    }
    if (message.type === 'ready') {
      this.ready = true;
    }
    try {
      await this.handle(message);
    } catch (error) {
      this.reportError(error);
    }
  }
}

/** Options for a panel's webview: scripts on, resources only from the page's folders (see webviewResourceRoots). */
export function panelWebviewOptions(extensionUri: vscode.Uri, extraRoots: readonly vscode.Uri[] = []): vscode.WebviewOptions {
  return { enableScripts: true, localResourceRoots: webviewResourceRoots(extensionUri, extraRoots) };
}

/**
 * Holds the one open panel of a kind: `revealOrCreate` brings it to the front or makes it, `hold`
 * takes a panel VS Code revived after a reload (replacing any other). Closing the tab empties the
 * slot and disposes the panel object.
 */
export class PanelSlot<T extends { readonly panel: vscode.WebviewPanel; dispose(): void }> {
  private current: T | undefined;

  get active(): T | undefined {
    return this.current;
  }

  revealOrCreate(create: () => T): T {
    if (this.current) {
      this.current.panel.reveal(undefined, false);
      return this.current;
    }
    return this.hold(create());
  }

  hold(instance: T): T {
    if (this.current && this.current !== instance) {
      this.current.dispose();
    }
    this.current = instance;
    instance.panel.onDidDispose(() => {
      if (this.current === instance) {
        this.current = undefined;
      }
      instance.dispose();
    });
    return instance;
  }
}

/** At most 200 characters of `data` as JSON, for a log line; never throws. */
export function safeJson(data: unknown): string {
  try {
    return JSON.stringify(data)?.slice(0, 200) ?? String(data);
  } catch {
    return String(data);
  }
}
