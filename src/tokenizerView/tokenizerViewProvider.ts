import * as vscode from 'vscode';
import { Disposable } from '../common/disposable';
import { WebviewViewHost } from '../common/webviewViewHost';
import { isUserTokenizerId, type EncodingName } from '../tokenEngine';
import { findModelOrUserModel, models, type ModelInfo } from '../models/modelCatalog';
import { withModelFigures } from './modelFigureLabels';
import type { EncoderRegistry } from '../tokenEngine';
import { affectsTokenSettings, readTokenSettings, type TokenSettings } from '../models/tokenSettings';
import { toTokenizerChunk } from './shownTokens';
import { TokenizationSession } from './tokenizationSession';
import { EditorFollower } from './editorFollower';
import { commandText, describeInput, editorText, pinned, typedText, type TokenizerText } from './tokenizerInput';
import { isOversizedTypedText, maxTypedTextLength, parseTokenizerViewMessage, type FromTokenizerView, type ToTokenizerView } from './tokenizerMessages';
import { TokenizerRequest, type DisplayedTokens } from './tokenizerRequest';
import { tokenizerViewChoices, tokenizerViewState } from './tokenizerViewLabels';

/** The page shows a busy state only when the first tokens take longer than this. */
const busyDelayMs = 250;

export interface ShowTextOptions {
  readonly encoding?: EncodingName;
  readonly compareWith?: EncodingName;
}

/**
 * The Tokenizer view: how the selected, pinned or typed text splits into tokens, in the model's
 * encoding and optionally a second one. Long texts are tokenized window by window; the page gets
 * the first tokens at once, the whole-text counts when ready, and more tokens on request.
 */
export class TokenizerViewProvider extends Disposable implements vscode.WebviewViewProvider {
  static readonly viewType = 'learnGenai.tokenizer';

  private readonly host: WebviewViewHost<FromTokenizerView.Message, ToTokenizerView.Message>;
  /** Pinned or typed text; undefined while following the editor. */
  private input: TokenizerText | undefined;
  private readonly editor: EditorFollower;
  /** The model picked in the view; undefined follows the `learnGenai.tokens.model` setting. */
  private chosenModelId: string | undefined;
  private compareWith: EncodingName | undefined;
  private request: TokenizerRequest | undefined;
  private requestDone: Promise<void> = Promise.resolve();
  private nextRequestId = 1;
  private pendingRefresh: ReturnType<typeof setTimeout> | undefined;
  /** The token settings, read once per change. */
  private settings: TokenSettings = readTokenSettings();
  /** The model ids the page says its list holds (see `modelListShown`). */
  private shownModelIds: readonly string[] = [];

  constructor(
    extensionUri: vscode.Uri,
    private readonly encoders: EncoderRegistry,
    private readonly output: vscode.LogOutputChannel,
  ) {
    super();
    this.host = this._register(new WebviewViewHost<FromTokenizerView.Message, ToTokenizerView.Message>({
      viewType: TokenizerViewProvider.viewType,
      extensionUri,
      name: 'tokenizer view',
      output,
      parse: parseTokenizerViewMessage,
      errorMessage: (text) => ({ type: 'notice', severity: 'error', text }),
      onMalformed: (data) => this.answerOversizedText(data),
      shell: () => ({ title: vscode.l10n.t('Tokenizer'), script: 'tokenizer.js', styles: ['webview.css', 'tokenizer.css'], initialState: tokenizerViewState() }),
      onPageUnloaded: () => this.cancel(),
    }, (message) => this.handle(message)));
    this.editor = this._register(new EditorFollower((delayMs) => this.followEditor(delayMs)));
    this._register(vscode.workspace.onDidChangeConfiguration((event) => {
      if (affectsTokenSettings(event)) {
        this.settings = readTokenSettings();
        this.chosenModelId = undefined;
        // A tokenizer.json added or removed changes the lists; an open page rebuilds them (a hidden one is rebuilt when shown).
        this.post({ type: 'choices', ...tokenizerViewChoices() });
        this.schedule(0);
      }
    }));
    this._register({ dispose: () => {
      this.cancel();
      this.request?.cancellation.dispose();
    } });
  }

