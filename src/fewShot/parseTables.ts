/** Reads examples given as a table: CSV or TSV with a header row, or a Markdown table. */
import { type ExampleDraft, type ValuePiece, finishDrafts, piece } from './exampleDrafts';
import { type ParsedPrompt } from './parsedPrompt';
import { type SourceLine, SpanCollector, sourceLines } from './promptText';

interface Cell {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Splits one CSV/TSV line (RFC 4180 quotes, one line per row). Hand-written because a row is all
 * the few-shot parser needs and it must report each cell's offsets, which CSV libraries do not.
 */
export function splitDelimited(source: string, line: SourceLine, delimiter: string): Cell[] | undefined {
  if (!line.text.includes(delimiter)) {
    return undefined;
  }
  const cells: Cell[] = [];
  // Searches stay inside the line: a search running to the end of a 100 KB prompt on every line would be quadratic.
  const indexInLine = (text: string, from: number): number => {
    const found = line.text.indexOf(text, from - line.start);
    return found < 0 ? -1 : line.start + found;
  };
  let position = line.start;
  while (position <= line.end) {
    let cellStart = position;
    while (cellStart < line.end && source[cellStart] === ' ') {
      cellStart++;
    }
    if (source[cellStart] === '"') {
      let close = cellStart + 1;
      let text = '';
      for (;;) {
        const quote = indexInLine('"', close);
        if (quote < 0 || quote >= line.end) {
          return undefined;
        }
        text += source.slice(close, quote);
        if (source[quote + 1] === '"') {
          text += '"';
          close = quote + 2;
          continue;
        }
        close = quote + 1;
        break;
      }
      const after = indexInLine(delimiter, close);
      const cellEnd = after < 0 || after > line.end ? line.end : after;
      if (source.slice(close, cellEnd).trim() !== '') {
        return undefined;
      }
      cells.push({ start: cellStart + 1, end: close - 1, text: text.trim() });
      position = cellEnd + delimiter.length;
      if (cellEnd === line.end) {
        break;
      }
      continue;
    }
    const after = indexInLine(delimiter, position);
    const cellEnd = after < 0 || after > line.end ? line.end : after;
    cells.push({ start: position, end: cellEnd, text: source.slice(position, cellEnd).trim() });
    if (cellEnd === line.end) {
      break;
    }
    position = cellEnd + delimiter.length;
  }
  return cells;
}

// Read on the trimmed line: with no spaces at the ends, no two space runs stand side by side to be shared out.
const markdownSeparatorPattern = /^\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)+\|?$/;

function isMarkdownSeparator(text: string): boolean {
  return markdownSeparatorPattern.test(text.trim());
}

function markdownCells(source: string, line: SourceLine): Cell[] {
  const cells: Cell[] = [];
  let text = line.text;
  let offset = line.start;
  const leading = text.indexOf('|');
  if (leading >= 0 && text.slice(0, leading).trim() === '') {
    offset += leading + 1;
    text = text.slice(leading + 1);
  }
  const trimmedEnd = text.replace(/\|\s*$/, '');
  let cellStart = 0;
  for (let index = 0; index <= trimmedEnd.length; index++) {
    if (index === trimmedEnd.length || (trimmedEnd[index] === '|' && trimmedEnd[index - 1] !== '\\')) {
      const raw = source.slice(offset + cellStart, offset + index);
      cells.push({ start: offset + cellStart, end: offset + index, text: raw.trim().replace(/\\\|/g, '|') });
      cellStart = index + 1;
    }
  }
  return cells;
}

interface Table {
  readonly header: Cell[];
  readonly rows: Cell[][];
  readonly first: SourceLine;
  readonly last: SourceLine;
  readonly shape: 'delimitedTable' | 'markdownTable';
}

function findMarkdownTable(source: string, lines: readonly SourceLine[]): Table | undefined {
  for (let index = 0; index + 2 < lines.length; index++) {
    const head = lines[index];
    const separator = lines[index + 1];
    if (head === undefined || separator === undefined || head.inFence || !head.text.includes('|') || !isMarkdownSeparator(separator.text)) {
      continue;
    }
    const header = markdownCells(source, head);
    const rows: Cell[][] = [];
    let last = separator;
    for (let rowIndex = index + 2; rowIndex < lines.length; rowIndex++) {
      const line = lines[rowIndex];
      if (line === undefined || line.blank || !line.text.includes('|')) {
        break;
      }
      rows.push(markdownCells(source, line));
      last = line;
    }
    if (header.length >= 2 && rows.length >= 1) {
      return { header, rows, first: head, last, shape: 'markdownTable' };
    }
  }
  return undefined;
}

