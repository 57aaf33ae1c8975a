// js-tiktoken, the outside reference the engine must agree with, loaded into the test bundle.
import { Tiktoken } from 'js-tiktoken/lite';
import cl100k from 'js-tiktoken/ranks/cl100k_base';
import o200k from 'js-tiktoken/ranks/o200k_base';
import r50k from 'js-tiktoken/ranks/r50k_base';

type ReferenceEncoding = 'o200k_base' | 'cl100k_base' | 'r50k_base';
const ranks = { o200k_base: o200k, cl100k_base: cl100k, r50k_base: r50k };
const encoders = new Map<string, Tiktoken>();

/** js-tiktoken's token ids for `text`, with special-token text read as ordinary text (as the extension does). */
export function referenceIds(text: string, encoding: ReferenceEncoding): number[] {
  let encoder = encoders.get(encoding);
  if (!encoder) {
    encoder = new Tiktoken(ranks[encoding]);
    encoders.set(encoding, encoder);
  }
  return encoder.encode(text, [], []);
}

export function referenceCount(text: string, encoding: ReferenceEncoding): number {
  return referenceIds(text, encoding).length;
}
