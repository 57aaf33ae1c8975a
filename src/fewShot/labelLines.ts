/**
 * Finds the `Label:` lines of a prompt, whatever their words: `Text: great`, `**Pregunta:** ...`,
 * `### Response`, `1. Input: x`, and labels later on the same line (`Q: 7+5? A: 12`).
 */
import { type SourceLine } from './promptText';

export interface LabelHit {
  /** As written, without markup or a number (`**Q1:**` gives `Q`). */
  readonly label: string;
  /** Lower case, without accents, spaces folded: the same label however it is spelled. */
  readonly key: string;
  /** Absolute offset where the label's markup starts. */
  readonly start: number;
  /** Absolute offset where its value starts (the next line for a heading). */
  readonly valueStart: number;
  readonly heading: boolean;
  readonly numbered: boolean;
}

// A label is at most four short words; a longer run before a colon is a sentence.
const maxLabelWords = 4;
const maxLabelLength = 32;
const maxLabelsInsideLine = 8;
// Bold, italics or code quotes around a label (`**Q:**`, `` `input`: ``).
const emphasis = String.raw`(?:\*\*|__|\*|_|\x60)?`;
// After the colon only bold or italics close a label (`**Q:**`): code quotes wrap the label before its
// colon, so a backtick after the colon opens a code span in the value (`Fix: \`tax\` is a string`).
const emphasisAfterColon = String.raw`(?:\*\*|__|\*|_)?`;
// No brackets: `def total(items):` is code, not a label.
// A qualifier in parentheses after a space belongs to the label (`Input (English):`); `total(items):` stays code.
const labelWords = String.raw`([\p{L}][\p{L}\p{N}_'’/&\- ]{0,40}?(?: \([\p{L}\p{N}_'’/&\- ]{1,24}\))?)`;
// Quoted (`> `), bulleted or numbered lines carry labels too.
// A speaker's emoji before the label (`👤 User:`) is markup too.
const listPrefix = String.raw`[ \t]*(?:>[ \t]*)*(?:(?:[-*+•]|\d{1,3}[.)])[ \t]+)?(?:\p{Extended_Pictographic}\uFE0F?[ \t]*)?`;
const colonLabel = new RegExp(String.raw`^(${listPrefix}${emphasis})${labelWords}(\s*#?\d{1,3})?\s*${emphasis}\s*[:：]\s*${emphasisAfterColon}[ \t]*`, 'u');
const headingLabel = new RegExp(String.raw`^\s{0,3}#{1,6}\s+${emphasis}${labelWords}(\s*#?\d{1,3})?\s*${emphasis}\s*[:：]?\s*#*\s*$`, 'u');
const boldLabel = new RegExp(String.raw`^\s*(?:\*\*|__)${labelWords}(\s*#?\d{1,3})?\s*[:：]?(?:\*\*|__)\s*[:：]?\s*$`, 'u');
// A later label follows a space or a separator glued to the value (`cat|Output:`, `cat; Output:`).
const midLineLabel = /(?<=[\s|;,])(?:\*\*)?([\p{L}][\p{L}\p{N}_-]{0,24})(?:\*\*)?[:：](?:\*\*)?(?=\s|$)/gu;
// What may stand between two fields on one line, besides spaces: `|`, `;`, `,` (also glued to the value),
// or a dash, slash, bullet or arrow standing alone (`cat - Output:`, `cat → Output:`).
const gluedSeparators: ReadonlySet<string> = new Set(['|', '||', ';', ',']);
const standaloneSeparators: ReadonlySet<string> = new Set(['-', '--', '–', '—', '/', '//', '::', '>>', '=', '·', '•', '->', '=>', '→', '|', '||', ';', ',']);

