// The Unicode properties the pre-tokenizer patterns test, as bit flags per code point.
//
// Flags come from the JavaScript regex engine itself (the same `\p{..}` that the patterns use), so
// the hand-written scanners agree with it on every Unicode version the runtime ships. Each code
// point is classified once, on first sight.
//
// `\s` is the exception: OpenAI's tiktoken (Rust) and Hugging Face tokenizers (Oniguruma) read it
// as Unicode White_Space, while JavaScript's `\s` leaves out U+0085 (NEXT LINE) and adds U+FEFF
// (BYTE ORDER MARK). The engine follows the real tokenizers, so `" \u00850"` is 4 tokens in
// o200k_base as in tiktoken (js-tiktoken and gpt-tokenizer say 3).

/** `\p{L}` */
export const letterFlag = 1;
/** `\p{N}` */
export const numberFlag = 2;
/** `\s` as tiktoken reads it: `\p{White_Space}`, not JavaScript's `\s` */
export const whitespaceFlag = 4;
/** `[\r\n]` */
export const newlineFlag = 8;
/** `[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]` (o200k_base's "upper" class) */
export const upperFlag = 16;
/** `[\p{Ll}\p{Lm}\p{Lo}\p{M}]` (o200k_base's "lower" class) */
export const lowerFlag = 32;

const classifiedFlag = 128;
const propertyTests: readonly (readonly [RegExp, number])[] = [
  [/^\p{L}$/u, letterFlag],
  [/^\p{N}$/u, numberFlag],
  [/^\p{White_Space}$/u, whitespaceFlag],
  [/^[\r\n]$/u, newlineFlag],
  [/^[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]$/u, upperFlag],
  [/^[\p{Ll}\p{Lm}\p{Lo}\p{M}]$/u, lowerFlag],
];

function classify(codePoint: number): number {
  const character = String.fromCodePoint(codePoint);
  let flags = 0;
  for (const [test, flag] of propertyTests) {
    if (test.test(character)) {
      flags |= flag;
    }
  }
  return flags;
}

/** ASCII flags, filled eagerly: the scanners read these on almost every character. */
export const asciiFlags: Uint8Array = Uint8Array.from({ length: 128 }, (_, codePoint) => classify(codePoint));

// A memo of a pure function, shared by every encoder: it only ever gains entries, and planes 0-2
// (where nearly all text lives) fit a flat 192 KiB table.
const tableLimit = 0x30000;
const flagTable = new Uint8Array(tableLimit);
const higherPlaneFlags = new Map<number, number>();

/** Flags of any code point, including lone surrogates (which match none of the properties). */
export function codePointFlags(codePoint: number): number {
  if (codePoint < tableLimit) {
    const known = flagTable[codePoint];
    if (known !== 0) {
      return known & ~classifiedFlag;
    }
    const flags = classify(codePoint);
    flagTable[codePoint] = flags | classifiedFlag;
    return flags;
  }
  let flags = higherPlaneFlags.get(codePoint);
  if (flags === undefined) {
    flags = classify(codePoint);
    higherPlaneFlags.set(codePoint, flags);
  }
  return flags;
}

/** Flags of the code point starting at `index` (a surrogate pair counts as one code point). */
export function flagsAt(text: string, index: number): number {
  const unit = String.prototype.charCodeAt.call(text, index);
  if (unit < 128) {
    return asciiFlags[unit];
  }
  return codePointFlags(unit >= 0xd800 && unit <= 0xdbff ? (String.prototype.codePointAt.call(text, index) as number) : unit);
}

/** Index just after the code point starting at `index`. */
export function nextCodePointIndex(text: string, index: number): number {
  const unit = String.prototype.charCodeAt.call(text, index);
  if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
    const low = String.prototype.charCodeAt.call(text, index + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      return index + 2;
    }
  }
  return index + 1;
}
