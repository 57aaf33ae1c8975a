/**
 * A template as literal text and tab stops, kept apart from VS Code's snippet syntax so the same
 * template can become a snippet (to insert) or plain text (to copy, preview, or test).
 */

export type SnippetPart =
  | { readonly kind: 'text'; readonly text: string }
  /** `index` starts at 1; parts sharing an index are edited together, like VS Code mirrors. */
  | { readonly kind: 'placeholder'; readonly index: number; readonly defaultText: string };

export interface SnippetTemplate {
  readonly parts: readonly SnippetPart[];
  /** For each example written, the index of its first part, so messages can point at it. */
  readonly exampleStarts: readonly number[];
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
  private readonly exampleStarts: number[] = [];

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

  values(parts: readonly SnippetPart[], encode?: (text: string) => string): this {
    for (const part of parts) {
      this.value(part, encode);
    }
    return this;
  }

  startExample(): this {
    this.exampleStarts.push(this.parts.length);
    return this;
  }

  build(): SnippetTemplate {
    return { parts: [...this.parts], exampleStarts: [...this.exampleStarts] };
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

function partTexts(template: SnippetTemplate): string[] {
  const defaults = new Map<number, string>();
  for (const part of template.parts) {
    if (part.kind === 'placeholder' && part.defaultText !== '' && !defaults.has(part.index)) {
      defaults.set(part.index, part.defaultText);
    }
  }
  return template.parts.map((part) => (part.kind === 'text' ? part.text : (defaults.get(part.index) ?? '')));
}

/**
 * The text a learner sees right after inserting the snippet. As in VS Code, the first non-empty
 * default of an index fills every placeholder with that index.
 */
export function toPlainText(template: SnippetTemplate): string {
  return partTexts(template).join('');
}

/** Offsets in `toPlainText` where each example starts. */
export function exampleOffsets(template: SnippetTemplate): number[] {
  const texts = partTexts(template);
  const offsets: number[] = [];
  let position = 0;
  let part = 0;
  for (const start of template.exampleStarts) {
    while (part < start) {
      position += texts[part++]?.length ?? 0;
    }
    offsets.push(position);
  }
  return offsets;
}
