// The figures under the tokens, in one line that wraps: tokens (and the compared encoding's),
// characters, words, characters per token, context window share, differing boundaries.
import type { TokenizerViewLabels, WholeTextFigures } from '../../tokenizerView/tokenizerMessages';
import { charactersPerToken, contextWindowShare } from '../../tokenizerView/tokenStatistics';
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

export class StatisticsLine {
  readonly root: HTMLElement;
  private readonly decimal: Intl.NumberFormat;
  private readonly percent: Intl.NumberFormat;

  constructor(private readonly labels: TokenizerViewLabels, private readonly numbers: Intl.NumberFormat, locale: string) {
    this.root = element('p', { className: 'statistics', id: 'statistics' });
    this.decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    // Significant digits, so a short text still shows a share (0.0028%) rather than 0%.
    this.percent = new Intl.NumberFormat(locale, { style: 'percent', maximumSignificantDigits: 2 });
  }

  update(input: StatisticsInput): void {
    const { figures } = input;
    const counting = this.labels.counting;
    const tokenFigure = (id: string, count: number | undefined, encoding?: string): HTMLElement => {
      const figure = element('span', { className: 'figure', id }, count === undefined ? counting : this.numbers.format(count));
      if (count !== undefined) {
        figure.dataset.count = String(count);
      }
      return encoding ? element('span', {}, figure, ` (${encoding})`) : figure;
    };
    const perToken = (count: number | undefined): string => {
      const ratio = figures === undefined || count === undefined ? undefined : charactersPerToken(figures.characters, count);
      return figures === undefined || count === undefined ? counting : ratio === undefined ? '–' : this.decimal.format(ratio);
    };
    const compared = input.compareEncoding !== undefined;
    const parts: (Node | string)[][] = [
      [`${this.labels.tokens}: `, tokenFigure('stat-tokens-main', figures?.tokens, compared ? input.encoding : undefined),
        ...(compared ? [', ', tokenFigure('stat-tokens-compare', figures?.compareTokens, input.compareEncoding)] : [])],
      [`${this.labels.characters}: ${figures ? this.numbers.format(figures.characters) : counting}`],
      [`${this.labels.words}: ${figures ? this.numbers.format(figures.words) : counting}`],
      [`${this.labels.charactersPerToken}: ${perToken(figures?.tokens)}${compared ? ` / ${perToken(figures?.compareTokens)}` : ''}`],
      // A learner's own tokenizer.json has no known context window (0): no share to show then.
      ...(input.contextWindow > 0
        ? [[`${this.labels.contextWindow}: ${figures === undefined ? counting : format(this.labels.contextShare, this.percent.format(contextWindowShare(figures.tokens, input.contextWindow)), this.numbers.format(input.contextWindow))}`]]
        : []),
    ];
    if (compared) {
      const template = input.isComplete ? this.labels.differingBoundaries : this.labels.differingBoundariesShown;
      parts.push([element('span', { id: 'differing-boundaries' }, format(template, this.numbers.format(input.differingBoundaries)))]);
    }
    const children: (Node | string)[] = [];
    parts.forEach((part, index) => {
      if (index > 0) {
        children.push(element('span', { className: 'separator', 'aria-hidden': 'true' }, ' · '));
      }
      children.push(element('span', { className: 'statistic' }, ...part));
    });
    this.root.replaceChildren(...children);
  }
}
