/**
 * Reads chat messages written as data: JSON, JSONL, JavaScript or Python literals, in the shapes of
 * OpenAI (also `example_user` / `example_assistant`), Anthropic, Gemini `contents`/`parts`, Bedrock
 * Converse and LangChain (`("human", "...")`, `HumanMessage(...)`). System text is the instruction,
 * user/assistant pairs the examples, a last user turn the input; code around them is kept as unparsed.
 */
import { type ExampleDraft, type ValuePiece, finishDrafts } from './exampleDrafts';
import { type LiteralNode, entryOf, walkLiteral } from './literalTree';
import { parseJsLiterals } from './parseJsLiteral';
import { parsePythonLiterals } from './parsePythonLiteral';
import { type ParsedPrompt } from './parsedPrompt';
import { SpanCollector, cleanValue, lineBreakBefore } from './promptText';
import { proseAround } from './proseAroundCode';

export type Speaker = 'instruction' | 'user' | 'assistant';

export interface Turn {
  readonly speaker: Speaker;
  readonly pieces: ValuePiece[];
}

export const speakers: Readonly<Record<string, Speaker>> = {
  system: 'instruction', developer: 'instruction', user: 'user', human: 'user', assistant: 'assistant', ai: 'assistant', model: 'assistant', bot: 'assistant',
  example_user: 'user', example_assistant: 'assistant', systemmessage: 'instruction', humanmessage: 'user', aimessage: 'assistant',
};

/** Words that may sit in the syntax around messages; anything else there is kept as unparsed text. */
export const messageSyntaxWords: ReadonlySet<string> = new Set([
  'role', 'content', 'type', 'text', 'parts', 'messages', 'contents', 'system', 'user', 'assistant', 'model', 'human', 'ai', 'developer',
  'name', 'example_user', 'example_assistant', 'system_instruction', 'systeminstruction', 'instructions', 'dict', 'systemmessage',
  'humanmessage', 'aimessage', 'new', 'true', 'false', 'none', 'null', 'input_text', 'output_text', 'types', 'part', 'message',
  'chatmessage', 'usermessage', 'assistantmessage', 'im_start', 'im_end', 'start_of_turn', 'end_of_turn',
  'begin_of_text', 'start_header_id', 'end_header_id', 'eot_id', 'end', 's', 'inst', 'sys',
]);

