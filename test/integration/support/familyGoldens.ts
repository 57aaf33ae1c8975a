// Counts from the reference libraries, computed in Node where they load the original files, for the
// integration tests that run inside VS Code (too small a host to load a 9 MB tokenizer.json twice).
// test/unit/models/familyGoldens.test.ts checks every figure here against those libraries.

/** A selection counted for Llama 3.1 8B (@huggingface/tokenizers on Llama 3.1's tokenizer.json). */
export const llamaSelection = {
  text: 'Amazon Bedrock serves Llama 3.1 8B Instruct: tokens, not words, are what you pay for. Ação e coração 👍🏽',
  llama3Tokens: 37,
  /** @anthropic-ai/tokenizer's count of the same text, the basis of the Claude estimate (× 1.1). */
  claudeTokenizerTokens: 37,
};

/**
 * A selection counted for Mistral NeMo (@huggingface/tokenizers on Mistral NeMo's tokenizer.json,
 * Mistral's tekken, without the <s> its template adds). cl100k_base, the former
 * estimate, gives 41: the test tells the exact count from it.
 */
export const mistralSelection = {
  text: "Mistral NeMo and Pixtral 12B count with Mistral's tekken: 128K context, ação e coração 👍🏽, x**2 // ok",
  tekkenTokens: 43,
};

/**
 * A selection counted for Mistral Large (24.07) on Amazon Bedrock (Google's SentencePiece on
 * Mistral's v3 model file). tekken gives 51 and cl100k_base, the former estimate, 43.
 */
export const mistralLargeSelection = {
  text: 'Mistral Large (24.07) on Amazon Bedrock: mistral.mistral-large-2407-v1:0\n\tSentencePiece, não tiktoken — 32,768 peças ✓',
  sentencePieceV3Tokens: 57,
};

/** A text counted with test/integration/tokenizers/tinyTokenizer.json (Llama 3.1's first 1,000 tokens). */
export const tinyTokenizerText = {
  text: 'the tokenizer splits these words into the pieces it knows',
  tokens: 28,
};
