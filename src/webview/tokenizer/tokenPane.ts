// One encoding's tokens: a listbox of colored tokens with one tab stop (roving tabindex), arrow-key
// moves, and the other occurrences of the token under the pointer or focus lit up.
import type { ShownToken, TokenizerViewLabels } from '../../tokenizerView/tokenizerMessages';
import { TokenOccurrences } from '../../tokenizerView/tokenOccurrences';
import { element, format } from '../common/vscodeApi';
import { spokenText, tokenContent, type DisplayOptions } from './tokenDisplay';

const paletteSize = 6;

/** Where a token sits among the tokens shown, counted in tokens (a group spans several). */
export interface TokenPosition {
  readonly first: number;
  readonly last: number;
}

export type InspectListener = (pane: TokenPane, index: number | undefined) => void;

export class TokenPane {
  readonly root: HTMLElement;
  readonly list: HTMLElement;
  private readonly heading: HTMLElement;
  private readonly title: HTMLElement;
  private readonly count: HTMLElement;
  private tokens: ShownToken[] = [];
  private elements: HTMLElement[] = [];
  private positions: TokenPosition[] = [];
  private shownTokenCount = 0;
  private occurrences = new TokenOccurrences();
  private activeIndex = 0;
  private lit: HTMLElement[] = [];
  /** Tokens in the whole text, once counted. */
  total: number | undefined;
  /** The other encoding's name, when comparing. */
  otherEncoding: string | undefined;

  constructor(readonly side: 'main' | 'compare', private readonly labels: TokenizerViewLabels, private readonly onInspect: InspectListener) {
    this.title = element('span', { className: 'encoding' });
    this.count = element('span', { className: 'count' });
    this.heading = element('h2', { className: 'pane-title', id: `pane-title-${side}` }, this.title, this.count);
    this.list = element('div', { className: 'tokens', role: 'listbox', 'aria-labelledby': `pane-title-${side}`, 'aria-orientation': 'horizontal' });
    this.root = element('section', { className: 'pane', 'data-side': side }, this.heading, this.list);
    this.list.addEventListener('keydown', (event) => this.onKeyDown(event));
    this.list.addEventListener('focusin', (event) => this.onFocus(event));
    this.list.addEventListener('click', (event) => {
      const index = this.indexOf(event.target);
      if (index !== undefined) {
        this.moveTo(index);
      }
    });
    this.list.addEventListener('mouseover', (event) => {
      const index = this.indexOf(event.target);
      if (index !== undefined) {
        this.inspect(index);
      }
    });
    this.list.addEventListener('mouseleave', () => this.onInspect(this, this.list.contains(document.activeElement) ? this.activeIndex : undefined));
  }

  get tokenCount(): number {
    return this.shownTokenCount;
  }

  reset(title: string): void {
    this.title.textContent = format(this.labels.tokenListLabel, title);
    this.count.textContent = '';
    this.tokens = [];
    this.elements = [];
    this.positions = [];
    this.shownTokenCount = 0;
    this.occurrences = new TokenOccurrences();
    this.activeIndex = 0;
    this.lit = [];
    this.total = undefined;
    this.list.replaceChildren();
  }

  append(tokens: readonly ShownToken[], options: DisplayOptions): void {
    const fragment = document.createDocumentFragment();
    for (const token of tokens) {
      const index = this.tokens.length;
      this.tokens.push(token);
      this.occurrences.add(token.ids);
      const first = this.shownTokenCount + 1;
      this.shownTokenCount += token.ids.length;
      this.positions.push({ first, last: Math.max(first, this.shownTokenCount) });
      let className = `token c${index % paletteSize}`;
      if (token.ids.length !== 1) {
        className += token.ids.length > 1 ? ' grouped' : ' untokenized';
      }
      if (token.differs) {
        className += ' differs';
      }
      const node = document.createElement('span');
      node.className = className;
      node.setAttribute('role', 'option');
      node.tabIndex = -1;
      node.setAttribute('aria-selected', 'false');
      node.dataset.index = String(index);
      node.textContent = tokenContent(token, options);
      // An option must have a name: a token of only whitespace has no text a screen reader would say.
      if (!/\S/.test(token.text)) {
        node.setAttribute('aria-label', spokenText(token.text));
      }
      this.elements.push(node);
      fragment.append(node);
    }
    this.list.append(fragment);
    // One tab stop; each token gets its spoken label when it becomes the tab stop or takes focus.
    if (this.elements.length > 0 && this.elements[this.activeIndex].tabIndex !== 0) {
      this.setActive(this.activeIndex);
    }
  }

