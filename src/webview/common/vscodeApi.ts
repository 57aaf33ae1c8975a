// The webview side of the VS Code bridge, typed per page.

interface VsCodeApi<State, Message> {
  postMessage(message: Message): void;
  getState(): State | undefined;
  setState(state: State): void;
}

declare function acquireVsCodeApi<State, Message>(): VsCodeApi<State, Message>;

export function vscodeApi<State, Message>(): VsCodeApi<State, Message> {
  return acquireVsCodeApi<State, Message>();
}

/** The state the host put in `data-state` on <body>. */
export function initialState<T>(): T {
  return JSON.parse(document.body.dataset.state ?? '{}') as T;
}

/** Replaces `{0}`, `{1}`... in a localized template handed in by the host. */
export function format(template: string, ...values: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (match, index: string) => String(values[Number(index)] ?? match));
}

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'className') {
      node.className = value;
    } else {
      node.setAttribute(name, value);
    }
  }
  node.append(...children);
  return node;
}

export function codicon(name: string): HTMLSpanElement {
  return element('span', { className: `codicon codicon-${name}`, 'aria-hidden': 'true' });
}
