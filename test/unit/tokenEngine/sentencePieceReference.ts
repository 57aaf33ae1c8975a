// The reference for Mistral's SentencePiece tokenizers: Google's SentencePiece itself (the
// @sctg/sentencepiece-js WebAssembly build of its C++ library) loading Mistral's original model
// files from vendor/mistral-common/, the same files the build converts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SentencePieceProcessor } from '@sctg/sentencepiece-js';
import { pieceTypes, readSentencePieceModel } from '../../../src/tokenEngine/sentencePiece/sentencePieceModel';
import { projectRoot } from '../../support/nodeTokenizerLoader';

export const sentencePieceModels = {
  v1: 'tokenizer.model.v1',
  v2: 'mistral_instruct_tokenizer_240216.model.v2',
  v3: 'mistral_instruct_tokenizer_240323.model.v3',
  v7m1: 'mistral_instruct_tokenizer_241114.model.v7m1',
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

/** The texts of a model's unknown, control and user-defined pieces. */
function specialTextsOf(version: SentencePieceVersion): string[] {
  const special = new Set<number>([pieceTypes.unknown, pieceTypes.control, pieceTypes.userDefined]);
  return readSentencePieceModel(readFileSync(modelPath(version))).pieces.filter((piece) => special.has(piece.type)).map((piece) => piece.piece);
}

export function sentencePieceReference(version: SentencePieceVersion): Promise<SentencePieceReference> {
  let reference = loaded.get(version);
  if (reference === undefined) {
    reference = (async () => {
      const processor = new SentencePieceProcessor();
      await processor.load(modelPath(version));
      // The WebAssembly glue reads a lone surrogate with the next code unit as a pair; UTF-8, as an
      // API request carries it, has U+FFFD there instead.
      return { encode: (text: string) => Array.from(processor.encodeIds(text.replace(loneSurrogate, '\ufffd'))), specialTexts: specialTextsOf(version) };
    })();
    loaded.set(version, reference);
  }
  return reference;
}
