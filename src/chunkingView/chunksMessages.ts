// Messages between the Chunks view (webview) and the extension host, typed once for both sides.
// A message from the webview is input, not truth: `parseChunksViewMessage` checks it on arrival.
import type { ChunkingStrategy, LengthUnit, SeparatorPreset, StrategyKind } from '../chunking/chunkTypes';
import type { CodeFlavor } from '../chunking/copyAsCode';
import type { HostErrorMessage } from '../common/webviewMessages';

/** What the list shows of one chunk; the text stays on the host, except a short preview. */
export interface ShownChunk {
  readonly number: number;
  readonly start: number;
  readonly end: number;
  /** 1-based line numbers, for the learner. */
  readonly startLine: number;
  readonly endLine: number;
  readonly characters: number;
  readonly tokens: number;
  readonly level?: 'parent' | 'child';
  readonly parent?: number;
  /** The first characters, whitespace shown as ·, ↵ and →. */
  readonly preview: string;
}

export interface ShownWarning {
  readonly severity: 'warning' | 'error' | 'info';
  /** Localized. */
  readonly text: string;
  /** The first chunk it concerns, to reveal. */
  readonly chunkNumber?: number;
}

export interface ChunksSummary {
  readonly chunks: number;
  /** Chunks that get embedded: all but hierarchical parents. */
  readonly embedded: number;
  readonly sourceTokens: number;
  readonly sourceCharacters: number;
  readonly averageTokens: number;
  readonly largestTokens: number;
  readonly smallestTokens: number;
  /** Tokens in chunks (embedded ones) beyond the source's: the cost of overlap. */
  readonly overlapTokens: number;
}

export namespace ToChunksView {
  /** The source, strategy and model shown: sent on `ready` and whenever they change. */
  export interface Settings {
    readonly type: 'settings';
    readonly strategy: ChunkingStrategy;
    readonly modelId: string;
    readonly embeddingLimitId: string;
    /** Localized: "Selection in notes.md (lines 3–40)", or a hint when there is no document. */
    readonly source: string;
    readonly hasSource: boolean;
    readonly codeFlavors: readonly CodeFlavor[];
  }
  export interface Result {
    readonly type: 'result';
    readonly requestId: number;
    readonly chunks: readonly ShownChunk[];
    readonly warnings: readonly ShownWarning[];
    readonly summary: ChunksSummary;
  }
  export interface Busy {
    readonly type: 'busy';
    readonly busy: boolean;
  }
  export interface Notice {
    readonly type: 'notice';
    readonly severity: 'info' | 'error';
    readonly text: string;
  }
  export type Message = Settings | Result | Busy | Notice | HostErrorMessage;
}

export namespace FromChunksView {
  export interface Ready {
    readonly type: 'ready';
  }
  export interface SetStrategy {
    readonly type: 'setStrategy';
    readonly strategy: ChunkingStrategy;
  }
  export interface SetModel {
    readonly type: 'setModel';
    readonly modelId: string;
  }
  export interface SetEmbeddingLimit {
    readonly type: 'setEmbeddingLimit';
    readonly id: string;
  }
  /** Select the chunk in the editor. */
  export interface Reveal {
    readonly type: 'reveal';
    readonly number: number;
  }
  export interface Export {
    readonly type: 'export';
    readonly format: 'json' | 'jsonl';
  }
  export interface CopyCode {
    readonly type: 'copyCode';
    readonly flavor: CodeFlavor;
  }
  /** Chunk the active editor's document (or selection) again. */
  export interface UseEditor {
    readonly type: 'useEditor';
  }
  export type Message = Ready | SetStrategy | SetModel | SetEmbeddingLimit | Reveal | Export | CopyCode | UseEditor;
}

export interface ModelChoice {
  readonly id: string;
  readonly label: string;
  readonly encoding: string;
}

export interface EmbeddingLimitChoice {
  readonly id: string;
  readonly label: string;
  readonly maxTokens: number;
}

/** The initial state handed to the page in `data-state`. */
export interface ChunksViewState {
  readonly labels: Readonly<Record<ChunksLabel, string>>;
  readonly strategyLabels: Readonly<Record<StrategyKind, string>>;
  readonly strategyHelp: Readonly<Record<StrategyKind, string>>;
  readonly models: readonly ModelChoice[];
  readonly embeddingLimits: readonly EmbeddingLimitChoice[];
  readonly locale: string;
}

