import type { FromTokenizerView, ModelOption, ToTokenizerView, TokenizerChunk, TokenizerInput, TokenizerViewState, WholeTextFigures } from '../../tokenizerView/tokenizerMessages';
import { codicon, element, format, initialState, vscodeApi } from '../common/vscodeApi';
import { StatisticsLine } from './statisticsLine';
import { TokenDetails } from './tokenDetails';
import type { DisplayOptions } from './tokenDisplay';
import { TokenPane } from './tokenPane';
import { createToolbar } from './toolbar';

/** What the page keeps across hide and show: its display options and the learner's typed text. */
interface PageState {
  readonly showIds: boolean;
  readonly showWhitespace: boolean;
  readonly typedText?: string;
  /** Whether the learner opened the text box; undefined until they choose. */
  readonly inputOpen?: boolean;
}

interface Shown {
  readonly requestId: number;
  readonly input: TokenizerInput;
  readonly model: ModelOption | undefined;
  readonly encoding: string;
  readonly compareWith?: string;
  figures?: WholeTextFigures;
  differingBoundaries: number;
  isComplete: boolean;
}

const typingDelayMs = 300;
const noticeMs = 5000;

const vscode = vscodeApi<PageState, FromTokenizerView.Message>();
const initial = initialState<TokenizerViewState>();
const { labels, maxTypedTextLength, locale } = initial;
// The lists change when the learner adds or removes a tokenizer.json (a `choices` message).
let { models, compareOptions } = initial;
const numbers = new Intl.NumberFormat(locale);
let pageState: PageState = vscode.getState() ?? { showIds: false, showWhitespace: false };
let shown: Shown | undefined;
let typingTimer: ReturnType<typeof setTimeout> | undefined;
let noticeTimer: ReturnType<typeof setTimeout> | undefined;

const root = document.getElementById('root')!;
const details = new TokenDetails(labels, numbers);
const statistics = new StatisticsLine(labels, numbers, locale);
const onInspect = (pane: TokenPane, index: number | undefined) => (index === undefined ? details.clear() : details.show(pane, index, !shown?.isComplete));
const mainPane = new TokenPane('main', labels, onInspect);
const comparePane = new TokenPane('compare', labels, onInspect);

const source = element('span', { className: 'source-description', id: 'source' });
const busy = element('span', { className: 'busy', id: 'busy', hidden: '' }, codicon('loading codicon-modifier-spin'), ` ${labels.tokenizing}`);
const pinButton = element('button', { type: 'button', className: 'secondary toggle', id: 'pin', 'aria-pressed': 'false', title: labels.pinTitle }, codicon('pin'), ` ${labels.pin}`);
const followButton = element('button', { type: 'button', className: 'secondary', id: 'follow', hidden: '' }, codicon('link'), ` ${labels.followEditor}`);
const textArea = element('textarea', { id: 'text', rows: '4', placeholder: labels.placeholder, spellcheck: 'false', 'aria-describedby': 'source' });
const toolbar = createToolbar(labels, {
  modelOptions: modelGroups(),
  compareOptions: compareOptionElements(),
  showIds: pageState.showIds,
  showWhitespace: pageState.showWhitespace,
  inputId: 'input',
});
const { modelSelect, compareSelect, showIds, showWhitespace, copyButton, inputToggle } = toolbar;
const specialNote = element('p', { className: 'notice special', id: 'special-note', hidden: '' });
const notice = element('p', { className: 'notice', id: 'notice', role: 'status', hidden: '' });
const panes = element('div', { className: 'panes' }, mainPane.root, comparePane.root);
const shownOf = element('span', { id: 'shown-of' });
const moreButton = element('button', { type: 'button', className: 'secondary', id: 'show-more' }, codicon('chevron-down'), ` ${labels.showMore}`);
const moreRow = element('div', { className: 'more', hidden: '' }, shownOf, moreButton);
const modelNotes = element('div', { className: 'model-notes', id: 'model-notes', role: 'note' });
comparePane.root.hidden = true;
textArea.value = pageState.typedText ?? '';

const inputSection = element('section', { className: 'input', id: 'input', hidden: '' },
  element('label', { className: 'visually-hidden', for: 'text' }, labels.text),
  textArea);

// Tokens first: a line saying what is shown, the toolbar, then (when opened) the text box. The h1
// names the page for a screen reader; it is hidden because the view's header already shows the
// same title, as VS Code's own views show theirs only there.
root.append(element('h1', { className: 'visually-hidden' }, document.title), element('div', { className: 'page' },
  element('div', { className: 'source-row' }, source, busy, pinButton, followButton),
  toolbar.root,
  inputSection,
  specialNote,
  notice,
  panes,
  moreRow,
  statistics.root,
  modelNotes,
  details.root,
));
setInputOpen(pageState.inputOpen ?? false);

