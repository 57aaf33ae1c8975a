// Walks one recognized SDK request: its arguments, the container objects it nests parameters in
// (inferenceConfig, model_kwargs, a json.dumps body…) and the names assigned such objects, recording
// parameters and prompts. Message and tool data is never searched for parameters.
import { entriesOf, wholeGroup, type Entry } from './argumentEntries';
import type { ModelProvider, ParameterMatch, PromptLiteral, RequestKind, SdkRequest } from './codeInsightTypes';
import { literalValue } from './literalValues';
import { promptValue, statementEnd, type PromptDraft } from './promptExtraction';
import { factoryModelAt, isBedrockAnthropicModel, providerOfModelId, routedModel } from './modelRouting';
import { isContainerKey, isPromptKey, parameterKindOf } from './sdkVocabulary';
import { calleeBefore, resolveAssignment, type SourceIndex } from './sourceIndex';
import { isPunctuation, TokenKind, tokenText } from './sourceTokens';

/** A request being filled in; its model id can be found after parameters that point at it. */
export interface RequestDraft {
  kind: RequestKind;
  provider: ModelProvider;
  callee: string;
  start: number;
  end: number;
  modelId?: string;
  bedrockAnthropic: boolean;
}

export interface WalkOutput {
  readonly parameters: ParameterMatch[];
  readonly prompts: PromptLiteral[];
  /** Bracket groups already walked, so a body object is not reported a second time on its own. */
  readonly visitedGroups: Set<number>;
}

const maxDepth = 4;
/** Request kinds whose first positional argument is a prompt (`llm.invoke("…")`, `PromptTemplate.from_template("…")`). */
const positionalPromptKinds = new Set<RequestKind>(['langchainInvoke', 'promptTemplate', 'langchainMessage', 'googleGenerate']);
/** Request kinds whose first positional argument is the model id (`genai.GenerativeModel("gemini-1.5-flash")`). */
const positionalModelKinds = new Set<RequestKind>(['googleModel']);
/** Request kinds whose model id may carry its provider: `bedrock/anthropic.claude-…`, `openai('gpt-4o')`. */
const routedKinds = new Set<RequestKind>(['litellmCompletion', 'vercelGenerate']);
const bodyWrappers = new Set(['dumps', 'stringify', 'dict']);
/** Calls that build a parameter object from keyword arguments, walked like `dict(…)` (Gemini's config types). */
const keywordObjects = new Set(['dict', 'GenerateContentConfig', 'GenerationConfig', 'ThinkingConfig']);

export class RequestWalker {
  constructor(private readonly index: SourceIndex, private readonly output: WalkOutput) {}

  /** Walks the arguments of the call (or the object) opened at `group`. */
  walk(request: RequestDraft, group: number): void {
    this.walkGroup(request, group, 0, true);
  }

  private walkGroup(request: RequestDraft, group: number, depth: number, root: boolean): void {
    if (depth > maxDepth || this.output.visitedGroups.has(group)) {
      return;
    }
    this.output.visitedGroups.add(group);
    let positional = 0;
    for (const entry of entriesOf(this.index.tokens, group)) {
      if (entry.type === 'keyed') {
        this.keyedEntry(request, entry, depth);
      } else if (entry.type === 'spread') {
        this.descendInto(request, entry.first, entry.last, depth + 1);
      } else {
        if (root && positional === 0 && positionalPromptKinds.has(request.kind)) {
          this.addPrompt(request, promptValue(this.index, entry.first, entry.last));
        }
        if (root && positional === 0 && positionalModelKinds.has(request.kind)) {
          const value = literalValue(this.index, entry.first, entry.last);
          if (value.type === 'string') {
            setModel(request, value.value);
          }
        }
        // JS SDKs take one object argument; a Python call may pass a dict positionally too.
        this.descendInto(request, entry.first, entry.last, depth + 1, false);
        positional++;
      }
    }
  }

