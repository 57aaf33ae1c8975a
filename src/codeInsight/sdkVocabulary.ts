// The SDKs' call shapes and parameter names, as their documentation writes them (OpenAI Python/JS,
// Anthropic Python/TS, boto3 bedrock-runtime, AWS SDK for JavaScript v3, LangChain Python/JS; the
// Google Gen AI, Mistral, Ollama, LiteLLM and Vercel AI SDK call shapes are in moreSdkCalls.ts).
import type { ModelProvider, ParameterKind, RequestKind, SdkFamily } from './codeInsightTypes';
import { classifyMoreSdks, moreCalleeLastNames } from './moreSdkCalls';

const parameterNames: Readonly<Record<string, ParameterKind>> = {
  temperature: 'temperature',
  top_p: 'topP',
  topP: 'topP',
  top_k: 'topK',
  topK: 'topK',
  max_tokens: 'maxTokens',
  maxTokens: 'maxTokens',
  max_completion_tokens: 'maxTokens',
  maxCompletionTokens: 'maxTokens',
  max_output_tokens: 'maxTokens',
  maxOutputTokens: 'maxTokens',
  maxTokenCount: 'maxTokens',
  max_gen_len: 'maxTokens',
  max_new_tokens: 'maxTokens',
  maxNewTokens: 'maxTokens',
  max_tokens_to_sample: 'maxTokens',
  stop: 'stopSequences',
  stop_sequences: 'stopSequences',
  stopSequences: 'stopSequences',
  frequency_penalty: 'frequencyPenalty',
  frequencyPenalty: 'frequencyPenalty',
  presence_penalty: 'presencePenalty',
  presencePenalty: 'presencePenalty',
  seed: 'seed',
  n: 'choiceCount',
  logprobs: 'logprobs',
  top_logprobs: 'logprobs',
  topLogprobs: 'logprobs',
  response_format: 'responseFormat',
  responseFormat: 'responseFormat',
  tools: 'tools',
  toolConfig: 'tools',
  tool_config: 'tools',
  reasoning_effort: 'reasoningEffort',
  reasoningEffort: 'reasoningEffort',
  effort: 'reasoningEffort',
  system: 'system',
  instructions: 'system',
  model: 'modelId',
  modelId: 'modelId',
  model_id: 'modelId',
  model_name: 'modelId',
  modelName: 'modelId',
  guardrailConfig: 'guardrail',
  guardrailIdentifier: 'guardrail',
  guardrails: 'guardrail',
  dimensions: 'dimensions',
  normalize: 'normalize',
  chunk_size: 'chunkSize',
  chunkSize: 'chunkSize',
  chunk_overlap: 'chunkOverlap',
  chunkOverlap: 'chunkOverlap',
  k: 'searchK',
  numberOfResults: 'searchK',
  // Google Gen AI (GenerateContentConfig), Mistral, Ollama options and the AI SDK's generateObject.
  candidate_count: 'choiceCount',
  candidateCount: 'choiceCount',
  system_instruction: 'system',
  systemInstruction: 'system',
  response_mime_type: 'responseFormat',
  responseMimeType: 'responseFormat',
  response_schema: 'responseFormat',
  responseSchema: 'responseFormat',
  response_json_schema: 'responseFormat',
  responseJsonSchema: 'responseFormat',
  thinking_budget: 'reasoningEffort',
  thinkingBudget: 'reasoningEffort',
  thinking_level: 'reasoningEffort',
  thinkingLevel: 'reasoningEffort',
  random_seed: 'seed',
  randomSeed: 'seed',
  num_predict: 'maxTokens',
  num_ctx: 'contextLength',
  format: 'responseFormat',
  think: 'reasoningEffort',
  schema: 'responseFormat',
};

const inference: readonly ParameterKind[] = ['temperature', 'topP', 'topK', 'maxTokens', 'stopSequences', 'modelId', 'system'];
const openaiSampling: readonly ParameterKind[] = [...inference, 'frequencyPenalty', 'presencePenalty', 'seed', 'choiceCount', 'logprobs', 'responseFormat', 'tools', 'reasoningEffort'];

