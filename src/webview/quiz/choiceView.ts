// Single choice (a radio group) and multiple choice (checkboxes, exactly `choose` of them).
import type { PageMultipleQuestion, PageSingleQuestion } from '../../quiz/quizMessages';
import { element } from '../common/vscodeApi';
import { explanation, keyHint, verdictBadge, type QuestionView, type QuestionViewOptions } from './questionView';

export function choiceView(question: PageSingleQuestion | PageMultipleQuestion, options: QuestionViewOptions): QuestionView {
  const isSingle = question.kind === 'single';
  const group = element('div', {
    className: 'choices',
    role: isSingle ? 'radiogroup' : 'group',
    'aria-labelledby': options.promptId,
  });
  const inputs = question.options.map((option, index) => {
    const input = element('input', { type: isSingle ? 'radio' : 'checkbox', name: `answer-${question.id}`, value: option.id, id: `choice-${option.id}` });
    input.addEventListener('change', options.onChange);
    const row = element('div', { className: 'choice', 'data-id': option.id },
      element('label', { for: input.id, className: 'choice-label' }, input, keyHint(index + 1), element('span', { className: 'choice-text' }, option.text)),
      element('div', { className: 'choice-feedback' }));
    group.append(row);
    return input;
  });
  const checkedIds = () => inputs.filter((input) => input.checked).map((input) => input.value);

  return {
    element: group,
    answer() {
      const chosen = checkedIds();
      if (question.kind === 'single') {
        return chosen.length === 1 ? { kind: 'single', optionId: chosen[0] } : undefined;
      }
      return chosen.length === question.choose ? { kind: 'multiple', optionIds: chosen } : undefined;
    },
    pickByNumber(position) {
      const input = inputs[position - 1];
      if (!input || input.disabled) {
        return;
      }
      input.checked = isSingle ? true : !input.checked;
      input.focus();
      options.onChange();
    },
    showFeedback(feedback) {
      if (feedback.kind !== 'single' && feedback.kind !== 'multiple') {
        return;
      }
      inputs.forEach((input) => (input.disabled = true));
      for (const entry of feedback.options) {
        const row = group.querySelector<HTMLElement>(`.choice[data-id="${CSS.escape(entry.id)}"]`);
        if (!row) {
          continue;
        }
        row.classList.add(`mark-${entry.mark}`);
        const verdict = entry.mark === 'chosenCorrect' ? 'right' : entry.mark === 'chosenWrong' ? 'wrong' : entry.mark === 'missedCorrect' ? 'missed' : undefined;
        row.querySelector('.choice-feedback')?.replaceChildren(...(verdict ? [verdictBadge(verdict, options.labels)] : []), explanation(entry.explanation));
      }
    },
  };
}
