// Reads a SentencePiece model file (the `ModelProto` protocol buffer of Google's SentencePiece, as in
// sentencepiece_model.proto): its pieces with score and type, the normalizer settings and the
// training settings that matter for encoding. Used at build time to convert Mistral's original
// models; a protocol buffer reader of ~60 lines keeps the build free of a protobuf dependency.

export const pieceTypes = { normal: 1, unknown: 2, control: 3, userDefined: 4, unused: 5, byte: 6 } as const;

export interface ModelPiece {
  readonly piece: string;
  readonly score: number;
  readonly type: number;
}

export interface SentencePieceModel {
  readonly pieces: readonly ModelPiece[];
  /** NormalizerSpec: `name` (a rule set such as "identity" or "nmt_nfkc"), and its switches. */
  readonly normalizer: { readonly name: string; readonly addDummyPrefix: boolean; readonly removeExtraWhitespaces: boolean; readonly escapeWhitespaces: boolean; readonly hasCharsMap: boolean };
  /** TrainerSpec's model_type: 1 unigram, 2 BPE, 3 word, 4 char. */
  readonly modelType: number;
  readonly byteFallback: boolean;
  readonly treatWhitespaceAsSuffix: boolean;
}

interface Field {
  readonly number: number;
  readonly varint?: number;
  readonly bytes?: Uint8Array;
  readonly float?: number;
}

function readVarint(bytes: Uint8Array, start: number): [number, number] {
  let value = 0;
  let scale = 1;
  let index = start;
  for (;;) {
    const byte = bytes[index++];
    if (byte === undefined) {
      throw new Error('SentencePiece model: truncated varint');
    }
    value += (byte & 0x7f) * scale;
    scale *= 128;
    if (byte < 0x80) {
      return [value, index];
    }
  }
}

function* fieldsOf(bytes: Uint8Array): Generator<Field> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let index = 0;
  while (index < bytes.length) {
    const [key, next] = readVarint(bytes, index);
    index = next;
    const number = Math.floor(key / 8);
    switch (key & 7) {
      case 0: {
        const [value, after] = readVarint(bytes, index);
        index = after;
        yield { number, varint: value };
        break;
      }
      case 1:
        index += 8;
        yield { number };
        break;
      case 2: {
        const [length, after] = readVarint(bytes, index);
        yield { number, bytes: bytes.subarray(after, after + length) };
        index = after + length;
        break;
      }
      case 5:
        yield { number, float: view.getFloat32(index, true) };
        index += 4;
        break;
      default:
        throw new Error(`SentencePiece model: unsupported wire type ${key & 7}`);
    }
  }
}

// ignoreBOM: one piece is U+FEFF itself, which a default decoder would drop.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function readSentencePieceModel(file: Uint8Array): SentencePieceModel {
  const pieces: ModelPiece[] = [];
  const normalizer = { name: '', addDummyPrefix: true, removeExtraWhitespaces: true, escapeWhitespaces: true, hasCharsMap: false };
  let modelType = 1;
  let byteFallback = false;
  let treatWhitespaceAsSuffix = false;
  for (const field of fieldsOf(file)) {
    if (field.number === 1 && field.bytes !== undefined) {
      let piece = '';
      let score = 0;
      let type: number = pieceTypes.normal;
      for (const inner of fieldsOf(field.bytes)) {
        if (inner.number === 1 && inner.bytes !== undefined) {piece = utf8.decode(inner.bytes);}
        else if (inner.number === 2 && inner.float !== undefined) {score = inner.float;}
        else if (inner.number === 3 && inner.varint !== undefined) {type = inner.varint;}
      }
      pieces.push({ piece, score, type });
    } else if (field.number === 2 && field.bytes !== undefined) {
      for (const inner of fieldsOf(field.bytes)) {
        if (inner.number === 3 && inner.varint !== undefined) {modelType = inner.varint;}
        else if (inner.number === 35 && inner.varint !== undefined) {byteFallback = inner.varint !== 0;}
        else if (inner.number === 24 && inner.varint !== undefined) {treatWhitespaceAsSuffix = inner.varint !== 0;}
      }
    } else if (field.number === 3 && field.bytes !== undefined) {
      for (const inner of fieldsOf(field.bytes)) {
        if (inner.number === 1 && inner.bytes !== undefined) {normalizer.name = utf8.decode(inner.bytes);}
        else if (inner.number === 2 && inner.bytes !== undefined) {normalizer.hasCharsMap = inner.bytes.length > 0;}
        else if (inner.number === 3 && inner.varint !== undefined) {normalizer.addDummyPrefix = inner.varint !== 0;}
        else if (inner.number === 4 && inner.varint !== undefined) {normalizer.removeExtraWhitespaces = inner.varint !== 0;}
        else if (inner.number === 5 && inner.varint !== undefined) {normalizer.escapeWhitespaces = inner.varint !== 0;}
      }
    }
  }
  return { pieces, normalizer, modelType, byteFallback, treatWhitespaceAsSuffix };
}
