/** The byte-pair encodings whose rank files ship with the extension (from js-tiktoken). */
export const encodingNames = ['o200k_base', 'cl100k_base', 'p50k_base', 'r50k_base'] as const;

export type EncodingName = (typeof encodingNames)[number];

export function isEncodingName(value: unknown): value is EncodingName {
  return typeof value === 'string' && (encodingNames as readonly string[]).includes(value);
}
