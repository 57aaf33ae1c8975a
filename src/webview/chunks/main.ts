// The Chunks view's page: strategy form, summary, histogram, warnings and the chunk list.
import type { ChunksViewState, FromChunksView, ShownChunk, ToChunksView } from '../../chunkingView/chunksMessages';
import type { CodeFlavor } from '../../chunking/copyAsCode';
import { showHostError } from '../common/hostError';
import { codicon, element, format, initialState, vscodeApi } from '../common/vscodeApi';
import { ChunkList } from './chunkList';
import { drawHistogram } from './sizeHistogram';
import { StrategyForm } from './strategyForm';

const noticeMs = 5000;

const vscode = vscodeApi<undefined, FromChunksView.Message>();
const state = initialState<ChunksViewState>();
const { labels, locale } = state;
const numbers = new Intl.NumberFormat(locale);
let noticeTimer: ReturnType<typeof setTimeout> | undefined;

const root = document.getElementById('root')!;
const source = element('span', { className: 'source-description', id: 'source' });
const busy = element('span', { className: 'busy', id: 'busy', hidden: '' }, codicon('loading codicon-modifier-spin'), ` ${labels.working}`);
const useEditor = element('button', { type: 'button', className: 'secondary', id: 'use-editor' }, codicon('file'), ` ${labels.useEditor}`);
const modelSelect = element('select', { id: 'model' }, ...state.models.map((model) => element('option', { value: model.id }, `${model.label} · ${model.encoding}`)));
const limitSelect = element('select', { id: 'embedding-limit' }, ...state.embeddingLimits.map((limit) => element('option', { value: limit.id }, limit.label)));
const form = new StrategyForm(state, (strategy) => vscode.postMessage({ type: 'setStrategy', strategy }));
const notice = element('p', { className: 'notice', id: 'notice', role: 'status', hidden: '' });
const summary = element('p', { className: 'summary', id: 'summary', 'aria-live': 'polite' });
const overlapCost = element('p', { className: 'overlap-cost', id: 'overlap-cost', hidden: '' });
const warnings = element('ul', { className: 'warnings', id: 'warnings', 'aria-label': labels.warnings });
const histogram = element('figure', { className: 'histogram', id: 'histogram' });
const list = new ChunkList(labels, numbers, (chunk: ShownChunk) => vscode.postMessage({ type: 'reveal', number: chunk.number }));
const codeButtons: Record<CodeFlavor, HTMLButtonElement> = {
  langchainJs: element('button', { type: 'button', className: 'secondary', id: 'copy-langchain-js' }, codicon('copy'), ` ${labels.copyLangChainJs}`),
  langchainPython: element('button', { type: 'button', className: 'secondary', id: 'copy-langchain-python' }, codicon('copy'), ` ${labels.copyLangChainPython}`),
  bedrockJson: element('button', { type: 'button', className: 'secondary', id: 'copy-bedrock-json' }, codicon('copy'), ` ${labels.copyBedrockJson}`),
};
const exportJsonl = element('button', { type: 'button', className: 'secondary', id: 'export-jsonl' }, codicon('export'), ` ${labels.exportJsonl}`);
const exportJson = element('button', { type: 'button', className: 'secondary', id: 'export-json' }, codicon('json'), ` ${labels.exportJson}`);

// The h1 names the page for a screen reader; hidden, because the view's header shows the same title.
root.append(
  element('h1', { className: 'visually-hidden' }, document.title),
  element('section', { className: 'source-row' }, source, busy, useEditor),
  form.root,
  element('section', { className: 'options' },
    element('label', { className: 'field' }, element('span', {}, labels.model), modelSelect),
    element('label', { className: 'field' }, element('span', {}, labels.embeddingModel), limitSelect)),
  notice,
  element('section', { className: 'results', 'aria-label': labels.summary }, summary, overlapCost, warnings, histogram),
  list.root,
  element('section', { className: 'actions', 'aria-label': labels.actions }, exportJsonl, exportJson, ...Object.values(codeButtons)),
);

useEditor.addEventListener('click', () => vscode.postMessage({ type: 'useEditor' }));
modelSelect.addEventListener('change', () => vscode.postMessage({ type: 'setModel', modelId: modelSelect.value }));
limitSelect.addEventListener('change', () => vscode.postMessage({ type: 'setEmbeddingLimit', id: limitSelect.value }));
exportJsonl.addEventListener('click', () => vscode.postMessage({ type: 'export', format: 'jsonl' }));
exportJson.addEventListener('click', () => vscode.postMessage({ type: 'export', format: 'json' }));
for (const [flavor, button] of Object.entries(codeButtons) as [CodeFlavor, HTMLButtonElement][]) {
  button.addEventListener('click', () => vscode.postMessage({ type: 'copyCode', flavor }));
}

window.addEventListener('message', (event: MessageEvent<ToChunksView.Message>) => {
  const message = event.data;
  switch (message.type) {
    case 'settings':
      showSettings(message);
      break;
    case 'result':
      showResult(message);
      break;
    case 'busy':
      busy.hidden = !message.busy;
      list.root.setAttribute('aria-busy', String(message.busy));
      break;
    case 'notice':
      showNotice(message.severity, message.text);
      break;
    case 'hostError':
      showHostError(message.text, labels.dismiss);
      break;
  }
});

function showSettings(settings: ToChunksView.Settings): void {
  source.textContent = settings.source;
  form.show(settings.strategy);
  modelSelect.value = settings.modelId;
  limitSelect.value = settings.embeddingLimitId;
  for (const [flavor, button] of Object.entries(codeButtons) as [CodeFlavor, HTMLButtonElement][]) {
    button.hidden = !settings.codeFlavors.includes(flavor);
  }
  exportJson.disabled = !settings.hasSource;
  exportJsonl.disabled = !settings.hasSource;
}

function showResult(result: ToChunksView.Result): void {
  const { summary: figures } = result;
  const n = (value: number) => numbers.format(value);
  summary.textContent = result.chunks.length === 0
    ? labels.noChunks
    : format(labels.summaryText, n(figures.embedded), n(figures.sourceTokens), n(figures.sourceCharacters), n(figures.averageTokens), n(figures.smallestTokens), n(figures.largestTokens));
  overlapCost.hidden = figures.overlapTokens === 0;
  const share = figures.sourceTokens === 0 ? 0 : Math.round((figures.overlapTokens / figures.sourceTokens) * 100);
  overlapCost.textContent = format(labels.overlapCost, n(figures.overlapTokens), n(share));
  warnings.replaceChildren(...result.warnings.map((warning) => {
    const icon = warning.severity === 'error' ? 'error' : warning.severity === 'warning' ? 'warning' : 'info';
    const item = element('li', { className: `warning ${warning.severity}` }, codicon(icon), element('span', {}, warning.text));
    if (warning.chunkNumber !== undefined) {
      const chunkNumber = warning.chunkNumber;
      const show = element('button', { type: 'button', className: 'secondary link' }, format(labels.showChunk, n(chunkNumber)));
      show.addEventListener('click', () => list.select(chunkNumber));
      item.append(show);
    }
    return item;
  }));
  drawHistogram(histogram, result.chunks, labels, numbers);
  histogram.hidden = result.chunks.length === 0;
  list.show(result.chunks);
}

function showNotice(severity: 'info' | 'error', text: string): void {
  clearTimeout(noticeTimer);
  notice.textContent = text;
  notice.className = `notice ${severity}`;
  notice.hidden = false;
  noticeTimer = setTimeout(() => {
    notice.hidden = true;
  }, noticeMs);
}

vscode.postMessage({ type: 'ready' });
