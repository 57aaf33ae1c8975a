// An encoder for tokenizers that normalize text first (Qwen's to NFC, Anthropic's Claude tokenizer
// to NFKC): counts and ids are those of the normalized text, as in the reference library; segments
// are mapped back onto the caller's text.
import type { CancellationSignal, Encoder, TokenSegment } from './encoderTypes';

export class NormalizingEncoder implements Encoder {
  constructor(
    private readonly inner: Encoder,
    private readonly form: 'NFC' | 'NFKC',
  ) {}

  get name(): Encoder['name'] {
    return this.inner.name;
  }

  get vocabularySize(): number {
    return this.inner.vocabularySize;
  }

  get safeCuts(): Encoder['safeCuts'] {
    return this.inner.safeCuts;
  }

  count(text: string): number {
    return this.inner.count(text.normalize(this.form));
  }

  encode(text: string): number[] {
    return this.inner.encode(text.normalize(this.form));
  }

  segments(text: string): TokenSegment[] {
    const normalized = text.normalize(this.form);
    const segments = this.inner.segments(normalized);
    return normalized === text ? segments : mapSegments(text, segments, this.form);
  }

  tokenBytes(id: number): Uint8Array {
    return this.inner.tokenBytes(id);
  }

  countAsync(text: string, signal?: CancellationSignal): Promise<number | undefined> {
    return this.inner.countAsync(text.normalize(this.form), signal);
  }

  async segmentsAsync(text: string, signal?: CancellationSignal): Promise<TokenSegment[] | undefined> {
    const normalized = text.normalize(this.form);
    const segments = await this.inner.segmentsAsync(normalized, signal);
    return segments === undefined || normalized === text ? segments : mapSegments(text, segments, this.form);
  }
}

/**
 * Segments of the normalized text as spans of `text`. Neither form joins across the start of an
 * ASCII character (a starter that is never the second half of a composition), so the text is normalized in chunks
 * cut there; a segment edge inside a chunk whose length changed widens to the chunk, and segments
 * that then overlap are joined.
 */
function mapSegments(text: string, segments: readonly TokenSegment[], form: 'NFC' | 'NFKC'): TokenSegment[] {
  const originalStarts: number[] = [];
  const normalizedStarts: number[] = [];
  const changed: boolean[] = [];
  let normalizedOffset = 0;
  for (let start = 0; start < text.length; ) {
    let end = start + 1;
    while (end < text.length && text.charCodeAt(end) >= 0x80) {
      end++;
    }
    const chunk = text.slice(start, end);
    const normalizedLength = chunk.normalize(form).length;
    originalStarts.push(start);
    normalizedStarts.push(normalizedOffset);
    changed.push(normalizedLength !== chunk.length);
    normalizedOffset += normalizedLength;
    start = end;
  }
  originalStarts.push(text.length);
  normalizedStarts.push(normalizedOffset);
  let chunk = 0;
  const toOriginal = (offset: number, roundUp: boolean): number => {
    while (chunk + 1 < normalizedStarts.length && normalizedStarts[chunk + 1] <= offset) {
      chunk++;
    }
    const inside = offset - normalizedStarts[chunk];
    if (inside === 0 || chunk >= changed.length) {
      return originalStarts[chunk];
    }
    return changed[chunk] ? originalStarts[roundUp ? chunk + 1 : chunk] : originalStarts[chunk] + inside;
  };
  const mapped: { start: number; end: number; ids: number[] }[] = [];
  for (const segment of segments) {
    const start = toOriginal(segment.start, false);
    const end = toOriginal(segment.end, true);
    const previous = mapped[mapped.length - 1];
    if (previous !== undefined && start < previous.end) {
      previous.end = Math.max(previous.end, end);
      previous.ids.push(...segment.ids);
    } else {
      mapped.push({ start, end, ids: [...segment.ids] });
    }
  }
  return mapped;
}
