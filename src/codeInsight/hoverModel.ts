// What a hover in code or in a prompt file shows, decided without VS Code: the glossary entry for
// the parameter, API name or term under the cursor, and a note on the value written there.
import type { Glossary, GlossaryEntry } from '../glossary';
import type { FileInsight, ParameterKind, ParameterMatch } from './codeInsightTypes';
import { isParameterName, mayNameSdkCall } from './sdkVocabulary';
import { valueNote, type ModelLimitsLookup, type ValueNote } from './valueNotes';

export interface HoverModel {
  readonly start: number;
  readonly end: number;
  /** The name as written under the cursor. */
  readonly name: string;
  readonly entry?: GlossaryEntry;
  readonly note?: ValueNote;
}

/** Each kind's usual snake_case name, for glossaries that list only one spelling. */
const canonicalNames: Readonly<Record<ParameterKind, string>> = {
  temperature: 'temperature', topP: 'top_p', topK: 'top_k', maxTokens: 'max_tokens', stopSequences: 'stop_sequences',
  frequencyPenalty: 'frequency_penalty', presencePenalty: 'presence_penalty', seed: 'seed', choiceCount: 'n', logprobs: 'logprobs',
  responseFormat: 'response_format', tools: 'tools', reasoningEffort: 'reasoning_effort', system: 'system', modelId: 'model',
  guardrail: 'guardrailConfig', dimensions: 'dimensions', normalize: 'normalize', chunkSize: 'chunk_size', chunkOverlap: 'chunk_overlap', searchK: 'k', contextLength: 'num_ctx',
};

export function glossaryEntryFor(glossary: Glossary | undefined, match: ParameterMatch): GlossaryEntry | undefined {
  return glossary?.byCodeName(match.name) ?? glossary?.byCodeName(canonicalNames[match.kind]);
}

/**
 * Whether a hover on this word (or on a literal next to one) could show anything: a parameter name, an SDK
 * call name or a glossary code name. Any other word costs no analysis.
 */
export function mayExplainWord(word: string, glossary: Glossary | undefined): boolean {
  return isParameterName(word) || mayNameSdkCall(word) || glossary?.byCodeName(word) !== undefined;
}

/** The last parameter whose name starts at or before `offset` (parameters are sorted by nameStart). */
function parameterNear(parameters: readonly ParameterMatch[], offset: number): number {
  let low = 0;
  let high = parameters.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (parameters[middle].nameStart <= offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** The hover for `offset` in analyzed code: on a parameter's name or on its literal value, or on an SDK API name. */
export function codeHoverAt(insight: FileInsight, offset: number, glossary: Glossary | undefined, limits: ModelLimitsLookup): HoverModel | undefined {
  const near = parameterNear(insight.parameters, offset);
  for (let index = near; index >= 0 && index >= near - 1; index--) {
    const match = insight.parameters[index];
    const onName = offset >= match.nameStart && offset <= match.nameEnd;
    const onValue = match.value.type !== 'expression' && offset >= match.valueStart && offset <= match.valueEnd;
    if (onName || onValue) {
      const entry = glossaryEntryFor(glossary, match);
      const note = valueNote(match, insight.parameters, limits);
      return entry || note ? { start: match.nameStart, end: match.valueEnd, name: match.name, ...(entry ? { entry } : {}), ...(note ? { note } : {}) } : undefined;
    }
  }
  const api = insight.apiNames.find((name) => offset >= name.start && offset <= name.end);
  const entry = api ? glossary?.byCodeName(api.name) : undefined;
  return api && entry ? { start: api.start, end: api.end, name: api.name, entry } : undefined;
}

const wordCharacter = /[\p{L}\p{N}_-]/u;

/** The hover for `offset` in prose (Markdown, plain-text prompts): the longest glossary alias of up to three words around it. */
export function termHoverAt(text: string, offset: number, glossary: Glossary | undefined): HoverModel | undefined {
  if (!glossary || offset > text.length || !wordCharacter.test(text[offset] ?? text[offset - 1] ?? '')) {
    return undefined;
  }
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEndAt = text.indexOf('\n', offset);
  const line = text.slice(lineStart, lineEndAt < 0 ? text.length : lineEndAt);
  const words = [...line.matchAll(/[\p{L}\p{N}_]+(?:-[\p{L}\p{N}_]+)*/gu)].map((match) => ({ text: match[0], start: lineStart + match.index, end: lineStart + match.index + match[0].length }));
  const at = words.findIndex((word) => offset >= word.start && offset <= word.end);
  if (at < 0) {
    return undefined;
  }
  for (let size = 3; size >= 1; size--) {
    for (let first = Math.max(0, at - size + 1); first <= at && first + size <= words.length; first++) {
      const start = words[first].start;
      const end = words[first + size - 1].end;
      const phrase = text.slice(start, end).replace(/\s+/g, ' ');
      const entry = glossary.byAlias(phrase) ?? (size === 1 ? glossary.byCodeName(phrase) : undefined);
      if (entry) {
        return { start, end, name: phrase, entry };
      }
    }
  }
  return undefined;
}
