// Parameter and API names from issue 11's "Hovers in code" list: each needs a glossary entry.
export const requiredCodeNames: readonly string[] = [
  // OpenAI
  'temperature', 'top_p', 'max_tokens',
  // Amazon Bedrock Converse (boto3 and AWS SDK for JavaScript v3)
  'topP', 'maxTokens',
  // Embeddings and vector search
  'embeddings', 'cosine',
  // LangChain
  'RecursiveCharacterTextSplitter', 'chunk_size', 'FewShotPromptTemplate',
];