function findDelimitedTable(source: string, lines: readonly SourceLine[]): Table | undefined {
  for (const delimiter of ['\t', ';', ',', '|']) {
    // Each line is split once, and the run of lines with as many cells as it is found once (from the end):
    // trying every line as a header and reading the rows after it again was quadratic in a long run.
    if (!lines.some((line) => line.text.includes(delimiter))) {
      continue;
    }
    const split: (Cell[] | undefined)[] = [];
    for (const line of lines) {
      split.push(line.blank || line.inFence ? undefined : splitDelimited(source, line, delimiter));
    }
    // Typed arrays: a plain `new Array(n)` of a long prompt's length is a slow sparse array in V8.
    const runEnd = new Int32Array(lines.length);
    for (let index = lines.length - 1; index >= 0; index--) {
      const count = split[index]?.length;
      runEnd[index] = index + 1 < lines.length && count !== undefined && split[index + 1]?.length === count ? (runEnd[index + 1] ?? index + 1) : index + 1;
    }
    for (let index = 0; index + 2 < lines.length; index++) {
      const header = split[index];
      const head = lines[index];
      const rowsEnd = runEnd[index + 1] ?? index + 1;
      if (header === undefined || head === undefined || header.length < 2 || split[index + 1]?.length !== header.length || rowsEnd - (index + 1) < 2 || !namesColumns(header)) {
        continue;
      }
      const rows = split.slice(index + 1, rowsEnd).filter((cells): cells is Cell[] => cells !== undefined);
      const last = lines[rowsEnd - 1] ?? head;
      return { header, rows, first: head, last, shape: 'delimitedTable' };
    }
  }
  return undefined;
}

/**
 * A header names columns: short cells holding a letter or digit (`<|user|>` is no header), none a label
 * (`Product:<tab>bottle`, `Q: 2+2? | A: 4` are labeled fields on one line).
 */
function namesColumns(header: readonly Cell[]): boolean {
  return header.every((cell) => /[\p{L}\p{N}]/u.test(cell.text) && cell.text.split(/\s+/).length <= 4 && !/[:：](?:\s|$)/.test(cell.text));
}

export function parseTables(source: string, start = 0, end = source.length): ParsedPrompt | undefined {
  const lines = sourceLines(source, start, end);
  const table = findMarkdownTable(source, lines) ?? findDelimitedTable(source, lines);
  if (table === undefined) {
    return undefined;
  }
  const spans = new SpanCollector(source);
  const columns = table.header.length;
  const markupBetween = (cells: readonly Cell[], line: SourceLine): void => {
    let position = line.start;
    for (const cell of cells) {
      spans.add(position, cell.start, 'markup');
      position = cell.end;
    }
    spans.add(position, line.end, 'markup');
  };
  markupBetween(table.header, table.first);
  for (const line of lines) {
    if (line.start > table.first.start && line.start <= table.last.start && table.shape === 'markdownTable' && isMarkdownSeparator(line.text)) {
      spans.add(line.start, line.end, 'markup');
    }
  }
  const headerCells = table.header;
  headerCells.forEach((cell) => spans.add(cell.start, cell.end, 'markup'));
  const drafts: ExampleDraft[] = [];
  let rowLine = lines.indexOf(table.first) + (table.shape === 'markdownTable' ? 2 : 1);
  for (const row of table.rows) {
    const line = lines[rowLine++];
    if (line !== undefined) {
      markupBetween(row, line);
    }
    // A cell has a value piece's shape already.
    const values: ValuePiece[] = row.length > columns ? row.slice(0, columns) : row;
    drafts.push({ values });
  }
  return finishDrafts({
    shape: table.shape,
    fieldLabels: headerCells.map((cell) => cell.text),
    instruction: [piece(source, start, table.first.start)],
    drafts,
    closing: [piece(source, table.last.end, end)],
    unparsed: [],
  }, spans);
}
