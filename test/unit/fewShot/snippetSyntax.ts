// A strict reader of the VS Code snippet syntax our templates use (`${1:default}`, `$0` and the
// `\$`, `\}`, `\\` escapes), so tests can check a snippet means what its plain text says.

export interface ResolvedSnippet {
  /** The text after insertion, each placeholder replaced by what `typed` returns or its default. */
  readonly text: string;
  /** Placeholders in document order (the final `$0` excluded). */
  readonly placeholders: readonly { readonly index: number; readonly defaultText: string }[];
  readonly endsWithFinalTabstop: boolean;
}

export function resolveSnippet(snippet: string, typed?: (index: number) => string | undefined): ResolvedSnippet {
  const pieces: ({ text: string } | { index: number; defaultText: string })[] = [];
  let literal = '';
  let position = 0;
  let endsWithFinalTabstop = false;

  const readEscapedUntilClose = (): string => {
    let value = '';
    while (position < snippet.length) {
      const character = snippet[position] ?? '';
      if (character === '\\' && '$}\\'.includes(snippet[position + 1] ?? '')) {
        value += snippet[position + 1];
        position += 2;
      } else if (character === '}') {
        position += 1;
        return value;
      } else if (character === '$') {
        throw new Error(`unescaped $ inside a placeholder at ${position}`);
      } else {
        value += character;
        position += 1;
      }
    }
    throw new Error('placeholder never closed');
  };

  while (position < snippet.length) {
    const character = snippet[position] ?? '';
    if (character === '\\' && '$}\\'.includes(snippet[position + 1] ?? '')) {
      literal += snippet[position + 1];
      position += 2;
    } else if (character === '}') {
      throw new Error(`unescaped } in text at ${position}`);
    } else if (character === '$') {
      const tabstop = /^\$(\d+)/.exec(snippet.slice(position, position + 12));
      const placeholderStart = /^\$\{(\d+):/.exec(snippet.slice(position, position + 14));
      pieces.push({ text: literal });
      literal = '';
      if (tabstop !== null) {
        position += tabstop[0].length;
        if (tabstop[1] === '0') {
          endsWithFinalTabstop = position === snippet.length;
        } else {
          pieces.push({ index: Number(tabstop[1]), defaultText: '' });
        }
      } else if (placeholderStart !== null) {
        position += placeholderStart[0].length;
        pieces.push({ index: Number(placeholderStart[1]), defaultText: readEscapedUntilClose() });
      } else {
        throw new Error(`unescaped $ in text at ${position} (VS Code would read a variable)`);
      }
    } else {
      literal += character;
      position += 1;
    }
  }
  pieces.push({ text: literal });

  const placeholders = pieces.filter((piece): piece is { index: number; defaultText: string } => 'index' in piece);
  // As in VS Code, the first non-empty default of an index fills all its mirrors.
  const defaults = new Map<number, string>();
  for (const { index, defaultText } of placeholders) {
    if (defaultText !== '' && !defaults.has(index)) {
      defaults.set(index, defaultText);
    }
  }
  const text = pieces
    .map((piece) => ('text' in piece ? piece.text : (typed?.(piece.index) ?? defaults.get(piece.index) ?? '')))
    .join('');
  return { text, placeholders, endsWithFinalTabstop };
}
