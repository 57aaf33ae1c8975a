import * as assert from 'assert';
import * as vscode from 'vscode';
import { WebviewPageHost, type WebviewPageDefinition } from '../../../src/common/webviewPageHost';
import { extensionId } from '../support/extensionApi';

type FromPage = { readonly type: 'ready' } | { readonly type: 'explode' };
type ToPage = { readonly type: 'hello' } | { readonly type: 'hostError'; readonly text: string };

/** An in-memory webview: records what the host posts and lets the test play the page. */
class FakeWebview {
  html = '';
  options: vscode.WebviewOptions = {};
  readonly cspSource = 'https://fake.webview';
  readonly posted: unknown[] = [];
  private readonly emitter = new vscode.EventEmitter<unknown>();
  readonly onDidReceiveMessage = this.emitter.event;
  postMessage(message: unknown): Thenable<boolean> {
    this.posted.push(message);
    return Promise.resolve(true);
  }
  asWebviewUri(uri: vscode.Uri): vscode.Uri {
    return uri;
  }
  /** What the page would send; resolves after the host handled it. */
  async send(data: unknown): Promise<void> {
    this.emitter.fire(data);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A log channel that keeps its lines. */
function recordingOutput(): vscode.LogOutputChannel & { readonly lines: string[] } {
  const lines: string[] = [];
  const record = (message: string | Error) => lines.push(String(message));
  return { lines, warn: record, error: record, info: record, debug: record, trace: record } as unknown as vscode.LogOutputChannel & { readonly lines: string[] };
}

describe('WebviewPageHost', () => {
  const extensionUri = () => vscode.extensions.getExtension(extensionId)!.extensionUri;
  const parse = (data: unknown): FromPage | undefined => {
    const type = (data as { type?: unknown } | null)?.type;
    return type === 'ready' || type === 'explode' ? { type } : undefined;
  };

  function host(handle: (message: FromPage) => Promise<void> | void) {
    const webview = new FakeWebview();
    const output = recordingOutput();
    const definition: WebviewPageDefinition<FromPage, ToPage> = { name: 'test page', output, parse, errorMessage: (text) => ({ type: 'hostError', text }) };
    const page = new WebviewPageHost<FromPage, ToPage>(webview, definition, handle);
    page.render({ extensionUri: extensionUri(), title: 'Test', script: 'lesson.js', styles: ['webview.css'], initialState: { labels: {} }, language: 'en' });
    return { webview, output, page };
  }

  it('renders the shell with a nonce-only script policy and the state', () => {
    const { webview } = host(() => undefined);
    assert.match(webview.html, /Content-Security-Policy/);
    assert.match(webview.html, /script-src &#39;nonce-[0-9a-f]{32}&#39;/);
    assert.match(webview.html, /data-state="\{&#34;labels&#34;:\{\}\}"/);
  });

  it('drops messages posted before the page said ready, and sends them after', async () => {
    const { webview, page } = host(() => undefined);
    page.post({ type: 'hello' });
    assert.deepStrictEqual(webview.posted, []);
    await webview.send({ type: 'ready' });
    assert.strictEqual(page.isReady, true);
    page.post({ type: 'hello' });
    assert.deepStrictEqual(webview.posted, [{ type: 'hello' }]);
  });

  it('logs a malformed message and never hands it to the page handler', async () => {
    const handled: FromPage[] = [];
    const { webview, output } = host((message) => void handled.push(message));
    await webview.send({ type: 'rm -rf' });
    await webview.send(null);
    assert.deepStrictEqual(handled, []);
    assert.strictEqual(output.lines.filter((line) => line.includes('Ignored a malformed message from the test page')).length, 2);
  });

  it('shows an error the handler throws on the page, and logs it with its stack', async () => {
    const { webview, output } = host((message) => {
      if (message.type === 'explode') {
        throw new Error('the lesson file vanished');
      }
    });
    await webview.send({ type: 'ready' });
    await webview.send({ type: 'explode' });
    const shown = webview.posted.find((message): message is { type: 'hostError'; text: string } => (message as { type?: string }).type === 'hostError');
    assert.ok(shown, `posted: ${JSON.stringify(webview.posted)}`);
    assert.match(shown.text, /the lesson file vanished/);
    assert.ok(output.lines.some((line) => line.includes('test page') && line.includes('the lesson file vanished') && line.includes('at ')), output.lines.join('\n'));
  });
});
