/**
 * Where the last field of a labeled example stops: text after a blank line, under a heading or at a key
 * written further left is not part of the value (a closing instruction, or text between examples).
 */
import { type ExampleDraft, type ValuePiece, piece } from './exampleDrafts';
import { type SourceLine } from './promptText';

export interface TrailingSplit {
  readonly drafts: ExampleDraft[];
  readonly closing: ValuePiece[];
  readonly unparsed: ValuePiece[];
}

/**
 * Text after an example's last field that stands after a blank line (when that field's values are
 * one paragraph elsewhere) or under a heading is not part of the value: before the final input or
 * at the end it is a closing instruction, between examples it is kept as not understood.
 */
export function splitTrailingText(source: string, lines: readonly SourceLine[], drafts: readonly ExampleDraft[], fields: number): TrailingSplit {
  const complete = drafts.map((draft) => draft.values.length === fields && (draft.values[fields - 1]?.text ?? '') !== '');
  const hasBlankLine = drafts.map((draft) => /\n\s*\n/.test(draft.values[draft.values.length - 1]?.text ?? ''));
  const completeCount = complete.filter(Boolean).length;
  const blankCount = drafts.filter((_, index) => complete[index] && hasBlankLine[index]).length;
  // A value runs over a blank line when most other examples' values do so too.
  const multiParagraph = (index: number): boolean => {
    const others = completeCount - (complete[index] ? 1 : 0);
    const withBlank = blankCount - (complete[index] && hasBlankLine[index] ? 1 : 0);
    return others > 0 && withBlank * 2 > others;
  };
  const closing: ValuePiece[] = [];
  const unparsed: ValuePiece[] = [];
  const result = drafts.map((draft) => ({ values: [...draft.values] }));
  const lastOnLabelLine = lastExampleOutputOnNextLine(source, lines, drafts, complete, fields);
  result.forEach((draft, index) => {
    const lastField = draft.values.length - 1;
    const value = draft.values[lastField];
    if (value === undefined) {
      return;
    }
    const cut = index === result.length - 1 && lastOnLabelLine ? value.start : cutPoint(source, lines, value, multiParagraph(index));
    if (cut === undefined) {
      return;
    }
    draft.values[lastField] = piece(source, value.start, cut);
    const tail = piece(source, cut, value.end);
    const next = result[index + 1];
    const nextIsQuery = next !== undefined && index + 1 === result.length - 1 && (next.values[fields - 1]?.text ?? '') === '';
    (next === undefined || nextIsQuery ? closing : unparsed).push(tail);
  });
  return { drafts: result, closing, unparsed };
}

/**
 * `A: 4` in every example and then a bare `A:` with a line below it: that line is not the last output but a
 * closing instruction (`Answer only with the number.`), since every other output stood on its label's line.
 * A fenced block there is still an output (answers in code start on the next line).
 */
function lastExampleOutputOnNextLine(source: string, lines: readonly SourceLine[], drafts: readonly ExampleDraft[], complete: readonly boolean[], fields: number): boolean {
  const onLabelLine = (value: ValuePiece | undefined): boolean => {
    const line = value === undefined ? undefined : lines[firstLineEndingAfter(lines, value.start)];
    return value !== undefined && line !== undefined && source.slice(value.start, line.end).trim() !== '';
  };
  const last = drafts[drafts.length - 1];
  const output = last?.values[fields - 1];
  const others = drafts.slice(0, -1).filter((_, index) => complete[index]);
  return output !== undefined && output.text !== '' && !onLabelLine(output) && !output.text.startsWith('```') && !output.text.startsWith('~~~')
    && others.length >= 2 && others.every((draft) => onLabelLine(draft.values[fields - 1]));
}

const headingLine = /^\s{0,3}#{1,6}\s/;
const keyLine = /^[ \t]*[\p{L}_][\p{L}\p{N}_ -]{0,30}:(?:[ \t]|$)/u;

function indentOf(text: string): number {
  return /^[ \t]*/.exec(text)?.[0].length ?? 0;
}

function cutPoint(source: string, lines: readonly SourceLine[], value: ValuePiece, multiParagraph: boolean): number | undefined {
  let sawText = false;
  let sawBlank = false;
  // Inside a triple-quoted string (a docstring in an answer) a blank line or a heading is the string's text.
  let inTripleQuote = false;
  // A nested field (`  - input: ...` / `    output: ...` in YAML) ends at a key written further left.
  const labelLine = lines[firstLineEndingAfter(lines, value.start)];
  const labelIndent = labelLine === undefined ? 0 : indentOf(labelLine.text);
  for (let index = firstLineEndingAfter(lines, value.start); index < lines.length; index++) {
    const line = lines[index];
    if (line === undefined || line.start >= value.end) {
      break;
    }
    if (line.end <= value.start) {
      continue;
    }
    const from = Math.max(line.start, value.start);
    const text = source.slice(from, Math.min(line.end, value.end));
    const quoteWasOpen = inTripleQuote;
    inTripleQuote = (text.match(/"""|'''/g)?.length ?? 0) % 2 === 1 ? !inTripleQuote : inTripleQuote;
    if (quoteWasOpen) {
      sawText = true;
      continue;
    }
    if (!line.inFence && labelIndent > 0 && from === line.start && indentOf(text) < labelIndent && keyLine.test(text)) {
      return from;
    }
    if (!line.inFence && headingLine.test(text) && (sawText || sawBlank)) {
      return from;
    }
    if (text.trim() === '') {
      sawBlank = sawBlank || sawText || from > value.start || line.start < value.start;
      continue;
    }
    if (sawBlank && !multiParagraph && !line.inFence && !/^\s/.test(text)) {
      return from;
    }
    if (line.inFence && !sawText) {
      return undefined;
    }
    sawText = true;
  }
  return undefined;
}

/** The index of the first line that ends at or after `offset` (lines are sorted). */
function firstLineEndingAfter(lines: readonly SourceLine[], offset: number): number {
  let low = 0;
  let high = lines.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((lines[middle]?.end ?? 0) < offset) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low;
}