const headerWords: ReadonlySet<string> = new Set(['example', 'examples', 'exemplo', 'exemplos', 'ejemplo', 'ejemplos', 'sample', 'samples', 'shot']);
// `---`, `###`, `***`, `===` alone on a line: a rule between examples (`~~~` and backticks are fences, never this).
const separatorLine = /^\s*([-=*_#+])(?:\s*\1){2,}\s*$/u;
const bareHeader = /^\s*(?:#{1,6}\s*)?(?:\*\*|__)?(?:example|exemplo|ejemplo|sample)s?\s*#?\s*\d{1,3}\s*(?:\*\*|__)?\s*[.:)\-–—]?\s*(?:\*\*|__)?\s*$/iu;
// `<example>`, `</example>`, `<examples>` alone on a line: the tags only bound examples written as labeled lines.
const exampleTagLine = /^\s*<\/?(?:example|exemplo|ejemplo|sample)s?(?:[\s_-]?\d{1,3})?(?:\s[^<>]*)?>\s*$/iu;
// A number alone on a line heads the example below it (`1.`, `2)`, `(3)`, `[4]`, `#5`, `### 6`, `**7.**`); a
// bare `8` without any mark could be a value, so it is not one.
const bareNumber = /^\s*(?:(?:\*\*|__)?(?:#\s?\d{1,3}|\(\d{1,3}\)|\[\d{1,3}\]|\d{1,3}\s*[.):])(?:\*\*|__)?|#{1,6}\s+(?:\*\*|__)?#?\d{1,3}[.):]?(?:\*\*|__)?)\s*$/u;
const headerLines: readonly RegExp[] = [bareHeader, bareNumber, separatorLine, exampleTagLine];

/** Lower case, no accents, spaces folded. */
export function labelKey(label: string): string {
  return label.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

// Words that only say which repetition a field belongs to: `Example input` and `Input` are one field,
// as are `Entrada de ejemplo`, `Sample Output 2`, `New input` and `Input`.
const exampleMarkers = String.raw`(?:examples?|exemplos?|ejemplos?|samples?|exemples?|beispiel|esempio|demo|shot)`;
const queryMarkers = String.raw`(?:new|your|test|actual|real|final|nov[ao]|su[ao]|seu|teste|nuev[ao]|tu|prueba)`;
const connectors = String.raw`(?:de|do|da|del|of|for)`;
const markerPrefix = new RegExp(String.raw`^(?:${exampleMarkers}(?: \d{1,3})?(?: ?[-–—.])?(?: ${connectors})?|${queryMarkers}) (?=\S)`, 'u');
const markerSuffix = new RegExp(String.raw`(?<=\S)(?: ${connectors})? ${exampleMarkers}(?: \d{1,3})?$`, 'u');
const markerWords: ReadonlySet<string> = new Set([
  'example', 'examples', 'exemplo', 'exemplos', 'ejemplo', 'ejemplos', 'sample', 'samples', 'exemple', 'exemples', 'beispiel', 'esempio', 'demo', 'shot',
  'new', 'your', 'test', 'actual', 'real', 'final', 'nova', 'novo', 'sua', 'suo', 'seu', 'teste', 'nueva', 'nuevo', 'tu', 'prueba',
  'de', 'do', 'da', 'del', 'of', 'for',
]);

// A prompt repeats its few labels on every example: each is normalized once.
const fieldKeys = new Map<string, string>();
const maxRememberedLabels = 16_384;

/** The field a label names: its key without words that only mark an example or the query (`Example input` is `input`). */
export function fieldKey(label: string): string {
  const known = fieldKeys.get(label);
  if (known !== undefined) {
    return known;
  }
  const key = labelKey(label);
  const stripped = key.replace(markerPrefix, '').replace(markerSuffix, '');
  if (fieldKeys.size >= maxRememberedLabels) {
    fieldKeys.clear();
  }
  fieldKeys.set(label, stripped === '' ? key : stripped);
  return stripped === '' ? key : stripped;
}

/** Words a label may carry besides the field's own name (`Example`, `de`, `New`): structure, not text. */
export function isLabelMarkerWord(word: string): boolean {
  return markerWords.has(labelKey(word));
}

function acceptableLabel(words: string): boolean {
  const trimmed = words.trim();
  return trimmed !== '' && trimmed.length <= maxLabelLength && trimmed.split(/\s+/).length <= maxLabelWords && !/[/-]$/.test(trimmed);
}

// A label and its markup fit in this many characters; the patterns only ever read a line's head.
const headLength = 160;

interface LineHead {
  /** The head of a line with every run of spaces and tabs made one space. */
  readonly text: string;
  /** The offset in the line of the character at `index` of `text` (or just past the head for its length). */
  readonly offsetAt: (index: number) => number;
  /** The whole line fit in the head. */
  readonly whole: boolean;
}

const identity = (index: number): number => index;
const spaceRun = /[ \t]{2}|\t/;

/**
 * The label patterns have several optional parts each allowing spaces; on a run of spaces they could try
 * every way of sharing it out (time growing as a power of the run's length). With each run made one
 * space they try a few, so a line costs the same whatever it holds.
 */
function lineHead(text: string): LineHead {
  const head = text.length > headLength ? text.slice(0, headLength) : text;
  // Most lines have single spaces only: their head is their text.
  if (!spaceRun.test(head)) {
    return { text: head, offsetAt: identity, whole: head.length === text.length };
  }
  const parts: string[] = [];
  const offsets: number[] = [];
  let index = 0;
  while (index < text.length && offsets.length < headLength) {
    const character = text[index] ?? '';
    offsets.push(index);
    if (character === ' ' || character === '\t') {
      parts.push(' ');
      while (index < text.length && (text[index] === ' ' || text[index] === '\t')) {
        index++;
      }
    } else {
      parts.push(character);
      index++;
    }
  }
  offsets.push(index);
  return { text: parts.join(''), offsetAt: (at) => offsets[at] ?? index, whole: index >= text.length };
}

/** The label that starts `line`, if any. */
export function labelAtLineStart(line: SourceLine): LabelHit | undefined {
  if (line.inFence || line.blank) {
    return undefined;
  }
  const head = lineHead(line.text);
  // A heading label is the whole line.
  const heading = head.whole ? (headingLabel.exec(head.text) ?? boldLabel.exec(head.text)) : null;
  if (heading !== null && acceptableLabel(heading[1] ?? '') && !/[.?!]$/.test((heading[1] ?? '').trim())) {
    const label = (heading[1] ?? '').trim();
    return { label, key: fieldKey(label), start: line.start, valueStart: Math.min(line.end + 1, Number.MAX_SAFE_INTEGER), heading: true, numbered: heading[2] !== undefined };
  }
  const match = colonLabel.exec(head.text);
  if (match === null || !acceptableLabel(match[2] ?? '')) {
    return undefined;
  }
  const valueOffset = head.offsetAt(match[0].length);
  const rest = line.text.slice(valueOffset);
  // `https://...` and `C:\path` are not labels.
  if (rest.startsWith('//') || rest.startsWith('\\')) {
    return undefined;
  }
  // A code quote belongs to the label only when it wraps it: `` `tax: 5` `` is code, not the label `tax`.
  if ((match[1] ?? '').endsWith('\x60') !== /\x60\s*[:：]/.test(match[0].slice((match[1] ?? '').length))) {
    return undefined;
  }
  const label = (match[2] ?? '').trim();
  return { label, key: fieldKey(label), start: line.start + head.offsetAt(match[1]?.length ?? 0), valueStart: line.start + valueOffset, heading: false, numbered: match[3] !== undefined };
}

/** Candidate labels later in a line (`A:` in `Q: 7+5? A: 12`), after `from` (an absolute offset). */
export function labelsInsideLine(line: SourceLine, from: number): LabelHit[] {
  if (line.inFence) {
    return [];
  }
  const hits: LabelHit[] = [];
  const offset = from - line.start;
  midLineLabel.lastIndex = 0;
  for (const match of line.text.slice(offset).matchAll(midLineLabel)) {
    // A line holding pairs has a few labels; past that it is text with colons (`a: b: c: ...`).
    if (hits.length === maxLabelsInsideLine) {
      break;
    }
    const label = match[1] ?? '';
    const labelStart = line.start + offset + (match.index ?? 0);
    const start = separatorStart(line, labelStart, from);
    let valueStart = labelStart + match[0].length;
    while (valueStart < line.end && (line.text[valueStart - line.start] === ' ' || line.text[valueStart - line.start] === '\t')) {
      valueStart++;
    }
    hits.push({ label, key: fieldKey(label), start, valueStart, heading: false, numbered: false });
  }
  return hits;
}

/**
 * Where the separator before a same-line label starts (`cat | Output:` gives the offset of ` | `): the
 * separator is structure between two fields, not the end of the first value. Never before `from`.
 */
function separatorStart(line: SourceLine, labelStart: number, from: number): number {
  const text = line.text;
  const floor = from - line.start;
  let position = labelStart - line.start;
  while (position > floor && isSpace(text[position - 1])) {
    position--;
  }
  const spaceAfter = position < labelStart - line.start;
  let tokenStart = position;
  while (tokenStart > floor && tokenStart > position - 2 && !isSpace(text[tokenStart - 1]) && !/[\p{L}\p{N}]/u.test(text[tokenStart - 1] ?? '')) {
    tokenStart--;
  }
  // The longest separator token ending here (`||` before `|`, `->` before `-`).
  while (tokenStart < position && !standaloneSeparators.has(text.slice(tokenStart, position))) {
    tokenStart++;
  }
  const token = text.slice(tokenStart, position);
  if (token === '') {
    return line.start + position;
  }
  const spaceBefore = tokenStart === floor || isSpace(text[tokenStart - 1]);
  if (!gluedSeparators.has(token) && !(spaceBefore && spaceAfter)) {
    return line.start + position;
  }
  while (tokenStart > floor && isSpace(text[tokenStart - 1])) {
    tokenStart--;
  }
  return line.start + tokenStart;
}

function isSpace(character: string | undefined): boolean {
  return character === ' ' || character === '\t';
}

/** `Example 1:`, `### Ejemplo 2`, `**Exemplo 3**`: a line that only numbers the example that follows. */
export function isExampleHeader(line: SourceLine, hit: LabelHit | undefined): boolean {
  if (line.inFence || line.blank) {
    return false;
  }
  const head = lineHead(line.text);
  if (head.whole && headerLines.some((pattern) => pattern.test(head.text))) {
    return true;
  }
  if (hit === undefined || !headerWords.has(hit.key)) {
    return false;
  }
  return hit.heading || hit.numbered || line.text.slice(hit.valueStart - line.start).trim() === '';
}

/** `example`, `ejemplo`, `exemplos` ...: the words of example headers, which are structure. */
export function isExampleHeaderWord(key: string): boolean {
  return headerWords.has(key.replace(/\d+$/, ''));
}

// Lines that only say who speaks the instruction, before the examples; their label is structure.
const instructionKeys: ReadonlySet<string> = new Set(['system', 'instruction', 'instructions', 'sistema', 'instrucao', 'instrucoes', 'instruccion', 'instrucciones', 'task', 'tarea', 'tarefa']);

export function isInstructionKey(key: string): boolean {
  return instructionKeys.has(key);
}