/** Which parameters each request kind takes; anything else in it is not explained. */
const parametersOf: Readonly<Record<RequestKind, ReadonlySet<ParameterKind>>> = {
  openaiChat: new Set(openaiSampling.filter((kind) => kind !== 'topK' && kind !== 'system')),
  openaiResponses: new Set(openaiSampling.filter((kind) => kind !== 'topK' && kind !== 'stopSequences')),
  openaiEmbeddings: new Set<ParameterKind>(['modelId', 'dimensions']),
  anthropicMessages: new Set<ParameterKind>([...inference, 'tools']),
  bedrockConverse: new Set<ParameterKind>([...inference, 'tools', 'guardrail']),
  bedrockInvoke: new Set<ParameterKind>(['modelId', 'guardrail', ...inference, 'dimensions', 'normalize']),
  bedrockBody: new Set<ParameterKind>([...inference, 'dimensions', 'normalize', 'tools']),
  bedrockRetrieve: new Set<ParameterKind>(['searchK', 'modelId']),
  langchainChatModel: new Set<ParameterKind>([...openaiSampling, 'guardrail']),
  langchainEmbeddings: new Set<ParameterKind>(['modelId', 'dimensions', 'normalize']),
  langchainInvoke: new Set<ParameterKind>(),
  langchainMessage: new Set<ParameterKind>(),
  textSplitter: new Set<ParameterKind>(['chunkSize', 'chunkOverlap']),
  promptTemplate: new Set<ParameterKind>(),
  vectorSearch: new Set<ParameterKind>(['searchK']),
  googleGenerate: new Set<ParameterKind>(openaiSampling),
  googleModel: new Set<ParameterKind>(openaiSampling),
  mistralChat: new Set(openaiSampling.filter((kind) => kind !== 'topK' && kind !== 'system' && kind !== 'logprobs' && kind !== 'reasoningEffort')),
  // Ollama documents no range for its penalties, so they are left unexplained rather than given OpenAI's.
  ollamaChat: new Set<ParameterKind>([...inference, 'seed', 'contextLength', 'responseFormat', 'tools', 'reasoningEffort']),
  litellmCompletion: new Set(openaiSampling.filter((kind) => kind !== 'topK' && kind !== 'system')),
  vercelGenerate: new Set<ParameterKind>([...inference, 'frequencyPenalty', 'presencePenalty', 'seed', 'responseFormat', 'tools']),
};

/** Keys whose object value holds more parameters of the same request (never message or tool data). */
const containerKeys = new Set([
  'inferenceConfig', 'inference_config', 'textGenerationConfig', 'additionalModelRequestFields', 'additional_model_request_fields',
  'model_kwargs', 'modelKwargs', 'search_kwargs', 'searchKwargs', 'reasoning', 'body', 'retrievalConfiguration', 'vectorSearchConfiguration',
  'generation_config', 'extra_body',
]);
/** Container keys of one SDK only: `config=` is Gemini's GenerateContentConfig, `options=` Ollama's model options. */
const ownContainerKeys: Partial<Readonly<Record<RequestKind, ReadonlySet<string>>>> = {
  googleGenerate: new Set(['config', 'generationConfig', 'thinking_config', 'thinkingConfig']),
  googleModel: new Set(['generationConfig', 'thinking_config', 'thinkingConfig']),
  ollamaChat: new Set(['options']),
};

/** Keys whose values are prompts: text, or lists of messages. */
const promptKeys = new Set(['messages', 'system', 'prompt', 'input', 'instructions', 'inputText', 'texts', 'template', 'prefix', 'suffix', 'content', 'message',
  'contents', 'system_instruction', 'systemInstruction']);

export function parameterKindOf(name: string, request: RequestKind): ParameterKind | undefined {
  const kind = Object.prototype.hasOwnProperty.call(parameterNames, name) ? parameterNames[name] : undefined;
  return kind !== undefined && parametersOf[request].has(kind) ? kind : undefined;
}

