// The frame every page that asks questions one at a time shares (quiz, practice exam): the header
// with the title and progress bar, the question in the body, a polite live region, and the keys.
// Built once, so the header, live region and action bar never jump around.
import type { PageQuestion } from '../../quiz/quizMessages';
import { element, format } from '../common/vscodeApi';
import type { QuestionView, QuestionViewOptions } from './questionView';
import { questionViewFor } from './questionViewFor';

export interface QuestionPageFrameOptions {
  /** Id of the progress text, which names the progress bar. */
  readonly progressTextId: string;
  /** Shown in the progress text until the first question arrives. */
  readonly loadingText: string;
  /** The title until the host sends one. */
  readonly title?: string;
  /** More in the header's progress line (the exam's clock). */
  readonly progressExtras?: readonly Node[];
}

export interface QuestionPageFrame {
  readonly title: HTMLHeadingElement;
  readonly progressText: HTMLSpanElement;
  /** Puts the header, `body`, `footer` and the live region into `root`, in that order. */
  readonly mount: (root: HTMLElement, body: HTMLElement, footer: HTMLElement) => void;
  /** "Question 2 of 5": the bar stands at `position` of `total`, filled up to the questions before it. */
  readonly showProgress: (position: number, total: number, text: string, valueText?: string) => void;
  /** Fills the bar through the question shown: its answer is in. */
  readonly fillThroughCurrent: () => void;
  /** Fills the whole bar. */
  readonly fillAll: () => void;
  /** Speaks `text` through the live region. */
  readonly announce: (text: string) => void;
}

export function questionPageFrame(options: QuestionPageFrameOptions): QuestionPageFrame {
  const title = element('h1', { className: 'quiz-title' }, options.title ?? '');
  const progressText = element('span', { className: 'progress-text', id: options.progressTextId }, options.loadingText);
  const progressFill = element('div', { className: 'progress-fill' });
  // Named by the visible "Question 2 of 5", so a screen reader says what the bar measures.
  const progressBar = element('div', { className: 'progress-track', role: 'progressbar', 'aria-labelledby': options.progressTextId, 'aria-valuemin': '0', 'aria-valuemax': '0', 'aria-valuenow': '0' }, progressFill);
  const announcer = element('div', { className: 'visually-hidden', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const header = element('header', { className: 'quiz-header' }, title, element('div', { className: 'progress' }, progressText, progressBar, ...(options.progressExtras ?? [])));
  const fill = (share: number) => (progressFill.style.width = `${share * 100}%`);
  return {
    title,
    progressText,
    mount: (root, body, footer) => root.append(header, body, footer, announcer),
    showProgress: (position, total, text, valueText) => {
      progressText.textContent = text;
      progressBar.setAttribute('aria-valuemax', String(total));
      progressBar.setAttribute('aria-valuenow', String(position));
      if (valueText !== undefined) {
        progressBar.setAttribute('aria-valuetext', valueText);
      }
      fill((position - 1) / total);
    },
    fillThroughCurrent: () => fill(Number(progressBar.getAttribute('aria-valuenow')) / Number(progressBar.getAttribute('aria-valuemax'))),
    fillAll: () => fill(1),
    announce: (text) => {
      // Emptied first, so the same words said twice in a row are still announced.
      announcer.textContent = '';
      window.setTimeout(() => (announcer.textContent = text), 50);
    },
  };
}

export interface ShownQuestion {
  readonly view: QuestionView;
  /** The prompt heading, to focus once the page has updated around the question. */
  readonly prompt: HTMLElement;
}

/** Draws `question` (prompt, instructions, inputs) as the only content of `body`. */
export function showQuestionIn(body: HTMLElement, question: PageQuestion, options: Omit<QuestionViewOptions, 'promptId'>): ShownQuestion {
  const promptId = `prompt-${question.id}`;
  const view = questionViewFor(question, { ...options, promptId });
  const instructions = question.kind === 'multiple' ? element('p', { className: 'instructions choose' }, format(options.labels.choose, question.choose)) : '';
  const prompt = element('h2', { className: 'prompt', id: promptId, tabindex: '-1' }, question.prompt.trim());
  body.replaceChildren(element('section', { className: 'question', 'data-kind': question.kind }, prompt, instructions, view.element));
  return { view, prompt };
}

/**
 * Enter does the page's main action; number keys 1-9 pick an entry of the view `pickable()` returns
 * (undefined while nothing may be picked). Buttons, links, selects and text areas keep their own
 * Enter; selects also type-to-find with digits.
 */
export function listenForAnswerKeys(onEnter: () => void, pickable: () => QuestionView | undefined): void {
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) {
      return;
    }
    const target = event.target as HTMLElement;
    const ownsKeys = target.closest('button, a, select, textarea') !== null;
    const view = /^[1-9]$/.test(event.key) && !target.closest('select') ? pickable() : undefined;
    if (event.key === 'Enter' && !ownsKeys) {
      event.preventDefault();
      onEnter();
    } else if (view) {
      event.preventDefault();
      view.pickByNumber(Number(event.key));
    }
  });
}
