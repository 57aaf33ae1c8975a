// Token byte strings packed the way the engine's file stores them: one length per id (0 for an id
// with no bytes) and all the bytes end to end.

export interface PackedTokens {
  readonly tokenLengths: Uint16Array;
  readonly tokenBytes: Uint8Array;
}

export function packTokens(tokens: readonly (Uint8Array | undefined)[]): PackedTokens {
  const tokenLengths = Uint16Array.from({ length: tokens.length }, (_, id) => tokens[id]?.length ?? 0);
  const tokenBytes = new Uint8Array(tokenLengths.reduce((sum, length) => sum + length, 0));
  let offset = 0;
  for (const bytes of tokens) {
    if (bytes !== undefined) {
      tokenBytes.set(bytes, offset);
      offset += bytes.length;
    }
  }
  return { tokenLengths, tokenBytes };
}
