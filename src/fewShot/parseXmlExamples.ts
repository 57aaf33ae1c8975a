/** Reads prompts that wrap examples in `<example>` tags, as Anthropic's prompting guide advises. */
import { parseArrowLines, splitAtArrow } from './parseArrowLines';
import { parseLabeledLines } from './parseLabeledLines';
import { type ExampleLabels, type FewShotExample, type ParsedPrompt } from './parsedPrompt';
import { splitPromptLines } from './promptLines';
import { separateTrailingInput } from './trailingInput';
import { type XmlTag, type XmlTagName, findXmlTags, unescapeXmlText } from './xmlText';

const inputTagNames: readonly XmlTagName[] = ['input', 'user'];
const outputTagNames: readonly XmlTagName[] = ['output', 'assistant'];
const wrapperTagNames: readonly XmlTagName[] = ['instructions', 'examples'];

interface ExampleFromBody {
  readonly example: FewShotExample;
  readonly labels: ExampleLabels | undefined;
}

export function parseXmlExamples(text: string): ParsedPrompt | undefined {
  const tags = findXmlTags(text);
  const firstExample = tags.findIndex((tag) => tag.name === 'example' && !tag.closing);
  if (firstExample < 0) {
    return undefined;
  }

  const wrapperIndex = lastIndexOfTag(tags, firstExample, (tag) => tag.name === 'examples' && !tag.closing);
  const instructionEnd = (tags[wrapperIndex] ?? tags[firstExample])?.start ?? 0;
  const instructionParts = [textOutsideTags(text, tags, 0, instructionEnd, wrapperTagNames)];

  const found: ExampleFromBody[] = [];
  let trailingStart = instructionEnd;
  for (let index = firstExample; index < tags.length; index++) {
    const open = tags[index];
    if (open === undefined || open.name !== 'example' || open.closing) {
      continue;
    }
    const closeIndex = indexOfTag(tags, index + 1, (tag) => tag.name === 'example' && tag.closing);
    const close = tags[closeIndex];
    if (close === undefined) {
      // An unclosed example is the learner still typing: what follows it reads as the input.
      trailingStart = open.end;
      break;
    }
    found.push(exampleFromElement(text, tags.slice(index + 1, closeIndex), open.end, close.start));
    trailingStart = close.end;
    index = closeIndex;
  }

  const trailing = readTrailingInput(text, tags, trailingStart);
  if (trailing.leftover !== '') {
    instructionParts.push(trailing.leftover);
  }
  const separated = trailing.input === undefined
    ? separateTrailingInput(found.map((item) => item.example))
    : { examples: found.map((item) => item.example), input: trailing.input };
  return {
    shape: 'xmlExamples',
    instruction: instructionParts.filter((part) => part !== '').join('\n\n'),
    examples: separated.examples,
    input: separated.input,
    labels: found.find((item) => item.labels !== undefined)?.labels,
  };
}

/**
 * A zero-shot prompt in tags: `<instructions>` and an `<input>` element but no examples. Tried
 * last, because an `<input>` element inside a `Q:` line is more likely HTML being asked about.
 */
export function parseXmlInstructionAndInput(text: string): ParsedPrompt | undefined {
  const tags = findXmlTags(text);
  const hasInput = findElement(tags, inputTagNames) !== undefined;
  if (!hasInput && !tags.some((tag) => tag.name === 'instructions')) {
    return undefined;
  }
  const trailing = hasInput
    ? readTrailingInput(text, tags, 0)
    : { input: undefined, leftover: textOutsideTags(text, tags, 0, text.length, wrapperTagNames) };
  return { shape: 'xmlExamples', instruction: trailing.leftover, examples: [], input: trailing.input, labels: undefined };
}

function exampleFromElement(text: string, innerTags: readonly XmlTag[], start: number, end: number): ExampleFromBody {
  const input = elementText(text, innerTags, inputTagNames);
  const output = elementText(text, innerTags, outputTagNames);
  if (input !== undefined || output !== undefined) {
    return { example: { input: input ?? '', output: output ?? '' }, labels: undefined };
  }
  return exampleFromPlainBody(unescapeXmlText(text.slice(start, end)).trim());
}

