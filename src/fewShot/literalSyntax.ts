/**
 * The pieces every reader of data literals shares: a string node as a value piece, and the syntax between
 * the strings used (brackets, keys, role names are markup; any other words are kept as not understood).
 */
import { type ValuePiece } from './exampleDrafts';
import { type LiteralNode } from './literalTree';
import { type SpanCollector, cleanValue, lineBreakBefore } from './promptText';

/** Words that may sit in the syntax around messages; anything else there is kept as unparsed text. */
export const messageSyntaxWords: ReadonlySet<string> = new Set([
  'role', 'content', 'type', 'text', 'parts', 'messages', 'contents', 'system', 'user', 'assistant', 'model', 'human', 'ai', 'developer',
  'name', 'example_user', 'example_assistant', 'system_instruction', 'systeminstruction', 'instructions', 'dict', 'systemmessage',
  'humanmessage', 'aimessage', 'new', 'true', 'false', 'none', 'null', 'input_text', 'output_text', 'types', 'part', 'message',
  'chatmessage', 'usermessage', 'assistantmessage', 'im_start', 'im_end', 'start_of_turn', 'end_of_turn',
  'begin_of_text', 'start_header_id', 'end_header_id', 'eot_id', 'end', 's', 'inst', 'sys',
]);

export function toPiece(node: LiteralNode): ValuePiece {
  return { start: node.start, end: node.end, text: node.kind === 'string' ? cleanValue(node.value) : '' };
}

export function firstStart(used: readonly { start: number }[]): number {
  return used.reduce((least, item) => Math.min(least, item.start), Infinity);
}

export function lastEnd(used: readonly { end: number }[]): number {
  return used.reduce((most, item) => Math.max(most, item.end), -Infinity);
}

/** Between the strings used: syntax (brackets, keys, role names) is markup; anything else is unparsed. */
export function syntaxAround(source: string, start: number, end: number, used: readonly { start: number; end: number }[], spans: SpanCollector, extraWords: ReadonlySet<string> = new Set()): ValuePiece[] {
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
