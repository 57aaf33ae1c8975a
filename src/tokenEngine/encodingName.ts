// Names of the tokenizers the engine runs: OpenAI's encodings, the open families converted at
// build time, and tokenizer.json files a learner adds (`file:` ids).

/** OpenAI's byte-pair encodings (tiktoken), whose rank files ship with the extension. */
export const encodingNames = ['o200k_base', 'cl100k_base', 'p50k_base', 'r50k_base'] as const;

export type OpenAiEncodingName = (typeof encodingNames)[number];

/**
 * Every tokenizer that ships with the extension: OpenAI's encodings; `o200k_harmony` (GPT-OSS:
 * o200k_base's ranks plus chat-format special tokens); Meta Llama 3.x, Qwen 3, DeepSeek V3/R1 and
 * Mistral's tekken (Mistral NeMo and later) converted from their tokenizer.json; Mistral's
 * SentencePiece tokenizers v1 (Mistral 7B, Mixtral 8x7B) and v3 (v2, v3, v7: Mistral Small and
 * Large 24.02, Large 24.07, Pixtral Large), converted from Mistral's model files; and `claude`, Anthropic's published tokenizer for its older models, which
 * the catalog uses only for estimates.
 */
export const bundledTokenizerNames = [...encodingNames, 'o200k_harmony', 'llama3', 'qwen3', 'deepseek3', 'tekken', 'mistral_v1', 'mistral_v3', 'claude'] as const;

export type BundledTokenizerName = (typeof bundledTokenizerNames)[number];

/** A tokenizer.json the learner added, by its URI: `file:` then the URI string. */
export type UserTokenizerId = `file:${string}`;

/** Identifies any tokenizer the engine can run. */
export type TokenizerId = BundledTokenizerName | UserTokenizerId;

/**
 * The former name of `TokenizerId`, from when only OpenAI's four encodings existed. Kept so callers
 * compile unchanged; new code should say `TokenizerId`, or `OpenAiEncodingName` where only
 * tiktoken's encodings make sense.
 */
export type EncodingName = TokenizerId;

export function isOpenAiEncodingName(value: unknown): value is OpenAiEncodingName {
  return typeof value === 'string' && (encodingNames as readonly string[]).includes(value);
}

export function isBundledTokenizerName(value: unknown): value is BundledTokenizerName {
  return typeof value === 'string' && (bundledTokenizerNames as readonly string[]).includes(value);
}

export function isUserTokenizerId(value: unknown): value is UserTokenizerId {
  return typeof value === 'string' && value.startsWith('file:') && value.length > 'file:'.length;
}

export function isTokenizerId(value: unknown): value is TokenizerId {
  return isBundledTokenizerName(value) || isUserTokenizerId(value);
}

/** The former name of `isTokenizerId`. */
export const isEncodingName = isTokenizerId;

/** The id of the tokenizer.json at `uri` (a URI string). */
export function userTokenizerId(uri: string): UserTokenizerId {
  return `file:${uri}`;
}