  resolveWebviewView(webviewView: vscode.WebviewView): void {
    this.host.resolveWebviewView(webviewView);
  }

  /** Reveals the view and shows `text` pinned, in the given encoding and comparison. */
  async showText(text: string, options: ShowTextOptions = {}): Promise<void> {
    await this.show(commandText(text), options);
  }

  /** Reveals the view and pins the editor's selection (its document when nothing is selected). */
  async showSelection(editor: vscode.TextEditor): Promise<void> {
    this.editor.current = editor;
    await this.show(pinned(editorText(editor)), {});
  }

  /** The tokens on screen and the whole-text counts, for tests to compare with the engine. */
  currentTokens(): DisplayedTokens | undefined {
    return this.request?.displayed();
  }

  /** The model ids in the page's model list, as the page last reported them. */
  modelListShown(): readonly string[] {
    return this.shownModelIds;
  }

  /** Resolves once the latest request has shown its tokens and counted the whole text. */
  async settled(): Promise<void> {
    let done: Promise<void>;
    do {
      done = this.requestDone;
      await done;
    } while (done !== this.requestDone);
  }

  private async show(text: TokenizerText, options: ShowTextOptions): Promise<void> {
    this.input = text;
    if (options.encoding && this.model().encoding !== options.encoding) {
      this.chosenModelId = models.find((model) => model.encoding === options.encoding)?.id;
    }
    if (options.compareWith) {
      this.compareWith = options.compareWith;
    }
    await this.host.reveal();
    // A page still loading tokenizes when it says `ready`.
    this.schedule(0);
  }

  private model(): ModelInfo {
    const settings = this.settings;
    return (this.chosenModelId !== undefined ? findModelOrUserModel(this.chosenModelId, settings.userModels) : undefined) ?? settings.model;
  }

  private followEditor(delayMs: number): void {
    if (this.input === undefined) {
      this.schedule(delayMs);
    }
  }

  private schedule(delayMs: number): void {
    if (!this.host.view?.visible || !this.host.isReady) {
      return;
    }
    this.clearPendingRefresh();
    this.pendingRefresh = setTimeout(() => {
      this.pendingRefresh = undefined;
      void this.refresh();
    }, delayMs);
  }

  private refresh(): Promise<void> {
    this.cancel();
    this.request?.cancellation.dispose();
    if (!this.host.view || !this.host.isReady) {
      return Promise.resolve();
    }
    const request = new TokenizerRequest(this.nextRequestId++, this.input ?? editorText(this.editor.current), this.model(), this.compareWith);
    this.request = request;
    this.requestDone = this.run(request);
    return this.requestDone;
  }

  private async run(request: TokenizerRequest): Promise<void> {
    const token = request.cancellation.token;
    const busy = setTimeout(() => this.post({ type: 'busy', busy: true }), busyDelayMs);
    try {
      const main = await this.encoders.get(request.model.encoding);
      const compare = request.compareWith ? await this.encoders.get(request.compareWith) : undefined;
      const session = new TokenizationSession(request.input.text, main, compare, token);
      request.session = session;
      request.encoders = { main, compare };
      const chunk = await session.nextChunk();
      const figures = chunk?.isLast ? await session.wholeTextFigures() : undefined;
      if (chunk === undefined || token.isCancellationRequested) {
        return;
      }
      request.record(chunk);
      request.figures = figures && withModelFigures(figures, request.model);
      if (this.host.view) {
        this.host.view.description = `${request.model.label} · ${request.model.encoding}`;
      }
      this.post({
        type: 'result',
        requestId: request.id,
        input: describeInput(request.input),
        modelId: request.model.id,
        encoding: request.model.encoding,
        ...(request.compareWith ? { compareWith: request.compareWith } : {}),
        chunk: toTokenizerChunk(request.input.text, chunk, main, compare),
        ...(request.figures ? { figures: request.figures } : {}),
      });
      clearTimeout(busy);
      this.post({ type: 'busy', busy: false });
      if (!figures) {
        const whole = await session.wholeTextFigures();
        if (whole && !token.isCancellationRequested) {
          request.figures = withModelFigures(whole, request.model);
          this.post({ type: 'figures', requestId: request.id, figures: request.figures });
        }
      }
    } catch (error) {
      this.reportError(error);
    } finally {
      clearTimeout(busy);
    }
  }

