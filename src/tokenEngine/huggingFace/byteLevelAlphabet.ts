// GPT-2's byte-level alphabet: Hugging Face byte-level BPE vocabularies spell each byte as one
// printable character (a space is "Ġ", a line feed "Ċ"). The mapping is the one in GPT-2's
// encoder.py (`bytes_to_unicode`), which every byte-level tokenizer.json shares.

function printableBytes(): number[] {
  const bytes: number[] = [];
  for (const [first, last] of [[0x21, 0x7e], [0xa1, 0xac], [0xae, 0xff]]) {
    for (let byte = first; byte <= last; byte++) {
      bytes.push(byte);
    }
  }
  return bytes;
}

/** Character code -> byte, for the 256 characters of the alphabet. */
export const byteOfCharacter: ReadonlyMap<number, number> = (() => {
  const printable = printableBytes();
  const map = new Map<number, number>(printable.map((byte) => [byte, byte]));
  let next = 0;
  for (let byte = 0; byte < 256; byte++) {
    if (!printable.includes(byte)) {
      map.set(256 + next++, byte);
    }
  }
  return map;
})();

/** The bytes a vocabulary entry stands for, or undefined when it is not spelled in the alphabet. */
export function bytesOfToken(token: string): Uint8Array | undefined {
  const bytes = new Uint8Array(token.length);
  for (let index = 0; index < token.length; index++) {
    const byte = byteOfCharacter.get(token.charCodeAt(index));
    if (byte === undefined) {
      return undefined;
    }
    bytes[index] = byte;
  }
  return bytes;
}
