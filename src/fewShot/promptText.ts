/** Line-break normalization, lines with their offsets and code fences, shared by the line-based parsers. */
import { type SourceSpan, type SpanRole } from './parsedPrompt';

/** Drops a BOM and turns CRLF and lone CR into LF; offsets of every parser refer to this text. */
export function normalizeLineBreaks(text: string): string {
  const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return withoutBom.replace(/\r\n?/g, '\n');
}

export interface SourceLine {
  readonly text: string;
  /** Absolute offsets in the normalized prompt; `end` excludes the line break. */
  readonly start: number;
  readonly end: number;
  /** Inside a fenced code block, or a fence line itself: never structure. */
  readonly inFence: boolean;
  readonly blank: boolean;
}

const fenceLine = /^\s{0,3}(`{3,}|~{3,})/;

// The shape parsers each read the same prompt's lines; the last split is kept so that happens once.
let lastSplit: { text: string; start: number; end: number; lines: readonly SourceLine[] } | undefined;

/** The lines of `text` between `start` and `end`, with fences tracked (an unclosed fence runs to the end). */
export function sourceLines(text: string, start = 0, end = text.length): readonly SourceLine[] {
  if (lastSplit !== undefined && lastSplit.text === text && lastSplit.start === start && lastSplit.end === end) {
    return lastSplit.lines;
  }
  const lines = splitLines(text, start, end);
  lastSplit = { text, start, end, lines };
  return lines;
}

// The line breaks of the last text asked about, found once: `indexOf('\n')` from inside a short region
// (an example's body on a one-line prompt) read on to the end of the text every time.
let lastBreaks: { text: string; breaks: number[] } | undefined;

/** The offset of the first line break at or after `from` and before `to`, or `to` when there is none. */
export function lineBreakBefore(text: string, from: number, to: number): number {
  if (lastBreaks?.text !== text) {
    const breaks: number[] = [];
    for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) {
      breaks.push(index);
    }
    lastBreaks = { text, breaks };
  }
  const breaks = lastBreaks.breaks;
  let low = 0;
  let high = breaks.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((breaks[middle] ?? 0) < from) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  const found = breaks[low];
  return found === undefined || found >= to ? to : found;
}

function splitLines(text: string, start: number, end: number): SourceLine[] {
  const lines: SourceLine[] = [];
  let fence: string | undefined;
  let position = start;
  while (position <= end) {
    const lineEnd = lineBreakBefore(text, position, end);
    const line = text.slice(position, lineEnd);
    const marker = fenceLine.exec(line)?.[1];
    let inFence = fence !== undefined;
    if (marker !== undefined) {
      if (fence === undefined) {
        fence = marker;
        inFence = true;
      } else if (marker[0] === fence[0] && marker.length >= fence.length) {
        fence = undefined;
        inFence = true;
      }
    }
    lines.push({ text: line, start: position, end: lineEnd, inFence, blank: line.trim() === '' });
    if (lineEnd >= end) {
      break;
    }
    position = lineEnd + 1;
  }
  return lines;
}

/** Trims a value's ends and each line's trailing spaces, keeping inner indentation (code needs it). */
export function cleanValue(text: string): string {
  // Most values have no line ending in spaces: trimming the ends is all there is to do.
  if (!/[^\S\n]\n/.test(text)) {
    return text.trim();
  }
  return text.split('\n').map((line) => line.trimEnd()).join('\n').trim();
}

/** Collects spans; content spans remember the text they contribute. */
export class SpanCollector {
  private readonly spans: SourceSpan[] = [];
  // Parsers mostly add spans in source order; sorting is needed only when one came back.
  private inOrder = true;

  constructor(private readonly source: string) {}

  add(start: number, end: number, role: SpanRole, text?: string): void {
    if (end <= start) {
      return;
    }
    const contributed = role === 'markup' ? undefined : (text ?? cleanValue(this.source.slice(start, end)));
    const last = this.spans[this.spans.length - 1];
    this.inOrder &&= last === undefined || last.start <= start;
    this.spans.push(contributed === undefined ? { start, end, role } : { start, end, role, text: contributed });
  }

  all(): SourceSpan[] {
    return this.inOrder ? [...this.spans] : [...this.spans].sort((left, right) => left.start - right.start);
  }
}

/** Joins non-empty parts with a blank line. */
export function joinParagraphs(parts: readonly string[]): string {
  return parts.filter((part) => part.trim() !== '').join('\n\n');
}
