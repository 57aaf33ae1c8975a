/** Separates a learner's prompt into instruction, examples, input and closing, whatever shape it was written in. */
import { lastIndexWhere } from '../common/sortedSearch';
import { parseArrowLines } from './parseArrowLines';
import { parseChatMessages } from './parseChatMessages';
import { parseLabeledBlocks } from './parseLabeledBlocks';
import { parseRoleTurns } from './parseRoleTurns';
import { type ParsedPrompt, type SourceSpan } from './parsedPrompt';
import { parseTables } from './parseTables';
import { parseTurnTokens, turnTokenMark } from './parseTurnTokens';
import { parseXmlExamples } from './parseXmlExamples';
import { parseXmlFields } from './parseXmlFields';
import { findPromptInCode, withCodeAround } from './promptInCode';
import { normalizeLineBreaks } from './promptText';
import { readPromptyFrontMatter, unescapePromptyParsed } from './promptyFile';

const promptyRoles: ReadonlySet<string> = new Set(['system', 'user', 'assistant']);

export interface ParseOptions {
  /** The command's own placeholder texts ("Describe the task", "example input 1"): re-reading its output treats them as empty. */
  readonly isOwnPlaceholder?: (text: string) => boolean;
}

/** The normalized text every span offset refers to. */
export { normalizeLineBreaks };

export function parsePrompt(text: string, options: ParseOptions = {}): ParsedPrompt {
  const source = normalizeLineBreaks(text);
  const frontMatter = readPromptyFrontMatter(source);
  const start = frontMatter?.end ?? 0;
  let parsed = frontMatter === undefined ? parseRegion(source, start, source.length) : (parseLabeledBlocks(source, start, source.length, promptyRoles) ?? parseRoleTurns(source, start, source.length) ?? parseRegion(source, start, source.length));
  if (frontMatter !== undefined) {
    parsed = unescapePromptyParsed(parsed, frontMatter);
  }
  return withoutOwnPlaceholders(parsed, options);
}

function parseRegion(source: string, start: number, end: number): ParsedPrompt {
  const inCode = findPromptInCode(source, start, end);
  if (inCode !== undefined) {
    return withCodeAround(parseRegion(source, inCode.start, inCode.end), source, start, end, inCode);
  }
  const region = source.slice(start, end);
  const structured = (/^[ \t]*[[{]|^[ \t]*(?:const|let|var|export|import|from|messages|response|client|prompt|\w+[ \t]*=)/m.test(region) ? parseChatMessages(source, start, end) : undefined)
    ?? (turnTokenMark.test(region) ? parseTurnTokens(source, start, end) : undefined)
    ?? (/<(?:example|ejemplo|exemplo|sample)[\s_\->\d]/i.test(region) ? parseXmlExamples(source, start, end) : undefined);
  if (structured !== undefined) {
    return structured.shape === 'xmlExamples' ? labeledInsideTags(structured, source, start, end) : structured;
  }
  const tagged = /<\/[\p{L}_]/u.test(region) ? parseXmlFields(source, start, end) : undefined;
  const labeled = parseLabeledBlocks(source, start, end);
  const candidates = [labeled, parseTables(source, start, end), parseArrowLines(source, start, end, labeledValueTest(labeled)), tagged]
    .filter((candidate): candidate is ParsedPrompt => candidate !== undefined);
  let best: ParsedPrompt | undefined;
  for (const candidate of candidates) {
    if (best === undefined || weight(candidate) > weight(best)) {
      best = candidate;
    }
  }
  return best ?? parseRoleTurns(source, start, end) ?? instructionOnly(source, start, end);
}

/**
 * `<example>` tags around `Label:` lines that repeat from example to example (and in a query after them)
 * only bound the examples: the labeled reading, which also finds that query and reads labeled lines between
 * the tags, wins when it finds as many examples and understands at least as much.
 */
function labeledInsideTags(xml: ParsedPrompt, source: string, start: number, end: number): ParsedPrompt {
  const labeled = parseLabeledBlocks(source, start, end);
  if (labeled === undefined || labeled.examples.length < xml.examples.length) {
    return xml;
  }
  // A body the XML reading kept whole (no input value) was not understood: the labeled reading wins a tie then.
  const keptWhole = xml.examples.some((example) => example.values.slice(0, -1).every((value) => value === ''));
  return xml.fieldLabels === undefined || labeled.unparsed.length < xml.unparsed.length || (keptWhole && labeled.unparsed.length === xml.unparsed.length) ? labeled : xml;
}

/**
 * When labeled fields repeat (at least two repetitions, examples or the query), an arrow inside one of their
 * values is text (`Signature: def f(x) -> str`), not a pair: the test says whether an offset is in such a value.
 */
function labeledValueTest(labeled: ParsedPrompt | undefined): ((offset: number) => boolean) | undefined {
  if (labeled === undefined || labeled.examples.length + (labeled.input === undefined ? 0 : 1) < 2) {
    return undefined;
  }
  const values = labeled.spans.filter((span) => span.role === 'value').sort((a, b) => a.start - b.start);
  return (offset) => {
    // The last value starting at or before the offset (binary search keeps many arrow lines linear-ish).
    const found = lastIndexWhere(values.length, (index) => (values[index]?.start ?? 0) <= offset);
    const span = values[found];
    return span !== undefined && offset < span.end;
  };
}

/** More examples found wins; the labeled reading is tried first, so it wins ties. */
function weight(parsed: ParsedPrompt): number {
  return parsed.examples.length * 2 + (parsed.input === undefined ? 0 : 1);
}

function instructionOnly(source: string, start: number, end: number): ParsedPrompt {
  const spans: SourceSpan[] = [];
  const instruction = source.slice(start, end).trim();
  if (end > start) {
    spans.push({ start, end, role: 'instruction', text: instruction });
  }
  return { shape: 'instructionOnly', fieldLabels: undefined, instruction, examples: [], input: undefined, closing: '', unparsed: [], spans };
}

function withoutOwnPlaceholders(parsed: ParsedPrompt, options: ParseOptions): ParsedPrompt {
  const isOwn = options.isOwnPlaceholder;
  if (isOwn === undefined) {
    return parsed;
  }
  const input = parsed.input?.every((value) => value === '' || isOwn(value)) ? undefined : parsed.input;
  return {
    ...parsed,
    instruction: isOwn(parsed.instruction) ? '' : parsed.instruction,
    examples: parsed.examples.filter((example) => !example.values.every((value) => isOwn(value))),
    input,
  };
}
