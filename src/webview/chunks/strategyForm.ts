// The strategy and its parameters, in the learner's terms, with the API field names in brackets.
import type { ChunkingStrategy, SeparatorPreset, StrategyKind } from '../../chunking/chunkTypes';
import type { ChunksViewState } from '../../chunkingView/chunksMessages';
import { element } from '../common/vscodeApi';
import { separatorsToText, textToSeparators } from './separatorText';

const kinds: readonly StrategyKind[] = ['recursive', 'tokenSplitter', 'bedrockFixed', 'bedrockHierarchical', 'bedrockSemantic', 'markdownHeadings', 'none'];

/** Parameters a strategy starts with: LangChain's defaults, and the Bedrock console's. */
function defaults(kind: StrategyKind, preset: SeparatorPreset): ChunkingStrategy {
  switch (kind) {
    case 'recursive':
      return { kind, chunkSize: 1000, chunkOverlap: 200, separators: [], preset, lengthUnit: 'characters' };
    case 'tokenSplitter':
      return { kind, chunkSize: 1000, chunkOverlap: 200 };
    case 'bedrockFixed':
      return { kind, maxTokens: 300, overlapPercentage: 20 };
    case 'bedrockHierarchical':
      return { kind, parentMaxTokens: 1500, childMaxTokens: 300, overlapTokens: 60 };
    case 'bedrockSemantic':
      return { kind, maxTokens: 300, bufferSize: 0, breakpointPercentileThreshold: 95 };
    case 'markdownHeadings':
      return { kind, maxLevel: 2 };
    case 'none':
      return { kind };
  }
}

type NumberField = { readonly key: string; readonly label: string; readonly min: number; readonly max: number };

