// Who serves a model, read from how the code names it: a bare id (`gpt-4o`, `anthropic.claude-…`),
// a LiteLLM route (`bedrock/anthropic.claude-…`, `gemini/gemini-2.5-flash`) or an AI SDK provider
// call (`openai('gpt-4o')`, `anthropic.messages('claude-…')`).
import type { ModelProvider } from './codeInsightTypes';
import { calleeBefore, resolveAssignment, type SourceIndex } from './sourceIndex';
import { plainString } from './stringLiterals';
import { isPunctuation, TokenKind, tokenText } from './sourceTokens';

/** An Anthropic model id on Bedrock: `anthropic.claude-…`, with or without a cross-region prefix, ARN or LiteLLM route. */
export function isBedrockAnthropicModel(modelId: string): boolean {
  return /(^|[.:/])anthropic\.claude/.test(modelId);
}

/** The provider a model id names, when it is recognizable from the id alone. */
export function providerOfModelId(modelId: string): ModelProvider | undefined {
  if (isBedrockAnthropicModel(modelId) || /^(amazon|meta|mistral|cohere|ai21|deepseek|qwen|us|eu|apac|global)\./.test(modelId) || modelId.startsWith('arn:aws:bedrock')) {
    return 'bedrock';
  }
  if (/^claude/.test(modelId)) {
    return 'anthropic';
  }
  if (/^(gpt-|o\d|text-embedding|chatgpt)/.test(modelId)) {
    return 'openai';
  }
  if (/^(models\/)?gemini-/.test(modelId)) {
    return 'google';
  }
  if (/^(mistral-|open-mistral|open-mixtral|codestral|ministral|pixtral|magistral|devstral)/.test(modelId)) {
    return 'mistral';
  }
  return undefined;
}

/** LiteLLM's provider prefixes (docs.litellm.ai "Providers") and the AI Gateway's `creator/model` ids, to who serves them. */
const routePrefixes: Readonly<Record<string, ModelProvider>> = {
  openai: 'openai', azure: 'openai', anthropic: 'anthropic', bedrock: 'bedrock', bedrock_converse: 'bedrock',
  gemini: 'google', vertex_ai: 'google', google: 'google', mistral: 'mistral', ollama: 'ollama', ollama_chat: 'ollama',
};

export interface RoutedModel {
  readonly provider: ModelProvider;
  /** The id the provider knows, without the route prefix. */
  readonly modelId: string;
}

/** A model id written as `provider/model` (LiteLLM, AI Gateway); a bare id keeps its own provider, if recognizable. */
export function routedModel(id: string): RoutedModel {
  const slash = id.indexOf('/');
  const prefix = slash > 0 ? id.slice(0, slash) : '';
  if (Object.prototype.hasOwnProperty.call(routePrefixes, prefix)) {
    const modelId = id.slice(slash + 1);
    // `vertex_ai/claude-…` and `bedrock/…` keep what the rest of the id says about the model family.
    const provider = routePrefixes[prefix] === 'google' && providerOfModelId(modelId) === 'anthropic' ? 'anthropic' : routePrefixes[prefix];
    return { provider, modelId };
  }
  return { provider: providerOfModelId(id) ?? 'unknown', modelId: id };
}

/** AI SDK provider instances as their packages export them (`@ai-sdk/openai` exports `openai`…). */
const providerFactories: Readonly<Record<string, ModelProvider>> = {
  openai: 'openai', azure: 'openai', anthropic: 'anthropic', google: 'google', vertex: 'google',
  mistral: 'mistral', bedrock: 'bedrock', ollama: 'ollama',
};
/** Methods a provider instance makes a language model with: `openai.chat('…')`, `openai.responses('…')`. */
const factoryMethods = new Set(['chat', 'responses', 'completion', 'languageModel', 'messages']);

/**
 * The model an AI SDK `model:` value makes: `openai('gpt-4o')`, `openai.responses('gpt-4o')`, or a name
 * assigned one of those. Undefined for anything else (a provider made with createOpenAI() is not followed).
 */
export function factoryModelAt(index: SourceIndex, first: number, last: number): RoutedModel | undefined {
  const { tokens } = index;
  if (first === last && tokens.kind[first] === TokenKind.Identifier) {
    const assigned = resolveAssignment(index, tokenText(tokens, first), first);
    const end = assigned !== undefined ? statementEndOfCall(index, assigned) : undefined;
    return assigned !== undefined && assigned !== first && end !== undefined ? factoryModelAt(index, assigned, end) : undefined;
  }
  if (!isPunctuation(tokens, last, ')') || tokens.match[last] <= first) {
    return undefined;
  }
  const open = tokens.match[last];
  const callee = calleeBefore(tokens, open);
  if (!callee || callee.first !== first) {
    return undefined;
  }
  const [factory] = callee.members;
  const method = callee.members[callee.members.length - 1];
  if (!Object.prototype.hasOwnProperty.call(providerFactories, factory) || (callee.members.length > 1 && !factoryMethods.has(method)) || callee.members.length > 2) {
    return undefined;
  }
  const modelId = tokens.kind[open + 1] === TokenKind.String ? plainString(tokens, open + 1) : undefined;
  return modelId !== undefined ? { provider: providerFactories[factory], modelId } : undefined;
}

/** The `)` closing a call written as `name(…)` or `a.b(…)` from `first`, when the value is just that call. */
function statementEndOfCall(index: SourceIndex, first: number): number | undefined {
  const { tokens } = index;
  let token = first;
  while (token < tokens.count && (tokens.kind[token] === TokenKind.Identifier || isPunctuation(tokens, token, '.'))) {
    token++;
  }
  return isPunctuation(tokens, token, '(') && tokens.match[token] > token ? tokens.match[token] : undefined;
}
