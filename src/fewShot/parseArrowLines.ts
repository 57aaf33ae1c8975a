/** Reads examples written one per line as `text -> label` (also `=>`, `→`), numbered or not. */
import { type ExampleDraft, type ValuePiece, finishDrafts, piece } from './exampleDrafts';
import { isExampleHeader, labelAtLineStart } from './labelLines';
import { type ParsedPrompt } from './parsedPrompt';
import { type SourceLine, SpanCollector, sourceLines } from './promptText';

const arrow = /->|=>|→|⇒|⟶/u;
// `"I love this!" - positive`, `"WIN A PRIZE" = spam`: after a quoted text a dash or an equals sign standing
// alone separates it from its label; `"Loved it" (positive)`: a label in brackets at the end of the line.
const quotedOnly = /^(?:"[^"\n]*"|“[^”\n]*”|'[^'\n]*')[ \t]*$/u;
const quotedThenSeparator = /^(?:"[^"\n]*"|“[^”\n]*”|'[^'\n]*')[ \t]+[-–—=](?=[ \t]|$)/u;
const quotedThenBracket = /^((?:"[^"\n]*"|“[^”\n]*”|'[^'\n]*')[ \t]*)[([][^()[\]\n]+[)\]][ \t]*$/u;

/** The separator of a quoted-text line as if it were an arrow (its index and text). */
function separatorAfterQuote(text: string): { index: number; 0: string } | null {
  const found = quotedThenSeparator.exec(text);
  if (found !== null) {
    const at = found[0].length - 1;
    return { index: at, 0: found[0].slice(at) };
  }
  const bracketed = quotedThenBracket.exec(text);
  if (bracketed !== null) {
    // The opening bracket stands where the quoted text and its spaces end.
    const at = (bracketed[1] ?? '').length;
    return { index: at, 0: text.charAt(at) };
  }
  return null;
}
// A list bullet, a number or an `Example 3:` before the pair is structure, not input.
const listPrefix = /^\s*(?:(?:[-*+•]|\d{1,3}[.)])\s+)?(?:(?:example|exemplo|ejemplo|sample)\s*#?\d{0,3}\s*[:.)\-–]\s*)?/iu;
// So is a numbered word that heads several lines with different numbers (`Review 1:`, `Review 2:`).
const numberedWord = /^(\s*(?:(?:[-*+•]|\d{1,3}[.)])\s+)?)(\p{L}[\p{L}\p{N}_]{0,24})[ \t]?#?(\d{1,3})\s*[:.)\-–]\s*/u;

/** The words that number several lines (each with a different number): such a word is an item header like `Example`. */
export function lineNumberingWords(lines: readonly { readonly text: string }[]): ReadonlySet<string> {
  const numbers = new Map<string, Set<string>>();
  for (const line of lines) {
    const found = numberedWord.exec(line.text);
    if (found !== null) {
      const word = (found[2] ?? '').toLowerCase();
      numbers.set(word, (numbers.get(word) ?? new Set()).add(found[3] ?? ''));
    }
  }
  return new Set([...numbers].filter(([, seen]) => seen.size >= 2).map(([word]) => word));
}

/** How many characters of the line are its list or item prefix. */
function prefixLengthOf(text: string, numberingWords: ReadonlySet<string>): number {
  const numbered = numberedWord.exec(text);
  if (numbered !== null && numberingWords.has((numbered[2] ?? '').toLowerCase())) {
    return numbered[0].length;
  }
  return listPrefix.exec(text)?.[0].length ?? 0;
}

const labelAtStart = /^(?:\*\*)?[\p{L}][\p{L}\p{N}_ -]{0,24}(?:\*\*)?[:：]/u;

interface ArrowLine {
  readonly line: SourceLine;
  readonly left: ValuePiece;
  readonly markup: { start: number; end: number }[];
  readonly right: ValuePiece;
}

