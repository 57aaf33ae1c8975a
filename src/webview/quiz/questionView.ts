// What every kind of question view offers the page, and the pieces they share.
import type { PageAnswer, PageFeedback, QuizPageLabels } from '../../quiz/quizMessages';
import { element } from '../common/vscodeApi';

export interface QuestionView {
  /** The inputs, to place under the prompt. */
  readonly element: HTMLElement;
  /** A complete answer, or undefined while the learner has not finished answering. */
  answer(): PageAnswer | undefined;
  /** Number keys 1-9: choose, toggle or focus the n-th (1-based) entry. */
  pickByNumber(position: number): void;
  /** Locks the inputs and marks every entry with its verdict and explanation. */
  showFeedback(feedback: PageFeedback): void;
}

export interface QuestionViewOptions {
  readonly labels: QuizPageLabels;
  /** Id of the prompt element, which labels the group of inputs. */
  readonly promptId: string;
  /** Called whenever the answer may have changed. */
  readonly onChange: () => void;
  /** Speaks a short message through the page's live region. */
  readonly announce: (text: string) => void;
}

export type Verdict = 'right' | 'wrong' | 'missed';

/** The ✓/✗/missed badge beside an entry; its text is read by screen readers too. */
export function verdictBadge(verdict: Verdict, labels: QuizPageLabels): HTMLElement {
  const symbol = verdict === 'right' ? '✓' : verdict === 'wrong' ? '✗' : '';
  const text = verdict === 'right' ? labels.correct : verdict === 'wrong' ? labels.incorrect : labels.missed;
  return element('span', { className: `verdict verdict-${verdict}` },
    symbol ? element('span', { 'aria-hidden': 'true' }, symbol) : '',
    symbol ? element('span', { className: 'visually-hidden' }, text) : text);
}

export function explanation(text: string): HTMLElement {
  return element('p', { className: 'explanation' }, text);
}

/** The key hint shown before an entry, so number keys are discoverable. */
export function keyHint(position: number): HTMLElement {
  return element('kbd', { className: 'key-hint', 'aria-hidden': 'true' }, position <= 9 ? String(position) : '');
}
