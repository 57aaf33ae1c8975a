/**
 * Reads chat messages written as data: JSON, JSONL, JavaScript or Python literals, in the shapes of
 * OpenAI (also `example_user` / `example_assistant`), Anthropic, Gemini `contents`/`parts`, Bedrock
 * Converse and LangChain (`("human", "...")`, `HumanMessage(...)`). System text is the instruction,
 * user/assistant pairs the examples, a last user turn the input; code around them is kept as unparsed.
 */
import { readRecords, recordsToParsed } from './dataRecords';
import { type ExampleDraft, type ValuePiece, finishDrafts } from './exampleDrafts';
import { firstStart, lastEnd, syntaxAround, toPiece } from './literalSyntax';
import { type LiteralNode, entryOf, walkLiteral } from './literalTree';
import { parseJsLiterals } from './parseJsLiteral';
import { parsePythonLiterals } from './parsePythonLiteral';
import { type ParsedPrompt } from './parsedPrompt';
import { SpanCollector } from './promptText';
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

/** Several text parts are one value; their span runs from the first to the last. */
function merged(pieces: readonly ValuePiece[]): ValuePiece {
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  return { start: first?.start ?? 0, end: last?.end ?? 0, text: pieces.map((item) => item.text).join('\n') };
}

