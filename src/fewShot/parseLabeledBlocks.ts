/**
 * Reads examples written as labeled fields, whatever the labels say: `Text:` / `Sentiment:`,
 * `### Instruction` / `### Response`, `Human:` / `Assistant:`, same-line pairs `Q: 7+5? A: 12`.
 */
import { type ExampleDraft, type ValuePiece, finishDrafts, piece } from './exampleDrafts';
import { findFieldKeys, type KeyedItem } from './fieldCycle';
import { type LabelHit, isExampleHeader, isInstructionKey, labelAtLineStart, labelsInsideLine } from './labelLines';
import { splitTrailingText } from './labeledTrailingText';
import { type ParsedPrompt } from './parsedPrompt';
import { type SourceLine, SpanCollector, sourceLines } from './promptText';

interface Item {
  readonly line: number;
  readonly hit: LabelHit;
  /** Where the label's markup starts: the line start for a line's first label (list numbers included). */
  readonly markupStart: number;
  readonly header: boolean;
  readonly sameLine: boolean;
}

/** `onlyKeys` limits labels to these keys: a Prompty body's turns are its role lines, whatever the text inside says. */
export function parseLabeledBlocks(source: string, start = 0, end = source.length, onlyKeys?: ReadonlySet<string>): ParsedPrompt | undefined {
  const lines = sourceLines(source, start, end);
  const items = collectItems(lines).filter((item) => onlyKeys === undefined || (!item.header && !item.sameLine && onlyKeys.has(item.hit.key)));
  const fieldItems = items.filter((item) => !item.header);
  const keys = findFieldKeys(keyedItems(fieldItems, lines, source, end));
  if (keys === undefined) {
    return undefined;
  }
  const fieldOf = new Map(keys.map((key, index) => [key, index]));
  const structural = items.filter((item) => item.header || fieldOf.has(item.hit.key));
  const firstStructural = structural[0];
  if (firstStructural === undefined) {
    return undefined;
  }
  const spans = new SpanCollector(source);
  const drafts: ExampleDraft[] = [];
  const captions: ValuePiece[] = [];
  let current: ExampleDraft | undefined;
  let currentField = -1;
  let open: { start: number; assign: (value: ValuePiece) => void } | undefined;
  // Text after the last example's closing tag (`</example>`): a closing instruction, as after plain blocks.
  const afterLastTag: ValuePiece[] = [];
  const close = (at: number): void => {
    if (open !== undefined) {
      open.assign(piece(source, open.start, Math.max(open.start, at)));
      open = undefined;
    }
  };

  structural.forEach((item, index) => {
    close(item.markupStart);
    if (item.header) {
      const line = lines[item.line];
      const nextOnLine = structural[index + 1]?.line === item.line ? structural[index + 1]?.markupStart : undefined;
      const headerEnd = nextOnLine ?? line?.end ?? item.markupStart;
      spans.add(item.markupStart, headerEnd, 'markup');
      // A closing tag ends its example and heads none (a new draft here became an empty query).
      if (/^\s*<\//.test(line?.text ?? '')) {
        current = undefined;
        const last = index === structural.length - 1;
        open = { start: headerEnd, assign: (value) => { if (value.text !== '') { (last ? afterLastTag : captions).push(value); } } };
        return;
      }
      current = { values: [] };
      drafts.push(current);
      currentField = -1;
      // Text between a header and the example's first label is a caption: kept, shown as not understood.
      open = { start: headerEnd, assign: (value) => { if (value.text !== '') { captions.push(value); } } };
      return;
    }
    const field = fieldOf.get(item.hit.key) ?? 0;
    const reuseHeaderDraft = current !== undefined && currentField < 0;
    if (current === undefined || (!reuseHeaderDraft && field <= currentField)) {
      current = { values: [] };
      drafts.push(current);
    }
    currentField = field;
    spans.add(item.markupStart, Math.min(item.hit.valueStart, end), 'markup');
    const draft = current;
    open = { start: Math.min(item.hit.valueStart, end), assign: (value) => { draft.values[field] = value; } };
  });
  close(end);

  const instruction = instructionPieces(source, lines, start, firstStructural.markupStart, spans);
  const trailing = splitTrailingText(source, lines, drafts, keys.length);
  return finishDrafts({
    shape: structural.some((item) => item.sameLine) ? 'sameLinePairs' : 'labeledBlocks',
    fieldLabels: labelsFor(items, keys),
    instruction,
    drafts: trailing.drafts,
    closing: [...trailing.closing, ...afterLastTag],
    unparsed: [...captions, ...trailing.unparsed],
  }, spans);
}

