/** Splits a prompt into lines and says what each line is: a label, an example header or text. */
import { type LabelSide, isInstructionLabel, matchExampleLabel } from './exampleLabelVocabulary';

export type PromptLine =
  | { readonly kind: 'text'; readonly text: string }
  | {
      readonly kind: 'exampleLabel';
      readonly text: string;
      readonly groupIndex: number;
      readonly side: LabelSide;
      /** As written, without markdown emphasis or a number (`**Q1:**` gives `Q`). */
      readonly label: string;
      readonly counterpart: string;
      readonly value: string;
    }
  | { readonly kind: 'instructionLabel'; readonly text: string; readonly value: string }
  | { readonly kind: 'exampleHeader'; readonly text: string; readonly numbered: boolean };

// Labels are short words; looking further for a colon would read sentences as labels.
const maxLabelPrefixLength = 32;
const maxHeaderPrefixLength = 48;
const markupAround = /^[\s*_#>-]+|[\s*_]+$/g;
const trailingNumber = /\s*#?\d+$/;
const exampleHeaderStart = /^(?:examples?|exemplos?)(?:\s*#?(\d+))?\s*([:.)*\u2013-]*)/i;

export function normalizeLineBreaks(text: string): string {
  const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return withoutBom.split('\r\n').join('\n').split('\r').join('\n');
}

/** Classifies every line; an example header's inline content becomes a line of its own. */
export function splitPromptLines(normalizedText: string): PromptLine[] {
  const lines: PromptLine[] = [];
  for (const text of normalizedText.split('\n')) {
    const header = readExampleHeader(text);
    if (header === undefined) {
      lines.push(classifyLine(text));
      continue;
    }
    lines.push({ kind: 'exampleHeader', text, numbered: header.numbered });
    if (header.rest !== '') {
      lines.push(classifyLine(header.rest));
    }
  }
  return lines;
}

function classifyLine(text: string): PromptLine {
  const labeled = readLabel(text);
  if (labeled === undefined) {
    return { kind: 'text', text };
  }
  if (isInstructionLabel(labeled.label)) {
    return { kind: 'instructionLabel', text, value: labeled.value };
  }
  const match = matchExampleLabel(labeled.label);
  if (match === undefined) {
    return { kind: 'text', text };
  }
  return { kind: 'exampleLabel', text, ...match, label: labeled.label, value: labeled.value };
}

function readLabel(text: string): { label: string; value: string } | undefined {
  const start = text.length - text.trimStart().length;
  const searchEnd = Math.min(text.length, start + maxLabelPrefixLength);
  let colon = -1;
  for (let index = start; index < searchEnd; index++) {
    const character = text[index];
    if (character === ':' || character === '\uFF1A') {
      colon = index;
      break;
    }
  }
  if (colon < 0) {
    return undefined;
  }
  const prefix = text.slice(start, colon);
  const label = prefix.replace(markupAround, '').replace(trailingNumber, '');
  if (label === '') {
    return undefined;
  }
  let value = text.slice(colon + 1);
  // `**Input:** text` puts the closing emphasis after the colon.
  const emphasis = /^[*_]{1,2}/.exec(prefix)?.[0];
  if (emphasis !== undefined && value.startsWith(emphasis)) {
    value = value.slice(emphasis.length);
  }
  return { label, value: value.trimStart() };
}

function readExampleHeader(text: string): { numbered: boolean; rest: string } | undefined {
  const trimmed = text.trimStart().replace(/^[#*_\s]+/, '');
  const prefix = trimmed.slice(0, maxHeaderPrefixLength);
  const match = exampleHeaderStart.exec(prefix);
  if (match === null) {
    return undefined;
  }
  const numbered = match[1] !== undefined;
  const punctuation = match[2] ?? '';
  const rest = trimmed.slice(match[0].length).trim();
  // `Example of a bad answer:` is a sentence, not a header; a header has a number, a colon or nothing after it.
  if (!numbered && !punctuation.includes(':') && rest !== '') {
    return undefined;
  }
  return { numbered, rest: rest.replace(/^[*_]+/, '').trimStart() };
}

/** Joins a value's lines and trims the ends, keeping inner indentation (code examples need it). */
export function joinValueLines(lines: readonly string[]): string {
  return lines.map((line) => line.trimEnd()).join('\n').trim();
}
