// How a token is described to the learner: its bytes in hex and its text, escaped.

/** Bytes as lowercase hex pairs separated by spaces: "48 65 6c 6c 6f". */
export function hexBytes(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join(' ');
}

/** The text as a JSON string literal, so spaces, line breaks and lone surrogates are visible. */
export function jsonEscaped(text: string): string {
  return JSON.stringify(text);
}

const specialTokenPattern = /<\|[A-Za-z0-9_]{1,40}\|>/;

/**
 * The first text that looks like a special token (`<|endoftext|>`, `<|im_start|>`...), if any.
 * The engine tokenizes it as ordinary text, as an API does with text a user sends.
 */
export function findSpecialTokenText(text: string): string | undefined {
  return specialTokenPattern.exec(text)?.[0];
}