function modelGroups(): HTMLOptGroupElement[] {
  const groups = new Map<string, HTMLOptGroupElement>();
  for (const model of models) {
    let group = groups.get(model.group);
    if (!group) {
      group = element('optgroup', { label: model.group });
      groups.set(model.group, group);
    }
    // A learner's tokenizer.json is named by its file; its id (a URI) would only add noise.
    group.append(element('option', { value: model.id }, model.encoding.startsWith('file:') ? model.label : `${model.label} · ${model.encoding}`));
  }
  return [...groups.values()];
}

function compareOptionElements(): HTMLOptionElement[] {
  return compareOptions.map((option) => element('option', { value: option.encoding }, option.label));
}

/** Rebuilds both lists, keeping what is selected when it is still there, and tells the host what the list holds. */
function applyChoices(choices: ToTokenizerView.Choices): void {
  models = choices.models;
  compareOptions = choices.compareOptions;
  const [selectedModel, selectedCompare] = [modelSelect.value, compareSelect.value];
  const noComparison = compareSelect.options[0];
  modelSelect.replaceChildren(...modelGroups());
  compareSelect.replaceChildren(...(noComparison ? [noComparison] : []), ...compareOptionElements());
  modelSelect.value = selectedModel;
  compareSelect.value = compareOptions.some((option) => option.encoding === selectedCompare) ? selectedCompare : '';
  reportModelList();
}

function reportModelList(): void {
  vscode.postMessage({ type: 'modelsShown', modelIds: Array.from(modelSelect.options, (option) => option.value) });
}

/** Opens or closes the text box; `focus` moves the caret into it when the learner opened it. */
function setInputOpen(open: boolean, focus = false): void {
  inputSection.hidden = !open;
  inputToggle.setAttribute('aria-expanded', String(open));
  inputToggle.classList.toggle('active', open);
  if (open && focus) {
    textArea.focus();
  }
}

function displayOptions(): DisplayOptions {
  return { showIds: pageState.showIds, showWhitespace: pageState.showWhitespace };
}

function saveState(update: Partial<PageState>): void {
  pageState = { ...pageState, ...update };
  vscode.setState(pageState);
}

textArea.addEventListener('input', () => {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => {
    const text = textArea.value;
    if (text.length > maxTypedTextLength) {
      showNotice('error', format(labels.tooLong, numbers.format(text.length), numbers.format(maxTypedTextLength)));
      return;
    }
    saveState({ typedText: text });
    vscode.postMessage({ type: 'typeText', text });
  }, typingDelayMs);
});
inputToggle.addEventListener('click', () => {
  const open = inputSection.hidden;
  saveState({ inputOpen: open });
  setInputOpen(open, true);
});
pinButton.addEventListener('click', () => vscode.postMessage({ type: 'setMode', mode: pinButton.getAttribute('aria-pressed') === 'true' ? 'editor' : 'pinned' }));
followButton.addEventListener('click', () => vscode.postMessage({ type: 'setMode', mode: 'editor' }));
modelSelect.addEventListener('change', () => vscode.postMessage({ type: 'selectModel', modelId: modelSelect.value }));
compareSelect.addEventListener('change', () => {
  const encoding = compareOptions.find((option) => option.encoding === compareSelect.value)?.encoding;
  vscode.postMessage({ type: 'selectCompare', ...(encoding ? { encoding } : {}) });
});
showIds.input.addEventListener('change', () => redraw({ showIds: showIds.input.checked }));
showWhitespace.input.addEventListener('change', () => redraw({ showWhitespace: showWhitespace.input.checked }));
copyButton.addEventListener('click', () => {
  if (shown) {
    vscode.postMessage({ type: 'copyIds', requestId: shown.requestId });
  }
});
moreButton.addEventListener('click', () => {
  if (shown) {
    moreButton.disabled = true;
    vscode.postMessage({ type: 'showMore', requestId: shown.requestId });
  }
});

function redraw(update: Partial<PageState>): void {
  saveState(update);
  panes.classList.toggle('show-ids', pageState.showIds);
  mainPane.redraw(displayOptions());
  comparePane.redraw(displayOptions());
}

window.addEventListener('message', (event: MessageEvent<ToTokenizerView.Message>) => {
  const message = event.data;
  switch (message.type) {
    case 'result':
      showResult(message);
      break;
    case 'more':
      if (shown?.requestId === message.requestId) {
        appendChunk(message.chunk);
        moreButton.disabled = false;
      }
      break;
    case 'figures':
      if (shown?.requestId === message.requestId) {
        shown.figures = message.figures;
        updateFigures();
      }
      break;
    case 'busy':
      busy.hidden = !message.busy;
      panes.setAttribute('aria-busy', String(message.busy));
      break;
    case 'notice':
      showNotice(message.severity, message.text);
      break;
    case 'choices':
      applyChoices(message);
      break;
  }
});

