// Every concept the course notes name, plus the exam guide's Task Statement 2.1 (AIF-C01 v1.4 and
// its revision). Each must appear in the `concepts` front matter of at least one lesson.
export const requiredConcepts: readonly string[] = [
  // What generative AI is, how a model answers
  'generative-ai', 'deep-learning', 'prompt', 'inference', 'completion', 'context-window', 'token',
  'vocabulary', 'tokenizer', 'next-token-prediction', 'statistics-and-linear-algebra', 'token-pricing',
  // Tokens, vectors, embeddings
  'input-ids', 'vector', 'embedding', 'cosine-similarity', 'vector-database', 'chunking',
  // Transformers
  'transformer', 'self-attention', 'query-key-value', 'dot-product', 'softmax', 'positional-encoding',
  'encoder-decoder', 'attention-is-all-you-need', 'large-language-model',
  // Foundation models and their lifecycle
  'foundation-model', 'parameters', 'pre-training', 'data-curation', 'fine-tuning', 'scaling',
  'data-selection', 'model-selection', 'evaluation', 'deployment', 'feedback', 'sagemaker-jumpstart', 'amazon-bedrock',
  // Multimodal and diffusion
  'multimodal', 'unimodal', 'diffusion-model', 'forward-diffusion', 'reverse-diffusion', 'latent-space',
  'stable-diffusion', 'gan', 'vae',
  // Prompting and in-context learning (exam Domain 3, Tasks 3.1 and 3.2)
  'prompt-engineering', 'in-context-learning', 'zero-shot', 'one-shot', 'few-shot', 'context-engineering',
  'agentic-ai',
  // Use cases
  'image-generation', 'video-generation', 'audio-generation', 'summarization', 'chatbot', 'translation',
  'code-generation', 'customer-service-agent', 'search', 'recommendation-engine',
];
