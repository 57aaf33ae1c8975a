/** Random strings from a cryptographic source (Node and browsers both have `globalThis.crypto`). */

/** 128 random bits as 32 hex digits. */
function randomHex(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A fresh nonce for a webview's Content-Security-Policy. */
export function createNonce(): string {
  return randomHex();
}

/** A fresh per-learner seed for the deterministic option shuffles. */
export function createShuffleSeed(): string {
  return randomHex();
}
