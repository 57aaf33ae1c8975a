/**
 * Reads prompts that wrap examples in `<example>` tags (Anthropic's advice), with child tags named
 * by the prompt (`<review>` / `<sentiment>`) or labeled lines inside, and an unclosed example
 * ending at the next one.
 */
import { type ExampleDraft, type ValuePiece, finishDrafts, piece } from './exampleDrafts';
import { labelKey } from './labelLines';
import { parseArrowLines } from './parseArrowLines';
import { parseLabeledBlocks } from './parseLabeledBlocks';
import { type ParsedPrompt, type SourceSpan } from './parsedPrompt';
import { SpanCollector } from './promptText';
import { type Element, instructionTags, topElements, wrapperTags, xmlPiece } from './xmlElements';
import { unescapeXmlText } from './xmlText';

const exampleOpen = /<(example|ejemplo|exemplo|sample)(?:[\s_-]?\d+)?(?:\s[^<>]*)?>/giu;

interface ExampleSpan {
  readonly start: number;
  readonly bodyStart: number;
  readonly bodyEnd: number;
  readonly end: number;
}

function findExamples(source: string, start: number, end: number): ExampleSpan[] {
  const opens = [...source.slice(start, end).matchAll(exampleOpen)].map((match) => ({ start: start + (match.index ?? 0), end: start + (match.index ?? 0) + match[0].length, name: (match[1] ?? '').toLowerCase() }));
  return opens.map((open, index) => {
    const next = opens[index + 1]?.start ?? end;
    const closeMatch = new RegExp(`</${open.name}(?:[\\s_-]?\\d+)?\\s*>`, 'iu').exec(source.slice(open.end, next));
    if (closeMatch !== null) {
      const closeStart = open.end + closeMatch.index;
      return { start: open.start, bodyStart: open.end, bodyEnd: closeStart, end: closeStart + closeMatch[0].length };
    }
    // Unclosed: it ends where the next example (or the examples wrapper's end) starts.
    const wrapperEnd = /<\/(?:examples|ejemplos|exemplos)\s*>/iu.exec(source.slice(open.end, next));
    const bodyEnd = wrapperEnd === null ? next : open.end + wrapperEnd.index;
    return { start: open.start, bodyStart: open.end, bodyEnd, end: bodyEnd };
  });
}

export function parseXmlExamples(source: string, start = 0, end = source.length): ParsedPrompt | undefined {
  const examples = findExamples(source, start, end);
  const firstExample = examples[0];
  const lastExample = examples[examples.length - 1];
  if (firstExample === undefined || lastExample === undefined) {
    return undefined;
  }
  const spans = new SpanCollector(source);
  const labels: string[] = [];
  const keyIndex = (name: string): number => {
    const key = labelKey(name);
    const found = labels.findIndex((label) => labelKey(label) === key);
    if (found >= 0) {
      return found;
    }
    labels.push(name);
    return labels.length - 1;
  };
  const drafts: ExampleDraft[] = [];
  const unparsed: ValuePiece[] = [];
  for (const example of examples) {
    spans.add(example.start, example.bodyStart, 'markup');
    spans.add(example.bodyEnd, example.end, 'markup');
    const children = topElements(source, example.bodyStart, example.bodyEnd);
    if (children.length > 0) {
      const values: ValuePiece[] = [];
      let position = example.bodyStart;
      for (const child of children) {
        const between = piece(source, position, child.openStart);
        if (between.text !== '') {
          unparsed.push(between);
        }
        spans.add(child.openStart, child.contentStart, 'markup');
        spans.add(child.contentEnd, child.closeEnd, 'markup');
        values[keyIndex(child.name)] = xmlPiece(source, child.contentStart, child.contentEnd);
        position = child.closeEnd;
      }
      const after = piece(source, position, example.bodyEnd);
      if (after.text !== '') {
        unparsed.push(after);
      }
      drafts.push({ values });
      continue;
    }
    drafts.push(...bodyDrafts(source, example, spans, unparsed, labels));
  }
  // Text between one example's end and the next one's start belongs to neither: kept, shown as not understood.
  examples.forEach((example, index) => {
    const next = examples[index + 1];
    const between = next === undefined ? undefined : xmlPiece(source, example.end, next.start);
    if (between !== undefined && between.text !== '') {
      unparsed.push(between);
    }
  });
  const fieldLabels = labels.length >= 2 ? labels : undefined;
  const fields = fieldLabels?.length ?? 2;
  const normalized = drafts.map((draft) => ({ values: Array.from({ length: fields }, (_, index) => draft.values[index]) }));
  const before = outsideExamples(source, start, firstExample.start, spans, 'before');
  const after = outsideExamples(source, lastExample.end, end, spans, 'after');
  const query = after.elements.filter((element) => !instructionTags.has(labelKey(element.name)));
  if (query.length > 0) {
    const values: (ValuePiece | undefined)[] = [];
    for (const element of query) {
      const index = fieldLabels === undefined ? 0 : labels.findIndex((label) => labelKey(label) === labelKey(element.name));
      values[index < 0 ? 0 : index] = xmlPiece(source, element.contentStart, element.contentEnd);
    }
    normalized.push({ values: Array.from({ length: fields }, (_, index) => (index === fields - 1 ? undefined : values[index])) });
  }
  return finishDrafts({
    shape: 'xmlExamples',
    fieldLabels,
    instruction: [...before.text, ...before.elements.map((element) => xmlPiece(source, element.contentStart, element.contentEnd))],
    drafts: normalized,
    closing: [...after.text, ...after.elements.filter((element) => instructionTags.has(labelKey(element.name))).map((element) => xmlPiece(source, element.contentStart, element.contentEnd))],
    unparsed,
  }, spans);
}

