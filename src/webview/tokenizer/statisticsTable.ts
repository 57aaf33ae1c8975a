// The figures above the tokens: tokens, characters, words, characters per token, context window share.
import type { TokenizerViewLabels, WholeTextFigures } from '../../tokenizerView/tokenizerMessages';
import { element, format } from '../common/vscodeApi';

export interface StatisticsInput {
  readonly encoding: string;
  readonly compareEncoding?: string;
  readonly contextWindow: number;
  readonly figures?: WholeTextFigures;
  /** Boundaries that differ among the tokens shown, and whether those are all the tokens. */
  readonly differingBoundaries: number;
  readonly isComplete: boolean;
}

export class StatisticsTable {
  readonly root: HTMLElement;
  private readonly decimal: Intl.NumberFormat;
  private readonly percent: Intl.NumberFormat;

  constructor(private readonly labels: TokenizerViewLabels, private readonly numbers: Intl.NumberFormat, locale: string) {
    this.root = element('section', { className: 'statistics', 'aria-label': labels.statistics });
    this.decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    // Significant digits, so a short text still shows a share (0.0028%) rather than 0%.
    this.percent = new Intl.NumberFormat(locale, { style: 'percent', maximumSignificantDigits: 2 });
  }

  update(input: StatisticsInput): void {
    const { figures } = input;
    const counting = this.labels.counting;
    const columns = input.compareEncoding ? [input.encoding, input.compareEncoding] : [input.encoding];
    const tokens = [figures?.tokens, figures?.compareTokens];
    const head = element('tr', {}, element('td'), ...columns.map((column) => element('th', { scope: 'col' }, column)));
    const row = (label: string, cells: string[], ids: string[] = []) =>
      element('tr', {}, element('th', { scope: 'row' }, label), ...cells.map((cell, index) => element('td', ids[index] ? { id: ids[index] } : {}, cell)));
    const tokenCells = columns.map((_, index) => (tokens[index] === undefined ? counting : this.numbers.format(tokens[index] ?? 0)));
    const perToken = columns.map((_, index) => {
      const count = tokens[index];
      return figures === undefined || count === undefined ? counting : count === 0 ? '–' : this.decimal.format(figures.characters / count);
    });
    const share = columns.map((_, index) => {
      if (index > 0) {
        return '–';
      }
      return figures === undefined ? counting : format(this.labels.contextShare, this.percent.format(figures.tokens / input.contextWindow), this.numbers.format(input.contextWindow));
    });
    const table = element('table', {},
      element('thead', {}, head),
      element('tbody', {},
        row(this.labels.tokens, tokenCells, ['stat-tokens-main', 'stat-tokens-compare']),
        row(this.labels.charactersPerToken, perToken),
        row(this.labels.contextWindow, share)));
    tokenCells.forEach((_, index) => {
      const count = tokens[index];
      if (count !== undefined) {
        table.querySelector(`#${index === 0 ? 'stat-tokens-main' : 'stat-tokens-compare'}`)?.setAttribute('data-count', String(count));
      }
    });
    const text = element('p', { className: 'text-figures' },
      `${this.labels.characters}: ${figures ? this.numbers.format(figures.characters) : counting}`,
      element('span', { className: 'separator', 'aria-hidden': 'true' }, ' · '),
      `${this.labels.words}: ${figures ? this.numbers.format(figures.words) : counting}`);
    const parts: HTMLElement[] = [table, text];
    if (input.compareEncoding) {
      const template = input.isComplete ? this.labels.differingBoundaries : this.labels.differingBoundariesShown;
      parts.push(element('p', { className: 'differing', id: 'differing-boundaries' }, format(template, this.numbers.format(input.differingBoundaries))));
    }
    this.root.replaceChildren(...parts);
  }
}
