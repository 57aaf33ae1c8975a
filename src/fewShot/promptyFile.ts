/** A Prompty file's front matter (its sample input) and the escapes its renderer writes into turns. */
import { parse } from 'yaml';
import { type ParsedPrompt, type SourceSpan } from './parsedPrompt';

export interface PromptyFrontMatter {
  /** Offset just after the closing `---` line. */
  readonly end: number;
  readonly sample: Readonly<Record<string, string>>;
}

const frontMatter = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

export function readPromptyFrontMatter(source: string): PromptyFrontMatter | undefined {
  const match = frontMatter.exec(source);
  if (match === null) {
    return undefined;
  }
  let data: unknown;
  try {
    data = parse(match[1] ?? '');
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null) {
    return undefined;
  }
  const sample: Record<string, string> = {};
  const sampleData = (data as Record<string, unknown>)['sample'];
  if (typeof sampleData === 'object' && sampleData !== null) {
    for (const [key, value] of Object.entries(sampleData)) {
      if (typeof value === 'string') {
        sample[key] = value;
      }
    }
  }
  return { end: match[0].length, sample };
}

/** `{% raw %}` guards and the `\` before a role word at a line start are the renderer's escapes, not the prompt's text. */
export function unescapePromptyText(text: string): string {
  return text.replace(/\{% raw %\}|\{% endraw %\}/g, '').replace(/^([ \t]*(?:#[ \t]*)?)\\((?:system|user|assistant|developer|function|tool)(?:\[[^\]\n]*\])?[ \t]*:[ \t]*)$/gim, '$1$2');
}

/** The front matter is the file's settings (name, model, sample), not prompt text: it is recorded as markup. */
export function unescapePromptyParsed(parsed: ParsedPrompt, front: PromptyFrontMatter): ParsedPrompt {
  const inputName = /^\s*\{\{\s*([A-Za-z_]\w*)\s*\}\}\s*$/.exec(parsed.input?.[0] ?? '')?.[1];
  const sampleInput = inputName === undefined ? undefined : front.sample[inputName];
  // With a sample, the input's `{{input}}` is only the slot the sample fills: structure, like the front matter.
  const slot = (span: SourceSpan): boolean => sampleInput !== undefined && span.role === 'value' && span.text === parsed.input?.[0];
  const spans: SourceSpan[] = [
    { start: 0, end: front.end, role: 'markup' },
    ...parsed.spans.map((span) => (slot(span) ? { start: span.start, end: span.end, role: 'markup' as const } : span.text === undefined ? span : { ...span, text: unescapePromptyText(span.text) })),
  ];
  return {
    ...parsed,
    instruction: unescapePromptyText(parsed.instruction),
    examples: parsed.examples.map((example) => ({ values: example.values.map(unescapePromptyText) })),
    input: parsed.input?.map(unescapePromptyText).map((value, index) => (index === 0 && sampleInput !== undefined && sampleInput !== '' ? sampleInput : value)),
    closing: unescapePromptyText(parsed.closing),
    spans,
  };
}
