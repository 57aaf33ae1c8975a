// js-tiktoken, the reference the counter must agree with, loaded into the test bundle.
import { Tiktoken } from 'js-tiktoken/lite';
import cl100k from 'js-tiktoken/ranks/cl100k_base';
import o200k from 'js-tiktoken/ranks/o200k_base';

const encoders = new Map<string, Tiktoken>();

export function referenceCount(text: string, encoding: 'o200k_base' | 'cl100k_base'): number {
  let encoder = encoders.get(encoding);
  if (!encoder) {
    encoder = new Tiktoken(encoding === 'o200k_base' ? o200k : cl100k);
    encoders.set(encoding, encoder);
  }
  return encoder.encode(text, [], []).length;
}
