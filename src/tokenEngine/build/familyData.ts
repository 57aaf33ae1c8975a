// Build-time conversions for the open families (bundled by writeTokenizerData.mjs with esbuild,
// so the build and the extension share one reader of tokenizer.json and one writer of the format).
import { readTokenizerJson } from '../huggingFace/readTokenizerJson';
import { packTokens } from '../packedTokens';
import { sentencePieceContents } from '../sentencePiece/sentencePieceContents';
import { writeTokenizerFile, type TextNormalization } from '../tokenizerFile';

/** A Hugging Face tokenizer.json (its text) as the engine's file. */
export function tokenizerFileFromJson(jsonText: string): Uint8Array {
  return writeTokenizerFile(readTokenizerJson(JSON.parse(jsonText)));
}

/** A SentencePiece BPE model file (Mistral's before tekken) as the engine's file. */
export function tokenizerFileFromSentencePiece(model: Uint8Array): Uint8Array {
  return writeTokenizerFile(sentencePieceContents(model));
}

interface TiktokenRankData {
  readonly pat_str: string;
  readonly special_tokens: Record<string, number>;
  readonly bpe_ranks: string;
}

/**
 * js-tiktoken's rank data (`bpe_ranks` lines of `<any> <first id> <base64 token> ...`, later
 * entries winning) as the engine's file, with the normalization its tokenizer applies first.
 */
export function tokenizerFileFromRanks(data: TiktokenRankData, normalization: TextNormalization): Uint8Array {
  const tokens: Uint8Array[] = [];
  for (const line of data.bpe_ranks.split('\n')) {
    if (line === '') {
      continue;
    }
    const [, firstId, ...encoded] = line.split(' ');
    encoded.forEach((base64, index) => {
      tokens[Number.parseInt(firstId, 10) + index] = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
    });
  }
  const { tokenLengths, tokenBytes } = packTokens(tokens);
  const specialTokens = Object.entries(data.special_tokens).map(([text, id]) => ({ id, text }));
  return writeTokenizerFile({ pattern: data.pat_str, normalization, specialTokens, tokenLengths, tokenBytes });
}