/** An example written inside the tags in another shape: `Q:` / `A:` lines or `text -> label`. */
function exampleFromPlainBody(body: string): ExampleFromBody {
  const lines = splitPromptLines(body);
  const labeled = parseLabeledLines(lines) ?? parseArrowLines(lines);
  const first = labeled?.examples[0];
  if (first !== undefined) {
    return { example: first, labels: labeled?.labels };
  }
  if (labeled?.input !== undefined) {
    return { example: { input: labeled.input, output: '' }, labels: labeled.labels };
  }
  const arrow = splitAtArrow(body);
  if (arrow !== undefined) {
    return { example: { input: arrow.left, output: arrow.right }, labels: undefined };
  }
  return { example: { input: body, output: '' }, labels: undefined };
}

/** The text inside the first element among `names`, unescaped and trimmed. */
function elementText(text: string, tags: readonly XmlTag[], names: readonly XmlTagName[]): string | undefined {
  const element = findElement(tags, names);
  if (element === undefined) {
    return undefined;
  }
  return unescapeXmlText(text.slice(element.open.end, element.close.start)).trim();
}

function findElement(tags: readonly XmlTag[], names: readonly XmlTagName[]): { open: XmlTag; close: XmlTag } | undefined {
  const openIndex = tags.findIndex((tag) => names.includes(tag.name) && !tag.closing);
  const open = tags[openIndex];
  if (open === undefined) {
    return undefined;
  }
  const close = tags[indexOfTag(tags, openIndex + 1, (tag) => tag.name === open.name && tag.closing)];
  return close === undefined ? undefined : { open, close };
}

/**
 * After the examples comes the real input, in `<input>` tags or as bare text. Other words there
 * (`Now classify:`) belong to the instruction.
 */
function readTrailingInput(text: string, tags: readonly XmlTag[], start: number): { input: string | undefined; leftover: string } {
  const trailingTags = tags.filter((tag) => tag.start >= start);
  const element = findElement(trailingTags, inputTagNames);
  if (element === undefined) {
    const bare = textOutsideTags(text, trailingTags, start, text.length, wrapperTagNames);
    return { input: bare === '' ? undefined : bare, leftover: '' };
  }
  const input = unescapeXmlText(text.slice(element.open.end, element.close.start)).trim();
  const before = textOutsideTags(text, trailingTags, start, element.open.start, wrapperTagNames);
  const after = textOutsideTags(text, trailingTags, element.close.end, text.length, wrapperTagNames);
  return { input: input === '' ? undefined : input, leftover: [before, after].filter((part) => part !== '').join('\n\n') };
}

/** Text between `start` and `end` without the wrapper tags themselves, unescaped and trimmed. */
function textOutsideTags(
  text: string,
  tags: readonly XmlTag[],
  start: number,
  end: number,
  dropped: readonly XmlTagName[],
): string {
  const pieces: string[] = [];
  let position = start;
  for (const tag of tags) {
    if (tag.start < start || tag.end > end || !dropped.includes(tag.name)) {
      continue;
    }
    pieces.push(text.slice(position, tag.start));
    position = tag.end;
  }
  pieces.push(text.slice(position, end));
  return unescapeXmlText(pieces.join('')).trim();
}

function indexOfTag(tags: readonly XmlTag[], from: number, isWanted: (tag: XmlTag) => boolean): number {
  for (let index = from; index < tags.length; index++) {
    const tag = tags[index];
    if (tag !== undefined && isWanted(tag)) {
      return index;
    }
  }
  return -1;
}

function lastIndexOfTag(tags: readonly XmlTag[], before: number, isWanted: (tag: XmlTag) => boolean): number {
  for (let index = before - 1; index >= 0; index--) {
    const tag = tags[index];
    if (tag !== undefined && isWanted(tag)) {
      return index;
    }
  }
  return -1;
}
