/** The values of a JavaScript, JSON or Python literal that the chat-message reader needs, with offsets. */

export type LiteralNode =
  | { readonly kind: 'string'; readonly value: string; readonly start: number; readonly end: number }
  | { readonly kind: 'array'; readonly items: readonly LiteralNode[]; readonly start: number; readonly end: number }
  | {
      readonly kind: 'object';
      readonly entries: readonly { readonly key: string; readonly value: LiteralNode }[];
      /** The function or class called, for `HumanMessage(content="...")` or `dict(role=...)`. */
      readonly callee?: string;
      readonly start: number;
      readonly end: number;
    }
  | { readonly kind: 'other'; readonly start: number; readonly end: number };

export function entryOf(node: LiteralNode, key: string): LiteralNode | undefined {
  return node.kind === 'object' ? node.entries.find((entry) => entry.key === key)?.value : undefined;
}

/** Every node, parents before children. */
export function* walkLiteral(node: LiteralNode): Generator<LiteralNode> {
  yield node;
  if (node.kind === 'array') {
    for (const item of node.items) {
      yield* walkLiteral(item);
    }
  } else if (node.kind === 'object') {
    for (const entry of node.entries) {
      yield* walkLiteral(entry.value);
    }
  }
}
