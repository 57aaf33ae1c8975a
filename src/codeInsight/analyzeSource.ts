// The matcher's entry point: one linear pass over a JS/TS/Python file that finds the SDK requests,
// their parameters and the prompt literals, with nothing reported in files that import no known SDK.
import { entriesOf } from './argumentEntries';
import type { ApiNameMatch, FileInsight, PromptLiteral } from './codeInsightTypes';
import { promptValue, statementEnd } from './promptExtraction';
import { promptFromDraft, RequestWalker, type RequestDraft, type WalkOutput } from './requestWalker';
import { bedrockBodyMarkers, classifyCall, mayNameSdkCall } from './sdkVocabulary';
import { calleeBefore, indexSource, type SourceIndex } from './sourceIndex';
import { isPunctuation, tokenize, TokenKind, tokenText, type SourceLanguage, type SourceTokens } from './sourceTokens';

/** VS Code language ids the matcher reads, to the lexer it uses. */
export function sourceLanguageOf(languageId: string): SourceLanguage | undefined {
  switch (languageId) {
    case 'python':
      return 'python';
    case 'javascript':
    case 'typescript':
    case 'javascriptreact':
    case 'typescriptreact':
      return 'javascript';
    default:
      return undefined;
  }
}

const emptyInsight: FileInsight = { sdks: new Set(), requests: [], parameters: [], apiNames: [], prompts: [] };

export function analyzeSource(text: string, language: SourceLanguage): FileInsight {
  return analyzeTokens(tokenize(text, language));
}

export function analyzeTokens(tokens: SourceTokens): FileInsight {
  const index = indexSource(tokens);
  if (index.sdks.size === 0) {
    return emptyInsight;
  }
  const requests: RequestDraft[] = [];
  const apiNames: ApiNameMatch[] = [];
  const output: WalkOutput = { parameters: [], prompts: [], visitedGroups: new Set() };
  const walker = new RequestWalker(index, output);
  for (let token = 1; token < tokens.count; token++) {
    const request = callRequestAt(index, token);
    if (request) {
      requests.push(request);
      apiNames.push({ name: tokenText(tokens, token - 1), start: tokens.start[token - 1], end: tokens.end[token - 1], request });
      walker.walk(request, token);
    }
  }
  if (index.sdks.has('bedrock')) {
    findBedrockBodies(tokens, walker, requests, output);
  }
  const prompts = [...output.prompts, ...assignedPrompts(index, output.prompts)];
  return {
    sdks: index.sdks,
    requests,
    parameters: output.parameters.sort((a, b) => a.nameStart - b.nameStart),
    apiNames,
    prompts: outermost(prompts),
  };
}

/** The request a call opened at `open` makes, when its callee is a known SDK's (cheap name check first). */
export function callRequestAt(index: SourceIndex, open: number): RequestDraft | undefined {
  const { tokens } = index;
  if (!isPunctuation(tokens, open, '(') || tokens.kind[open - 1] !== TokenKind.Identifier || tokens.match[open] < 0
    || !mayNameSdkCall(tokenText(tokens, open - 1))) {
    return undefined;
  }
  const callee = calleeBefore(tokens, open);
  const classification = callee ? classifyCall(callee.members, callee.constructed, index.sdks, index.importedNames) : undefined;
  if (!callee || !classification) {
    return undefined;
  }
  return {
    kind: classification.kind,
    provider: classification.provider,
    callee: tokens.text.slice(tokens.start[callee.first], tokens.end[open - 1]),
    start: tokens.start[callee.first],
    end: tokens.end[tokens.match[open]],
    bedrockAnthropic: false,
  };
}

