// Chunks a document with one strategy: spans first, then each chunk's exact token count, all in
// slices that yield to the host and stop when cancelled.
import type { CancellationSignal, Encoder } from '../tokenEngine';
import type { Chunk, ChunkingResult, ChunkingStrategy, EmbeddingLimit } from './chunkTypes';
import { chunkWarnings } from './chunkWarnings';
import { markdownSections } from './markdownSections';
import { RecursiveSplitter, type Span } from './recursiveSplitter';
import { defaultSliceSettings, runSliced, type SliceSettings, type Work } from './slicedWork';
import { parameterProblem } from './strategyValidation';
import { countTokens } from './tokenCounting';
import { TokenMap } from './tokenMap';
import { bedrockFixedOverlap, hierarchicalWindows, tokenWindows, type TokenWindow } from './tokenWindows';

export interface ChunkingRequest {
  readonly text: string;
  readonly strategy: ChunkingStrategy;
  readonly encoder: Encoder;
  readonly embeddingLimit?: EmbeddingLimit;
  readonly signal?: CancellationSignal;
  readonly slices?: Partial<SliceSettings>;
}

interface ChunkSpan extends Span {
  readonly level?: Chunk['level'];
  readonly parentIndex?: number;
  readonly decodedText?: string;
}

/** The chunks and warnings, or undefined when cancelled. */
export function chunkDocument(request: ChunkingRequest): Promise<ChunkingResult | undefined> {
  return runSliced(chunkingWork(request), request.signal, { ...defaultSliceSettings, ...request.slices });
}

function* chunkingWork(request: ChunkingRequest): Work<ChunkingResult> {
  const { text, strategy, encoder, signal } = request;
  const sourceTokens = yield* countTokens(encoder, text, signal);
  const base = { sourceTokens, sourceCharacters: text.length };
  const problem = parameterProblem(strategy);
  if (problem) {
    return { ...base, chunks: [], warnings: [{ kind: 'invalidParameters', problem }] };
  }
  if (strategy.kind === 'bedrockSemantic') {
    return { ...base, chunks: [], warnings: [{ kind: 'notSimulated' }] };
  }
  const spans = yield* spansFor(request);
  const chunks: Chunk[] = [];
  for (const span of spans) {
    const chunkText = span.decodedText ?? text.slice(span.start, span.end);
    const tokens = yield* countTokens(encoder, chunkText, signal);
    chunks.push({
      number: chunks.length + 1,
      start: span.start,
      end: span.end,
      characters: chunkText.length,
      tokens,
      ...(span.level ? { level: span.level } : {}),
      ...(span.parentIndex !== undefined ? { parent: span.parentIndex + 1 } : {}),
      ...(span.decodedText !== undefined ? { decodedText: span.decodedText } : {}),
    });
    yield;
  }
  return { ...base, chunks, warnings: chunkWarnings(chunks, strategy, request.embeddingLimit) };
}

function* spansFor(request: ChunkingRequest): Work<readonly ChunkSpan[]> {
  const { text, strategy, encoder, signal } = request;
  switch (strategy.kind) {
    case 'recursive': {
      const lengthOf = strategy.lengthUnit === 'tokens'
        ? (start: number, end: number) => countTokens(encoder, text.slice(start, end), signal)
        : characterLength;
      const splitter = new RecursiveSplitter(text, { ...strategy, lengthOf });
      return yield* splitter.split();
    }
    case 'tokenSplitter': {
      const map = yield* TokenMap.build(text, encoder, signal);
      return yield* windowSpans(text, map, encoder, tokenWindows(0, map.length, strategy.chunkSize, strategy.chunkOverlap));
    }
    case 'bedrockFixed': {
      const map = yield* TokenMap.build(text, encoder, signal);
      const overlap = bedrockFixedOverlap(strategy.maxTokens, strategy.overlapPercentage);
      return yield* windowSpans(text, map, encoder, tokenWindows(0, map.length, strategy.maxTokens, overlap));
    }
    case 'bedrockHierarchical': {
      const map = yield* TokenMap.build(text, encoder, signal);
      return yield* windowSpans(text, map, encoder, hierarchicalWindows(map, strategy.parentMaxTokens, strategy.childMaxTokens, strategy.overlapTokens));
    }
    case 'markdownHeadings':
      return markdownSections(text, strategy.maxLevel);
    case 'none':
      return text.length > 0 ? [{ start: 0, end: text.length }] : [];
    case 'bedrockSemantic':
      return [];
  }
}

// A generator so it can stand in for the token length; it never pauses.
// eslint-disable-next-line require-yield
function* characterLength(start: number, end: number): Work<number> {
  return end - start;
}

/** A lone surrogate cannot be encoded in UTF-8: its tokens decode to U+FFFD. */
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function* windowSpans(text: string, map: TokenMap, encoder: Encoder, windows: readonly TokenWindow[]): Work<ChunkSpan[]> {
  const spans: ChunkSpan[] = [];
  for (const window of windows) {
    const span = map.span(window.first, window.last);
    const decodes = map.cutsCharacter(window.first, window.last) || loneSurrogate.test(text.slice(span.start, span.end));
    spans.push({
      ...span,
      ...(window.level ? { level: window.level } : {}),
      ...(window.parentIndex !== undefined ? { parentIndex: window.parentIndex } : {}),
      ...(decodes ? { decodedText: map.decode(encoder, window.first, window.last) } : {}),
    });
    if ((spans.length & 255) === 0) {
      yield;
    }
  }
  return spans;
}