function showResult(result: ToTokenizerView.Result): void {
  const started = performance.now();
  const model = models.find((candidate) => candidate.id === result.modelId);
  shown = {
    requestId: result.requestId,
    input: result.input,
    model,
    encoding: result.encoding,
    ...(result.compareWith ? { compareWith: result.compareWith } : {}),
    ...(result.figures ? { figures: result.figures } : {}),
    differingBoundaries: 0,
    isComplete: false,
  };
  modelSelect.value = result.modelId;
  compareSelect.value = result.compareWith ?? '';
  mainPane.reset(model ? (result.encoding.startsWith('file:') ? model.label : `${model.label} · ${result.encoding}`) : result.encoding);
  mainPane.otherEncoding = result.compareWith;
  comparePane.root.hidden = !result.compareWith;
  comparePane.reset(result.compareWith ?? '');
  comparePane.otherEncoding = result.encoding;
  panes.classList.toggle('compared', Boolean(result.compareWith));
  panes.classList.toggle('show-ids', pageState.showIds);
  showInput(result.input);
  if (notice.classList.contains('error')) {
    notice.hidden = true;
  }
  details.clear();
  moreButton.disabled = false;
  appendChunk(result.chunk);
  root.dataset.renderMs = (performance.now() - started).toFixed(1);
  // Until the next frame: layout and paint included.
  requestAnimationFrame(() => setTimeout(() => {
    root.dataset.paintMs = (performance.now() - started).toFixed(1);
  }, 0));
}

function showInput(input: TokenizerInput): void {
  source.textContent = input.description;
  pinButton.hidden = input.mode === 'typed';
  pinButton.setAttribute('aria-pressed', String(input.mode === 'pinned'));
  followButton.hidden = input.mode !== 'typed';
  // Typed text, or no text at all, needs the box; otherwise it stays as the learner left it (closed at first, so the tokens come first).
  setInputOpen(input.mode === 'typed' || input.length === 0 || (pageState.inputOpen ?? false));
  if (input.mode !== 'typed' && document.activeElement !== textArea) {
    textArea.value = input.editableText ?? '';
  }
  specialNote.hidden = input.specialTokenText === undefined;
  specialNote.textContent = input.specialTokenText ? format(labels.specialTokenNote, input.specialTokenText) : '';
}

function appendChunk(chunk: TokenizerChunk): void {
  if (!shown) {
    return;
  }
  shown.differingBoundaries += chunk.differingBoundaries;
  shown.isComplete = chunk.isLast;
  mainPane.append(chunk.tokens, displayOptions());
  if (chunk.compareTokens) {
    comparePane.append(chunk.compareTokens, displayOptions());
  }
  updateFigures();
}

function updateFigures(): void {
  if (!shown) {
    return;
  }
  const { figures } = shown;
  mainPane.total = figures?.tokens;
  comparePane.total = figures?.compareTokens;
  mainPane.setCount(figures?.modelCount ?? tokensLabel(figures?.tokens));
  modelNotes.replaceChildren(...(figures?.modelNotes ?? []).map((note) => element('p', { className: 'note' }, note)));
  comparePane.setCount(tokensLabel(figures?.compareTokens));
  statistics.update({
    encoding: shown.encoding,
    ...(shown.compareWith ? { compareEncoding: shown.compareWith } : {}),
    contextWindow: shown.model?.contextWindow ?? 0,
    ...(figures ? { figures } : {}),
    differingBoundaries: shown.differingBoundaries,
    isComplete: shown.isComplete,
  });
  moreRow.hidden = shown.isComplete;
  shownOf.textContent = format(labels.shownOf, numbers.format(mainPane.tokenCount), figures ? numbers.format(figures.tokens) : labels.counting);
}

function tokensLabel(count: number | undefined): string {
  if (count === undefined) {
    return labels.counting;
  }
  return format(count === 1 ? labels.oneToken : labels.tokenCount, numbers.format(count));
}

function showNotice(severity: 'info' | 'error', text: string): void {
  clearTimeout(noticeTimer);
  notice.textContent = text;
  notice.className = `notice ${severity}`;
  notice.hidden = false;
  if (severity === 'info') {
    noticeTimer = setTimeout(() => {
      notice.hidden = true;
    }, noticeMs);
  }
}

vscode.postMessage({ type: 'ready' });
reportModelList();
