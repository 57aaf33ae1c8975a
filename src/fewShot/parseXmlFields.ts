/**
 * Reads examples written as tagged fields without `<example>` around them: `<review>…</review>`
 * `<sentiment>…</sentiment>` repeated, the tags' repetition giving the fields as labels' repetition does.
 */
import { type ExampleDraft, type ValuePiece, finishDrafts, piece } from './exampleDrafts';
import { findFieldKeys } from './fieldCycle';
import { labelKey } from './labelLines';
import { type ParsedPrompt } from './parsedPrompt';
import { SpanCollector } from './promptText';
import { type Element, instructionTags, topElements, xmlPiece } from './xmlElements';

/** A field tag stands on its own lines: its opening tag starts a line and its closing tag ends one (inline `<b>` is text). */
function onOwnLines(source: string, element: Element): boolean {
  // Steps over spaces only: searching for the line breaks themselves would read whole lines of tags each time.
  let before = element.openStart;
  while (before > 0 && (source[before - 1] === ' ' || source[before - 1] === '\t')) {
    before--;
  }
  let after = element.closeEnd;
  while (after < source.length && (source[after] === ' ' || source[after] === '\t')) {
    after++;
  }
  return (before === 0 || source[before - 1] === '\n') && (after === source.length || source[after] === '\n');
}

export function parseXmlFields(source: string, start = 0, end = source.length): ParsedPrompt | undefined {
  const elements = topElements(source, start, end).filter((element) => onOwnLines(source, element));
  const fieldElements = elements.filter((element) => !instructionTags.has(labelKey(element.name)));
  const keys = findFieldKeys(fieldElements.map((element) => ({
    key: labelKey(element.name),
    emptyValue: source.slice(element.contentStart, element.contentEnd).trim() === '',
    afterParagraphBreak: false,
  })));
  if (keys === undefined) {
    return undefined;
  }
  const fieldOf = new Map(keys.map((key, index) => [key, index]));
  const fields = fieldElements.filter((element) => fieldOf.has(labelKey(element.name)));
  const first = fields[0];
  const last = fields[fields.length - 1];
  if (first === undefined || last === undefined) {
    return undefined;
  }
  const spans = new SpanCollector(source);
  const drafts: ExampleDraft[] = [];
  const instruction: ValuePiece[] = [];
  const unparsed: ValuePiece[] = [];
  const closing: ValuePiece[] = [];
  let current: ExampleDraft | undefined;
  let currentField = -1;
  let position = start;
  for (const element of elements) {
    const field = fieldOf.get(labelKey(element.name));
    const beforeFields = element.openStart < first.openStart;
    const afterFields = element.openStart > last.openStart;
    // Text around the tags: before the first field it is instruction, after the last a closing, between them not understood.
    const gap = piece(source, position, element.openStart);
    (element.openStart <= first.openStart ? instruction : afterFields ? closing : unparsed).push(gap);
    spans.add(element.openStart, element.contentStart, 'markup');
    spans.add(element.contentEnd, element.closeEnd, 'markup');
    const content = xmlPiece(source, element.contentStart, element.contentEnd);
    position = element.closeEnd;
    if (field === undefined) {
      (beforeFields ? instruction : afterFields ? closing : unparsed).push(content);
      continue;
    }
    if (current === undefined || field <= currentField) {
      current = { values: [] };
      drafts.push(current);
    }
    current.values[field] = content;
    currentField = field;
  }
  closing.push(piece(source, position, end));
  return finishDrafts({
    shape: 'xmlExamples',
    fieldLabels: keys.map((key) => fields.find((element) => labelKey(element.name) === key)?.name ?? key),
    instruction,
    drafts,
    closing,
    unparsed: unparsed.filter((item) => item.text !== ''),
  }, spans);
}
