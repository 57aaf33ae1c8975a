import * as vscode from 'vscode';
import { Disposable } from '../common/disposable';
import { CommandIds } from '../commandIds';
import type { EncoderRegistry } from '../tokenEngine';
import { charactersPerToken, contextShare, type TokenSummary } from './tokenSummary';
import { DocumentCounts } from './vscodeDocumentCounts';
import { affectsTokenSettings, readTokenSettings, type TokenSettings } from '../models/tokenSettings';
import { modelTokenCount } from '../models/modelCatalog';
import { appendEstimateAndCost, tokenCountText } from '../models/countLabels';

/** Delays that keep typing smooth: selections settle fast, edits are batched a little longer. */
const selectionDelayMs = 75;
const editDelayMs = 250;
/** After this long without a result, the item shows a spinner so a big count never looks stuck. */
const busyIndicatorDelayMs = 300;

/**
 * The live token counter in the status bar: the selection (all cursors summed) or, with nothing
 * selected, the whole document, counted for the chosen model. Counting is asynchronous and
 * cancellable, so a newer edit or selection always wins over an older, slower count; and
 * incremental, so an edit costs what it touches (vscodeDocumentCounts.ts).
 */
export class TokenCountStatusBar extends Disposable {
  static readonly id = 'learnGenai.tokenCount';

  private readonly item: vscode.StatusBarItem;
  private readonly counts = this._register(new DocumentCounts());
  private settings: TokenSettings = readTokenSettings();
  private pending: ReturnType<typeof setTimeout> | undefined;
  private running: vscode.CancellationTokenSource | undefined;
  private lastSummary: TokenSummary | undefined;
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly encoders: EncoderRegistry) {
    super();
    this.item = this._register(vscode.window.createStatusBarItem(TokenCountStatusBar.id, vscode.StatusBarAlignment.Right, 100));
    this.item.name = vscode.l10n.t('Learn GenAI: Token Count');
    this.item.command = CommandIds.selectModel;

    this._register(vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)));
    this._register(vscode.window.onDidChangeTextEditorSelection((event) => {
      if (event.textEditor === vscode.window.activeTextEditor) {
        this.schedule(selectionDelayMs);
      }
    }));
    this._register(vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document === vscode.window.activeTextEditor?.document && event.contentChanges.length > 0) {
        this.schedule(editDelayMs);
      }
    }));
    this._register(vscode.workspace.onDidChangeConfiguration((event) => {
      if (affectsTokenSettings(event)) {
        this.settings = readTokenSettings();
        this.schedule(0);
      }
    }));
    this._register({ dispose: () => this.cancelPending() });
    this.schedule(0);
  }

  /** The figure the item shows now; tests read it to compare with the engine. */
  get currentSummary(): TokenSummary | undefined {
    return this.lastSummary;
  }

  /** The item's text and tooltip (Markdown source) as shown now; tests read them. */
  get currentDisplay(): { readonly text: string; readonly tooltip: string } {
    const tooltip = this.item.tooltip;
    return { text: this.item.text, tooltip: typeof tooltip === 'string' ? tooltip : tooltip?.value ?? '' };
  }

  /**
   * Counts now, skipping the debounce; resolves once the item shows the figure for the latest
   * state, even when an edit or selection change during the count started a newer one.
   */
  refresh(): Promise<void> {
    this.cancelPending();
    void this.update();
    return new Promise((resolve) => {
      this.idleWaiters.push(resolve);
      this.notifyIfIdle();
    });
  }

  private notifyIfIdle(): void {
    if (this.pending === undefined && this.running === undefined) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      waiters.forEach((resolve) => resolve());
    }
  }

  private schedule(delayMs: number): void {
    this.cancelPending();
    this.pending = setTimeout(() => {
      this.pending = undefined;
      void this.update();
    }, delayMs);
  }

  private cancelPending(): void {
    if (this.pending !== undefined) {
      clearTimeout(this.pending);
      this.pending = undefined;
    }
    this.running?.cancel();
    this.running?.dispose();
    this.running = undefined;
  }

  private async update(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!this.settings.showStatusBar || editor === undefined) {
      this.item.hide();
      this.notifyIfIdle();
      return;
    }
    const source = new vscode.CancellationTokenSource();
    this.running = source;
    const model = this.settings.model;
    const busy = setTimeout(() => this.showBusy(), busyIndicatorDelayMs);
    try {
      const encoder = await this.encoders.get(model.encoding);
      const counted = await this.counts.count(editor, encoder, source.token);
      if (counted === undefined || source.token.isCancellationRequested) {
        return;
      }
      this.show({ model, ...counted });
    } catch (error) {
      this.showError(error);
    } finally {
      clearTimeout(busy);
      if (this.running === source) {
        this.running = undefined;
      }
      source.dispose();
      this.notifyIfIdle();
    }
  }

  private showBusy(): void {
    const previous = this.lastSummary;
    this.item.text = previous === undefined
      ? `$(loading~spin) ${vscode.l10n.t('Counting tokens…')}`
      : `$(loading~spin) ${tokenCountText(previous.model, previous.tokens)}`;
    this.item.show();
  }

  private show(counted: TokenSummary): void {
    // The engine counts the model's tokenizer; an estimated family's count is scaled here, once.
    const summary = { ...counted, tokens: modelTokenCount(counted.model, counted.tokens) };
    this.lastSummary = summary;
    this.item.text = `$(symbol-numeric) ${tokenCountText(summary.model, summary.tokens)}`;
    this.item.tooltip = tooltipFor(summary);
    this.item.accessibilityInformation = {
      label: vscode.l10n.t('{0} for {1}. Click to change the model.', tokenCountText(summary.model, summary.tokens), summary.model.label),
    };
    this.item.show();
  }

  private showError(error: unknown): void {
    this.item.text = `$(warning) ${vscode.l10n.t('Tokens unavailable')}`;
    this.item.tooltip = vscode.l10n.t('Could not count tokens: {0}', error instanceof Error ? error.message : String(error));
    this.item.show();
  }
}