function readArrow(source: string, line: SourceLine, numberingWords: ReadonlySet<string>, insideLabeledValue?: (offset: number) => boolean): ArrowLine | undefined {
  if (line.inFence || line.blank) {
    return undefined;
  }
  const prefixLength = prefixLengthOf(line.text, numberingWords);
  const rest = line.text.slice(prefixLength);
  const match = arrow.exec(rest) ?? separatorAfterQuote(rest);
  if (match === null || insideLabeledValue?.(line.start + prefixLength + match.index) === true) {
    return undefined;
  }
  // The spaces around the arrow are its markup; found by stepping, as a `\s*` before the arrow in the
  // pattern would be retried from every space of a long run.
  let arrowStart = line.start + prefixLength + match.index;
  let arrowEnd = arrowStart + match[0].length;
  while (arrowStart > line.start + prefixLength && /\s/.test(source[arrowStart - 1] ?? '')) {
    arrowStart--;
  }
  while (arrowEnd < line.end && /\s/.test(source[arrowEnd] ?? '')) {
    arrowEnd++;
  }
  // A label in brackets (`"Loved it" (positive)`): the closing bracket is markup too.
  const rightEnd = match[0] === '(' || match[0] === '[' ? source.lastIndexOf(match[0] === '(' ? ')' : ']', line.end) : line.end;
  const closingBracket = rightEnd < line.end ? [{ start: rightEnd, end: line.end }] : [];
  const left = piece(source, line.start + prefixLength, arrowStart);
  // `Question: x → Answer: y`: an arrow between two labeled fields separates them; the labeled reading owns the line.
  if (left.text === '' || (labelAtLineStart(line) !== undefined && labelAtStart.test(line.text.slice(arrowEnd - line.start)))) {
    return undefined;
  }
  return {
    line,
    left,
    markup: [{ start: line.start, end: line.start + prefixLength }, { start: arrowStart, end: arrowEnd }, ...closingBracket],
    right: piece(source, arrowEnd, rightEnd),
  };
}

/**
 * Quoted texts with their labels, then a line with a quoted text alone (`Review 3: "Does the job"`): that
 * text is the input left for the model, as an arrow with nothing after it would be.
 */
function quotedQuery(source: string, lines: readonly SourceLine[], numberingWords: ReadonlySet<string>, arrows: readonly (ArrowLine | undefined)[], found: readonly ArrowLine[]): { index: number; line: ArrowLine } | undefined {
  const last = found[found.length - 1];
  if (last === undefined || !found.every((item) => /^["“']/u.test(item.left.text))) {
    return undefined;
  }
  const index = lines.findIndex((line) => line.start > last.line.start && !line.blank);
  const line = lines[index];
  if (line === undefined || line.inFence || arrows[index] !== undefined) {
    return undefined;
  }
  const prefixLength = prefixLengthOf(line.text, numberingWords);
  if (!quotedOnly.test(line.text.slice(prefixLength))) {
    return undefined;
  }
  return {
    index,
    line: { line, left: piece(source, line.start + prefixLength, line.end), markup: [{ start: line.start, end: line.start + prefixLength }], right: { start: line.end, end: line.end, text: '' } },
  };
}

/** `insideLabeledValue`: where repeated labeled fields hold values, an arrow in them is text, not a pair. */
export function parseArrowLines(source: string, start = 0, end = source.length, insideLabeledValue?: (offset: number) => boolean): ParsedPrompt | undefined {
  const lines = sourceLines(source, start, end);
  const numberingWords = lineNumberingWords(lines);
  const arrows = lines.map((line) => readArrow(source, line, numberingWords, insideLabeledValue));
  const found = arrows.filter((item): item is ArrowLine => item !== undefined);
  // One arrow in a sentence is not a pattern; two arrow lines are.
  if (found.length < 2) {
    return undefined;
  }
  const query = quotedQuery(source, lines, numberingWords, arrows, found);
  if (query !== undefined) {
    arrows[query.index] = query.line;
    found.push(query.line);
  }
  const spans = new SpanCollector(source);
  const firstLine = found[0]?.line;
  const lastLine = found[found.length - 1]?.line;
  if (firstLine === undefined || lastLine === undefined) {
    return undefined;
  }
  const drafts: ExampleDraft[] = [];
  const unparsed: ValuePiece[] = [];
  let between: SourceLine[] = [];
  const flushBetween = (): void => {
    const text = between.filter((line) => !line.blank);
    const firstText = text[0];
    const lastText = text[text.length - 1];
    if (firstText !== undefined && lastText !== undefined) {
      unparsed.push(piece(source, firstText.start, lastText.end));
    }
    between = [];
  };
  lines.forEach((line, index) => {
    if (line.start < firstLine.start || line.start > lastLine.start) {
      return;
    }
    const item = arrows[index];
    if (item !== undefined) {
      flushBetween();
      item.markup.forEach((range) => spans.add(range.start, range.end, 'markup'));
      drafts.push({ values: [item.left, item.right.end > item.right.start ? item.right : undefined] });
    } else if (isExampleHeader(line, labelAtLineStart(line))) {
      flushBetween();
      spans.add(line.start, line.end, 'markup');
    } else {
      between.push(line);
    }
  });
  flushBetween();
  return finishDrafts({
    shape: 'arrowLines',
    fieldLabels: undefined,
    instruction: [piece(source, start, firstLine.start)],
    drafts,
    closing: [piece(source, lastLine.end, end)],
    unparsed,
  }, spans);
}