  /** The whole text's token count, beside the title. */
  setCount(text: string): void {
    this.count.textContent = ` · ${text}`;
  }

  /** Draws every token again after a display option changed. */
  redraw(options: DisplayOptions): void {
    this.elements.forEach((node, index) => {
      node.textContent = tokenContent(this.tokens[index], options);
    });
  }

  token(index: number): ShownToken {
    return this.tokens[index];
  }

  position(index: number): TokenPosition {
    return this.positions[index];
  }

  occurrencesOf(index: number): number {
    return this.occurrences.count(this.tokens[index].ids);
  }

  /** The number of tokens the labels count against: the whole text's when known. */
  get totalForLabels(): number {
    return this.total ?? this.shownTokenCount;
  }

  focusFirst(): void {
    this.elements[this.activeIndex]?.focus();
  }

  private labelFor(index: number): string {
    const token = this.tokens[index];
    const { first, last } = this.positions[index];
    const text = spokenText(token.text);
    let label: string;
    if (token.ids.length === 0) {
      label = format(this.labels.noTokenLabel, text);
    } else if (token.ids.length > 1) {
      label = format(this.labels.groupedTokenLabel, first, last, this.totalForLabels, text, token.ids.join(', '));
    } else {
      label = format(this.labels.tokenLabel, first, this.totalForLabels, text, token.ids[0]);
    }
    return token.differs && this.otherEncoding ? `${label}; ${format(this.labels.differsLabel, this.otherEncoding)}` : label;
  }

  private indexOf(target: EventTarget | null): number | undefined {
    const node = target instanceof Element ? target.closest<HTMLElement>('.token') : null;
    return node?.dataset.index !== undefined ? Number(node.dataset.index) : undefined;
  }

  private onFocus(event: FocusEvent): void {
    const index = this.indexOf(event.target);
    if (index !== undefined) {
      this.setActive(index);
      this.inspect(index);
    }
  }

  private onKeyDown(event: KeyboardEvent): void {
    const last = this.elements.length - 1;
    const targets: Record<string, number> = {
      ArrowRight: Math.min(this.activeIndex + 1, last),
      ArrowDown: Math.min(this.activeIndex + 1, last),
      ArrowLeft: Math.max(this.activeIndex - 1, 0),
      ArrowUp: Math.max(this.activeIndex - 1, 0),
      Home: 0,
      End: last,
    };
    const target = targets[event.key];
    if (target !== undefined && last >= 0) {
      event.preventDefault();
      this.moveTo(target);
    }
  }

  private moveTo(index: number): void {
    this.setActive(index);
    this.elements[index].focus();
  }

  private setActive(index: number): void {
    const previous = this.elements[this.activeIndex];
    if (previous && this.activeIndex !== index) {
      previous.tabIndex = -1;
      previous.setAttribute('aria-selected', 'false');
    }
    this.activeIndex = index;
    const current = this.elements[index];
    current.tabIndex = 0;
    current.setAttribute('aria-selected', 'true');
    // Totals may have arrived since the token was drawn.
    current.setAttribute('aria-label', this.labelFor(index));
  }

  private inspect(index: number): void {
    for (const node of this.lit) {
      node.classList.remove('same');
    }
    this.lit = this.occurrences.positionsOf(this.tokens[index].ids).map((position) => this.elements[position]);
    if (this.lit.length > 1) {
      for (const node of this.lit) {
        node.classList.add('same');
      }
    }
    this.onInspect(this, index);
  }
}
