/*
 * The host side of a webview view (a page in the side bar or panel area), around a WebviewPageHost:
 * VS Code resolves the view again whenever it is shown after being closed, so each resolve gets a
 * fresh page host and the old one is let go; a hidden view loses its page until it says `ready` again.
 *
 * Usage: the view's provider makes one host and hands `resolveWebviewView` on to it:
 *   this.host = this._register(new WebviewViewHost({
 *     viewType: 'learnGenai.chunks', extensionUri, name: 'chunks view', output, parse: parseChunksViewMessage,
 *     errorMessage: (text) => ({ type: 'hostError', text }),
 *     shell: () => ({ title: vscode.l10n.t('Chunks'), script: 'chunks.js', styles: [...], initialState: chunksViewState() }),
 *   }, (message) => this.handle(message)));
 * then posts with `host.post`, shows the view with `host.reveal()`, and answers `ready` with the whole state.
 */
import * as vscode from 'vscode';
import { Disposable } from './disposable';
import { WebviewPageHost, panelWebviewOptions, type WebviewPageDefinition, type WebviewShell } from './webviewPageHost';

export interface WebviewViewDefinition<From extends { readonly type: string }, To> extends WebviewPageDefinition<From, To> {
  /** The view's id in package.json; `<viewType>.focus` opens it. */
  readonly viewType: string;
  readonly extensionUri: vscode.Uri;
  /** The page to render, read at each resolve, so its labels and state are current. */
  readonly shell: () => Omit<WebviewShell, 'extensionUri' | 'language'>;
  /** The page went away: the view was hidden (its page unloads) or closed. Work for it can stop. */
  readonly onPageUnloaded?: () => void;
}

interface ResolvedView<From extends { readonly type: string }, To> {
  readonly view: vscode.WebviewView;
  readonly page: WebviewPageHost<From, To>;
  readonly disposables: readonly vscode.Disposable[];
}

/** One resolved view at a time: its webview options, page, visibility and disposal. */
export class WebviewViewHost<From extends { readonly type: string }, To> extends Disposable implements vscode.WebviewViewProvider {
  private current: ResolvedView<From, To> | undefined;

  constructor(
    private readonly definition: WebviewViewDefinition<From, To>,
    private readonly handle: (message: From) => Promise<void> | void,
  ) {
    super();
    this._register({ dispose: () => this.release() });
  }

  resolveWebviewView(webviewView: vscode.WebviewView): void {
    this.release();
    const { extensionUri } = this.definition;
    webviewView.webview.options = panelWebviewOptions(extensionUri);
    const page = new WebviewPageHost<From, To>(webviewView.webview, this.definition, this.handle);
    page.render({ extensionUri, language: vscode.env.language, ...this.definition.shell() });
    this.current = {
      view: webviewView,
      page,
      disposables: [
        page,
        // Without retainContextWhenHidden the page is rebuilt when shown again, and says `ready` then.
        webviewView.onDidChangeVisibility(() => {
          if (!webviewView.visible) {
            page.markNotReady();
            this.definition.onPageUnloaded?.();
          }
        }),
        webviewView.onDidDispose(() => {
          if (this.current?.view === webviewView) {
            this.definition.onPageUnloaded?.();
            this.release();
          }
        }),
      ],
    };
  }

  /** The resolved view, until it is closed. */
  get view(): vscode.WebviewView | undefined {
    return this.current?.view;
  }

  /** True once the view's page said `ready` since it was last (re)loaded. */
  get isReady(): boolean {
    return this.current?.page.isReady ?? false;
  }

  /** Posts to the page when there is one and it is ready (see WebviewPageHost.post). */
  post(message: To): void {
    this.current?.page.post(message);
  }

  /** Logs `error` and shows `text` on the page (see WebviewPageHost.reportError); nothing while no view is open. */
  reportError(error: unknown, text?: string): void {
    this.current?.page.reportError(error, text);
  }

  /** Shows the view without taking focus, or opens it when it was never resolved or was closed. */
  async reveal(): Promise<void> {
    if (this.current) {
      this.current.view.show(true);
    } else {
      await vscode.commands.executeCommand(`${this.definition.viewType}.focus`);
    }
  }

  private release(): void {
    const released = this.current;
    this.current = undefined;
    for (const disposable of released?.disposables ?? []) {
      disposable.dispose();
    }
  }
}
