// The chunking core's vocabulary: strategies with their parameters, chunks with offsets and counts.
// Names follow LangChain's (`chunkSize`, `chunkOverlap`, `separators`) and Amazon Bedrock's
// `chunkingConfiguration` (`maxTokens`, `overlapPercentage`, `overlapTokens`) so code can be copied.

/** Separator lists from LangChain's `RecursiveCharacterTextSplitter.getSeparatorsForLanguage`. */
export type SeparatorPreset = 'default' | 'markdown' | 'python' | 'js' | 'custom';

export type LengthUnit = 'characters' | 'tokens';

/** LangChain's RecursiveCharacterTextSplitter (keepSeparator true, its default). */
export interface RecursiveStrategy {
  readonly kind: 'recursive';
  readonly chunkSize: number;
  readonly chunkOverlap: number;
  readonly separators: readonly string[];
  readonly preset: SeparatorPreset;
  /** LangChain's `lengthFunction`: `text.length`, or the token count of each piece. */
  readonly lengthUnit: LengthUnit;
}

/** LangChain's TokenTextSplitter: windows of `chunkSize` tokens, `chunkOverlap` repeated. */
export interface TokenSplitterStrategy {
  readonly kind: 'tokenSplitter';
  readonly chunkSize: number;
  readonly chunkOverlap: number;
}

/** Bedrock Knowledge Bases `FIXED_SIZE`: `fixedSizeChunkingConfiguration`. */
export interface BedrockFixedStrategy {
  readonly kind: 'bedrockFixed';
  readonly maxTokens: number;
  /** 1 to 99 in the API. */
  readonly overlapPercentage: number;
}

/** Bedrock Knowledge Bases `HIERARCHICAL`: `levelConfigurations` [parent, child] and `overlapTokens`. */
export interface BedrockHierarchicalStrategy {
  readonly kind: 'bedrockHierarchical';
  readonly parentMaxTokens: number;
  readonly childMaxTokens: number;
  readonly overlapTokens: number;
}

/** Bedrock Knowledge Bases `SEMANTIC`: explained and exportable, not simulated (it needs an embedding model). */
export interface BedrockSemanticStrategy {
  readonly kind: 'bedrockSemantic';
  readonly maxTokens: number;
  readonly bufferSize: number;
  readonly breakpointPercentileThreshold: number;
}

/** One chunk per Markdown section: a chunk starts at each ATX heading of level `maxLevel` or higher. */
export interface MarkdownHeadingStrategy {
  readonly kind: 'markdownHeadings';
  readonly maxLevel: number;
}

/** Bedrock's `NONE`: the whole document is one chunk. */
export interface NoChunkingStrategy {
  readonly kind: 'none';
}

export type ChunkingStrategy =
  | RecursiveStrategy
  | TokenSplitterStrategy
  | BedrockFixedStrategy
  | BedrockHierarchicalStrategy
  | BedrockSemanticStrategy
  | MarkdownHeadingStrategy
  | NoChunkingStrategy;

export type StrategyKind = ChunkingStrategy['kind'];

/** A span of the source and its counts. */
export interface Chunk {
  /** 1-based position in the list, the number a learner sees. */
  readonly number: number;
  /** UTF-16 offsets into the source: `source.slice(start, end)` is the chunk's text. */
  readonly start: number;
  readonly end: number;
  /** Length of the chunk's text in UTF-16 code units (JavaScript's `length`, LangChain's character unit). */
  readonly characters: number;
  /** Exact token count of the chunk's text in the chosen model's encoding. */
  readonly tokens: number;
  /** Hierarchical chunking: parents are returned to the model, children are what gets embedded. */
  readonly level?: 'parent' | 'child';
  /** For a child: the number of its parent. */
  readonly parent?: number;
  /**
   * Set only when a token window's decoded text differs from the source span: the window cuts a
   * character in two, or holds a lone surrogate. It is the text the splitter yields (U+FFFD for what
   * cannot decode, as LangChain's TokenTextSplitter has it) while start/end cover whole characters.
   */
  readonly decodedText?: string;
}

export type ChunkWarning =
  | { readonly kind: 'invalidParameters'; readonly problem: ParameterProblem }
  | { readonly kind: 'overEmbeddingLimit'; readonly count: number; readonly limit: number; readonly model: string; readonly firstNumber: number }
  | { readonly kind: 'tinyChunks'; readonly count: number; readonly threshold: number; readonly unit: LengthUnit; readonly firstNumber: number }
  | { readonly kind: 'oversizedChunks'; readonly count: number; readonly size: number; readonly unit: LengthUnit; readonly firstNumber: number }
  | { readonly kind: 'notSimulated' };

export type ParameterProblem =
  | 'overlapNotSmallerThanSize'
  | 'sizeNotPositive'
  | 'overlapNegative'
  | 'overlapPercentageOutOfRange'
  | 'childNotSmallerThanParent'
  | 'headingLevelOutOfRange'
  | 'noSeparators';

export interface ChunkingResult {
  readonly chunks: readonly Chunk[];
  readonly warnings: readonly ChunkWarning[];
  /** Tokens in the whole source. */
  readonly sourceTokens: number;
  readonly sourceCharacters: number;
}

/** An embedding model's input limit, for the over-limit warning. */
export interface EmbeddingLimit {
  readonly id: string;
  readonly label: string;
  readonly maxTokens: number;
}