  private keyedEntry(request: RequestDraft, entry: Extract<Entry, { type: 'keyed' }>, depth: number): void {
    const { tokens } = this.index;
    const kind = parameterKindOf(entry.key, request.kind);
    if (kind !== undefined) {
      const value = literalValue(this.index, entry.first, entry.last);
      this.output.parameters.push({
        name: entry.key,
        kind,
        nameStart: tokens.start[entry.keyToken],
        nameEnd: tokens.end[entry.keyToken],
        valueStart: tokens.start[entry.first],
        valueEnd: tokens.end[entry.last],
        value,
        request,
      });
      if (kind === 'modelId' && value.type === 'string') {
        setModel(request, value.value);
      } else if (kind === 'modelId' && request.kind === 'vercelGenerate') {
        const made = factoryModelAt(this.index, entry.first, entry.last);
        if (made) {
          setModel(request, made.modelId, made.provider);
        }
      }
    }
    if (entry.key === 'anthropic_version') {
      const value = literalValue(this.index, entry.first, entry.last);
      if (value.type === 'string' && value.value.startsWith('bedrock')) {
        request.bedrockAnthropic = true;
        request.provider = 'bedrock';
      }
    }
    if (isContainerKey(entry.key, request.kind)) {
      this.descendInto(request, entry.first, entry.last, depth + 1);
    } else if (isPromptKey(entry.key)) {
      this.addPrompt(request, promptValue(this.index, entry.first, entry.last));
    }
  }

  /** Follows a value to the object it holds: `{…}`, `dict(…)`, `json.dumps({…})`, or a name assigned one of those. */
  private descendInto(request: RequestDraft, first: number, last: number, depth: number, followNames = true): void {
    const { tokens } = this.index;
    if (depth > maxDepth) {
      return;
    }
    const group = wholeGroup(tokens, first, last);
    if (group >= 0 && isPunctuation(tokens, group, '{')) {
      this.walkGroup(request, group, depth, false);
      return;
    }
    if (isPunctuation(tokens, last, ')') && tokens.match[last] > first) {
      const open = tokens.match[last];
      const callee = calleeBefore(tokens, open);
      const name = callee?.members[callee.members.length - 1] ?? '';
      if (callee && callee.first === first && (bodyWrappers.has(name) || keywordObjects.has(name))) {
        if (keywordObjects.has(name)) {
          this.walkGroup(request, open, depth, false);
        } else {
          const [argument] = entriesOf(tokens, open);
          if (argument) {
            this.descendInto(request, argument.first, argument.last, depth + 1);
          }
        }
      }
      return;
    }
    if (followNames && first === last && tokens.kind[first] === TokenKind.Identifier) {
      const assigned = resolveAssignment(this.index, tokenText(tokens, first), first);
      if (assigned !== undefined && assigned !== first) {
        const end = tokens.match[assigned] > assigned ? tokens.match[assigned] : statementEnd(tokens, assigned);
        this.descendInto(request, assigned, end, depth + 1);
      }
    }
  }

  private addPrompt(request: RequestDraft, draft: PromptDraft | undefined): void {
    if (!draft || draft.texts.every((text) => text.length === 0)) {
      return;
    }
    this.output.prompts.push(promptFromDraft(draft, request));
  }
}

export function promptFromDraft(draft: PromptDraft, request: SdkRequest | undefined): PromptLiteral {
  return {
    start: draft.start,
    end: draft.end,
    text: draft.texts.join('\n'),
    placeholders: draft.placeholders,
    shape: draft.shape,
    messageCount: draft.shape === 'messages' ? Math.max(draft.messages, draft.texts.length > 0 ? 1 : 0) : 1,
    ...(request ? { request } : {}),
  };
}

/** Records the request's model; `provider` is who an AI SDK provider call names (`openai('gpt-4o')`). */
function setModel(request: RequestDraft, written: string, provider?: ModelProvider): void {
  const routed = routedKinds.has(request.kind) ? routedModel(written) : undefined;
  const modelId = routed?.modelId ?? written;
  request.modelId ??= modelId;
  if (isBedrockAnthropicModel(modelId)) {
    request.bedrockAnthropic = true;
  }
  if (provider !== undefined) {
    request.provider = provider;
  } else if (routed && routed.provider !== 'unknown') {
    request.provider = routed.provider;
  } else if (request.provider === 'unknown' || request.kind === 'langchainChatModel') {
    request.provider = providerOfModelId(modelId) ?? request.provider;
  }
}
