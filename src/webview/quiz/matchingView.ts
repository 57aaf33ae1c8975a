// Matching: for each left-hand item, a <select> of the right-hand items.
import type { PageMatchingQuestion } from '../../quiz/quizMessages';
import { element, format } from '../common/vscodeApi';
import { explanation, keyHint, verdictBadge, type QuestionView, type QuestionViewOptions } from './questionView';

export function matchingView(question: PageMatchingQuestion, options: QuestionViewOptions): QuestionView {
  const { labels } = options;
  const table = element('div', { className: 'matching', role: 'group', 'aria-labelledby': options.promptId, 'aria-describedby': `hint-${question.id}` });
  const rightText = new Map(question.rights.map((right) => [right.id, right.text]));
  const selects = question.lefts.map((left, index) => {
    const select = element('select', { id: `match-${left.id}`, 'data-left': left.id },
      element('option', { value: '' }, labels.chooseMatch),
      ...question.rights.map((right) => element('option', { value: right.id }, right.text)));
    select.addEventListener('change', options.onChange);
    table.append(element('div', { className: 'match-row', 'data-id': left.id },
      keyHint(index + 1),
      element('label', { for: select.id, className: 'match-left' }, left.text),
      select,
      element('div', { className: 'match-feedback' })));
    return select;
  });

  return {
    element: element('div', {}, element('p', { className: 'instructions', id: `hint-${question.id}` }, labels.matchingHint), table),
    answer() {
      const chosen = selects.map((select) => [select.dataset.left ?? '', select.value] as const);
      const rights = chosen.map(([, right]) => right);
      if (rights.some((right) => right === '') || new Set(rights).size !== rights.length) {
        return undefined;
      }
      return { kind: 'matching', pairs: Object.fromEntries(chosen) };
    },
    pickByNumber(position) {
      selects[position - 1]?.focus();
    },
    showFeedback(feedback) {
      if (feedback.kind !== 'matching') {
        return;
      }
      selects.forEach((select) => (select.disabled = true));
      for (const pair of feedback.pairs) {
        const row = table.querySelector<HTMLElement>(`.match-row[data-id="${CSS.escape(pair.leftId)}"]`);
        row?.classList.add(pair.matched ? 'mark-chosenCorrect' : 'mark-chosenWrong');
        row?.querySelector('.match-feedback')?.replaceChildren(
          verdictBadge(pair.matched ? 'right' : 'wrong', labels),
          pair.matched ? '' : element('span', { className: 'correct-key' }, format(labels.correctMatch, rightText.get(pair.correctRightId) ?? '')),
          explanation(pair.explanation));
      }
    },
  };
}
