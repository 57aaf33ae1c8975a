// A SentencePiece BPE model (Mistral's tokenizers before tekken) as the engine's tokenizer contents.
// Used at build time. It refuses any model whose encoding the SentencePieceEncoder would not
// reproduce exactly, so a new model fails the build rather than counting wrongly.
import { packTokens } from '../packedTokens';
import type { SpecialToken, TokenizerContents } from '../tokenizerFile';
import { pieceTypes, readSentencePieceModel, type SentencePieceModel } from './sentencePieceModel';

const metaSpace = '\u2581';

function hexByte(byte: number): string {
  return `<0x${byte.toString(16).toUpperCase().padStart(2, '0')}>`;
}

function checkSettings(model: SentencePieceModel): void {
  const { normalizer } = model;
  const problems = [
    model.modelType !== 2 && 'not a BPE model',
    !model.byteFallback && 'no byte fallback',
    model.treatWhitespaceAsSuffix && 'whitespace as suffix',
    (normalizer.name !== 'identity' || normalizer.hasCharsMap) && `normalizer ${normalizer.name}`,
    !normalizer.addDummyPrefix && 'no dummy prefix',
    normalizer.removeExtraWhitespaces && 'removes extra whitespace',
    !normalizer.escapeWhitespaces && 'does not escape whitespace',
  ].filter((problem): problem is string => typeof problem === 'string');
  if (problems.length > 0) {
    throw new Error(`SentencePiece model not supported: ${problems.join(', ')}`);
  }
}

/** The engine's contents for a SentencePiece model file; throws for a model it cannot encode exactly. */
export function sentencePieceContents(file: Uint8Array): TokenizerContents {
  const model = readSentencePieceModel(file);
  checkSettings(model);
  const { pieces } = model;
  const firstByteId = pieces.findIndex((piece) => piece.type === pieceTypes.byte);
  for (let byte = 0; byte < 256; byte++) {
    const piece = pieces[firstByteId + byte];
    if (piece?.type !== pieceTypes.byte || piece.piece !== hexByte(byte)) {
      throw new Error(`SentencePiece model: byte piece ${hexByte(byte)} is not at ${firstByteId + byte}`);
    }
  }
  const normal = pieces.flatMap((piece, id) => (piece.type === pieceTypes.normal ? [{ ...piece, id }] : []));
  const lowest = Math.min(...normal.map((piece) => piece.score));
  const lastMergedIds = normal.filter((piece) => piece.score === lowest).map((piece) => piece.id);
  const ranked = normal.filter((piece) => piece.score !== lowest);
  ranked.forEach((piece, index) => {
    if (index > 0 && piece.score >= ranked[index - 1].score) {
      throw new Error(`SentencePiece model: piece ${piece.id} does not score below the piece before it`);
    }
  });
  // The encoder cuts text before a space that follows another character, and around line feeds:
  // no piece may span such a cut.
  for (const piece of normal) {
    if (/[^\u2581]\u2581/u.test(piece.piece) || piece.piece.includes('\n')) {
      throw new Error(`SentencePiece model: piece ${piece.id} has a space after another character or a line feed`);
    }
  }
  const utf8 = new TextEncoder();
  const tokens: (Uint8Array | undefined)[] = pieces.map((piece, id) =>
    piece.type === pieceTypes.normal ? utf8.encode(piece.piece.split(metaSpace).join(' '))
      : piece.type === pieceTypes.byte ? Uint8Array.of(id - firstByteId) : undefined);
  const seen = new Set<string>();
  for (const piece of normal) {
    if (piece.piece === '' || piece.piece.includes(' ') || seen.has(piece.piece)) {
      throw new Error(`SentencePiece model: piece ${piece.id} is empty, a duplicate or holds a space`);
    }
    seen.add(piece.piece);
  }
  if (pieces.some((piece) => piece.type === pieceTypes.unused)) {
    throw new Error('SentencePiece model: unused pieces are not supported');
  }
  const specialTokens: SpecialToken[] = pieces.flatMap((piece, id) =>
    piece.type === pieceTypes.unknown || piece.type === pieceTypes.control || piece.type === pieceTypes.userDefined ? [{ id, text: piece.piece }] : []);
  const { tokenLengths, tokenBytes } = packTokens(tokens);
  return { pattern: '', sentencePiece: { firstByteId, lastMergedIds }, normalization: 'none', specialTokens, tokenLengths, tokenBytes };
}
