// The Chunks view's strings, localized on the host (the page has no l10n of its own).
import * as vscode from 'vscode';
import type { StrategyKind } from '../chunking/chunkTypes';
import { embeddingLimits } from '../chunking/embeddingLimits';
import { models } from '../models/modelCatalog';
import type { ChunksLabel, ChunksViewState } from './chunksMessages';
import type { ChunkSource } from './chunkSource';

function labels(): Record<ChunksLabel, string> {
  return {
    strategy: vscode.l10n.t('Strategy'),
    model: vscode.l10n.t('Count tokens with'),
    embeddingModel: vscode.l10n.t('Embedding model limit'),
    chunkSize: vscode.l10n.t('Chunk size (chunkSize)'),
    chunkOverlap: vscode.l10n.t('Overlap (chunkOverlap)'),
    lengthUnit: vscode.l10n.t('Measure length in'),
    characters: vscode.l10n.t('characters'),
    tokens: vscode.l10n.t('tokens'),
    separators: vscode.l10n.t('Separators, tried in order (one per line, \\n for a line break)'),
    preset: vscode.l10n.t('Separators for'),
    presetDefault: vscode.l10n.t('Plain text'),
    presetMarkdown: vscode.l10n.t('Markdown'),
    presetPython: vscode.l10n.t('Python'),
    presetJs: vscode.l10n.t('JavaScript / TypeScript'),
    presetCustom: vscode.l10n.t('Custom'),
    separatorsHint: vscode.l10n.t('An empty line means "any character", the last resort.'),
    maxTokens: vscode.l10n.t('Max tokens per chunk (maxTokens)'),
    overlapPercentage: vscode.l10n.t('Overlap between chunks, % (overlapPercentage)'),
    parentMaxTokens: vscode.l10n.t('Parent chunk max tokens (levelConfigurations[0].maxTokens)'),
    childMaxTokens: vscode.l10n.t('Child chunk max tokens (levelConfigurations[1].maxTokens)'),
    overlapTokens: vscode.l10n.t('Overlap tokens (overlapTokens)'),
    bufferSize: vscode.l10n.t('Sentences around each sentence (bufferSize)'),
    breakpointPercentileThreshold: vscode.l10n.t('Break where dissimilarity is above percentile (breakpointPercentileThreshold)'),
    headingLevel: vscode.l10n.t('Start a chunk at headings up to level'),
    useEditor: vscode.l10n.t('Chunk the active editor'),
    exportJson: vscode.l10n.t('Export JSON'),
    exportJsonl: vscode.l10n.t('Export JSONL'),
    copyLangChainJs: vscode.l10n.t('Copy LangChain.js code'),
    copyLangChainPython: vscode.l10n.t('Copy LangChain Python code'),
    copyBedrockJson: vscode.l10n.t('Copy Bedrock chunkingConfiguration'),
    chunkList: vscode.l10n.t('Chunks'),
    chunkRow: vscode.l10n.t('Chunk {0}: {1} tokens, {2} characters, lines {3}–{4}'),
    childRow: vscode.l10n.t('Child chunk {0} of parent {5}: {1} tokens, {2} characters, lines {3}–{4}'),
    parentRow: vscode.l10n.t('Parent chunk {0}: {1} tokens, {2} characters, lines {3}–{4}'),
    histogram: vscode.l10n.t('Chunk sizes in tokens'),
    histogramBar: vscode.l10n.t('{0} chunks of {1}–{2} tokens'),
    summary: vscode.l10n.t('Summary'),
    summaryText: vscode.l10n.t('{0} chunks from {1} tokens ({2} characters); average {3} tokens, smallest {4}, largest {5}.'),
    overlapCost: vscode.l10n.t('Overlap repeats {0} tokens: you embed and store {1}% more than the document.'),
    working: vscode.l10n.t('Chunking…'),
    noChunks: vscode.l10n.t('No chunks.'),
    warnings: vscode.l10n.t('Warnings'),
    lines: vscode.l10n.t('lines {0}–{1}'),
    parent: vscode.l10n.t('parent'),
    child: vscode.l10n.t('child of {0}'),
    tokensUnit: vscode.l10n.t('{0} tok'),
    charactersUnit: vscode.l10n.t('{0} chars'),
    revealHint: vscode.l10n.t('Enter or click: select the chunk in the editor'),
    showChunk: vscode.l10n.t('Show chunk {0}'),
    dismiss: vscode.l10n.t('Dismiss'),
    parameters: vscode.l10n.t('Parameters'),
    actions: vscode.l10n.t('Export and code'),
  };
}