/** The request an object opened at `open` is, when its keys make it a Bedrock body or Converse input. */
export function bodyRequestAt(tokens: SourceTokens, open: number): RequestDraft {
  const keys = new Set(entriesOf(tokens, open).flatMap((entry) => (entry.type === 'keyed' ? [entry.key] : [])));
  const converse = keys.has('modelId') && (keys.has('messages') || keys.has('inferenceConfig'));
  return {
    kind: converse ? 'bedrockConverse' : 'bedrockBody',
    provider: 'bedrock',
    callee: converse ? 'Converse' : 'InvokeModel',
    start: tokens.start[open],
    end: tokens.end[tokens.match[open]],
    bedrockAnthropic: false,
  };
}

/** Objects that only a Bedrock InvokeModel body (or a Converse input) has, written apart from the call that sends them. */
function findBedrockBodies(tokens: SourceTokens, walker: RequestWalker, requests: RequestDraft[], output: WalkOutput): void {
  if (![...bedrockBodyMarkers].some((marker) => tokens.text.includes(marker))) {
    return; // No body key anywhere: skip the scan of every object.
  }
  for (let token = 0; token < tokens.count; token++) {
    if (!isPunctuation(tokens, token, '{') || tokens.match[token] < 0 || output.visitedGroups.has(token) || !hasMarkerKey(tokens, token)) {
      continue;
    }
    const request = bodyRequestAt(tokens, token);
    requests.push(request);
    walker.walk(request, token);
  }
}

/** Whether the object opened at `open` has a Bedrock body key at its top level (checked without building its entries). */
export function hasMarkerKey(tokens: SourceTokens, open: number): boolean {
  const close = tokens.match[open];
  for (let token = open + 1; token < close; token++) {
    const match = tokens.match[token];
    if (match > token) {
      token = match;
      continue;
    }
    if (isPunctuation(tokens, token + 1, ':') && (tokens.kind[token] === TokenKind.Identifier || tokens.kind[token] === TokenKind.String)) {
      const key = tokens.kind[token] === TokenKind.String ? tokens.text.slice(tokens.start[token] + 1, tokens.end[token] - 1) : tokenText(tokens, token);
      if (bedrockBodyMarkers.has(key)) {
        return true;
      }
    }
  }
  return false;
}

/** Whether a name reads as a prompt: it has the word prompt(s), or ends in system, instructions, messages or template. */
export function isPromptName(name: string): boolean {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split(/_+/).filter((word) => word.length > 0);
  const last = words[words.length - 1];
  return words.includes('prompt') || words.includes('prompts') || ['system', 'instructions', 'messages', 'template'].includes(last ?? '');
}

/** Literals assigned to prompt-like names, in files that import an SDK; those already sent with a request come from there. */
function assignedPrompts(index: SourceIndex, seen: readonly PromptLiteral[]): PromptLiteral[] {
  const { tokens } = index;
  const seenStarts = new Set(seen.map((prompt) => prompt.start));
  const prompts: PromptLiteral[] = [];
  for (const [name, values] of index.assignments) {
    if (!isPromptName(name)) {
      continue;
    }
    for (const first of values) {
      const last = tokens.match[first] > first ? tokens.match[first] : statementEnd(tokens, first);
      const draft = promptValue(index, first, last);
      if (draft && !seenStarts.has(draft.start) && draft.texts.some((text) => text.length > 0)) {
        prompts.push(promptFromDraft(draft, undefined));
      }
    }
  }
  return prompts;
}

/**
 * One literal can be reached twice (a shared name, a `SystemMessage("…")` inside a message list):
 * keep the first report of each range and drop ranges inside another prompt. Sorted by start.
 */
function outermost(prompts: readonly PromptLiteral[]): PromptLiteral[] {
  const ordered = prompts.map((prompt, order) => ({ prompt, order }))
    .sort((a, b) => a.prompt.start - b.prompt.start || b.prompt.end - a.prompt.end || a.order - b.order);
  const kept: PromptLiteral[] = [];
  for (const { prompt } of ordered) {
    const previous = kept[kept.length - 1];
    if (previous === undefined || prompt.start >= previous.end) {
      kept.push(prompt);
    }
  }
  return kept;
}
