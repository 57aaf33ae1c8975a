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

/**
 * Every node, parents before children, in source order. An explicit stack, not a recursive generator:
 * `yield*` hands each node up through every level above it, which costs the depth per node.
 */
export function walkLiteral(root: LiteralNode): LiteralNode[] {
  const nodes: LiteralNode[] = [];
  const stack: LiteralNode[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    nodes.push(node);
    const children = node.kind === 'array' ? node.items : node.kind === 'object' ? node.entries.map((entry) => entry.value) : [];
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index];
      if (child !== undefined) {
        stack.push(child);
      }
    }
  }
  return nodes;
}
