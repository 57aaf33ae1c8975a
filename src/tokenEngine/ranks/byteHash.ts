// A polynomial hash over bytes: h(bytes + b) = h(bytes) * multiplier + b (mod 2^32). Its point is
// that the hash of two adjacent parts joined is computed from the parts' hashes in O(1), so the
// byte-pair merge never rehashes bytes.

export const hashMultiplier = 0x01000193;

/** Hash of `bytes[start, end)`. */
export function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let hash = 0;
  for (let index = start; index < end; index++) {
    hash = (Math.imul(hash, hashMultiplier) + bytes[index]) | 0;
  }
  return hash;
}

/** `multiplier^length` for every length up to `maxLength`, to join hashes. */
export function hashPowers(maxLength: number): Int32Array {
  const powers = new Int32Array(maxLength + 1);
  powers[0] = 1;
  for (let length = 1; length <= maxLength; length++) {
    powers[length] = Math.imul(powers[length - 1], hashMultiplier);
  }
  return powers;
}

/** Spreads a hash's bits so its low bits can index a power-of-two table. */
export function mixHash(hash: number): number {
  let mixed = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
  mixed = Math.imul(mixed ^ (mixed >>> 16), 0x45d9f3b);
  return mixed ^ (mixed >>> 16);
}
