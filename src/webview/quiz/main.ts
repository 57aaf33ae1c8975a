import type { FromQuizPage, PageQuestion, QuizMemento, QuizPageState, ToQuizPage } from '../../quiz/quizMessages';
import { showHostError } from '../common/hostError';
import { element, format, initialState, vscodeApi } from '../common/vscodeApi';
import type { QuestionView, QuestionViewOptions } from './questionView';
import { questionViewFor } from './questionViewFor';
import { summaryAnnouncement, summaryView } from './summaryView';

const vscode = vscodeApi<QuizMemento, FromQuizPage.Message>();
const { labels } = initialState<QuizPageState>();
const percent = new Intl.NumberFormat(document.documentElement.lang || undefined, { style: 'percent', maximumFractionDigits: 0 });
const send = (message: FromQuizPage.Message) => vscode.postMessage(message);

/** The learner is answering, waiting for the grade, reading feedback, or looking at the summary. */
type Phase = 'answering' | 'grading' | 'feedback' | 'summary';

let phase: Phase = 'answering';
let shown: { question: PageQuestion; view: QuestionView; isLast: boolean } | undefined;

// The page's frame: built once so the header, live region and action bar never jump around.
const title = element('h1', { className: 'quiz-title' });
const progressText = element('span', { className: 'progress-text', id: 'progress-text' }, labels.loading);
const progressFill = element('div', { className: 'progress-fill' });
// Named by the visible "Question 2 of 5", so a screen reader says what the bar measures.
const progressBar = element('div', { className: 'progress-track', role: 'progressbar', 'aria-labelledby': 'progress-text', 'aria-valuemin': '0', 'aria-valuemax': '0', 'aria-valuenow': '0' }, progressFill);
const body = element('div', { className: 'quiz-body' });
const verdict = element('div', { className: 'verdict-line' });
const reviewLink = element('a', { href: '#', className: 'review-link', hidden: '' });
const actionButton = element('button', { type: 'button', className: 'primary action-button', disabled: '' }, labels.submit);
const announcer = element('div', { className: 'visually-hidden', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
const actionBar = element('footer', { className: 'quiz-footer' },
  element('div', { className: 'feedback-line' }, verdict, reviewLink),
  element('div', { className: 'quiz-actions' }, actionButton, element('span', { className: 'keyboard-hint' }, labels.keyboardHint)));
document.getElementById('root')!.append(
  element('header', { className: 'quiz-header' }, title, element('div', { className: 'progress' }, progressText, progressBar)),
  body,
  actionBar,
  announcer);

window.addEventListener('message', (event: MessageEvent<ToQuizPage.Message>) => {
  const message = event.data;
  switch (message.type) {
    case 'start':
      title.textContent = message.title;
      document.title = message.title;
      vscode.setState(message.memento);
      break;
    case 'question':
      showQuestion(message);
      break;
    case 'feedback':
      showFeedback(message);
      break;
    case 'summary':
      showSummary(message);
      break;
    case 'hostError':
      showHostError(message.text, labels.dismiss);
      break;
  }
});

function showQuestion(message: ToQuizPage.ShowQuestion): void {
  phase = 'answering';
  const { question } = message;
  const promptId = `prompt-${question.id}`;
  const options: QuestionViewOptions = { labels, promptId, onChange: updateAction, announce };
  const view = questionViewFor(question, options);
  shown = { question, view, isLast: message.isLast };
  const instructions = question.kind === 'multiple' ? element('p', { className: 'instructions choose' }, format(labels.choose, question.choose)) : '';
  const prompt = element('h2', { className: 'prompt', id: promptId, tabindex: '-1' }, question.prompt.trim());
  body.replaceChildren(element('section', { className: 'question', 'data-kind': question.kind }, prompt, instructions, view.element));
  progressText.textContent = format(labels.questionOf, message.index, message.total);
  progressBar.setAttribute('aria-valuemax', String(message.total));
  progressBar.setAttribute('aria-valuenow', String(message.index));
  progressBar.setAttribute('aria-valuetext', progressText.textContent);
  progressFill.style.width = `${((message.index - 1) / message.total) * 100}%`;
  actionBar.hidden = false;
  verdict.replaceChildren();
  verdict.className = 'verdict-line';
  reviewLink.hidden = true;
  actionButton.textContent = labels.submit;
  updateAction();
  window.scrollTo(0, 0);
  prompt.focus();
}

function showFeedback(message: ToQuizPage.ShowFeedback): void {
  if (!shown || shown.question.id !== message.questionId) {
    return;
  }
  phase = 'feedback';
  shown.view.showFeedback(message.feedback);
  const text = message.correct ? labels.correct : labels.incorrect;
  verdict.className = `verdict-line ${message.correct ? 'is-correct' : 'is-incorrect'}`;
  verdict.replaceChildren(element('span', { 'aria-hidden': 'true' }, message.correct ? '✓ ' : '✗ '), text);
  reviewLink.textContent = format(labels.review, message.review.section);
  reviewLink.dataset.lesson = message.review.lessonId;
  reviewLink.dataset.section = message.review.section;
  reviewLink.hidden = false;
  progressFill.style.width = `${(Number(progressBar.getAttribute('aria-valuenow')) / Number(progressBar.getAttribute('aria-valuemax'))) * 100}%`;
  actionButton.textContent = shown.isLast ? labels.seeResults : labels.next;
  updateAction();
  announce(text);
  actionButton.focus();
}

function showSummary(message: ToQuizPage.ShowSummary): void {
  phase = 'summary';
  shown = undefined;
  progressFill.style.width = '100%';
  actionBar.hidden = true;
  body.replaceChildren(summaryView(message.summary, labels, percent, send));
  announce(summaryAnnouncement(message.summary, labels, percent));
  body.querySelector<HTMLElement>('#summary-title')?.focus();
}

function updateAction(): void {
  actionButton.disabled = phase === 'grading' || phase === 'summary' || (phase === 'answering' && shown?.view.answer() === undefined);
}

function announce(text: string): void {
  // Emptied first, so the same words said twice in a row are still announced.
  announcer.textContent = '';
  window.setTimeout(() => (announcer.textContent = text), 50);
}

function act(): void {
  if (actionButton.disabled || !shown) {
    return;
  }
  if (phase === 'answering') {
    const answer = shown.view.answer();
    if (answer) {
      phase = 'grading';
      updateAction();
      send({ type: 'submit', questionId: shown.question.id, answer });
    }
  } else if (phase === 'feedback') {
    send({ type: 'next' });
  }
}

actionButton.addEventListener('click', act);

reviewLink.addEventListener('click', (event) => {
  event.preventDefault();
  send({ type: 'openSection', lessonId: reviewLink.dataset.lesson ?? '', section: reviewLink.dataset.section ?? '' });
});

document.addEventListener('keydown', (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) {
    return;
  }
  const target = event.target as HTMLElement;
  // Buttons, links and selects keep their own Enter; selects also type-to-find with digits.
  const ownsKeys = target.closest('button, a, select, textarea') !== null;
  if (event.key === 'Enter' && !ownsKeys) {
    event.preventDefault();
    act();
  } else if (/^[1-9]$/.test(event.key) && phase === 'answering' && !target.closest('select')) {
    event.preventDefault();
    shown?.view.pickByNumber(Number(event.key));
  }
});

send({ type: 'ready' });
