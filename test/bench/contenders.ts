// The three tokenizers the bench compares, behind one small interface. Special-token text is
// ordinary text for all three, as in the extension.
import { Tiktoken } from 'js-tiktoken/lite';
import cl100kBase from 'js-tiktoken/ranks/cl100k_base';
import o200kBase from 'js-tiktoken/ranks/o200k_base';
import type { Encoder } from '../../src/tokenEngine';

export type BenchEncoding = 'o200k_base' | 'cl100k_base';
export const benchEncodings: readonly BenchEncoding[] = ['o200k_base', 'cl100k_base'];

export const contenderNames = ['engine', 'js-tiktoken', 'gpt-tokenizer'] as const;
export type ContenderName = (typeof contenderNames)[number];

export interface Contender {
  readonly name: ContenderName;
  encode(text: string): number[];
  count(text: string): number;
}

export function engineContender(encoder: Encoder): Contender {
  return { name: 'engine', encode: (text) => encoder.encode(text), count: (text) => encoder.count(text) };
}

export function jsTiktokenContender(encoding: BenchEncoding): Contender {
  const tiktoken = new Tiktoken(encoding === 'o200k_base' ? o200kBase : cl100kBase);
  // js-tiktoken has no count: counting is encoding.
  return { name: 'js-tiktoken', encode: (text) => tiktoken.encode(text, [], []), count: (text) => tiktoken.encode(text, [], []).length };
}

export async function gptTokenizerContender(encoding: BenchEncoding): Promise<Contender> {
  const api = encoding === 'o200k_base' ? await import('gpt-tokenizer/encoding/o200k_base') : await import('gpt-tokenizer/encoding/cl100k_base');
  const options = { disallowedSpecial: new Set<string>() };
  return { name: 'gpt-tokenizer', encode: (text) => api.encode(text, options), count: (text) => api.countTokens(text, options) };
}
