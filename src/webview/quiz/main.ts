import type { FromQuizPage, PageQuestion, QuizMemento, QuizPageState, ToQuizPage } from '../../quiz/quizMessages';
import { showHostError } from '../common/hostError';
import { element, format, initialState, vscodeApi } from '../common/vscodeApi';
import { listenForAnswerKeys, questionPageFrame, showQuestionIn } from './questionPageFrame';
import type { QuestionView } from './questionView';
import { summaryAnnouncement, summaryView } from './summaryView';

const vscode = vscodeApi<QuizMemento, FromQuizPage.Message>();
const { labels } = initialState<QuizPageState>();
const percent = new Intl.NumberFormat(document.documentElement.lang || undefined, { style: 'percent', maximumFractionDigits: 0 });
const send = (message: FromQuizPage.Message) => vscode.postMessage(message);

/** The learner is answering, waiting for the grade, reading feedback, or looking at the summary. */
type Phase = 'answering' | 'grading' | 'feedback' | 'summary';

let phase: Phase = 'answering';
let shown: { question: PageQuestion; view: QuestionView; isLast: boolean } | undefined;

const frame = questionPageFrame({ progressTextId: 'progress-text', loadingText: labels.loading });
const body = element('div', { className: 'quiz-body' });
const verdict = element('div', { className: 'verdict-line' });
const reviewLink = element('a', { href: '#', className: 'review-link', hidden: '' });
const actionButton = element('button', { type: 'button', className: 'primary action-button', disabled: '' }, labels.submit);
const actionBar = element('footer', { className: 'quiz-footer' },
  element('div', { className: 'feedback-line' }, verdict, reviewLink),
  element('div', { className: 'quiz-actions' }, actionButton, element('span', { className: 'keyboard-hint' }, labels.keyboardHint)));
frame.mount(document.getElementById('root')!, body, actionBar);
const announce = frame.announce;

window.addEventListener('message', (event: MessageEvent<ToQuizPage.Message>) => {
  const message = event.data;
  switch (message.type) {
    case 'start':
      frame.title.textContent = message.title;
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
  const { view, prompt } = showQuestionIn(body, question, { labels, onChange: updateAction, announce });
  shown = { question, view, isLast: message.isLast };
  const progress = format(labels.questionOf, message.index, message.total);
  frame.showProgress(message.index, message.total, progress, progress);
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
  frame.fillThroughCurrent();
  actionButton.textContent = shown.isLast ? labels.seeResults : labels.next;
  updateAction();
  announce(text);
  actionButton.focus();
}

function showSummary(message: ToQuizPage.ShowSummary): void {
  phase = 'summary';
  shown = undefined;
  frame.fillAll();
  actionBar.hidden = true;
  body.replaceChildren(summaryView(message.summary, labels, percent, send));
  announce(summaryAnnouncement(message.summary, labels, percent));
  body.querySelector<HTMLElement>('#summary-title')?.focus();
}

function updateAction(): void {
  actionButton.disabled = phase === 'grading' || phase === 'summary' || (phase === 'answering' && shown?.view.answer() === undefined);
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

listenForAnswerKeys(act, () => (phase === 'answering' ? shown?.view : undefined));

send({ type: 'ready' });
