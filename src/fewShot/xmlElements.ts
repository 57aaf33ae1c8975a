/** Top-level XML elements of a stretch of a prompt, with offsets, read in one pass. */
import { type ValuePiece, piece } from './exampleDrafts';
import { unescapeXmlText } from './xmlText';

const anyTag = /<(\/?)([\p{L}_][\p{L}\p{N}_.-]*)(?:\s[^<>]*)?>/gu;
export const instructionTags: ReadonlySet<string> = new Set(['instructions', 'instruction', 'system', 'task', 'instrucoes', 'instrucciones']);
export const wrapperTags: ReadonlySet<string> = new Set(['examples', 'ejemplos', 'exemplos', 'samples']);

export interface Element {
  readonly name: string;
  readonly openStart: number;
  readonly contentStart: number;
  readonly contentEnd: number;
  readonly closeEnd: number;
}

/** Top-level elements between `start` and `end` (nested ones are inside their parent's content). */
export function topElements(source: string, start: number, end: number): Element[] {
  const elements: Element[] = [];
  const closeTags = closingTagsByName(source, start, end);
  // Matched in the region's own string: on the whole prompt a search that finds nothing in the region
  // would read on to the prompt's end, for every example body.
  const region = source.slice(start, end);
  anyTag.lastIndex = 0;
  for (let match = anyTag.exec(region); match !== null; match = anyTag.exec(region)) {
    if (match[1] === '/') {
      continue;
    }
    const name = match[2] ?? '';
    const closeTag = `</${name}>`;
    const openStart = start + match.index;
    const close = closeTags.next(name, openStart + match[0].length);
    if (close < 0) {
      continue;
    }
    elements.push({ name, openStart, contentStart: openStart + match[0].length, contentEnd: close, closeEnd: close + closeTag.length });
    anyTag.lastIndex = close + closeTag.length - start;
  }
  return elements;
}

/**
 * The closing tags of a region by name, each list read forward only: looking for `</b>` with indexOf
 * from every unclosed `<b>` read the rest of the prompt each time (quadratic in the tags).
 */
function closingTagsByName(source: string, start: number, end: number): { next: (name: string, from: number) => number } {
  const positions = new Map<string, number[]>();
  const cursors = new Map<string, number>();
  const closing = /<\/([\p{L}_][\p{L}\p{N}_.-]*)>/gu;
  for (const match of source.slice(start, end).matchAll(closing)) {
    const name = match[1] ?? '';
    const list = positions.get(name) ?? [];
    list.push(start + (match.index ?? 0));
    positions.set(name, list);
  }
  return {
    next: (name, from) => {
      const list = positions.get(name) ?? [];
      let cursor = cursors.get(name) ?? 0;
      while (cursor < list.length && (list[cursor] ?? 0) < from) {
        cursor++;
      }
      cursors.set(name, cursor);
      return list[cursor] ?? -1;
    },
  };
}

export function xmlPiece(source: string, start: number, end: number): ValuePiece {
  const plain = piece(source, start, end);
  return { ...plain, text: unescapeXmlText(plain.text) };
}
