import * as assert from 'assert';
import * as vscode from 'vscode';
import { WebviewViewHost, type WebviewViewDefinition } from '../../../src/common/webviewViewHost';
import { extensionId } from '../support/extensionApi';

type FromPage = { readonly type: 'ready' } | { readonly type: 'ping' };
type ToPage = { readonly type: 'hello' } | { readonly type: 'hostError'; readonly text: string };

/** An in-memory webview view: records what the host posts and lets the test play VS Code and the page. */
class FakeWebviewView {
  visible = true;
  description: string | undefined;
  shown = 0;
  private readonly messages = new vscode.EventEmitter<unknown>();
  private readonly visibility = new vscode.EventEmitter<void>();
  private readonly disposal = new vscode.EventEmitter<void>();
  readonly posted: unknown[] = [];
  readonly webview = {
    html: '',
    options: {} as vscode.WebviewOptions,
    cspSource: 'https://fake.webview',
    onDidReceiveMessage: this.messages.event,
    postMessage: (message: unknown): Thenable<boolean> => {
      this.posted.push(message);
      return Promise.resolve(true);
    },
    asWebviewUri: (uri: vscode.Uri): vscode.Uri => uri,
  };
  readonly onDidChangeVisibility = this.visibility.event;
  readonly onDidDispose = this.disposal.event;
  show(): void {
    this.shown += 1;
  }
  /** What the page would send; resolves after the host handled it. */
  async send(data: unknown): Promise<void> {
    this.messages.fire(data);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  hide(): void {
    this.visible = false;
    this.visibility.fire();
  }
  close(): void {
    this.disposal.fire();
  }
  asView(): vscode.WebviewView {
    return this as unknown as vscode.WebviewView;
  }
}

describe('WebviewViewHost', () => {
  const extensionUri = () => vscode.extensions.getExtension(extensionId)!.extensionUri;
  const parse = (data: unknown): FromPage | undefined => {
    const type = (data as { type?: unknown } | null)?.type;
    return type === 'ready' || type === 'ping' ? { type } : undefined;
  };
  const output = { warn: () => undefined, error: () => undefined } as unknown as vscode.LogOutputChannel;

  function viewHost() {
    const handled: FromPage[] = [];
    let unloaded = 0;
    const definition: WebviewViewDefinition<FromPage, ToPage> = {
      viewType: 'learnGenai.testView',
      extensionUri: extensionUri(),
      name: 'test view',
      output,
      parse,
      errorMessage: (text) => ({ type: 'hostError', text }),
      shell: () => ({ title: 'Test view', script: 'tokenizer.js', styles: ['webview.css'], initialState: { labels: {} } }),
      onPageUnloaded: () => void (unloaded += 1),
    };
    const host = new WebviewViewHost<FromPage, ToPage>(definition, (message) => void handled.push(message));
    return { host, handled, unloadedCount: () => unloaded };
  }

  it('renders the page shell with scripts on and resources limited to the page folders', () => {
    const { host } = viewHost();
    const view = new FakeWebviewView();
    host.resolveWebviewView(view.asView());
    assert.match(view.webview.html, /script-src &#39;nonce-[0-9a-f]{32}&#39;/);
    assert.match(view.webview.html, /<title>Test view<\/title>/);
    assert.strictEqual(view.webview.options.enableScripts, true);
    const roots = [vscode.Uri.joinPath(extensionUri(), 'dist', 'webview'), vscode.Uri.joinPath(extensionUri(), 'media')].map(String);
    assert.deepStrictEqual(view.webview.options.localResourceRoots?.map(String), roots);
    assert.strictEqual(host.view, view.asView());
    host.dispose();
  });

  it('posts only after the page said ready, and stops when the view is hidden until it is ready again', async () => {
    const { host, unloadedCount } = viewHost();
    const view = new FakeWebviewView();
    host.resolveWebviewView(view.asView());
    host.post({ type: 'hello' });
    assert.deepStrictEqual(view.posted, []);
    await view.send({ type: 'ready' });
    assert.strictEqual(host.isReady, true);
    host.post({ type: 'hello' });
    assert.deepStrictEqual(view.posted, [{ type: 'hello' }]);
    view.hide();
    assert.strictEqual(host.isReady, false);
    assert.strictEqual(unloadedCount(), 1);
    host.post({ type: 'hello' });
    assert.deepStrictEqual(view.posted, [{ type: 'hello' }]);
    host.dispose();
  });

  it('lets go of the old page when the view is resolved again: its messages reach no handler', async () => {
    const { host, handled } = viewHost();
    const first = new FakeWebviewView();
    const second = new FakeWebviewView();
    host.resolveWebviewView(first.asView());
    host.resolveWebviewView(second.asView());
    await first.send({ type: 'ping' });
    await second.send({ type: 'ping' });
    assert.deepStrictEqual(handled, [{ type: 'ping' }]);
    assert.strictEqual(host.view, second.asView());
    // The old view closing later does not close the new one.
    first.close();
    assert.strictEqual(host.view, second.asView());
    host.dispose();
  });

  it('forgets a closed view, says the page is gone, and reveals by showing the view while it is open', async () => {
    const { host, handled, unloadedCount } = viewHost();
    const view = new FakeWebviewView();
    host.resolveWebviewView(view.asView());
    await host.reveal();
    assert.strictEqual(view.shown, 1);
    view.close();
    assert.strictEqual(host.view, undefined);
    assert.strictEqual(host.isReady, false);
    assert.strictEqual(unloadedCount(), 1);
    await view.send({ type: 'ping' });
    assert.deepStrictEqual(handled, []);
    host.dispose();
  });
});
