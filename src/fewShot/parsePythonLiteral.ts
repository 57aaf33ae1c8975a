/**
 * Python literals (lists, dicts, tuples, strings, calls with keyword arguments) as used for chat
 * messages. Hand-written: no maintained browser-safe Python parser is small enough to bundle
 * (tree-sitter needs WASM, the JS ports of Python's grammar are megabytes); literals need only a
 * tokenizer and a small recursive descent.
 */
import { type LiteralNode } from './literalTree';

type Token =
  | { readonly kind: 'string'; readonly value: string; readonly start: number; readonly end: number }
  | { readonly kind: 'name' | 'number' | 'punct'; readonly text: string; readonly start: number; readonly end: number };

const stringStart = /([rRbBuUfF]{0,2})('''|"""|'|")/y;
const nameAt = /[\p{L}_][\p{L}\p{N}_]*/uy;
const numberAt = /\d[\d_.eExXa-fA-F+-]*/y;

/** Undefined when the text holds something that is not Python tokens (an unclosed string). */
export function tokenizePython(source: string, start: number, end: number): Token[] | undefined {
  const tokens: Token[] = [];
  let position = start;
  while (position < end) {
    const character = source[position] ?? '';
    if (/\s/.test(character) || character === '\\') {
      position++;
      continue;
    }
    if (character === '#') {
      const lineEnd = source.indexOf('\n', position);
      position = lineEnd < 0 || lineEnd > end ? end : lineEnd;
      continue;
    }
    stringStart.lastIndex = position;
    const quoted = stringStart.exec(source);
    if (quoted !== null) {
      const token = readString(source, position, quoted[0].length, quoted[2] ?? '"', /r/i.test(quoted[1] ?? ''), end);
      if (token === undefined) {
        return undefined;
      }
      tokens.push(token);
      position = token.end;
      continue;
    }
    let matched = false;
    for (const [kind, pattern] of [['name', nameAt], ['number', numberAt]] as const) {
      pattern.lastIndex = position;
      const match = pattern.exec(source);
      if (match !== null) {
        tokens.push({ kind, text: match[0], start: position, end: position + match[0].length });
        position += match[0].length;
        matched = true;
        break;
      }
    }
    if (!matched) {
      tokens.push({ kind: 'punct', text: character, start: position, end: position + 1 });
      position++;
    }
  }
  return tokens;
}

const escapes: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0', a: '\x07', b: '\b', f: '\f', v: '\v' };

function readString(source: string, start: number, prefixLength: number, quote: string, raw: boolean, end: number): Token | undefined {
  let position = start + prefixLength;
  let value = '';
  while (position < end) {
    if (source.startsWith(quote, position)) {
      return { kind: 'string', value, start, end: position + quote.length };
    }
    const character = source[position] ?? '';
    if (character === '\n' && quote.length === 1) {
      return undefined;
    }
    if (character === '\\' && !raw) {
      const next = source[position + 1] ?? '';
      if (next === '\n') {
        position += 2;
        continue;
      }
      const unicode = /^(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8}))/.exec(source.slice(position + 1, position + 10));
      if (unicode !== null) {
        value += String.fromCodePoint(parseInt(unicode[1] ?? unicode[2] ?? unicode[3] ?? '0', 16));
        position += 1 + unicode[0].length;
        continue;
      }
      value += escapes[next] ?? `\\${next}`;
      position += 2;
      continue;
    }
    value += character;
    position++;
  }
  return undefined;
}

/** The outermost literal values of a Python snippet (`messages = [...]` gives the list). */
export function parsePythonLiterals(source: string, start: number, end: number): LiteralNode | undefined {
  const tokens = tokenizePython(source, start, end);
  if (tokens === undefined) {
    return undefined;
  }
  const items: LiteralNode[] = [];
  let index = 0;
  while (index < tokens.length) {
    const parsed = parseValue(tokens, index);
    if (parsed !== undefined && parsed.node.kind !== 'other') {
      items.push(parsed.node);
      index = parsed.next;
    } else {
      index++;
    }
  }
  return items.length > 0 ? { kind: 'array', items, start, end } : undefined;
}

interface Parsed {
  readonly node: LiteralNode;
  readonly next: number;
}

function isPunct(token: Token | undefined, text: string): boolean {
  return token !== undefined && token.kind === 'punct' && token.text === text;
}

function parseValue(tokens: readonly Token[], index: number): Parsed | undefined {
  const token = tokens[index];
  if (token === undefined) {
    return undefined;
  }
  if (token.kind === 'string') {
    // Adjacent strings are one string in Python.
    let value = token.value;
    let next = index + 1;
    let last = token;
    for (let following = tokens[next]; following?.kind === 'string'; following = tokens[++next]) {
      value += following.value;
      last = following;
    }
    return { node: { kind: 'string', value, start: token.start, end: last.end }, next };
  }
  if (isPunct(token, '[') || isPunct(token, '(')) {
    return parseSequence(tokens, index, token.kind === 'punct' && token.text === '[' ? ']' : ')');
  }
  if (isPunct(token, '{')) {
    return parseDict(tokens, index);
  }
  if (token.kind === 'name') {
    let next = index + 1;
    let name = token.text;
    while (isPunct(tokens[next], '.') && tokens[next + 1]?.kind === 'name') {
      const part = tokens[next + 1];
      name = part !== undefined && part.kind === 'name' ? part.text : name;
      next += 2;
    }
    if (isPunct(tokens[next], '(')) {
      return parseCall(tokens, next, name, token.start);
    }
    return { node: { kind: 'other', start: token.start, end: tokens[next - 1]?.end ?? token.end }, next };
  }
  return { node: { kind: 'other', start: token.start, end: token.end }, next: index + 1 };
}

function parseSequence(tokens: readonly Token[], open: number, closer: string): Parsed | undefined {
  const items: LiteralNode[] = [];
  let index = open + 1;
  while (!isPunct(tokens[index], closer)) {
    const parsed = parseValue(tokens, index);
    if (parsed === undefined) {
      return undefined;
    }
    items.push(parsed.node);
    index = parsed.next;
    if (isPunct(tokens[index], ',')) {
      index++;
    } else if (!isPunct(tokens[index], closer)) {
      return undefined;
    }
  }
  return { node: { kind: 'array', items, start: tokens[open]?.start ?? 0, end: tokens[index]?.end ?? 0 }, next: index + 1 };
}

function parseDict(tokens: readonly Token[], open: number): Parsed | undefined {
  const entries: { key: string; value: LiteralNode }[] = [];
  let index = open + 1;
  while (!isPunct(tokens[index], '}')) {
    const key = parseValue(tokens, index);
    if (key === undefined || !isPunct(tokens[key.next], ':')) {
      return undefined;
    }
    const value = parseValue(tokens, key.next + 1);
    if (value === undefined) {
      return undefined;
    }
    if (key.node.kind === 'string') {
      entries.push({ key: key.node.value, value: value.node });
    }
    index = value.next;
    if (isPunct(tokens[index], ',')) {
      index++;
    } else if (!isPunct(tokens[index], '}')) {
      return undefined;
    }
  }
  return { node: { kind: 'object', entries, start: tokens[open]?.start ?? 0, end: tokens[index]?.end ?? 0 }, next: index + 1 };
}

/** `HumanMessage(content="hi")`, `dict(role="user", ...)`, `client.messages.create(system=..., messages=[...])`. */
function parseCall(tokens: readonly Token[], open: number, callee: string, start: number): Parsed | undefined {
  const entries: { key: string; value: LiteralNode }[] = [];
  let index = open + 1;
  let positional = 0;
  while (!isPunct(tokens[index], ')')) {
    const name = tokens[index];
    let key: string;
    if (name?.kind === 'name' && isPunct(tokens[index + 1], '=')) {
      key = name.text;
      index += 2;
    } else {
      key = positional++ === 0 ? 'content' : `argument${positional}`;
      if (isPunct(tokens[index], '*')) {
        index++;
      }
    }
    const value = parseValue(tokens, index);
    if (value === undefined) {
      return undefined;
    }
    entries.push({ key, value: value.node });
    index = value.next;
    if (isPunct(tokens[index], ',')) {
      index++;
    } else if (!isPunct(tokens[index], ')')) {
      return undefined;
    }
  }
  return { node: { kind: 'object', callee, entries, start, end: tokens[index]?.end ?? 0 }, next: index + 1 };
}
