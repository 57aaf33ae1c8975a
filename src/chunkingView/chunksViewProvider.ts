import * as vscode from 'vscode';
import { chunkDocument } from '../chunking/chunkDocument';
import type { ChunkingStrategy } from '../chunking/chunkTypes';
import { codeFlavorsFor, strategyAsCode, type CodeFlavor } from '../chunking/copyAsCode';
import { defaultEmbeddingLimitId, findEmbeddingLimit } from '../chunking/embeddingLimits';
import { presetForLanguage, separatorsFor } from '../chunking/separatorPresets';
import { Disposable } from '../common/disposable';
import { WebviewViewHost } from '../common/webviewViewHost';
import { findModel, resolveModel, type ModelInfo } from '../models/modelCatalog';
import { readTokenSettings } from '../models/tokenSettings';
import type { EncoderRegistry } from '../tokenEngine';
import { ChunkDecorations } from './chunkDecorationsView';
import { parseChunksViewMessage, parseStrategy, type FromChunksView, type ToChunksView } from './chunksMessages';
import { chunksViewState, describeSource } from './chunksViewLabels';
import { isChunkable, readSource, sourceFromEditor, type ChunkSource } from './chunkSource';
import { exportChunks, type ExportFormat } from './exportChunksCommand';
import type { ChunkRun } from './chunkRun';
import { chunksSummary, LineIndex, shownChunk } from './shownChunks';
import { shownWarning } from './chunkWarningWording';

const strategyKey = 'learnGenai.chunks.strategy';
const busyDelayMs = 200;
const editDelayMs = 400;

export type { ChunkRun } from './chunkRun';

/**
 * The Chunks view: how the learner's document (or selection) splits into chunks for retrieval,
 * with the strategy and parameters in LangChain's and Bedrock's terms, drawn in the editor too.
 */
export class ChunksViewProvider extends Disposable implements vscode.WebviewViewProvider {
  static readonly viewType = 'learnGenai.chunks';

  private readonly host: WebviewViewHost<FromChunksView.Message, ToChunksView.Message>;
  private source: ChunkSource | undefined;
  private strategy: ChunkingStrategy;
  private modelId: string | undefined;
  private embeddingLimitId = defaultEmbeddingLimitId;
  private running: vscode.CancellationTokenSource | undefined;
  private done: Promise<void> = Promise.resolve();
  private nextRequestId = 1;
  private pendingEdit: ReturnType<typeof setTimeout> | undefined;
  private latest: ChunkRun | undefined;
  readonly decorations = this._register(new ChunkDecorations());