export function parseChatMessages(source: string, start = 0, end = source.length): ParsedPrompt | undefined {
  const trimmed = source.slice(start, end).trim();
  if (!/[[{(]/.test(trimmed) || !/["'`]/.test(trimmed)) {
    return undefined;
  }
  for (const reader of [parseJsLiterals, parsePythonLiterals]) {
    const tree = reader(source, start, end);
    const read = tree === undefined ? undefined : readConversation(tree);
    if (read !== undefined) {
      return conversationToParsed(source, start, end, read.turns, read.used);
    }
    const records = tree === undefined ? undefined : readRecords(tree);
    if (records !== undefined) {
      return recordsToParsed(source, start, end, records);
    }
  }
  return undefined;
}

interface Records {
  /** The field names of object rows; undefined for rows that are plain lists (`("I love it", "positive")`). */
  readonly labels: string[] | undefined;
  readonly rows: (LiteralNode | undefined)[][];
  /** The key the rows are under (`"examples": [...]`), syntax like the labels. */
  readonly key: string | undefined;
  /** The one string written after the rows (`"query": "..."`, `query = "..."`), the input left for the model. */
  readonly query: { readonly node: LiteralNode; readonly key: string | undefined } | undefined;
}

/**
 * Data rows with the same string fields (`{"prompt": ..., "completion": ...}` per JSONL line, or a list of
 * `("text", "label")` tuples): a table of examples. The last row may lack its output (the input), and one
 * string after the rows, the only one there, is the input when no row left one empty.
 */
function readRecords(tree: LiteralNode): Records | undefined {
  const nodes = walkLiteral(tree);
  const keys = new Map<LiteralNode, string>();
  for (const node of nodes) {
    if (node.kind === 'object') {
      node.entries.forEach((entry) => keys.set(entry.value, entry.key));
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
    const openLast = lastRow[lastRow.length - 1] === undefined || (lastRow[lastRow.length - 1]?.kind === 'string' && (lastRow[lastRow.length - 1] as { value: string }).value.trim() === '');
    const after = nodes.filter((other) => other.kind === 'string' && other.start >= node.end);
    const query = !openLast && after.length === 1 && after[0] !== undefined ? { node: after[0], key: keys.get(after[0]) } : undefined;
    return { labels: rows.labels, rows: rows.values, key: keys.get(node), query };
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

function recordsToParsed(source: string, start: number, end: number, records: Records): ParsedPrompt {
  const spans = new SpanCollector(source);
  const drafts: ExampleDraft[] = records.rows.map((row) => ({ values: row.map((value) => (value === undefined ? undefined : toPiece(value))) }));
  const used = records.rows.flat().filter((value): value is LiteralNode => value !== undefined);
  if (records.query !== undefined) {
    drafts.push({ values: [toPiece(records.query.node), undefined] });
    used.push(records.query.node);
  }
  const syntaxWords = new Set([...(records.labels ?? []), records.key, records.query?.key].filter((word): word is string => word !== undefined).map((word) => word.toLowerCase()));
  const around = proseAround(source, syntaxAround(source, start, end, used, spans, syntaxWords), firstStart(used), lastEnd(used));
  return finishDrafts({ shape: 'chatMessages', fieldLabels: records.labels, instruction: around.instruction, drafts, closing: around.closing, unparsed: around.unparsed }, spans);
}

interface Conversation {
  readonly turns: Turn[];
  readonly used: LiteralNode[];
}

function readConversation(tree: LiteralNode): Conversation | undefined {
  const parents = new Map<LiteralNode, LiteralNode>();
  const lists: LiteralNode[] = [];
  for (const node of walkLiteral(tree)) {
    if (node.kind === 'object') {
      node.entries.forEach((entry) => parents.set(entry.value, node));
    }
    if (node.kind !== 'array') {
      continue;
    }
    const messages = node.items.filter((item) => messageOf(item) !== undefined);
    // Outermost lists only (walk order puts parents first, in source order, so a list inside an earlier one is
    // inside the last one kept); JSONL gives one list per line, read in order.
    const outer = lists[lists.length - 1];
    if (messages.length > 0 && messages.length >= node.items.length / 2 && !(outer !== undefined && outer.start <= node.start && node.end <= outer.end)) {
      lists.push(node);
    }
  }
  if (lists.length === 0) {
    return undefined;
  }
  const turns: Turn[] = [];
  const used: LiteralNode[] = [];
  for (const list of lists) {
    const container = parents.get(list);
    const system = container === undefined ? undefined : systemOf(container);
    if (system !== undefined) {
      turns.push({ speaker: 'instruction', pieces: system.map(toPiece) });
      used.push(...system);
    }
    for (const item of list.kind === 'array' ? list.items : []) {
      const message = messageOf(item);
      if (message !== undefined) {
        turns.push({ speaker: message.speaker, pieces: message.texts.map(toPiece) });
        used.push(...message.texts);
      }
    }
  }
  return { turns, used };
}

function toPiece(node: LiteralNode): ValuePiece {
  return { start: node.start, end: node.end, text: node.kind === 'string' ? cleanValue(node.value) : '' };
}

function messageOf(node: LiteralNode): { speaker: Speaker; texts: LiteralNode[] } | undefined {
  if (node.kind === 'array' && node.items.length === 2) {
    const [role, content] = node.items;
    const speaker = role?.kind === 'string' ? speakers[role.value.toLowerCase()] : undefined;
    return speaker !== undefined && content?.kind === 'string' ? { speaker, texts: [content] } : undefined;
  }
  if (node.kind !== 'object') {
    return undefined;
  }
  const role = entryOf(node, 'role');
  const name = entryOf(node, 'name');
  const roleName = name?.kind === 'string' && name.value.startsWith('example_') ? name.value : role?.kind === 'string' ? role.value : node.callee ?? '';
  const speaker = speakers[roleName.toLowerCase()];
  const texts = textsOf(entryOf(node, 'content') ?? entryOf(node, 'parts'));
  return speaker === undefined || texts === undefined ? undefined : { speaker, texts };
}

/** A string, or the text parts of a content or parts array (`[{ "type": "text", "text": "..." }]`, `[{ "text": "..." }]`). */
function textsOf(node: LiteralNode | undefined): LiteralNode[] | undefined {
  if (node === undefined) {
    return undefined;
  }
  if (node.kind === 'string') {
    return [node];
  }
  if (node.kind !== 'array') {
    return undefined;
  }
  const texts: LiteralNode[] = [];
  for (const part of node.items) {
    const text = part.kind === 'string' ? part : entryOf(part, 'text');
    if (text?.kind === 'string') {
      texts.push(text);
    }
  }
  return texts;
}

/** Anthropic's `system`, Gemini's `system_instruction` / `systemInstruction`, Bedrock's `system: [{ text }]`. */
function systemOf(container: LiteralNode): LiteralNode[] | undefined {
  for (const key of ['system', 'system_instruction', 'systemInstruction', 'instructions']) {
    const value = entryOf(container, key);
    const texts = value?.kind === 'object' ? textsOf(entryOf(value, 'parts')) : textsOf(value);
    if (texts !== undefined && texts.length > 0) {
      return texts;
    }
  }
  return undefined;
}

/** Turns (from literals, ChatML or Gemma tokens) as instruction, examples and input; `used` are the spans their text came from. */
export function conversationToParsed(source: string, start: number, end: number, turns: readonly Turn[], used: readonly { start: number; end: number }[]): ParsedPrompt {
  const spans = new SpanCollector(source);
  const instruction: ValuePiece[] = [];
  const drafts: ExampleDraft[] = [];
  let pendingUser: ValuePiece[] = [];
  for (const turn of turns) {
    if (turn.speaker === 'instruction') {
      instruction.push(...turn.pieces);
    } else if (turn.speaker === 'user') {
      // Two user turns in a row are one question sent in pieces.
      pendingUser.push(...turn.pieces);
    } else if (pendingUser.length > 0) {
      drafts.push({ values: [merged(pendingUser), merged(turn.pieces)] });
      pendingUser = [];
    } else {
      instruction.push(...turn.pieces);
    }
  }
  if (pendingUser.length > 0) {
    drafts.push({ values: [merged(pendingUser), undefined] });
  }
  const around = proseAround(source, syntaxAround(source, start, end, used, spans), firstStart(used), lastEnd(used));
  return finishDrafts({ shape: 'chatMessages', fieldLabels: undefined, instruction: [...around.instruction, ...instruction], drafts, closing: around.closing, unparsed: around.unparsed }, spans);
}

function firstStart(used: readonly { start: number }[]): number {
  return used.reduce((least, item) => Math.min(least, item.start), Infinity);
}

function lastEnd(used: readonly { end: number }[]): number {
  return used.reduce((most, item) => Math.max(most, item.end), -Infinity);
}

/** Several text parts are one value; their span runs from the first to the last. */
function merged(pieces: readonly ValuePiece[]): ValuePiece {
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  return { start: first?.start ?? 0, end: last?.end ?? 0, text: pieces.map((item) => item.text).join('\n') };
}

/** Between the strings used: syntax (brackets, keys, role names) is markup; anything else is unparsed. */
function syntaxAround(source: string, start: number, end: number, used: readonly { start: number; end: number }[], spans: SpanCollector, extraWords: ReadonlySet<string> = new Set()): ValuePiece[] {
  const unparsed: ValuePiece[] = [];
  const sorted = [...used].sort((left, right) => left.start - right.start);
  let position = start;
  const gap = (to: number): void => {
    // Line by line, so `const messages = [` is kept while the brackets and keys around it are not.
    let lineStart = position;
    while (lineStart < to) {
      const newline = lineBreakBefore(source, lineStart, to);
      const lineEnd = newline >= to ? to : newline + 1;
      const text = source.slice(lineStart, lineEnd);
      const words = (text.match(/[\p{L}\p{N}_]+/gu) ?? []).filter((word) => !messageSyntaxWords.has(word.toLowerCase()) && !extraWords.has(word.toLowerCase()));
      if (words.length === 0) {
        spans.add(lineStart, lineEnd, 'markup');
      } else {
        unparsed.push({ start: lineStart, end: lineEnd, text: text.trim() });
      }
      lineStart = lineEnd;
    }
  };
  for (const node of sorted) {
    gap(node.start);
    position = Math.max(position, node.end);
  }
  gap(end);
  return unparsed;
}
