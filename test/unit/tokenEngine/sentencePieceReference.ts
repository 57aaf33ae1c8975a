// The reference for Mistral's SentencePiece tokenizers: Google's SentencePiece itself (the
// @sctg/sentencepiece-js WebAssembly build of its C++ library) loading Mistral's original model
// files from vendor/mistral-common/, the same files the build converts.
import path from 'node:path';
import { SentencePieceProcessor } from '@sctg/sentencepiece-js';
import { projectRoot } from '../../support/nodeTokenizerLoader';

export const sentencePieceModels = {
  v1: 'tokenizer.model.v1',
  v2: 'mistral_instruct_tokenizer_240216.model.v2',
  v3: 'mistral_instruct_tokenizer_240323.model.v3',
} as const;

export type SentencePieceVersion = keyof typeof sentencePieceModels;

export interface SentencePieceReference {
  /** The ids SentencePiece gives `text` sent as UTF-8 (a lone surrogate becomes U+FFFD), no <s>. */
  encode(text: string): number[];
  /** Texts of its control and user-defined pieces (SentencePiece reads user-defined ones in text; the engine does not). */
  readonly specialTexts: readonly string[];
}

const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const loaded = new Map<SentencePieceVersion, Promise<SentencePieceReference>>();

export function modelPath(version: SentencePieceVersion): string {
  return path.join(projectRoot(), 'vendor', 'mistral-common', sentencePieceModels[version]);
}

export function sentencePieceReference(version: SentencePieceVersion, specialTexts: readonly string[]): Promise<SentencePieceReference> {
  let reference = loaded.get(version);
  if (reference === undefined) {
    reference = (async () => {
      const processor = new SentencePieceProcessor();
      await processor.load(modelPath(version));
      // The WebAssembly glue reads a lone surrogate with the next code unit as a pair; UTF-8, as an
      // API request carries it, has U+FFFD there instead.
      return { encode: (text: string) => Array.from(processor.encodeIds(text.replace(loneSurrogate, '\ufffd'))), specialTexts };
    })();
    loaded.set(version, reference);
  }
  return reference;
}