  constructor(
    extensionUri: vscode.Uri,
    private readonly encoders: EncoderRegistry,
    private readonly output: vscode.LogOutputChannel,
    private readonly memento: vscode.Memento,
  ) {
    super();
    this.host = this._register(new WebviewViewHost<FromChunksView.Message, ToChunksView.Message>({
      viewType: ChunksViewProvider.viewType,
      extensionUri,
      name: 'chunks view',
      output,
      parse: parseChunksViewMessage,
      errorMessage: (text) => ({ type: 'hostError', text }),
      shell: () => ({ title: vscode.l10n.t('Chunks'), script: 'chunks.js', styles: ['webview.css', 'chunks.css'], initialState: chunksViewState() }),
    }, (message) => this.handle(message)));
    this.strategy = parseStrategy(memento.get(strategyKey)) ?? defaultStrategy('plaintext');
    this._register(vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document === this.source?.document && event.contentChanges.length > 0) {
        this.scheduleRechunk();
      }
    }));
    this._register({ dispose: () => {
      this.running?.cancel();
      this.clearPendingEdit();
    } });
  }

  resolveWebviewView(webviewView: vscode.WebviewView): void {
    this.host.resolveWebviewView(webviewView);
  }

  /** Reveals the view and chunks the editor's selection, or its document when nothing is selected. */
  async showForEditor(editor: vscode.TextEditor, strategy?: ChunkingStrategy): Promise<void> {
    const source = sourceFromEditor(editor);
    if (strategy) {
      this.setStrategy(strategy);
    } else if (this.source?.document.languageId !== source.document.languageId && this.strategy.kind === 'recursive' && this.strategy.preset !== 'custom') {
      // A new kind of document gets LangChain's separators for its language.
      this.setStrategy({ ...this.strategy, preset: presetForLanguage(source.document.languageId), separators: separatorsFor(presetForLanguage(source.document.languageId)) });
    }
    this.source = source;
    await this.host.reveal();
    await this.rechunk();
  }

  /** Chunks the current source with `strategy` (as the page's form does). */
  async applyStrategy(strategy: ChunkingStrategy): Promise<void> {
    // A preset stands for LangChain's separator list: the page names it, the host fills it in.
    this.setStrategy(strategy.kind === 'recursive' && strategy.preset !== 'custom' ? { ...strategy, separators: separatorsFor(strategy.preset) } : strategy);
    await this.rechunk();
  }

  /** The latest finished run, for export and tests. */
  get current(): ChunkRun | undefined {
    return this.latest;
  }

  /** Resolves when the latest run has finished (or was cancelled by a newer one). */
  async settled(): Promise<void> {
    let done: Promise<void>;
    do {
      done = this.done;
      await done;
    } while (done !== this.done);
  }

  /** Writes the latest chunks to `target` (tests), or asks where with a save dialog. */
  async exportTo(format: ExportFormat, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    if (!this.latest) {
      void vscode.window.showWarningMessage(vscode.l10n.t('There are no chunks to export yet: run "Show Chunks for Document/Selection" first.'));
      return undefined;
    }
    return exportChunks(this.latest, format, target);
  }

  private setStrategy(strategy: ChunkingStrategy): void {
    this.strategy = strategy;
    void this.memento.update(strategyKey, strategy);
  }

  private model(): ModelInfo {
    return this.modelId !== undefined ? resolveModel(this.modelId) : readTokenSettings().model;
  }

  private scheduleRechunk(): void {
    this.clearPendingEdit();
    this.pendingEdit = setTimeout(() => {
      this.pendingEdit = undefined;
      void this.rechunk();
    }, editDelayMs);
  }

  private rechunk(): Promise<void> {
    this.running?.cancel();
    this.running?.dispose();
    const cancellation = new vscode.CancellationTokenSource();
    this.running = cancellation;
    if (this.source) {
      // Re-read: the document may have changed since; a closed one is gone.
      this.source = this.source.document.isClosed ? undefined : readSource(this.source.document, this.source.range);
    }
    this.postSettings();
    this.done = this.run(this.nextRequestId++, cancellation.token);
    return this.done;
  }

  private async run(requestId: number, token: vscode.CancellationToken): Promise<void> {
    const source = this.source;
    if (!source) {
      return;
    }
    const strategy = this.strategy;
    const model = this.model();
    const busy = setTimeout(() => this.host.post({ type: 'busy', busy: true }), busyDelayMs);
    try {
      const encoder = await this.encoders.get(model.encoding);
      const embeddingLimit = findEmbeddingLimit(this.embeddingLimitId);
      const result = await chunkDocument({ text: source.text, strategy, encoder, signal: token, ...(embeddingLimit ? { embeddingLimit } : {}) });
      if (!result || token.isCancellationRequested) {
        return;
      }
      this.latest = { source, strategy, model, result };
      this.decorations.show({ document: source.document, version: source.version, baseOffset: source.baseOffset, chunks: result.chunks.filter((chunk) => chunk.level !== 'parent') });
      this.host.post(this.resultMessage(this.latest, requestId));
    } catch (error) {
      this.host.reportError(error, vscode.l10n.t('Could not chunk this text: {0}. See the Learn GenAI output for details.', error instanceof Error ? error.message : String(error)));
    } finally {
      clearTimeout(busy);
      this.host.post({ type: 'busy', busy: false });
    }
  }

  private postSettings(): void {
    this.host.post({
      type: 'settings',
      strategy: this.strategy,
      modelId: this.model().id,
      embeddingLimitId: this.embeddingLimitId,
      source: describeSource(this.source),
      hasSource: this.source !== undefined,
      codeFlavors: codeFlavorsFor(this.strategy),
    });
  }

  private async handle(message: FromChunksView.Message): Promise<void> {
    switch (message.type) {
      case 'ready':
        if (!this.source && isChunkable(vscode.window.activeTextEditor)) {
          this.source = sourceFromEditor(vscode.window.activeTextEditor);
        }
        if (this.latest && this.latest.source === this.source && this.latest.strategy === this.strategy) {
          this.postSettings();
          this.host.post(this.resultMessage(this.latest, this.nextRequestId++));
          return;
        }
        await this.rechunk();
        return;
      case 'useEditor': {
        const editor = isChunkable(vscode.window.activeTextEditor) ? vscode.window.activeTextEditor : vscode.window.visibleTextEditors.find(isChunkable);
        if (!editor) {
          this.host.post({ type: 'notice', severity: 'error', text: vscode.l10n.t('Open a text document first.') });
          return;
        }
        this.source = sourceFromEditor(editor);
        await this.rechunk();
        return;
      }
      case 'setStrategy':
        await this.applyStrategy(message.strategy);
        return;
      case 'setModel':
        if (findModel(message.modelId) === undefined) {
          this.output.warn(`The chunks view asked for an unknown model: ${message.modelId}`);
          return;
        }
        this.modelId = message.modelId;
        await this.rechunk();
        return;
      case 'setEmbeddingLimit':
        if (findEmbeddingLimit(message.id) === undefined) {
          return;
        }
        this.embeddingLimitId = message.id;
        await this.rechunk();
        return;
      case 'reveal':
        await this.revealChunk(message.number);
        return;
      case 'export':
        await this.exportTo(message.format);
        return;
      case 'copyCode':
        await this.copyCode(message.flavor);
        return;
    }
  }

  private resultMessage(run: ChunkRun, requestId: number): ToChunksView.Result {
    const lines = new LineIndex(run.source.text);
    return {
      type: 'result',
      requestId,
      chunks: run.result.chunks.map((chunk) => shownChunk(chunk, run.source.text, lines)),
      warnings: run.result.warnings.map((warning) => shownWarning(warning, vscode.env.language)),
      summary: chunksSummary(run.result),
    };
  }

  /** Selects chunk `number` in an editor showing its document, opening one if needed. */
  async revealChunk(number: number): Promise<vscode.TextEditor | undefined> {
    const run = this.latest;
    const chunk = run?.result.chunks[number - 1];
    if (!run || !chunk) {
      return undefined;
    }
    const { document, baseOffset } = run.source;
    const range = new vscode.Range(document.positionAt(baseOffset + chunk.start), document.positionAt(baseOffset + chunk.end));
    const visible = vscode.window.visibleTextEditors.find((candidate) => candidate.document === document);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn, preserveFocus: false, selection: range });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return editor;
  }

  private async copyCode(flavor: CodeFlavor): Promise<void> {
    const code = strategyAsCode(this.strategy, flavor, this.model().encoding);
    if (code === undefined) {
      return;
    }
    await vscode.env.clipboard.writeText(code);
    this.host.post({ type: 'notice', severity: 'info', text: vscode.l10n.t('Copied the code to the clipboard.') });
  }

  private clearPendingEdit(): void {
    if (this.pendingEdit !== undefined) {
      clearTimeout(this.pendingEdit);
      this.pendingEdit = undefined;
    }
  }
}

/** LangChain's defaults (1,000 characters, 200 overlap) with the separators for the document's language. */
export function defaultStrategy(languageId: string): ChunkingStrategy {
  const preset = presetForLanguage(languageId);
  return { kind: 'recursive', chunkSize: 1000, chunkOverlap: 200, separators: separatorsFor(preset), preset, lengthUnit: 'characters' };
}