/** Whether a word can be a parameter the matcher explains, in some request kind. */
export function isParameterName(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(parameterNames, name);
}

export function isContainerKey(name: string, request: RequestKind): boolean {
  return containerKeys.has(name) || ownContainerKeys[request]?.has(name) === true;
}

export function isPromptKey(name: string): boolean {
  return promptKeys.has(name);
}

const chatModels: Readonly<Record<string, ModelProvider>> = {
  ChatOpenAI: 'openai', AzureChatOpenAI: 'openai', OpenAI: 'openai', AzureOpenAI: 'openai',
  ChatAnthropic: 'anthropic', AnthropicLLM: 'anthropic',
  ChatBedrockConverse: 'bedrock', ChatBedrock: 'bedrock', BedrockChat: 'bedrock', BedrockLLM: 'bedrock', Bedrock: 'bedrock',
  init_chat_model: 'unknown', initChatModel: 'unknown',
};
const embeddingModels: Readonly<Record<string, ModelProvider>> = {
  OpenAIEmbeddings: 'openai', AzureOpenAIEmbeddings: 'openai', BedrockEmbeddings: 'bedrock', CohereEmbeddings: 'unknown',
};
const promptTemplates = new Set(['PromptTemplate', 'ChatPromptTemplate', 'FewShotPromptTemplate', 'FewShotChatMessagePromptTemplate',
  'SystemMessagePromptTemplate', 'HumanMessagePromptTemplate', 'AIMessagePromptTemplate']);
const templateFactories = new Set(['from_template', 'fromTemplate', 'from_messages', 'fromMessages', 'from_examples', 'fromExamples']);
const messageClasses = new Set(['SystemMessage', 'HumanMessage', 'AIMessage', 'ChatMessage']);
const splitterFactories = new Set(['from_tiktoken_encoder', 'fromLanguage', 'from_language', 'from_huggingface_tokenizer']);
const vectorSearchMethods = new Set(['similarity_search', 'similarity_search_with_score', 'similarity_search_with_relevance_scores',
  'max_marginal_relevance_search', 'as_retriever', 'similaritySearch', 'similaritySearchWithScore', 'maxMarginalRelevanceSearch', 'asRetriever']);
const invokeMethods = new Set(['invoke', 'ainvoke', 'stream', 'astream', 'predict']);

/** Every name a recognized call can end with, so most calls are dismissed by one set lookup. */
const calleeLastNames = new Set([
  'create', 'parse', 'stream', 'count_tokens', 'countTokens',
  'converse', 'converse_stream', 'converseStream', 'invoke_model', 'invoke_model_with_response_stream', 'invokeModel', 'invokeModelWithResponseStream',
  'retrieve', 'retrieve_and_generate', 'retrieveAndGenerate', 'ConverseCommand', 'ConverseStreamCommand', 'InvokeModelCommand',
  'InvokeModelWithResponseStreamCommand', 'RetrieveCommand', 'RetrieveAndGenerateCommand',
  ...Object.keys(chatModels), ...Object.keys(embeddingModels), ...promptTemplates, ...templateFactories, ...messageClasses,
  ...splitterFactories, ...vectorSearchMethods, ...invokeMethods, ...moreCalleeLastNames,
]);

export function mayNameSdkCall(name: string): boolean {
  return calleeLastNames.has(name) || name.endsWith('TextSplitter');
}

export interface CallClassification {
  readonly kind: RequestKind;
  readonly provider: ModelProvider;
}

/**
 * What a call is, from its callee members (`['client', 'chat', 'completions', 'create']`), whether
 * it is a `new` expression, the SDKs the file imports and the names it imports from them. Unknown shapes give undefined.
 */
