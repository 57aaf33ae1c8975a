/**
 * Data rows with the same fields, written as literals: `{"prompt": ..., "completion": ...}` per JSONL line,
 * a list of objects, or a list of `("text", "label")` tuples. Each row is an example; a last row without its
 * output, or one string written after the rows, is the input.
 */
import { type ExampleDraft, type ValuePiece, finishDrafts } from './exampleDrafts';
import { type TemplateCall, labelsFromExamplePrompt, templateCallAround } from './fewShotTemplateCall';
import { type LiteralNode, entryOf, walkLiteral } from './literalTree';
import { firstStart, lastEnd, syntaxAround, toPiece } from './literalSyntax';
import { type ParsedPrompt } from './parsedPrompt';
import { SpanCollector } from './promptText';
import { proseAround } from './proseAroundCode';

export interface Records {
  /** The field names of object rows; undefined for rows that are plain lists (`("I love it", "positive")`). */
  readonly labels: string[] | undefined;
  readonly rows: (LiteralNode | undefined)[][];
  /** The key the rows are under (`"examples": [...]`), syntax like the labels. */
  readonly key: string | undefined;
  /** The one string written after the rows (`"query": "..."`, `query = "..."`), the input left for the model. */
  readonly query: { readonly node: LiteralNode; readonly key: string | undefined } | undefined;
  /** LangChain's FewShotPromptTemplate arguments beside the rows (prefix, suffix, example prompt). */
  readonly template: TemplateCall | undefined;
}

/**
 * Data rows with the same string fields (`{"prompt": ..., "completion": ...}` per JSONL line, or a list of
 * `("text", "label")` tuples): a table of examples. The last row may lack its output (the input), and one
 * string after the rows, the only one there, is the input when no row left one empty.
 */
export function readRecords(tree: LiteralNode): Records | undefined {
  const nodes = walkLiteral(tree);
  const keys = new Map<LiteralNode, string>();
  const parents = new Map<LiteralNode, LiteralNode>();
  for (const node of nodes) {
    if (node.kind === 'object') {
      node.entries.forEach((entry) => {
        keys.set(entry.value, entry.key);
        parents.set(entry.value, node);
      });
    }
  }
  for (const node of nodes) {
    if (node.kind !== 'array' || node.items.length < 2) {
      continue;
    }
    const rows = objectRows(node.items) ?? listRows(node.items);
    if (rows === undefined) {
      continue;
    }
    const lastRow = rows.values[rows.values.length - 1] ?? [];
    const output = lastRow[lastRow.length - 1];
    const openLast = output === undefined || (output.kind === 'string' && output.value.trim() === '');
    const template = templateCallAround(parents.get(node));
    const after = nodes.filter((other) => other.kind === 'string' && other.start >= node.end);
    const query = template === undefined && !openLast && after.length === 1 && after[0] !== undefined ? { node: after[0], key: keys.get(after[0]) } : undefined;
    const labels = rows.labels === undefined ? undefined : (labelsFromExamplePrompt(template?.examplePrompt, rows.labels) ?? rows.labels);
    return { labels, rows: rows.values, key: keys.get(node), query, template };
  }
  return undefined;
}

/** Objects whose string entries are the first object's: every row complete but the last, which may lack its last fields. */
function objectRows(items: readonly LiteralNode[]): { labels: string[]; values: (LiteralNode | undefined)[][] } | undefined {
  const first = items[0];
  const labels = first?.kind === 'object' ? first.entries.filter((entry) => entry.value.kind === 'string').map((entry) => entry.key) : [];
  if (labels.length < 2) {
    return undefined;
  }
  const values = items.map((item) => labels.map((label) => entryOf(item, label)));
  return rowsFit(values) ? { labels, values } : undefined;
}

/** Lists (tuples) of strings of one length, two or more: the same table without names. */
function listRows(items: readonly LiteralNode[]): { labels: undefined; values: (LiteralNode | undefined)[][] } | undefined {
  const first = items[0];
  const width = first?.kind === 'array' ? first.items.length : 0;
  if (width < 2 || !items.every((item) => item.kind === 'array' && item.items.length <= width && item.items.length >= width - 1)) {
    return undefined;
  }
  const values = items.map((item) => Array.from({ length: width }, (_, index) => (item.kind === 'array' ? item.items[index] : undefined)));
  return rowsFit(values) ? { labels: undefined, values } : undefined;
}

function rowsFit(rows: readonly (LiteralNode | undefined)[][]): boolean {
  return rows.every((row, rowIndex) => {
    const complete = row.every((value) => value?.kind === 'string');
    if (complete || rowIndex < rows.length - 1) {
      return complete;
    }
    // The last row: its first fields are strings, only the output may be missing.
    return row.slice(0, -1).every((value) => value?.kind === 'string') && row[row.length - 1] === undefined;
  });
}

export function recordsToParsed(source: string, start: number, end: number, records: Records): ParsedPrompt {
  const spans = new SpanCollector(source);
  const drafts: ExampleDraft[] = records.rows.map((row) => ({ values: row.map((value) => (value === undefined ? undefined : toPiece(value))) }));
  const rowValues = records.rows.flat().filter((value): value is LiteralNode => value !== undefined);
  const used = [...rowValues];
  if (records.query !== undefined) {
    drafts.push({ values: [toPiece(records.query.node), undefined] });
    used.push(records.query.node);
  }
  const { prefix, suffix, examplePrompt, keys: templateKeys = [] } = records.template ?? {};
  if (suffix !== undefined) {
    // The suffix writes the query with the example prompt's labels; its placeholder is the input.
    drafts.push({ values: [{ start: suffix.node.start, end: suffix.node.end, text: suffix.placeholder }, undefined] });
    used.push(suffix.node);
  }
  if (examplePrompt !== undefined) {
    // The example prompt only lays out the labels and placeholders the template already shows.
    spans.add(examplePrompt.start, examplePrompt.end, 'markup');
    used.push(examplePrompt);
  }
  const instruction: ValuePiece[] = prefix === undefined ? [] : [toPiece(prefix)];
  if (prefix !== undefined) {
    used.push(prefix);
  }
  const syntaxWords = new Set([...(records.labels ?? []), records.key, records.query?.key, ...templateKeys].filter((word): word is string => word !== undefined).map((word) => word.toLowerCase()));
  const around = proseAround(source, syntaxAround(source, start, end, used, spans, syntaxWords), firstStart(rowValues), lastEnd(used));
  return finishDrafts({ shape: 'chatMessages', fieldLabels: records.labels, instruction: [...around.instruction, ...instruction], drafts, closing: around.closing, unparsed: around.unparsed }, spans);
}
