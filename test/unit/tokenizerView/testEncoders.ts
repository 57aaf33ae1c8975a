// The real engine for the tokenizer view's tests, over the build step's tokenizer data.
import type { EncodingName } from '../../../src/tokenEngine';
import { EncoderRegistry, type Encoder } from '../../../src/tokenEngine';
import { cachedTokenizerLoader } from '../../support/nodeTokenizerLoader';

const registry = new EncoderRegistry(cachedTokenizerLoader);

export function encoderFor(encoding: EncodingName): Promise<Encoder> {
  return registry.get(encoding);
}

/** mulberry32: a fixed-seed generator, so every run checks the same texts. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

const fragments = [
  'The', ' quick', ' brown', ' fox', '.', ',', ' ', '  ', '\t', '\n', '\n\n', '\r\n', '\r', ' \n', '\n ', 'x', 'É', ' ação', 'coração',
  '中文', '日本語', ' Привет', '😀', '👍🏽', '👨‍👩‍👧', '\u0301', 'e\u0301', '123', '4567', '3.14', "'s", " it's", "'LL", '<|endoftext|>',
  '!!', '...', '/', '//', '/*', '"', '(', ')', '{', '}', ';', '=>', '\u00a0', '\u3000', '\ud800', '\udc00', 'a\u200bb', '_', '-',
];

/** Random text from fragments that stress the pre-tokenizers' edges. */
export function randomText(random: () => number, fragmentCount: number): string {
  let text = '';
  for (let index = 0; index < fragmentCount; index++) {
    text += fragments[Math.floor(random() * fragments.length)];
  }
  return text;
}
