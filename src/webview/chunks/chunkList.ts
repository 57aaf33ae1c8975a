// The chunk list, virtualized: only the rows in view are in the DOM, so 50,000 chunks scroll as
// lightly as 5. A listbox: arrow keys, Page Up/Down, Home/End move; Enter or a click reveals.
import type { ShownChunk } from '../../chunkingView/chunksMessages';
import { element, format } from '../common/vscodeApi';

const rowHeight = 24;
const overscan = 8;

export interface ChunkListLabels {
  readonly chunkList: string;
  readonly chunkRow: string;
  readonly childRow: string;
  readonly parentRow: string;
  readonly tokensUnit: string;
  readonly charactersUnit: string;
  readonly lines: string;
  readonly parent: string;
  readonly child: string;
  readonly revealHint: string;
}

export class ChunkList {
  readonly root: HTMLDivElement;
  private readonly spacer = element('div', { className: 'chunk-spacer' });
  private chunks: readonly ShownChunk[] = [];
  private active = 0;
  private frame: number | undefined;

  constructor(
    private readonly labels: ChunkListLabels,
    private readonly numbers: Intl.NumberFormat,
    private readonly onReveal: (chunk: ShownChunk) => void,
  ) {
    this.root = element('div', { className: 'chunk-list', id: 'chunk-list', role: 'listbox', tabindex: '0', 'aria-label': labels.chunkList, title: labels.revealHint }, this.spacer);
    this.root.addEventListener('scroll', () => this.schedule());
    this.root.addEventListener('keydown', (event) => this.onKey(event));
    this.root.addEventListener('click', (event) => {
      const row = (event.target as HTMLElement).closest<HTMLElement>('.chunk-row');
      if (row?.dataset.index !== undefined) {
        this.setActive(Number(row.dataset.index));
        this.onReveal(this.chunks[this.active]);
      }
    });
    new ResizeObserver(() => this.schedule()).observe(this.root);
  }

  show(chunks: readonly ShownChunk[]): void {
    this.chunks = chunks;
    this.active = Math.min(this.active, Math.max(0, chunks.length - 1));
    this.spacer.style.height = `${chunks.length * rowHeight}px`;
    this.root.style.setProperty('--rows', String(Math.max(1, chunks.length)));
    this.render();
  }

  /** Scrolls to chunk `number`, makes it the active row and reveals it. */
  select(number: number): void {
    const index = this.chunks.findIndex((chunk) => chunk.number === number);
    if (index >= 0) {
      this.setActive(index);
      this.root.focus();
      this.onReveal(this.chunks[index]);
    }
  }

  private onKey(event: KeyboardEvent): void {
    const page = Math.max(1, Math.floor(this.root.clientHeight / rowHeight) - 1);
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page, Home: -Infinity, End: Infinity };
    if (event.key in moves) {
      event.preventDefault();
      this.setActive(Math.max(0, Math.min(this.chunks.length - 1, this.active + moves[event.key])));
    } else if ((event.key === 'Enter' || event.key === ' ') && this.chunks[this.active]) {
      event.preventDefault();
      this.onReveal(this.chunks[this.active]);
    }
  }

  private setActive(index: number): void {
    this.active = index;
    const top = index * rowHeight;
    if (top < this.root.scrollTop) {
      this.root.scrollTop = top;
    } else if (top + rowHeight > this.root.scrollTop + this.root.clientHeight) {
      this.root.scrollTop = top + rowHeight - this.root.clientHeight;
    }
    this.render();
  }

  private schedule(): void {
    if (this.frame === undefined) {
      this.frame = requestAnimationFrame(() => {
        this.frame = undefined;
        this.render();
      });
    }
  }

  private render(): void {
    const first = Math.max(0, Math.floor(this.root.scrollTop / rowHeight) - overscan);
    const last = Math.min(this.chunks.length, Math.ceil((this.root.scrollTop + this.root.clientHeight) / rowHeight) + overscan);
    const rows: HTMLElement[] = [];
    for (let index = first; index < last; index++) {
      rows.push(this.row(index));
    }
    this.spacer.replaceChildren(...rows);
    if (this.chunks.length > 0) {
      this.root.setAttribute('aria-activedescendant', `chunk-${this.chunks[this.active].number}`);
    } else {
      this.root.removeAttribute('aria-activedescendant');
    }
  }

  private row(index: number): HTMLElement {
    const chunk = this.chunks[index];
    const n = (value: number) => this.numbers.format(value);
    const template = chunk.level === 'child' ? this.labels.childRow : chunk.level === 'parent' ? this.labels.parentRow : this.labels.chunkRow;
    const levelText = chunk.level === 'parent' ? this.labels.parent : chunk.level === 'child' ? format(this.labels.child, chunk.parent ?? '') : '';
    const row = element('div', {
      className: `chunk-row ${index % 2 === 0 ? 'odd' : 'even'}${chunk.level ? ` ${chunk.level}` : ''}${index === this.active ? ' active' : ''}`,
      id: `chunk-${chunk.number}`,
      role: 'option',
      'aria-selected': String(index === this.active),
      // The visible text is the accessible name; the full sentence is the tooltip.
      title: format(template, n(chunk.number), n(chunk.tokens), n(chunk.characters), chunk.startLine, chunk.endLine, chunk.parent ?? ''),
      'data-index': String(index),
    },
    element('span', { className: 'number' }, `#${n(chunk.number)}`),
    element('span', { className: 'tokens' }, format(this.labels.tokensUnit, n(chunk.tokens))),
    element('span', { className: 'characters' }, format(this.labels.charactersUnit, n(chunk.characters))),
    element('span', { className: 'lines' }, format(this.labels.lines, chunk.startLine, chunk.endLine)),
    ...(levelText ? [element('span', { className: 'level' }, levelText)] : []),
    element('span', { className: 'preview' }, chunk.preview));
    row.style.transform = `translateY(${index * rowHeight}px)`;
    return row;
  }
}