  private async showMore(requestId: number): Promise<void> {
    const request = this.request;
    if (request?.id !== requestId || !request.session || !request.encoders) {
      return;
    }
    const { session, encoders } = request;
    await request.enqueue(async () => {
      if (session.isComplete) {
        return;
      }
      const chunk = await session.nextChunk();
      if (chunk && !request.cancellation.token.isCancellationRequested) {
        request.record(chunk);
        this.post({ type: 'more', requestId, chunk: toTokenizerChunk(session.text, chunk, encoders.main, encoders.compare) });
      }
    });
  }

  private async copyIds(requestId: number): Promise<void> {
    const request = this.request;
    const session = request?.session;
    if (request?.id !== requestId || !session) {
      return;
    }
    const ids = await request.enqueue(() => session.allIds());
    if (ids === undefined) {
      return;
    }
    await vscode.env.clipboard.writeText(JSON.stringify(ids));
    const count = new Intl.NumberFormat(vscode.env.language).format(ids.length);
    this.post({ type: 'notice', severity: 'info', text: ids.length === 1 ? vscode.l10n.t('Copied 1 token id.') : vscode.l10n.t('Copied {0} token ids.', count) });
  }

  /** Typed text over the limit is not malformed input but a learner's paste: say why it was refused. */
  private answerOversizedText(data: unknown): boolean {
    if (!isOversizedTypedText(data)) {
      return false;
    }
    const format = new Intl.NumberFormat(vscode.env.language);
    const length = (data as { text: string }).text.length;
    this.post({ type: 'notice', severity: 'error', text: vscode.l10n.t('This text is too long to type here ({0} characters; the limit is {1}). Open it in an editor and select it instead.', format.format(length), format.format(maxTypedTextLength)) });
    return true;
  }

  private async handle(message: FromTokenizerView.Message): Promise<void> {
    switch (message.type) {
      case 'ready':
        await this.refresh();
        return;
      case 'typeText':
        this.input = typedText(message.text);
        await this.refresh();
        return;
      case 'setMode':
        this.input = message.mode === 'editor' ? undefined : pinned(this.request?.input ?? editorText(this.editor.current));
        await this.refresh();
        return;
      case 'selectModel':
        if (findModelOrUserModel(message.modelId, this.settings.userModels) === undefined) {
          this.output.warn(`The tokenizer view asked for an unknown model: ${message.modelId}`);
          return;
        }
        this.chosenModelId = message.modelId;
        await this.refresh();
        return;
      case 'selectCompare':
        if (isUserTokenizerId(message.encoding) && !this.settings.userModels.some((model) => model.encoding === message.encoding)) {
          this.output.warn(`The tokenizer view asked to compare with a file that is not one of the user's tokenizers: ${message.encoding}`);
          return;
        }
        this.compareWith = message.encoding;
        await this.refresh();
        return;
      case 'showMore':
        await this.showMore(message.requestId);
        return;
      case 'copyIds':
        await this.copyIds(message.requestId);
        return;
      case 'modelsShown':
        this.shownModelIds = message.modelIds;
        return;
    }
  }

  private reportError(error: unknown): void {
    const detail = error instanceof Error ? error.message : String(error);
    this.host.reportError(error, vscode.l10n.t('Could not tokenize this text: {0}. See the Learn GenAI output for details.', detail));
  }

  private post(message: ToTokenizerView.Message): void {
    this.host.post(message);
  }

  private cancel(): void {
    this.clearPendingRefresh();
    this.request?.cancellation.cancel();
  }

  private clearPendingRefresh(): void {
    if (this.pendingRefresh !== undefined) {
      clearTimeout(this.pendingRefresh);
      this.pendingRefresh = undefined;
    }
  }
}
