// One corpus prompt and the structure a reader would say it has.
export interface ExpectedStructure {
  /** The prompt's own field labels; null when it has none (chat messages, arrows). */
  readonly labels: readonly string[] | null;
  readonly examples: readonly (readonly string[])[];
  readonly input: readonly string[] | null;
  /** Checked when given. */
  readonly instruction?: string;
  readonly closing?: string;
  readonly unparsed?: number;
}

export interface CorpusPrompt {
  readonly name: string;
  readonly prompt: string;
  readonly expected: ExpectedStructure;
}

export function entry(name: string, prompt: string, expected: ExpectedStructure): CorpusPrompt {
  return { name, prompt, expected };
}

/** Joins lines with CRLF, as prompts copied from Windows tools arrive. */
export function crlf(lines: readonly string[]): string {
  return lines.join('\r\n');
}

/** Joins lines with LF, so a long prompt is written one line per argument. */
export function lines(...parts: readonly string[]): string {
  return parts.join('\n');
}