export const chunksLabels = [
  'strategy', 'model', 'embeddingModel', 'chunkSize', 'chunkOverlap', 'lengthUnit', 'characters', 'tokens', 'separators',
  'preset', 'presetDefault', 'presetMarkdown', 'presetPython', 'presetJs', 'presetCustom', 'separatorsHint', 'maxTokens',
  'overlapPercentage', 'parentMaxTokens', 'childMaxTokens', 'overlapTokens', 'bufferSize', 'breakpointPercentileThreshold',
  'headingLevel', 'useEditor', 'exportJson', 'exportJsonl', 'copyLangChainJs', 'copyLangChainPython', 'copyBedrockJson',
  'chunkList', 'chunkRow', 'childRow', 'parentRow', 'histogram', 'histogramBar', 'summary', 'summaryText', 'overlapCost',
  'working', 'noChunks', 'warnings', 'lines', 'parent', 'child', 'tokensUnit', 'charactersUnit', 'revealHint',
  'showChunk', 'dismiss', 'parameters', 'actions',
] as const;
export type ChunksLabel = (typeof chunksLabels)[number];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown, max = 10_000_000): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= max;
const presets: readonly SeparatorPreset[] = ['default', 'markdown', 'python', 'js', 'custom'];
const lengthUnits: readonly LengthUnit[] = ['characters', 'tokens'];
const flavors: readonly CodeFlavor[] = ['langchainJs', 'langchainPython', 'bedrockJson'];

/** A strategy as the page sent it, or undefined. Ranges are checked later, with messages a learner can read. */
export function parseStrategy(data: unknown): ChunkingStrategy | undefined {
  if (!isRecord(data)) {
    return undefined;
  }
  switch (data.kind) {
    case 'recursive': {
      const { chunkSize, chunkOverlap, separators, preset, lengthUnit } = data;
      const validSeparators = Array.isArray(separators) && separators.length <= 50 && separators.every((separator) => typeof separator === 'string' && separator.length <= 100);
      if (!isCount(chunkSize) || !isCount(chunkOverlap) || !validSeparators || !presets.includes(preset as SeparatorPreset) || !lengthUnits.includes(lengthUnit as LengthUnit)) {
        return undefined;
      }
      return { kind: 'recursive', chunkSize, chunkOverlap, separators: separators as string[], preset: preset as SeparatorPreset, lengthUnit: lengthUnit as LengthUnit };
    }
    case 'tokenSplitter':
      return isCount(data.chunkSize) && isCount(data.chunkOverlap) ? { kind: 'tokenSplitter', chunkSize: data.chunkSize, chunkOverlap: data.chunkOverlap } : undefined;
    case 'bedrockFixed':
      return isCount(data.maxTokens) && isCount(data.overlapPercentage) ? { kind: 'bedrockFixed', maxTokens: data.maxTokens, overlapPercentage: data.overlapPercentage } : undefined;
    case 'bedrockHierarchical':
      return isCount(data.parentMaxTokens) && isCount(data.childMaxTokens) && isCount(data.overlapTokens)
        ? { kind: 'bedrockHierarchical', parentMaxTokens: data.parentMaxTokens, childMaxTokens: data.childMaxTokens, overlapTokens: data.overlapTokens }
        : undefined;
    case 'bedrockSemantic':
      return isCount(data.maxTokens) && isCount(data.bufferSize) && isCount(data.breakpointPercentileThreshold)
        ? { kind: 'bedrockSemantic', maxTokens: data.maxTokens, bufferSize: data.bufferSize, breakpointPercentileThreshold: data.breakpointPercentileThreshold }
        : undefined;
    case 'markdownHeadings':
      return isCount(data.maxLevel) ? { kind: 'markdownHeadings', maxLevel: data.maxLevel } : undefined;
    case 'none':
      return { kind: 'none' };
    default:
      return undefined;
  }
}

export function parseChunksViewMessage(data: unknown): FromChunksView.Message | undefined {
  if (!isRecord(data)) {
    return undefined;
  }
  switch (data.type) {
    case 'ready':
      return { type: 'ready' };
    case 'useEditor':
      return { type: 'useEditor' };
    case 'setStrategy': {
      const strategy = parseStrategy(data.strategy);
      return strategy ? { type: 'setStrategy', strategy } : undefined;
    }
    case 'setModel':
      return typeof data.modelId === 'string' && data.modelId.length <= 100 ? { type: 'setModel', modelId: data.modelId } : undefined;
    case 'setEmbeddingLimit':
      return typeof data.id === 'string' && data.id.length <= 100 ? { type: 'setEmbeddingLimit', id: data.id } : undefined;
    case 'reveal':
      return isCount(data.number) && data.number >= 1 ? { type: 'reveal', number: data.number } : undefined;
    case 'export':
      return data.format === 'json' || data.format === 'jsonl' ? { type: 'export', format: data.format } : undefined;
    case 'copyCode':
      return flavors.includes(data.flavor as CodeFlavor) ? { type: 'copyCode', flavor: data.flavor as CodeFlavor } : undefined;
    default:
      return undefined;
  }
}
