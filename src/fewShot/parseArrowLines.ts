/** Reads examples written one per line as `text -> label` (also `=>`, `→`), numbered or not. */
import { type ExampleDraft, type ValuePiece, finishDrafts, piece } from './exampleDrafts';
import { isExampleHeader, labelAtLineStart } from './labelLines';
import { type ParsedPrompt } from './parsedPrompt';
import { type SourceLine, SpanCollector, sourceLines } from './promptText';

const arrow = /->|=>|→|⇒|⟶/u;
// `"I love this!" - positive`: after a quoted text a dash standing alone separates it from its label.
const quotedThenDash = /^(?:"[^"\n]*"|“[^”\n]*”|'[^'\n]*')[ \t]+[-–—](?=[ \t]|$)/u;

/** The dash of a quoted-text line as if it were an arrow (its index and text). */
function dashAfterQuote(text: string): { index: number; 0: string } | null {
  const found = quotedThenDash.exec(text);
  if (found === null) {
    return null;
  }
  const dashAt = found[0].length - 1;
  return { index: dashAt, 0: found[0].slice(dashAt) };
}
// A list bullet, a number or an `Example 3:` before the pair is structure, not input.
const listPrefix = /^\s*(?:(?:[-*+•]|\d{1,3}[.)])\s+)?(?:(?:example|exemplo|ejemplo|sample)\s*#?\d{0,3}\s*[:.)\-–]\s*)?/iu;

const labelAtStart = /^(?:\*\*)?[\p{L}][\p{L}\p{N}_ -]{0,24}(?:\*\*)?[:：]/u;

interface ArrowLine {
  readonly line: SourceLine;
  readonly left: ValuePiece;
  readonly markup: { start: number; end: number }[];
  readonly right: ValuePiece;
}

function readArrow(source: string, line: SourceLine, insideLabeledValue?: (offset: number) => boolean): ArrowLine | undefined {
  if (line.inFence || line.blank) {
    return undefined;
  }
  const prefixLength = listPrefix.exec(line.text)?.[0].length ?? 0;
  const rest = line.text.slice(prefixLength);
  const match = arrow.exec(rest) ?? dashAfterQuote(rest);
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
  const left = piece(source, line.start + prefixLength, arrowStart);
  // `Question: x → Answer: y`: an arrow between two labeled fields separates them; the labeled reading owns the line.
  if (left.text === '' || (labelAtLineStart(line) !== undefined && labelAtStart.test(line.text.slice(arrowEnd - line.start)))) {
    return undefined;
  }
  return {
    line,
    left,
    markup: [{ start: line.start, end: line.start + prefixLength }, { start: arrowStart, end: arrowEnd }],
    right: piece(source, arrowEnd, line.end),
  };
}

/** `insideLabeledValue`: where repeated labeled fields hold values, an arrow in them is text, not a pair. */
export function parseArrowLines(source: string, start = 0, end = source.length, insideLabeledValue?: (offset: number) => boolean): ParsedPrompt | undefined {
  const lines = sourceLines(source, start, end);
  const arrows = lines.map((line) => readArrow(source, line, insideLabeledValue));
  const found = arrows.filter((item): item is ArrowLine => item !== undefined);
  // One arrow in a sentence is not a pattern; two arrow lines are.
  if (found.length < 2) {
    return undefined;
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
      drafts.push({ values: [item.left, item.right] });
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
