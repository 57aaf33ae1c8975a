// What the matcher finds in a source file: SDK requests, their parameters and the prompt literals.

/** The SDK families the matcher knows, found from the file's imports (`vercelAi` is the `ai` package). */
export type SdkFamily = 'openai' | 'anthropic' | 'bedrock' | 'langchain' | 'google' | 'mistral' | 'ollama' | 'litellm' | 'vercelAi';

/** Who serves the model, for value ranges (Anthropic models accept temperature 0–1, OpenAI and Gemini 0–2). */
export type ModelProvider = 'openai' | 'anthropic' | 'bedrock' | 'google' | 'mistral' | 'ollama' | 'unknown';

export type RequestKind =
  | 'openaiChat'
  | 'openaiResponses'
  | 'openaiEmbeddings'
  | 'anthropicMessages'
  | 'bedrockConverse'
  | 'bedrockInvoke'
  | 'bedrockBody'
  | 'bedrockRetrieve'
  | 'langchainChatModel'
  | 'langchainEmbeddings'
  | 'langchainInvoke'
  | 'langchainMessage'
  | 'textSplitter'
  | 'promptTemplate'
  | 'vectorSearch'
  | 'googleGenerate'
  | 'googleModel'
  | 'mistralChat'
  | 'ollamaChat'
  | 'litellmCompletion'
  | 'vercelGenerate';

/** Inference and retrieval parameters, by meaning rather than by each SDK's spelling. */
export type ParameterKind =
  | 'temperature'
  | 'topP'
  | 'topK'
  | 'maxTokens'
  | 'stopSequences'
  | 'frequencyPenalty'
  | 'presencePenalty'
  | 'seed'
  | 'choiceCount'
  | 'logprobs'
  | 'responseFormat'
  | 'tools'
  | 'reasoningEffort'
  | 'system'
  | 'modelId'
  | 'guardrail'
  | 'dimensions'
  | 'normalize'
  | 'chunkSize'
  | 'chunkOverlap'
  | 'searchK'
  | 'contextLength';

/** A literal value as written (numbers parsed, strings decoded); anything else is 'expression'. */
export type LiteralValue =
  | { readonly type: 'number'; readonly value: number }
  | { readonly type: 'string'; readonly value: string }
  | { readonly type: 'boolean'; readonly value: boolean }
  | { readonly type: 'null' }
  | { readonly type: 'expression' };

export interface SdkRequest {
  readonly kind: RequestKind;
  readonly provider: ModelProvider;
  /** The callee as written (`client.chat.completions.create`), or the body's first key for a request body. */
  readonly callee: string;
  /** Offsets of the callee's start and of the closing bracket's end. */
  readonly start: number;
  readonly end: number;
  /** The model id when written as a literal (or a constant holding one). */
  readonly modelId?: string;
  /** An Anthropic model served by Amazon Bedrock (model id `anthropic.claude…` or a `bedrock-…` anthropic_version). */
  readonly bedrockAnthropic: boolean;
}

export interface ParameterMatch {
  /** The name as written in the code (`topP`, `max_tokens`). */
  readonly name: string;
  readonly kind: ParameterKind;
  readonly nameStart: number;
  readonly nameEnd: number;
  readonly valueStart: number;
  readonly valueEnd: number;
  readonly value: LiteralValue;
  readonly request: SdkRequest;
}

/** A name of the API itself (`ChatOpenAI`, `RecursiveCharacterTextSplitter`, `embeddings`) in a recognized call. */
export interface ApiNameMatch {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly request: SdkRequest;
}

export interface PromptLiteral {
  /** From the first literal's start to the last literal's end. */
  readonly start: number;
  readonly end: number;
  /** The literal text the program sends (escapes decoded, placeholders left out); messages joined by newlines. */
  readonly text: string;
  /** `${…}` / `{…}` placeholders and non-literal message contents that were left out. */
  readonly placeholders: number;
  readonly shape: 'text' | 'messages';
  /** How many messages, for the 'messages' shape. */
  readonly messageCount: number;
  /** The request it is sent with, when the matcher saw it passed to one. */
  readonly request?: SdkRequest;
}

export interface FileInsight {
  readonly sdks: ReadonlySet<SdkFamily>;
  readonly requests: readonly SdkRequest[];
  /** Sorted by nameStart. */
  readonly parameters: readonly ParameterMatch[];
  readonly apiNames: readonly ApiNameMatch[];
  /** Sorted by start. */
  readonly prompts: readonly PromptLiteral[];
}
