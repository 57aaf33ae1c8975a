// Ordering: a list the learner rearranges with Move up / Move down or Alt+ArrowUp / Alt+ArrowDown.
import type { PageOrderingQuestion } from '../../quiz/quizMessages';
import { codicon, element, format } from '../common/vscodeApi';
import { explanation, verdictBadge, type QuestionView, type QuestionViewOptions } from './questionView';

export function orderingView(question: PageOrderingQuestion, options: QuestionViewOptions): QuestionView {
  const { labels } = options;
  const list = element('ol', { className: 'ordering', role: 'list', 'aria-labelledby': options.promptId, 'aria-describedby': `hint-${question.id}` });
  let locked = false;

  const rows = question.items.map((item) => {
    const up = element('button', { type: 'button', className: 'secondary icon-button', 'aria-label': `${labels.moveUp}: ${item.text}`, title: labels.moveUp }, codicon('arrow-up'));
    const down = element('button', { type: 'button', className: 'secondary icon-button', 'aria-label': `${labels.moveDown}: ${item.text}`, title: labels.moveDown }, codicon('arrow-down'));
    const row = element('li', { className: 'ordering-item', tabindex: '0', 'data-id': item.id },
      element('span', { className: 'position', 'aria-hidden': 'true' }),
      element('span', { className: 'ordering-text' }, item.text),
      element('span', { className: 'ordering-buttons' }, up, down),
      element('div', { className: 'ordering-feedback' }));
    up.addEventListener('click', () => move(row, -1, up));
    down.addEventListener('click', () => move(row, 1, down));
    row.addEventListener('keydown', (event) => {
      if (event.target === row && event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
        event.preventDefault();
        move(row, event.key === 'ArrowUp' ? -1 : 1, row);
      }
    });
    return row;
  });
  list.append(...rows);
  refresh();

  function currentRows(): HTMLLIElement[] {
    return [...list.querySelectorAll<HTMLLIElement>(':scope > li')];
  }

  function move(row: HTMLLIElement, offset: -1 | 1, keepFocus: HTMLElement): void {
    if (locked) {
      return;
    }
    const all = currentRows();
    const from = all.indexOf(row);
    const to = from + offset;
    if (to < 0 || to >= all.length) {
      return;
    }
    if (offset < 0) {
      all[to].before(row);
    } else {
      all[to].after(row);
    }
    refresh();
    keepFocus.focus();
    options.announce(format(labels.movedTo, row.querySelector('.ordering-text')?.textContent ?? '', to + 1, all.length));
    options.onChange();
  }

  /** Numbers and the buttons that cannot move further follow the current order. */
  function refresh(): void {
    const all = currentRows();
    all.forEach((row, index) => {
      row.querySelector('.position')!.textContent = String(index + 1);
      const [up, down] = row.querySelectorAll<HTMLButtonElement>('.ordering-buttons button');
      up.disabled = locked || index === 0;
      down.disabled = locked || index === all.length - 1;
    });
  }

  const hint = element('p', { className: 'instructions', id: `hint-${question.id}` }, labels.orderingHint);
  const container = element('div', {}, hint, list);

  return {
    element: container,
    answer() {
      return { kind: 'ordering', itemIds: currentRows().map((row) => row.dataset.id ?? '') };
    },
    pickByNumber(position) {
      currentRows()[position - 1]?.focus();
    },
    showFeedback(feedback) {
      if (feedback.kind !== 'ordering') {
        return;
      }
      locked = true;
      refresh();
      for (const entry of feedback.items) {
        const row = list.querySelector<HTMLElement>(`li[data-id="${CSS.escape(entry.id)}"]`);
        row?.classList.add(entry.inPlace ? 'mark-chosenCorrect' : 'mark-chosenWrong');
        row?.querySelector('.ordering-feedback')?.replaceChildren(
          verdictBadge(entry.inPlace ? 'right' : 'wrong', labels),
          entry.inPlace ? '' : element('span', { className: 'correct-key' }, format(labels.correctPosition, entry.correctPosition + 1)),
          explanation(entry.explanation));
      }
    },
  };
}