function tooltipFor(summary: TokenSummary): vscode.MarkdownString {
  const language = vscode.env.language;
  const integer = new Intl.NumberFormat(language);
  const decimal = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 2 });
  const perToken = charactersPerToken(summary);
  const scope = summary.selections === 0
    ? vscode.l10n.t('Whole document')
    : summary.selections === 1
      ? vscode.l10n.t('Selection')
      : vscode.l10n.t('{0} selections', integer.format(summary.selections));
  const tooltip = new vscode.MarkdownString(undefined, true);
  tooltip.isTrusted = { enabledCommands: [CommandIds.selectModel, CommandIds.showTokensForSelection] };
  tooltip.appendMarkdown(`**${vscode.l10n.t('Token count')}** · ${scope}\n\n`);
  tooltip.appendMarkdown(`| | |\n|---|---:|\n`);
  tooltip.appendMarkdown(`| ${vscode.l10n.t('Model')} | ${summary.model.label} |\n`);
  tooltip.appendMarkdown(`| ${vscode.l10n.t('Encoding')} | \`${summary.model.encoding}\` |\n`);
  tooltip.appendMarkdown(`| ${vscode.l10n.t('Tokens')} | ${summary.model.count === 'estimate' ? tokenCountText(summary.model, summary.tokens) : integer.format(summary.tokens)} |\n`);
  tooltip.appendMarkdown(`| ${vscode.l10n.t('Characters')} | ${integer.format(summary.characters)} |\n`);
  tooltip.appendMarkdown(`| ${vscode.l10n.t('Characters per token')} | ${perToken === undefined ? '–' : decimal.format(perToken)} |\n`);
  const share = contextShare(summary);
  const shareText = share > 0 && share < 0.0001 ? `< ${percent.format(0.0001)}` : percent.format(share);
  // A learner's tokenizer.json says nothing of its model's context window (0): no share to show.
  const contextCell = summary.model.contextWindow > 0 ? vscode.l10n.t('{0} of {1}', shareText, integer.format(summary.model.contextWindow)) : '–';
  tooltip.appendMarkdown(`| ${vscode.l10n.t('Context window')} | ${contextCell} |\n\n`);
  appendEstimateAndCost(tooltip, summary.model, summary.tokens);
  tooltip.appendMarkdown(`[$(symbol-numeric) ${vscode.l10n.t('Change model')}](command:${CommandIds.selectModel}) · `);
  tooltip.appendMarkdown(`[$(eye) ${vscode.l10n.t('Show tokens')}](command:${CommandIds.showTokensForSelection})`);
  return tooltip;
}
