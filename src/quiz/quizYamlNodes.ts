/**
 * Reads fields from the `yaml` syntax tree while remembering where each one is, so every problem
 * the quiz parser finds can name its line.
 */
import { isMap, isScalar, isSeq, type LineCounter, Parser, type YAMLMap, type YAMLSeq } from 'yaml';
import { createQuizProblem, type QuizProblem, type QuizProblemCode } from './quizProblems';

/** A field read as text: absent, present but not a scalar we can read as text, or its text. */
export type TextField =
  | { readonly kind: 'absent' }
  | { readonly kind: 'wrongType'; readonly node: unknown }
  | { readonly kind: 'text'; readonly value: string; readonly node: unknown };

export class QuizProblemCollector {
  private readonly collected: QuizProblem[] = [];

  constructor(private readonly lineCounter: LineCounter) {}

  get problems(): readonly QuizProblem[] {
    return this.collected;
  }

  get count(): number {
    return this.collected.length;
  }

  report(code: QuizProblemCode, at: unknown, params: Readonly<Record<string, string | number>> = {}): void {
    this.collected.push(createQuizProblem(code, this.lineOf(at), params));
  }

  reportAtOffset(code: QuizProblemCode, offset: number, params: Readonly<Record<string, string | number>>): void {
    this.reportAtLine(code, this.lineAtOffset(offset), params);
  }

  reportAtLine(code: QuizProblemCode, line: number, params: Readonly<Record<string, string | number>>): void {
    this.collected.push(createQuizProblem(code, line, params));
  }

  /** 1-based; a node without a source position (an empty document) counts as line 1. */
  lineOf(node: unknown): number {
    const range = hasRange(node) ? node.range : undefined;
    return range ? this.lineAtOffset(range[0]) : 1;
  }

  private lineAtOffset(offset: number): number {
    // `linePos` answers line 0 before the first newline it has counted.
    return Math.max(1, this.lineCounter.linePos(offset).line);
  }
}

function hasRange(node: unknown): node is { range: readonly [number, number, number] | null | undefined } {
  return typeof node === 'object' && node !== null && 'range' in node;
}

export function fieldNode(map: YAMLMap, key: string): unknown {
  return map.get(key, true);
}

/** The key itself, to report a problem with a whole list on the line that names it. */
export function keyNode(map: YAMLMap, key: string): unknown {
  return map.items.find((pair) => isScalar(pair.key) && pair.key.value === key)?.key;
}

/** `key: ` with nothing after it parses as a null scalar; it means the same as leaving the key out. */
export function isAbsent(node: unknown): boolean {
  return node === undefined || (isScalar(node) && node.value === null);
}

/** Numbers count as text so that an id such as `1` or a text such as `2017` is accepted as written. */
export function readTextField(map: YAMLMap, key: string): TextField {
  const node = fieldNode(map, key);
  if (isAbsent(node)) {
    return { kind: 'absent' };
  }
  if (isScalar(node)) {
    if (typeof node.value === 'string') {
      return { kind: 'text', value: node.value, node };
    }
    if (typeof node.value === 'number') {
      return { kind: 'text', value: node.source ?? String(node.value), node };
    }
  }
  return { kind: 'wrongType', node };
}

export function asMap(node: unknown): YAMLMap | undefined {
  return isMap(node) ? node : undefined;
}

export function asSeq(node: unknown): YAMLSeq | undefined {
  return isSeq(node) ? node : undefined;
}

export function isBooleanScalar(node: unknown): node is { value: boolean } {
  return isScalar(node) && typeof node.value === 'boolean';
}

export function positiveIntegerValue(node: unknown): number | undefined {
  if (isScalar(node) && typeof node.value === 'number' && Number.isInteger(node.value) && node.value >= 1) {
    return node.value;
  }
  return undefined;
}

const collectionTokenTypes: ReadonlySet<string> = new Set(['block-map', 'block-seq', 'flow-collection']);

/**
 * The offset of the first collection nested deeper than `maximum`, or undefined. Building the
 * document recurses once per level, and a few thousand levels (`- - - - ...`) crash the whole
 * process rather than throw, so the depth is measured first on yaml's concrete syntax tree, which
 * is built without recursion, and walked here with an explicit stack.
 */
export function offsetNestedTooDeep(text: string, maximum: number): number | undefined {
  const pending: { readonly value: unknown; readonly depth: number }[] = [];
  for (const token of new Parser().parse(text)) {
    pending.push({ value: token, depth: 0 });
  }
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { value, depth } = next;
    if (typeof value !== 'object' || value === null) {
      continue;
    }
    const isCollection = 'type' in value && typeof value.type === 'string' && collectionTokenTypes.has(value.type);
    const childDepth = isCollection ? depth + 1 : depth;
    if (childDepth > maximum && 'offset' in value && typeof value.offset === 'number') {
      return value.offset;
    }
    for (const child of Object.values(value)) {
      pending.push({ value: child, depth: childDepth });
    }
  }
  return undefined;
}