const noHits: readonly LabelHit[] = [];
const noKeys: ReadonlySet<string> = new Set();

/** Every line's first label, example headers, and same-line labels that repeat across lines. */
function collectItems(lines: readonly SourceLine[]): Item[] {
  const starts = lines.map((line) => labelAtLineStart(line));
  const headers = lines.map((line, index) => isExampleHeader(line, starts[index]));
  const inside = lines.map((line, index): readonly LabelHit[] => {
    const hit = starts[index];
    const header = headers[index] ?? false;
    if (hit === undefined && !header) {
      return noHits;
    }
    if (hit === undefined || hit.heading) {
      return header ? labelsInsideLine(line, line.start) : noHits;
    }
    // After a header's own label (`Example 1: Input: cat Output: gato`) a label may come right away; the space
    // before it is kept in the search so the label is seen as starting a word.
    return labelsInsideLine(line, header ? Math.max(line.start, hit.valueStart - 1) : hit.valueStart);
  });
  const lineCounts = new Map<string, number>();
  for (const hits of inside) {
    for (const key of hits.length === 0 ? noKeys : new Set(hits.map((hit) => hit.key))) {
      lineCounts.set(key, (lineCounts.get(key) ?? 0) + 1);
    }
  }
  const items: Item[] = [];
  lines.forEach((line, index) => {
    const hit = starts[index];
    const header = headers[index] ?? false;
    if (header) {
      items.push({ line: index, hit: hit ?? { label: '', key: '', start: line.start, valueStart: line.end, heading: false, numbered: true }, markupStart: line.start, header: true, sameLine: false });
    } else if (hit !== undefined) {
      items.push({ line: index, hit, markupStart: line.start, header: false, sameLine: false });
    }
    const innerHits = inside[index] ?? noHits;
    if (innerHits.length === 0) {
      return;
    }
    const keysOnLine = new Set(header || hit === undefined ? [] : [hit.key]);
    const firstLabel = header ? undefined : hit?.label;
    for (const inner of innerHits) {
      // A pair's second label is written like its first (`Q: ... A:`), not a lower-case word in a sentence;
      // a third (`Input: a | Output: b | Note: c`) is another field, but a key seen on the line is text.
      if ((lineCounts.get(inner.key) ?? 0) >= 2 && !keysOnLine.has(inner.key) && (firstLabel === undefined || sameLetterCase(firstLabel, inner.label))) {
        items.push({ line: index, hit: inner, markupStart: inner.start, header: false, sameLine: true });
        keysOnLine.add(inner.key);
      }
    }
  });
  return items;
}

function keyedItems(items: readonly Item[], lines: readonly SourceLine[], source: string, end: number): KeyedItem[] {
  return items.map((item, index) => {
    const next = items[index + 1];
    const valueEnd = next?.markupStart ?? end;
    const previous = items[index - 1];
    const blankBefore = previous !== undefined && lines.slice(previous.line + 1, item.line).some((line) => line.blank);
    const previousInline = previous !== undefined && !previous.hit.heading && source.slice(previous.hit.valueStart, lines[previous.line]?.end ?? previous.hit.valueStart).trim() !== '';
    return {
      key: item.hit.key,
      emptyValue: source.slice(Math.min(item.hit.valueStart, valueEnd), valueEnd).trim() === '',
      afterParagraphBreak: blankBefore && previousInline,
    };
  });
}

/** The label as first written for each key, so the template keeps the prompt's own words (one pass: a search per key was quadratic). */
function labelsFor(items: readonly Item[], keys: readonly string[]): string[] {
  const firstLabel = new Map<string, string>();
  for (const item of items) {
    if (!firstLabel.has(item.hit.key)) {
      firstLabel.set(item.hit.key, item.hit.label);
    }
  }
  return keys.map((key) => firstLabel.get(key) ?? key);
}

function instructionPieces(source: string, lines: readonly SourceLine[], start: number, end: number, spans: SpanCollector): ValuePiece[] {
  let textStart = start;
  const firstLine = lines.find((line) => !line.blank && line.start >= start);
  const hit = firstLine === undefined ? undefined : labelAtLineStart(firstLine);
  if (hit !== undefined && isInstructionKey(hit.key) && hit.valueStart <= end) {
    spans.add(firstLine?.start ?? start, hit.valueStart, 'markup');
    textStart = hit.valueStart;
  }
  return [piece(source, textStart, end)];
}

function sameLetterCase(left: string, right: string): boolean {
  const upper = (text: string): boolean => text.charAt(0) !== text.charAt(0).toLowerCase();
  return upper(left) === upper(right);
}
