// Messages between the Chunks view (webview) and the extension host, typed once for both sides.
// A message from the webview is input, not truth: `parseChunksViewMessage` checks it on arrival.
import type { ChunkingStrategy, LengthUnit, SeparatorPreset, StrategyKind } from '../chunking/chunkTypes';
import type { CodeFlavor } from '../chunking/copyAsCode';
import { isBoundedString, isCount, isListOf, isOneOf, isRecord, type BusyMessage, type HostErrorMessage, type NoticeMessage } from '../common/webviewMessages';

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
  export type Busy = BusyMessage;
  export type Notice = NoticeMessage;
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

/** Sizes, overlaps and chunk numbers from the form; larger ones are no one's intent. */
const isSize = (value: unknown): value is number => isCount(value, 10_000_000);
const isSeparator = (value: unknown): value is string => isBoundedString(value, 100);
const presets: readonly SeparatorPreset[] = ['default', 'markdown', 'python', 'js', 'custom'];
const lengthUnits: readonly LengthUnit[] = ['characters', 'tokens'];
const flavors: readonly CodeFlavor[] = ['langchainJs', 'langchainPython', 'bedrockJson'];
const exportFormats: readonly FromChunksView.Export['format'][] = ['json', 'jsonl'];

/** A strategy as the page sent it, or undefined. Ranges are checked later, with messages a learner can read. */
export function parseStrategy(data: unknown): ChunkingStrategy | undefined {
  if (!isRecord(data)) {
    return undefined;
  }
  switch (data.kind) {
    case 'recursive': {
      const { chunkSize, chunkOverlap, separators, preset, lengthUnit } = data;
      if (!isSize(chunkSize) || !isSize(chunkOverlap) || !isListOf(separators, 50, isSeparator) || !isOneOf(preset, presets) || !isOneOf(lengthUnit, lengthUnits)) {
        return undefined;
      }
      return { kind: 'recursive', chunkSize, chunkOverlap, separators, preset, lengthUnit };
    }
    case 'tokenSplitter':
      return isSize(data.chunkSize) && isSize(data.chunkOverlap) ? { kind: 'tokenSplitter', chunkSize: data.chunkSize, chunkOverlap: data.chunkOverlap } : undefined;
    case 'bedrockFixed':
      return isSize(data.maxTokens) && isSize(data.overlapPercentage) ? { kind: 'bedrockFixed', maxTokens: data.maxTokens, overlapPercentage: data.overlapPercentage } : undefined;
    case 'bedrockHierarchical':
      return isSize(data.parentMaxTokens) && isSize(data.childMaxTokens) && isSize(data.overlapTokens)
        ? { kind: 'bedrockHierarchical', parentMaxTokens: data.parentMaxTokens, childMaxTokens: data.childMaxTokens, overlapTokens: data.overlapTokens }
        : undefined;
    case 'bedrockSemantic':
      return isSize(data.maxTokens) && isSize(data.bufferSize) && isSize(data.breakpointPercentileThreshold)
        ? { kind: 'bedrockSemantic', maxTokens: data.maxTokens, bufferSize: data.bufferSize, breakpointPercentileThreshold: data.breakpointPercentileThreshold }
        : undefined;
    case 'markdownHeadings':
      return isSize(data.maxLevel) ? { kind: 'markdownHeadings', maxLevel: data.maxLevel } : undefined;
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
      return isBoundedString(data.modelId, 100) ? { type: 'setModel', modelId: data.modelId } : undefined;
    case 'setEmbeddingLimit':
      return isBoundedString(data.id, 100) ? { type: 'setEmbeddingLimit', id: data.id } : undefined;
    case 'reveal':
      return isSize(data.number) && data.number >= 1 ? { type: 'reveal', number: data.number } : undefined;
    case 'export':
      return isOneOf(data.format, exportFormats) ? { type: 'export', format: data.format } : undefined;
    case 'copyCode':
      return isOneOf(data.flavor, flavors) ? { type: 'copyCode', flavor: data.flavor } : undefined;
    default:
      return undefined;
  }
}
