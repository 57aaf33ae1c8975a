// The end of a session: the score, whether the lesson is passed, each question's result, and what next.
import type { FromQuizPage, QuizPageLabels, QuizSummary } from '../../quiz/quizMessages';
import { codicon, element, format } from '../common/vscodeApi';

export function summaryView(summary: QuizSummary, labels: QuizPageLabels, percent: Intl.NumberFormat, send: (message: FromQuizPage.Message) => void): HTMLElement {
  const scoreText = format(labels.score, percent.format(summary.score), summary.correctCount, summary.total);
  const passText = summary.passed === undefined ? '' : summary.passed ? labels.passed : format(labels.notPassed, percent.format(summary.passingScore));
  const rows = summary.entries.map((entry) => element('tr', { className: entry.correct ? 'row-correct' : 'row-wrong' },
    element('td', { className: 'summary-prompt' }, entry.prompt),
    element('td', {}, entry.answer),
    element('td', { className: 'summary-result' }, codicon(entry.correct ? 'pass' : 'error'), ` ${entry.correct ? labels.correct : labels.incorrect}`)));
  const actions = element('div', { className: 'quiz-actions summary-actions' });
  if (summary.canRetryMistakes) {
    actions.append(button(labels.retryMistakes, 'debug-restart', 'primary', () => send({ type: 'retryMistakes' })));
  }
  actions.append(button(labels.retake, 'refresh', summary.canRetryMistakes ? 'secondary' : 'primary', () => send({ type: 'retake' })));
  if (summary.canGoBackToLesson) {
    actions.append(button(labels.backToLesson, 'book', 'secondary', () => send({ type: 'backToLesson' })));
  }
  return element('section', { className: 'summary', 'aria-labelledby': 'summary-title' },
    element('h2', { id: 'summary-title', tabindex: '-1' }, labels.results),
    element('p', { className: 'score' }, scoreText),
    passText ? element('p', { className: `pass-state ${summary.passed ? 'passed' : 'not-passed'}` }, codicon(summary.passed ? 'pass-filled' : 'info'), ` ${passText}`) : '',
    element('table', { className: 'summary-table' },
      element('thead', {}, element('tr', {}, element('th', { scope: 'col' }, labels.question), element('th', { scope: 'col' }, labels.yourAnswer), element('th', { scope: 'col' }, labels.result))),
      element('tbody', {}, ...rows)),
    actions);
}

/** What the live region says when the summary appears. */
export function summaryAnnouncement(summary: QuizSummary, labels: QuizPageLabels, percent: Intl.NumberFormat): string {
  return format(labels.score, percent.format(summary.score), summary.correctCount, summary.total);
}

function button(label: string, icon: string, kind: 'primary' | 'secondary', onClick: () => void): HTMLButtonElement {
  const node = element('button', { type: 'button', className: kind }, codicon(icon), ` ${label}`);
  node.addEventListener('click', onClick);
  return node;
}
