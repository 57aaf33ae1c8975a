/**
 * A template as literal text and tab stops, kept apart from VS Code's snippet syntax so the same
 * template can become a snippet (to insert) or plain text (to copy, or to test).
 */

export type SnippetPart =
  | { readonly kind: 'text'; readonly text: string }
  /** `index` starts at 1; parts sharing an index are edited together, like VS Code mirrors. */
  | { readonly kind: 'placeholder'; readonly index: number; readonly defaultText: string };

export interface SnippetTemplate {
  readonly parts: readonly SnippetPart[];
}

export function literal(text: string): SnippetPart {
  return { kind: 'text', text };
}

export function placeholder(index: number, defaultText: string): SnippetPart {
  return { kind: 'placeholder', index, defaultText };
}

/** Collects parts in document order; `encode` fits a value to where it sits (a JSON string, XML text ...). */
export class SnippetTemplateBuilder {
  private readonly parts: SnippetPart[] = [];

  text(text: string): this {
    if (text !== '') {
      this.parts.push(literal(text));
    }
    return this;
  }

  value(part: SnippetPart, encode: (text: string) => string = (text) => text): this {
    if (part.kind === 'text') {
      return this.text(encode(part.text));
    }
    this.parts.push(placeholder(part.index, encode(part.defaultText)));
    return this;
  }

  build(): SnippetTemplate {
    return { parts: [...this.parts] };
  }
}

// Inside a snippet, `$` starts a tab stop, `}` ends a placeholder and `\` escapes; all three need a `\`.
function escapeSnippetText(text: string): string {
  return text.replace(/[$}\\]/g, (character) => `\\${character}`);
}

/** VS Code snippet syntax: `${1:default}` per placeholder, the cursor's final stop `$0` at the end. */
export function toSnippetString(template: SnippetTemplate): string {
  const pieces = template.parts.map((part) =>
    part.kind === 'text'
      ? escapeSnippetText(part.text)
      : `\${${part.index}:${escapeSnippetText(part.defaultText)}}`,
  );
  return `${pieces.join('')}$0`;
}

/**
 * The text a learner sees right after inserting the snippet. As in VS Code, the first non-empty
 * default of an index fills every placeholder with that index.
 */
export function toPlainText(template: SnippetTemplate): string {
  const defaults = new Map<number, string>();
  for (const part of template.parts) {
    if (part.kind === 'placeholder' && part.defaultText !== '' && !defaults.has(part.index)) {
      defaults.set(part.index, part.defaultText);
    }
  }
  return template.parts
    .map((part) => (part.kind === 'text' ? part.text : (defaults.get(part.index) ?? '')))
    .join('');
}
