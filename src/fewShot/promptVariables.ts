/**
 * Template variables in a prompt: `{name}` (Python f-strings, LangChain), `{{name}}` (Mustache,
 * Jinja, Prompty) and `${name}` (JavaScript). When a prompt uses single braces, `{{` and `}}` are
 * LangChain's escaped braces, not variables.
 */

export interface PromptVariable {
  readonly name: string;
  /** As written, braces included. */
  readonly raw: string;
  readonly start: number;
  readonly end: number;
}

const dollar = /\$\{\s*([A-Za-z_][\w.]*)\s*\}/g;
const double = /\{\{\s*([A-Za-z_][\w.]*)\s*\}\}/g;
const single = /(?<![{$])\{([A-Za-z_][\w.]*)\}(?!\})/g;

/** Whether the prompt escapes braces LangChain's way: it holds a `{name}` variable. */
export function usesSingleBraces(text: string): boolean {
  single.lastIndex = 0;
  return single.test(text);
}

export function findVariables(text: string, singleBraces: boolean): PromptVariable[] {
  const found: PromptVariable[] = [];
  const patterns = singleBraces ? [dollar, single] : [dollar, double];
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      if (!found.some((other) => start < other.end && other.start < start + match[0].length)) {
        found.push({ name: match[1] ?? '', raw: match[0], start, end: start + match[0].length });
      }
    }
  }
  return found.sort((left, right) => left.start - right.start);
}
