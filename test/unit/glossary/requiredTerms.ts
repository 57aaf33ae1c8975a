// Parameter and API names from issue 11's "Hovers in code" list: each needs a glossary entry.
export const requiredCodeNames: readonly string[] = [
  // OpenAI
  'temperature', 'top_p', 'max_tokens', 'max_completion_tokens', 'stop', 'frequency_penalty', 'presence_penalty',
  'seed', 'n', 'logprobs', 'response_format', 'tools', 'reasoning_effort',
  // Anthropic
  'top_k', 'stop_sequences', 'system',
  // Amazon Bedrock Converse and InvokeModel (boto3 and AWS SDK for JavaScript v3)
  'inferenceConfig', 'maxTokens', 'topP', 'stopSequences', 'modelId', 'guardrailConfig', 'toolConfig',
  'converse', 'ConverseCommand', 'invoke_model', 'InvokeModelCommand',
  // Titan and Cohere embeddings
  'dimensions', 'normalize',
  // LangChain
  'ChatOpenAI', 'ChatBedrockConverse', 'RecursiveCharacterTextSplitter', 'chunk_size', 'chunk_overlap', 'FewShotPromptTemplate',
  // Embedding and vector words
  'embeddings', 'cosine', 'k',
];
