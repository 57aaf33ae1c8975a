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
  // Matched and searched in the region's own string: on the whole prompt a search that finds nothing in
  // the region would read on to the prompt's end, for every example body.
  const region = source.slice(start, end);
  const closeAfter = region.length <= smallRegion ? searchClosingTag(region) : indexClosingTags(region);
  anyTag.lastIndex = 0;
  for (let match = anyTag.exec(region); match !== null; match = anyTag.exec(region)) {
    const name = match[2] ?? '';
    if (match[1] === '/') {
      continue;
    }
    const close = closeAfter(name, match.index + match[0].length);
    if (close < 0) {
      continue;
    }
    const openStart = start + match.index;
    const closeEnd = close + name.length + 3;
    elements.push({ name, openStart, contentStart: openStart + match[0].length, contentEnd: start + close, closeEnd: start + closeEnd });
    anyTag.lastIndex = closeEnd;
  }
  return elements;
}

// An example's body is small: searching it is cheaper than indexing it. A long region is indexed once.
const smallRegion = 1024;

/**
 * In a small region: a closing tag not found after one opening tag is not found after a later one, so each
 * name is searched in vain once; a found one moves the scan past it, so found searches never overlap.
 */
function searchClosingTag(region: string): (name: string, from: number) => number {
  const unclosed = new Set<string>();
  return (name, from) => {
    if (unclosed.has(name)) {
      return -1;
    }
    const close = region.indexOf(`</${name}>`, from);
    if (close < 0) {
      unclosed.add(name);
    }
    return close;
  };
}

/**
 * In a long region, the closing tags by name, each list read forward only: looking for `</b>` from every
 * unclosed `<b>` read the rest of the prompt each time (quadratic in the tags).
 */
function indexClosingTags(region: string): (name: string, from: number) => number {
  const positions = new Map<string, number[]>();
  const cursors = new Map<string, number>();
  for (const match of region.matchAll(/<\/([\p{L}_][\p{L}\p{N}_.-]*)>/gu)) {
    const name = match[1] ?? '';
    const list = positions.get(name) ?? [];
    list.push(match.index ?? 0);
    positions.set(name, list);
  }
  return (name, from) => {
    const list = positions.get(name) ?? [];
    let cursor = cursors.get(name) ?? 0;
    while (cursor < list.length && (list[cursor] ?? 0) < from) {
      cursor++;
    }
    cursors.set(name, cursor);
    return list[cursor] ?? -1;
  };
}

export function xmlPiece(source: string, start: number, end: number): ValuePiece {
  const plain = piece(source, start, end);
  return { ...plain, text: unescapeXmlText(plain.text) };
}