export function classifyCall(members: readonly string[], constructed: boolean, sdks: ReadonlySet<SdkFamily>, importedNames: ReadonlySet<string>): CallClassification | undefined {
  const last = members[members.length - 1];
  const previous = members[members.length - 2];
  const beforePrevious = members[members.length - 3];
  const hasReceiver = members.length >= 2;
  if (sdks.has('openai') && hasReceiver) {
    if (previous === 'completions' && (last === 'create' || last === 'parse' || last === 'stream')) {
      return { kind: 'openaiChat', provider: 'openai' };
    }
    if (previous === 'ChatCompletion' && last === 'create') {
      return { kind: 'openaiChat', provider: 'openai' };
    }
    if (previous === 'responses' && (last === 'create' || last === 'parse' || last === 'stream')) {
      return { kind: 'openaiResponses', provider: 'openai' };
    }
    if (previous === 'embeddings' && last === 'create') {
      return { kind: 'openaiEmbeddings', provider: 'openai' };
    }
  }
  if (sdks.has('anthropic') && hasReceiver && previous === 'messages' && beforePrevious !== 'threads'
    && ['create', 'stream', 'count_tokens', 'countTokens'].includes(last)) {
    return { kind: 'anthropicMessages', provider: 'anthropic' };
  }
  if (sdks.has('bedrock')) {
    const bedrock = classifyBedrock(last, constructed, hasReceiver);
    if (bedrock) {
      return { kind: bedrock, provider: 'bedrock' };
    }
  }
  // Before LangChain, whose `.stream(…)` / `.invoke(…)` would otherwise take Mistral's `client.chat.stream(…)`.
  const more = classifyMoreSdks(members, sdks, importedNames);
  if (more) {
    return more;
  }
  if (sdks.has('langchain')) {
    return classifyLangchain(members, last, previous);
  }
  return undefined;
}

function classifyBedrock(last: string, constructed: boolean, hasReceiver: boolean): RequestKind | undefined {
  if (constructed) {
    switch (last) {
      case 'ConverseCommand':
      case 'ConverseStreamCommand':
        return 'bedrockConverse';
      case 'InvokeModelCommand':
      case 'InvokeModelWithResponseStreamCommand':
        return 'bedrockInvoke';
      case 'RetrieveCommand':
      case 'RetrieveAndGenerateCommand':
        return 'bedrockRetrieve';
      default:
        return undefined;
    }
  }
  if (!hasReceiver) {
    return undefined;
  }
  if (['converse', 'converse_stream', 'converseStream'].includes(last)) {
    return 'bedrockConverse';
  }
  if (['invoke_model', 'invoke_model_with_response_stream', 'invokeModel', 'invokeModelWithResponseStream'].includes(last)) {
    return 'bedrockInvoke';
  }
  if (['retrieve', 'retrieve_and_generate', 'retrieveAndGenerate'].includes(last)) {
    return 'bedrockRetrieve';
  }
  return undefined;
}

function classifyLangchain(members: readonly string[], last: string, previous: string | undefined): CallClassification | undefined {
  if (Object.prototype.hasOwnProperty.call(chatModels, last)) {
    return { kind: 'langchainChatModel', provider: chatModels[last] };
  }
  if (Object.prototype.hasOwnProperty.call(embeddingModels, last)) {
    return { kind: 'langchainEmbeddings', provider: embeddingModels[last] };
  }
  if (last.endsWith('TextSplitter') || (previous?.endsWith('TextSplitter') && splitterFactories.has(last))) {
    return { kind: 'textSplitter', provider: 'unknown' };
  }
  if (promptTemplates.has(last) || (previous !== undefined && promptTemplates.has(previous) && templateFactories.has(last))) {
    return { kind: 'promptTemplate', provider: 'unknown' };
  }
  if (messageClasses.has(last)) {
    return { kind: 'langchainMessage', provider: 'unknown' };
  }
  if (members.length >= 2 && vectorSearchMethods.has(last)) {
    return { kind: 'vectorSearch', provider: 'unknown' };
  }
  if (members.length >= 2 && invokeMethods.has(last)) {
    return { kind: 'langchainInvoke', provider: 'unknown' };
  }
  return undefined;
}

/** Keys that only a Bedrock InvokeModel request body has, so an object holding one is such a body. */
export const bedrockBodyMarkers = new Set(['anthropic_version', 'textGenerationConfig', 'inputText', 'max_gen_len', 'inferenceConfig', 'embedding_types', 'input_type']);