export class StrategyForm {
  readonly root = element('section', { className: 'strategy' });
  private readonly kindSelect: HTMLSelectElement;
  private readonly help = element('p', { className: 'help', id: 'strategy-help' });
  private readonly fields = element('div', { className: 'fields' });
  private strategy: ChunkingStrategy | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly state: ChunksViewState,
    private readonly onChange: (strategy: ChunkingStrategy) => void,
  ) {
    const { labels, strategyLabels } = state;
    this.kindSelect = element('select', { id: 'strategy-kind', 'aria-describedby': 'strategy-help' }, ...kinds.map((kind) => element('option', { value: kind }, strategyLabels[kind])));
    this.kindSelect.addEventListener('change', () => {
      const preset = this.strategy?.kind === 'recursive' ? this.strategy.preset : 'default';
      this.show(defaults(this.kindSelect.value as StrategyKind, preset));
      this.emit(0);
    });
    this.root.append(
      element('label', { className: 'field wide' }, element('span', {}, labels.strategy), this.kindSelect),
      this.help,
      element('div', { className: 'fields-group', role: 'group', 'aria-label': labels.parameters }, this.fields),
    );
  }

  /** Shows `strategy` unless the learner is typing into the form. */
  show(strategy: ChunkingStrategy): void {
    const active = document.activeElement;
    const typing = (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) && this.root.contains(active);
    if (typing && this.strategy?.kind === strategy.kind) {
      this.strategy = strategy;
      return;
    }
    this.strategy = strategy;
    this.kindSelect.value = strategy.kind;
    this.help.textContent = this.state.strategyHelp[strategy.kind];
    const focusedId = active instanceof HTMLElement && this.fields.contains(active) ? active.id : undefined;
    this.fields.replaceChildren(...this.fieldsFor(strategy));
    if (focusedId) {
      document.getElementById(focusedId)?.focus();
    }
  }

  private fieldsFor(strategy: ChunkingStrategy): HTMLElement[] {
    const { labels } = this.state;
    switch (strategy.kind) {
      case 'recursive':
        return [
          this.numbers(strategy, [{ key: 'chunkSize', label: labels.chunkSize, min: 1, max: 1_000_000 }, { key: 'chunkOverlap', label: labels.chunkOverlap, min: 0, max: 1_000_000 }]),
          this.select('lengthUnit', labels.lengthUnit, [['characters', labels.characters], ['tokens', labels.tokens]], strategy.lengthUnit),
          this.select('preset', labels.preset, [['default', labels.presetDefault], ['markdown', labels.presetMarkdown], ['python', labels.presetPython], ['js', labels.presetJs], ['custom', labels.presetCustom]], strategy.preset),
          this.separators(strategy.separators),
        ].flat();
      case 'tokenSplitter':
        return this.numbers(strategy, [{ key: 'chunkSize', label: labels.chunkSize, min: 1, max: 1_000_000 }, { key: 'chunkOverlap', label: labels.chunkOverlap, min: 0, max: 1_000_000 }]);
      case 'bedrockFixed':
        return this.numbers(strategy, [{ key: 'maxTokens', label: labels.maxTokens, min: 1, max: 1_000_000 }, { key: 'overlapPercentage', label: labels.overlapPercentage, min: 1, max: 99 }]);
      case 'bedrockHierarchical':
        return this.numbers(strategy, [
          { key: 'parentMaxTokens', label: labels.parentMaxTokens, min: 1, max: 1_000_000 },
          { key: 'childMaxTokens', label: labels.childMaxTokens, min: 1, max: 1_000_000 },
          { key: 'overlapTokens', label: labels.overlapTokens, min: 1, max: 1_000_000 },
        ]);
      case 'bedrockSemantic':
        return this.numbers(strategy, [
          { key: 'maxTokens', label: labels.maxTokens, min: 1, max: 1_000_000 },
          { key: 'bufferSize', label: labels.bufferSize, min: 0, max: 1 },
          { key: 'breakpointPercentileThreshold', label: labels.breakpointPercentileThreshold, min: 50, max: 99 },
        ]);
      case 'markdownHeadings':
        return [this.select('maxLevel', labels.headingLevel, ['1', '2', '3', '4', '5', '6'].map((level) => [level, '#'.repeat(Number(level))]), String(strategy.maxLevel))];
      case 'none':
        return [];
    }
  }

  private numbers(strategy: ChunkingStrategy, fields: readonly NumberField[]): HTMLElement[] {
    const values = strategy as unknown as Record<string, number>;
    return fields.map((field) => {
      const input = element('input', { type: 'number', id: `field-${field.key}`, min: String(field.min), max: String(field.max), step: '1', value: String(values[field.key]) });
      input.addEventListener('input', () => this.update({ [field.key]: Number(input.value) }, 500));
      return element('label', { className: 'field' }, element('span', {}, field.label), input);
    });
  }

  private select(key: string, label: string, options: readonly (readonly [string, string])[], value: string): HTMLElement {
    const select = element('select', { id: `field-${key}` }, ...options.map(([optionValue, text]) => element('option', { value: optionValue }, text)));
    select.value = value;
    select.addEventListener('change', () => this.update({ [key]: key === 'maxLevel' ? Number(select.value) : select.value }, 0));
    return element('label', { className: 'field' }, element('span', {}, label), select);
  }

  private separators(separators: readonly string[]): HTMLElement {
    const area = element('textarea', { id: 'field-separators', rows: String(Math.min(8, separators.length + 1)), spellcheck: 'false', 'aria-describedby': 'separators-hint' });
    area.value = separatorsToText(separators);
    area.addEventListener('input', () => this.update({ separators: textToSeparators(area.value), preset: 'custom' }, 700));
    return element('label', { className: 'field wide' }, element('span', {}, this.state.labels.separators), area, element('small', { id: 'separators-hint' }, this.state.labels.separatorsHint));
  }

  private update(change: Record<string, unknown>, delayMs: number): void {
    if (!this.strategy) {
      return;
    }
    // A preset's separators are filled in by the host, which sends the strategy back.
    this.strategy = Object.assign({}, this.strategy, change);
    this.emit(delayMs);
  }

  private emit(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const strategy = this.strategy;
      const numbersValid = Object.values(strategy ?? {}).every((value) => typeof value !== 'number' || (Number.isSafeInteger(value) && value >= 0));
      if (strategy && numbersValid) {
        this.onChange(strategy);
      }
    }, delayMs);
  }
}
