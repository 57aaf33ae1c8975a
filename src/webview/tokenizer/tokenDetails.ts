// The detail panel: the token under the pointer or focus, its ids, bytes, text and occurrences.
import type { TokenizerViewLabels } from '../../tokenizerView/tokenizerMessages';
import { jsonEscaped } from '../../tokenizerView/tokenText';
import { element, format } from '../common/vscodeApi';
import type { TokenPane } from './tokenPane';

export class TokenDetails {
  readonly root: HTMLElement;

  constructor(private readonly labels: TokenizerViewLabels, private readonly numbers: Intl.NumberFormat) {
    this.root = element('section', { className: 'details', id: 'details', 'aria-live': 'polite', 'aria-atomic': 'true' });
    this.clear();
  }

  clear(): void {
    this.root.replaceChildren(element('p', { className: 'hint' }, this.labels.detailHint));
  }

  /** `isPartial`: only part of the text is shown, so occurrences count the tokens shown. */
  show(pane: TokenPane, index: number, isPartial: boolean): void {
    const token = pane.token(index);
    const { first, last } = pane.position(index);
    const total = this.numbers.format(pane.totalForLabels);
    const title = token.ids.length > 1
      ? format(this.labels.groupedPosition, this.numbers.format(first), this.numbers.format(last), total)
      : format(this.labels.tokenPosition, this.numbers.format(first), total);
    const occurrences = this.numbers.format(pane.occurrencesOf(index));
    const rows: [string, string, boolean][] = [
      [token.ids.length > 1 ? this.labels.ids : this.labels.id, token.ids.length > 0 ? token.ids.join(', ') : '–', true],
      [this.labels.bytes, token.bytes.length > 0 ? token.bytes.join(' | ') : '–', true],
      [this.labels.tokenText, jsonEscaped(token.text), true],
      [this.labels.occurrences, isPartial ? format(this.labels.occurrencesShown, occurrences) : occurrences, false],
    ];
    const list = element('dl');
    for (const [term, value, isCode] of rows) {
      list.append(element('dt', {}, term), element('dd', {}, isCode ? element('code', {}, value) : value));
    }
    const notes: HTMLElement[] = [];
    if (token.ids.length > 1) {
      notes.push(element('p', { className: 'note grouped-note' }, this.labels.groupedNote));
    }
    if (token.differs && pane.otherEncoding) {
      notes.push(element('p', { className: 'note differs-note' }, format(this.labels.differsNote, pane.otherEncoding)));
    }
    this.root.replaceChildren(element('h3', {}, title), list, ...notes);
  }
}
