/** JavaScript, TypeScript-free JSON, JSON with comments or trailing commas, and JSONL, read with acorn. */
import { type Node, parse, parseExpressionAt } from 'acorn';
import { type LiteralNode } from './literalTree';

interface AnyNode extends Node {
  readonly [key: string]: unknown;
}

const options = { ecmaVersion: 'latest', sourceType: 'module', allowAwaitOutsideFunction: true, allowReturnOutsideFunction: true, allowImportExportEverywhere: true, allowHashBang: true } as const;

/** The literal values found in `source[start, end)`; undefined when it is not JavaScript or JSON. */
export function parseJsLiterals(source: string, start: number, end: number): LiteralNode | undefined {
  const text = source.slice(start, end);
  const program = tryParse(() => parse(text, options)) ?? tryParse(() => parseExpressionAt(`(${text}\n)`, 0, options));
  if (program !== undefined) {
    const shift = program.type === 'Program' ? start : start - 1;
    return { kind: 'array', items: collectValues(program as AnyNode, shift), start, end };
  }
  return parseJsonLines(text, start);
}

function tryParse(run: () => Node): Node | undefined {
  try {
    return run();
  } catch {
    return undefined;
  }
}

/** JSONL: one value per line. */
function parseJsonLines(text: string, start: number): LiteralNode | undefined {
  const items: LiteralNode[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') {
      const node = tryParse(() => parseExpressionAt(`(${line}\n)`, 0, options));
      if (node === undefined) {
        return undefined;
      }
      items.push(...collectValues(node as AnyNode, start + offset - 1));
    }
    offset += line.length + 1;
  }
  return items.length > 0 ? { kind: 'array', items, start, end: start + text.length } : undefined;
}

/** The outermost literal-like nodes anywhere in the tree (a `const messages = [...]` gives the array). */
function collectValues(node: AnyNode, shift: number): LiteralNode[] {
  const converted = convert(node, shift);
  if (converted.kind !== 'other') {
    return [converted];
  }
  const found: LiteralNode[] = [];
  for (const value of Object.values(node)) {
    for (const child of Array.isArray(value) ? value : [value]) {
      if (isNode(child)) {
        found.push(...collectValues(child, shift));
      }
    }
  }
  return found;
}

function isNode(value: unknown): value is AnyNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string' && typeof (value as { start?: unknown }).start === 'number';
}

function convert(node: AnyNode, shift: number): LiteralNode {
  const start = node.start + shift;
  const end = node.end + shift;
  switch (node.type) {
    case 'Literal':
      return typeof node['value'] === 'string' ? { kind: 'string', value: node['value'], start, end } : { kind: 'other', start, end };
    case 'TemplateLiteral': {
      const quasis = node['quasis'] as AnyNode[];
      const expressions = node['expressions'] as AnyNode[];
      if (expressions.length > 0) {
        return { kind: 'other', start, end };
      }
      const cooked = (quasis[0]?.['value'] as { cooked?: string } | undefined)?.cooked;
      return typeof cooked === 'string' ? { kind: 'string', value: cooked, start, end } : { kind: 'other', start, end };
    }
    case 'BinaryExpression': {
      const left = convert(node['left'] as AnyNode, shift);
      const right = convert(node['right'] as AnyNode, shift);
      return node['operator'] === '+' && left.kind === 'string' && right.kind === 'string'
        ? { kind: 'string', value: left.value + right.value, start, end }
        : { kind: 'other', start, end };
    }
    case 'ArrayExpression':
      return { kind: 'array', items: (node['elements'] as (AnyNode | null)[]).filter(isNode).map((item) => convert(item, shift)), start, end };
    case 'ObjectExpression':
      return { kind: 'object', entries: objectEntries(node, shift), start, end };
    case 'NewExpression':
    case 'CallExpression':
      return callNode(node, shift, start, end);
    default:
      return { kind: 'other', start, end };
  }
}

function objectEntries(node: AnyNode, shift: number): { key: string; value: LiteralNode }[] {
  const entries: { key: string; value: LiteralNode }[] = [];
  for (const property of node['properties'] as AnyNode[]) {
    if (property.type !== 'Property') {
      continue;
    }
    const keyNode = property['key'] as AnyNode;
    const key = keyNode.type === 'Identifier' ? keyNode['name'] : keyNode['value'];
    if (typeof key === 'string') {
      entries.push({ key, value: convert(property['value'] as AnyNode, shift) });
    }
  }
  return entries;
}

/** `new HumanMessage("hi")` reads as an object with a content; other calls keep their argument's object. */
function callNode(node: AnyNode, shift: number, start: number, end: number): LiteralNode {
  const callee = node['callee'] as AnyNode;
  const name = callee.type === 'Identifier' ? callee['name'] : callee.type === 'MemberExpression' ? ((callee['property'] as AnyNode)['name'] ?? '') : '';
  const rawArgs = node['arguments'] as AnyNode[];
  // `create(model="x", messages=[...])` is Python keyword syntax that happens to parse as JavaScript assignments.
  const keywords = rawArgs.filter((argument) => argument.type === 'AssignmentExpression' && (argument['left'] as AnyNode).type === 'Identifier');
  if (keywords.length > 0 && keywords.length === rawArgs.length) {
    const entries = keywords.map((argument) => ({ key: String((argument['left'] as AnyNode)['name']), value: convert(argument['right'] as AnyNode, shift) }));
    return { kind: 'object', callee: String(name), entries, start, end };
  }
  const args = rawArgs.map((argument) => convert(argument, shift));
  const first = args[0];
  if (first?.kind === 'string') {
    return { kind: 'object', callee: String(name), entries: [{ key: 'content', value: first }], start, end };
  }
  if (first?.kind === 'object' && args.length === 1) {
    return { ...first, callee: String(name) };
  }
  const values = args.filter((argument) => argument.kind !== 'other');
  return values.length > 0 ? { kind: 'array', items: values, start, end } : { kind: 'other', start, end };
}
