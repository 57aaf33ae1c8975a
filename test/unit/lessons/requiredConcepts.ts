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
  // Kinds of model adaptation (Task 3.3) and prompt techniques (Task 3.2) the issue names
  'continued-pre-training', 'instruction-tuning', 'peft', 'rlhf', 'distillation', 'transfer-learning',
  'chain-of-thought', 'prompt-template',
  // Task 2.2: capabilities, limitations, model choice, business value
  'adaptability', 'responsiveness', 'simplicity', 'hallucination', 'nondeterminism', 'interpretability',
  'inaccuracy', 'bias', 'knowledge-cutoff', 'model-selection-factors', 'business-metrics',
  // Task 2.3: AWS services and cost trade-offs
  'bedrock-knowledge-bases', 'bedrock-agents', 'bedrock-agentcore', 'bedrock-guardrails', 'bedrock-prompt-management',
  'model-evaluation', 'batch-inference', 'provisioned-throughput', 'partyrock', 'amazon-q-business', 'amazon-q-developer',
  'shared-responsibility-model',
  // Task 3.1: the effect of inference parameters on model responses
  'inference-parameters', 'temperature', 'top-p', 'top-k', 'max-tokens', 'stop-sequences', 'seed',
];