function strategyLabels(): Record<StrategyKind, string> {
  return {
    recursive: vscode.l10n.t('LangChain RecursiveCharacterTextSplitter'),
    tokenSplitter: vscode.l10n.t('LangChain TokenTextSplitter'),
    bedrockFixed: vscode.l10n.t('Bedrock Knowledge Bases: fixed-size'),
    bedrockHierarchical: vscode.l10n.t('Bedrock Knowledge Bases: hierarchical'),
    bedrockSemantic: vscode.l10n.t('Bedrock Knowledge Bases: semantic (explained)'),
    markdownHeadings: vscode.l10n.t('By Markdown heading'),
    none: vscode.l10n.t('No chunking (whole document)'),
  };
}

function strategyHelp(): Record<StrategyKind, string> {
  return {
    recursive: vscode.l10n.t('Splits at the first separator found, then splits pieces that are still too long with the next ones, and merges small pieces back up to the chunk size. Consecutive chunks share up to the overlap.'),
    tokenSplitter: vscode.l10n.t('Encodes the whole text and cuts it every chunk size tokens; each chunk starts overlap tokens before the previous one ended. Cuts can fall mid-word.'),
    bedrockFixed: vscode.l10n.t('Chunks of at most maxTokens tokens; consecutive chunks share overlapPercentage percent of maxTokens. AWS documents the parameters, not the algorithm: this simulation cuts on token boundaries with the chosen model\'s tokenizer.'),
    bedrockHierarchical: vscode.l10n.t('Large parent chunks, each split into small child chunks. Children are embedded and searched; a matching child returns its parent to the model, so search is precise and the context is wide. overlapTokens repeats within each layer.'),
    bedrockSemantic: vscode.l10n.t('Embeds each sentence with its bufferSize neighbours and starts a new chunk where the meaning changes most (dissimilarity above the breakpointPercentileThreshold percentile), up to maxTokens. It needs an embedding model, so it is not simulated here; copy the configuration to try it in Bedrock.'),
    markdownHeadings: vscode.l10n.t('One chunk per section: a chunk starts at every heading up to the chosen level (headings inside code blocks do not count). Sections keep their meaning but vary in size.'),
    none: vscode.l10n.t('The whole document is one chunk (Bedrock\'s NONE). Fine for short documents already split into files; a long one may exceed the embedding model\'s limit.'),
  };
}

export function chunksViewState(): ChunksViewState {
  return {
    labels: labels(),
    strategyLabels: strategyLabels(),
    strategyHelp: strategyHelp(),
    models: models.map((model) => ({ id: model.id, label: model.label, encoding: model.encoding })),
    embeddingLimits: embeddingLimits.map((limit) => ({ ...limit, label: vscode.l10n.t('{0} ({1} tokens)', limit.label, new Intl.NumberFormat(vscode.env.language).format(limit.maxTokens)) })),
    locale: vscode.env.language,
  };
}

/** Localized: where the chunks come from. */
export function describeSource(source: ChunkSource | undefined): string {
  if (!source) {
    return vscode.l10n.t('Open a document, or select text, then run "Show Chunks for Document/Selection".');
  }
  const name = source.document.uri.path.split('/').pop() || source.document.uri.toString();
  if (source.range) {
    return vscode.l10n.t('Selection in {0} (lines {1}–{2})', name, source.range.start.line + 1, source.range.end.line + 1);
  }
  return vscode.l10n.t('Whole document {0}', name);
}
