// The practice exam page: one question at a time with no feedback, an optional countdown, then the
// scaled score, the per-task breakdown and a review of every answer.
import type { ExamReviewEntry, FromExamPage, PracticeExamPageState, PracticeExamResult, ToExamPage } from '../../practiceExam/practiceExamMessages';
import type { PageQuestion } from '../../quiz/quizMessages';
import { showHostError } from '../common/hostError';
import { codicon, element, format, initialState, vscodeApi } from '../common/vscodeApi';
import { listenForAnswerKeys, questionPageFrame, showQuestionIn } from '../quiz/questionPageFrame';
import type { QuestionView } from '../quiz/questionView';
import { reviewEntryView } from './reviewView';

const vscode = vscodeApi<undefined, FromExamPage.Message>();
const { labels } = initialState<PracticeExamPageState>();
const send = (message: FromExamPage.Message) => vscode.postMessage(message);

let shown: { question: PageQuestion; view: QuestionView; isLast: boolean } | undefined;
let waiting = false;
let deadline: number | undefined;
let timer: number | undefined;

const clock = element('span', { className: 'exam-clock', role: 'timer', hidden: '' });
const frame = questionPageFrame({ progressTextId: 'exam-progress-text', loadingText: labels.loading, title: labels.examTitle, progressExtras: [clock] });
const body = element('div', { className: 'quiz-body' });
const skipButton = element('button', { type: 'button', className: 'secondary' }, labels.skip);
const nextButton = element('button', { type: 'button', className: 'primary action-button', disabled: '' }, labels.next);
const finishButton = element('button', { type: 'button', className: 'secondary finish-early' }, codicon('debug-stop'), ` ${labels.finishEarly}`);
const actionBar = element('footer', { className: 'quiz-footer' }, element('div', { className: 'quiz-actions' }, nextButton, skipButton, finishButton));
frame.mount(document.getElementById('root')!, body, actionBar);
const announce = frame.announce;

window.addEventListener('message', (event: MessageEvent<ToExamPage.Message>) => {
  const message = event.data;
  switch (message.type) {
    case 'start':
      frame.title.textContent = message.title;
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
  const { view, prompt } = showQuestionIn(body, question, { labels, onChange: updateActions, announce });
  shown = { question, view, isLast: message.isLast };
  frame.showProgress(message.index, message.total, `${format(labels.questionOf, message.index, message.total)} · ${format(labels.answeredOf, message.answeredCount, message.total)}`);
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
  const verdict = result.passed ? labels.passed : labels.examNotPassed;
  frame.showProgress(result.total, result.total, format(labels.answeredOf, result.entries.filter((entry) => entry.answered).length, result.total));
  frame.fillAll();
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

listenForAnswerKeys(() => submit(false), () => shown?.view);

send({ type: 'ready' });
