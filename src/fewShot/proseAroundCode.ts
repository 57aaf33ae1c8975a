/**
 * Prose lines before and after the code that holds examples (`Labelled examples:` above a JSON array,
 * `### Your turn` below it) are the prompt's instruction and closing, as around any other shape;
 * code lines there (`const completion = await ...(`, `});`, comments) stay unparsed.
 */
import { type ValuePiece, piece } from './exampleDrafts';

export interface ProseAround {
  readonly instruction: ValuePiece[];
  readonly closing: ValuePiece[];
  readonly unparsed: ValuePiece[];
}

// Brackets, assignments, statement ends, a trailing comma, a comment or an import mark a line as code.
const codeLine = /[[\]{}()=;]|^\s*(?:\/\/|\/\*|\*|import\s|from\s+[\w.]+\s+import\s)|,\s*$/;

/** `pieces` are the lines around the code that are not syntax, in source order; `first`/`last` bound the values used. */
export function proseAround(source: string, pieces: readonly ValuePiece[], first: number, last: number): ProseAround {
  const sorted = [...pieces].sort((left, right) => left.start - right.start);
  let lead = 0;
  while (lead < sorted.length && (sorted[lead]?.end ?? Infinity) <= first && !codeLine.test(sorted[lead]?.text ?? '')) {
    lead++;
  }
  let tail = sorted.length;
  while (tail > lead && (sorted[tail - 1]?.start ?? -Infinity) >= last && !codeLine.test(sorted[tail - 1]?.text ?? '')) {
    tail--;
  }
  return { instruction: paragraphs(source, sorted.slice(0, lead)), unparsed: sorted.slice(lead, tail), closing: paragraphs(source, sorted.slice(tail)) };
}

/** Lines that follow each other without a blank line are one paragraph, as the prompt wrote them. */
function paragraphs(source: string, lines: readonly ValuePiece[]): ValuePiece[] {
  const joined: ValuePiece[] = [];
  for (const line of lines) {
    const previous = joined[joined.length - 1];
    if (previous !== undefined && /^[ \t]*\n?[ \t]*$/.test(source.slice(previous.end, line.start))) {
      joined[joined.length - 1] = piece(source, previous.start, line.end);
    } else {
      joined.push(line);
    }
  }
  return joined;
}
