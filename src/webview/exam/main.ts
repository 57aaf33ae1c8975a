// The practice exam page: one question at a time with no feedback, an optional countdown, then the
// scaled score, the per-task breakdown and a review of every answer.
import type { ExamReviewEntry, FromExamPage, PracticeExamPageState, PracticeExamResult, ToExamPage } from '../../practiceExam/practiceExamMessages';
import type { PageQuestion } from '../../quiz/quizMessages';
import { showHostError } from '../common/hostError';
import { codicon, element, format, initialState, vscodeApi } from '../common/vscodeApi';
import type { QuestionView, QuestionViewOptions } from '../quiz/questionView';
import { questionViewFor } from '../quiz/questionViewFor';
import { reviewEntryView } from './reviewView';

const vscode = vscodeApi<undefined, FromExamPage.Message>();
const { labels } = initialState<PracticeExamPageState>();
const send = (message: FromExamPage.Message) => vscode.postMessage(message);

let shown: { question: PageQuestion; view: QuestionView; isLast: boolean } | undefined;
let waiting = false;
let deadline: number | undefined;
let timer: number | undefined;

const title = element('h1', { className: 'quiz-title' }, labels.examTitle);
const progressText = element('span', { className: 'progress-text', id: 'exam-progress-text' }, labels.loading);
const progressFill = element('div', { className: 'progress-fill' });
const progressBar = element('div', { className: 'progress-track', role: 'progressbar', 'aria-labelledby': 'exam-progress-text', 'aria-valuemin': '0', 'aria-valuemax': '0', 'aria-valuenow': '0' }, progressFill);
const clock = element('span', { className: 'exam-clock', role: 'timer', hidden: '' });
const body = element('main', { className: 'quiz-body' });
const skipButton = element('button', { type: 'button', className: 'secondary' }, labels.skip);
const nextButton = element('button', { type: 'button', className: 'primary action-button', disabled: '' }, labels.next);
const finishButton = element('button', { type: 'button', className: 'secondary finish-early' }, codicon('debug-stop'), ` ${labels.finishEarly}`);
const announcer = element('div', { className: 'visually-hidden', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
const actionBar = element('footer', { className: 'quiz-footer' }, element('div', { className: 'quiz-actions' }, nextButton, skipButton, finishButton));
document.getElementById('root')!.append(
  element('header', { className: 'quiz-header' }, title, element('div', { className: 'progress' }, progressText, progressBar, clock)),
  body,
  actionBar,
  announcer);

window.addEventListener('message', (event: MessageEvent<ToExamPage.Message>) => {
  const message = event.data;
  switch (message.type) {
    case 'start':
      title.textContent = message.title;
      document.title = message.title;
      startClock(message.deadline);
      break;
    case 'question':
      showQuestion(message);
      break;
    case 'result':
      showResult(message.result);
      break;
    case 'hostError':
      waiting = false;
      updateActions();
      showHostError(message.text, labels.dismiss);
      break;
  }
});

function showQuestion(message: ToExamPage.ShowQuestion): void {
  waiting = false;
  const { question } = message;
  const promptId = `prompt-${question.id}`;
  const options: QuestionViewOptions = { labels, promptId, onChange: updateActions, announce };
  const view = questionViewFor(question, options);
  shown = { question, view, isLast: message.isLast };
  const instructions = question.kind === 'multiple' ? element('p', { className: 'instructions choose' }, format(labels.choose, question.choose)) : '';
  const prompt = element('h2', { className: 'prompt', id: promptId, tabindex: '-1' }, question.prompt.trim());
  body.replaceChildren(element('section', { className: 'question', 'data-kind': question.kind }, prompt, instructions, view.element));
  progressText.textContent = `${format(labels.questionOf, message.index, message.total)} · ${format(labels.answeredOf, message.answeredCount, message.total)}`;
  progressBar.setAttribute('aria-valuemax', String(message.total));
  progressBar.setAttribute('aria-valuenow', String(message.index));
  progressFill.style.width = `${((message.index - 1) / message.total) * 100}%`;
  nextButton.textContent = message.isLast ? labels.finish : labels.next;
  actionBar.hidden = false;
  updateActions();
  window.scrollTo(0, 0);
  prompt.focus();
}

function showResult(result: PracticeExamResult): void {
  shown = undefined;
  stopClock();
  actionBar.hidden = true;
  progressFill.style.width = '100%';
  const verdict = result.passed ? labels.passed : labels.examNotPassed;
  progressText.textContent = format(labels.answeredOf, result.entries.filter((entry) => entry.answered).length, result.total);
  progressBar.setAttribute('aria-valuenow', String(result.total));
  const rows = result.byTask.map((task) => element('tr', {},
    element('th', { scope: 'row' }, `${task.task} ${task.title}`),
    element('td', {}, format(labels.correctCount, task.correct, task.total))));
  const again = element('button', { type: 'button', className: 'primary' }, codicon('refresh'), ` ${labels.newExam}`);
  again.addEventListener('click', () => send({ type: 'newExam' }));
  const openSection = (entry: ExamReviewEntry) => send({ type: 'openSection', lessonId: entry.review.lessonId, section: entry.review.section });
  body.replaceChildren(element('section', { className: 'summary exam-result', 'aria-labelledby': 'summary-title' },
    element('h2', { id: 'summary-title', tabindex: '-1' }, labels.results),
    element('p', { className: 'score scaled-score' }, format(labels.scaledScore, result.scaledScore, result.correct, result.total)),
    element('p', { className: `pass-state ${result.passed ? 'passed' : 'not-passed'}` }, codicon(result.passed ? 'pass-filled' : 'info'), ` ${verdict} · ${labels.passMark}`),
    element('p', { className: 'scaling-note' }, labels.scalingNote),
    element('h3', {}, labels.byTask),
    element('table', { className: 'summary-table by-task' },
      element('thead', {}, element('tr', {}, element('th', { scope: 'col' }, labels.task), element('th', { scope: 'col' }, labels.result))),
      element('tbody', {}, ...rows)),
    element('h3', {}, labels.reviewAnswers),
    element('ol', { className: 'review-list' }, ...result.entries.map((entry, index) => reviewEntryView(entry, index + 1, labels, openSection))),
    element('div', { className: 'quiz-actions summary-actions' }, again)));
  announce(format(labels.scaledScore, result.scaledScore, result.correct, result.total));
  body.querySelector<HTMLElement>('#summary-title')?.focus();
}

function startClock(until: number | undefined): void {
  stopClock();
  deadline = until;
  clock.hidden = deadline === undefined;
  if (deadline === undefined) {
    return;
  }
  tick();
  timer = window.setInterval(tick, 1000);
}

function stopClock(): void {
  if (timer !== undefined) {
    window.clearInterval(timer);
    timer = undefined;
  }
}

function tick(): void {
  if (deadline === undefined) {
    return;
  }
  const left = Math.max(0, deadline - Date.now());
  const minutes = Math.floor(left / 60_000);
  const seconds = Math.floor((left % 60_000) / 1000);
  clock.textContent = format(labels.timeLeft, `${minutes}:${String(seconds).padStart(2, '0')}`);
  if (left === 0) {
    stopClock();
    announce(labels.timeUp);
    send({ type: 'finish' });
  }
}

function updateActions(): void {
  nextButton.disabled = waiting || shown === undefined || shown.view.answer() === undefined;
  skipButton.disabled = waiting || shown === undefined;
  finishButton.disabled = waiting;
}

function announce(text: string): void {
  announcer.textContent = '';
  window.setTimeout(() => (announcer.textContent = text), 50);
}

function submit(skip: boolean): void {
  if (!shown || waiting) {
    return;
  }
  const answer = skip ? undefined : shown.view.answer();
  if (!skip && answer === undefined) {
    return;
  }
  waiting = true;
  updateActions();
  send(answer === undefined ? { type: 'answer', questionId: shown.question.id } : { type: 'answer', questionId: shown.question.id, answer });
}

nextButton.addEventListener('click', () => submit(false));
skipButton.addEventListener('click', () => submit(true));
finishButton.addEventListener('click', () => {
  waiting = true;
  updateActions();
  send({ type: 'finish' });
});

document.addEventListener('keydown', (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) {
    return;
  }
  const target = event.target as HTMLElement;
  const ownsKeys = target.closest('button, a, select, textarea') !== null;
  if (event.key === 'Enter' && !ownsKeys) {
    event.preventDefault();
    submit(false);
  } else if (/^[1-9]$/.test(event.key) && shown && !target.closest('select')) {
    event.preventDefault();
    shown.view.pickByNumber(Number(event.key));
  }
});

send({ type: 'ready' });
