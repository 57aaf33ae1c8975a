// The end of a practice exam: every question again, read-only, with the learner's answer, the key
// and every explanation. Static markup (no inputs), so many questions can sit on one page.
import type { ExamReviewEntry, PracticeExamLabels } from '../../practiceExam/practiceExamMessages';
import type { PageChoice, PageFeedback, PageQuestion } from '../../quiz/quizMessages';
import { element, format } from '../common/vscodeApi';
import { explanation, verdictBadge } from '../quiz/questionView';

export function reviewEntryView(entry: ExamReviewEntry, position: number, labels: PracticeExamLabels, openSection: (entry: ExamReviewEntry) => void): HTMLElement {
  const status = !entry.answered ? labels.unanswered : entry.correct ? labels.correct : labels.incorrect;
  const link = element('a', { href: '#', className: 'review-link' }, format(labels.review, entry.review.section));
  link.addEventListener('click', (event) => {
    event.preventDefault();
    openSection(entry);
  });
  return element('li', { className: `review-entry ${entry.correct ? 'is-correct' : 'is-incorrect'}` },
    element('h3', { className: 'review-prompt' }, element('span', { className: 'review-number' }, `${position}. `), entry.question.prompt),
    element('p', { className: 'review-status' }, element('span', { className: 'review-task' }, entry.task), ' · ', status),
    keyView(entry.question, entry.feedback, labels),
    link);
}

function keyView(question: PageQuestion, feedback: PageFeedback, labels: PracticeExamLabels): HTMLElement {
  switch (feedback.kind) {
    case 'single':
    case 'multiple': {
      const texts = textsOf(question.kind === 'single' || question.kind === 'multiple' ? question.options : []);
      return element('ul', { className: 'review-options' }, ...feedback.options.map((option) => {
        const verdict = option.mark === 'chosenCorrect' ? verdictBadge('right', labels) : option.mark === 'chosenWrong' ? verdictBadge('wrong', labels) : option.mark === 'missedCorrect' ? verdictBadge('missed', labels) : '';
        return element('li', { className: `choice mark-${option.mark}` }, element('span', { className: 'choice-text' }, texts.get(option.id) ?? ''), ' ', verdict, explanation(option.explanation));
      }));
    }
    case 'ordering': {
      const texts = textsOf(question.kind === 'ordering' ? question.items : []);
      const byId = new Map(feedback.items.map((item) => [item.id, item]));
      return element('ol', { className: 'review-options' }, ...feedback.correctOrder.map((id) => {
        const item = byId.get(id);
        return element('li', { className: 'ordering-item' }, element('span', { className: 'choice-text' }, texts.get(id) ?? ''), ' ', item ? verdictBadge(item.inPlace ? 'right' : 'wrong', labels) : '', item ? explanation(item.explanation) : '');
      }));
    }
    case 'matching': {
      const lefts = textsOf(question.kind === 'matching' ? question.lefts : []);
      const rights = textsOf(question.kind === 'matching' ? question.rights : []);
      return element('ul', { className: 'review-options' }, ...feedback.pairs.map((pair) => element('li', { className: 'match-row' },
        element('span', { className: 'choice-text' }, `${lefts.get(pair.leftId) ?? ''} → ${rights.get(pair.correctRightId) ?? ''}`), ' ',
        verdictBadge(pair.matched ? 'right' : 'wrong', labels),
        pair.matched || pair.chosenRightId === undefined ? '' : element('p', { className: 'explanation' }, `${labels.yourAnswer}: ${rights.get(pair.chosenRightId) ?? ''}`),
        explanation(pair.explanation))));
    }
  }
}

function textsOf(choices: readonly PageChoice[]): Map<string, string> {
  return new Map(choices.map((choice) => [choice.id, choice.text]));
}