/** An example without child tags: labeled lines or an arrow inside, else the whole body is the output. */
function bodyDrafts(source: string, example: ExampleSpan, spans: SpanCollector, unparsed: ValuePiece[], labels: string[]): ExampleDraft[] {
  const inner = parseLabeledBlocks(source, example.bodyStart, example.bodyEnd) ?? parseArrowLines(source, example.bodyStart, example.bodyEnd);
  // Every body must name the same fields as the first one read; a body read with other fields is kept whole.
  const sameFields = labels.length === 0 || inner?.fieldLabels === undefined || (inner.fieldLabels.length === labels.length && inner.fieldLabels.every((label, index) => labelKey(label) === labelKey(labels[index] ?? '')));
  if (inner !== undefined && sameFields && (inner.examples.length > 0 || inner.input !== undefined)) {
    for (const span of inner.spans) {
      if (span.role === 'markup') {
        spans.add(span.start, span.end, 'markup');
      }
    }
    if (labels.length === 0 && inner.fieldLabels !== undefined) {
      labels.push(...inner.fieldLabels);
    }
    const valueSpans = inner.spans.filter((span) => span.role === 'value');
    const otherSpans = inner.spans.filter((span) => span.role !== 'value' && span.role !== 'markup' && (span.text ?? '') !== '');
    unparsed.push(...otherSpans.map((span) => ({ start: span.start, end: span.end, text: span.text ?? '' })));
    return innerDrafts(inner.examples.map((example) => example.values), inner.input, valueSpans);
  }
  return [{ values: [undefined, xmlPiece(source, example.bodyStart, example.bodyEnd)] }];
}

/**
 * An unclosed example's body can hold several repetitions and the query (`Input:` / `AI:` twice): each
 * becomes its own draft. Value spans come in source order, one per non-empty value.
 */
function innerDrafts(examples: readonly (readonly string[])[], input: readonly string[] | undefined, valueSpans: readonly SourceSpan[]): ExampleDraft[] {
  let next = 0;
  const take = (text: string): ValuePiece | undefined => {
    const span = text === '' ? undefined : valueSpans[next];
    if (span === undefined) {
      return undefined;
    }
    next++;
    return { start: span.start, end: span.end, text: unescapeXmlText(span.text ?? '') };
  };
  const drafts: ExampleDraft[] = examples.map((values) => ({ values: values.map(take) }));
  if (input !== undefined) {
    drafts.push({ values: [...input.map(take), undefined] });
  }
  return drafts;
}

/** Text and elements outside the examples: `<instructions>` content, the query's element, wrappers as markup. */
function outsideExamples(source: string, start: number, end: number, spans: SpanCollector, side: 'before' | 'after'): { text: ValuePiece[]; elements: Element[] } {
  const text: ValuePiece[] = [];
  const elements: Element[] = [];
  let position = start;
  const wrapper = /<\/?(?:examples|ejemplos|exemplos|samples)(?:\s[^<>]*)?>/giu;
  const skipWrappers = (from: number, to: number): void => {
    let cursor = from;
    for (const match of source.slice(from, to).matchAll(wrapper)) {
      const at = from + (match.index ?? 0);
      text.push(xmlPiece(source, cursor, at));
      spans.add(at, at + match[0].length, 'markup');
      cursor = at + match[0].length;
    }
    text.push(xmlPiece(source, cursor, to));
  };
  for (const element of topElements(source, start, end)) {
    const key = labelKey(element.name);
    if (wrapperTags.has(key)) {
      continue;
    }
    const wanted = side === 'before' ? instructionTags.has(key) : true;
    if (!wanted) {
      continue;
    }
    skipWrappers(position, element.openStart);
    spans.add(element.openStart, element.contentStart, 'markup');
    spans.add(element.contentEnd, element.closeEnd, 'markup');
    elements.push(element);
    position = element.closeEnd;
  }
  skipWrappers(position, end);
  return { text: text.filter((item) => item.text !== ''), elements };
}
