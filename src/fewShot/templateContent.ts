/** Turns a parsed prompt and a number of shots into the values every template format writes. */
import { type ExampleLabels, type ParsedPrompt } from './parsedPrompt';
import { type SnippetPart, literal, placeholder } from './snippetTemplate';

/**
 * Every word a template may need that the learner did not write. The host passes them
 * localized; this module holds no user-facing text of its own.
 */
export interface TemplateTexts {
  /** Stands in for the instruction when the prompt had none. */
  readonly instructionPlaceholder: string;
  readonly exampleInputPlaceholder: (exampleNumber: number) => string;
  readonly exampleOutputPlaceholder: (exampleNumber: number) => string;
  /** Stands in for the input when the prompt ended with a complete example or had no input. */
  readonly inputPlaceholder: string;
  /** Labels for the plain format when the prompt used none of its own (e.g. `Input` / `Output`). */
  readonly inputLabel: string;
  readonly outputLabel: string;
  /** The Prompty file's `name` and `description`. */
  readonly templateName: string;
  readonly templateDescription: string;
}

export interface TemplateExample {
  readonly input: SnippetPart;
  readonly output: SnippetPart;
}

export interface TemplateContent {
  /** Literal when the prompt had one, else a placeholder. */
  readonly instruction: SnippetPart;
  /** All placeholders: the prompt's examples first (their text as default), then padding. */
  readonly examples: readonly TemplateExample[];
  /** Always a placeholder, with the prompt's input (or a stand-in) as its default. */
  readonly input: SnippetPart;
  readonly labels: ExampleLabels;
  readonly examplesUsed: number;
  readonly examplesPadded: number;
}

/** More shots than this stop teaching anything and only make a wall of placeholders. */
export const maxShots = 100;

/** Whole numbers from 0 to `maxShots`; anything else (negative, NaN, fractions) is brought into range. */
export function normalizeShotCount(shots: number): number {
  if (!Number.isFinite(shots) || shots <= 0) {
    return 0;
  }
  return Math.min(Math.floor(shots), maxShots);
}

/**
 * Placeholders are numbered in the order the learner tabs through them: the instruction (only
 * when the prompt had none), each example's input then output, and the input last.
 */
export function buildTemplateContent(parsed: ParsedPrompt, shots: number, texts: TemplateTexts): TemplateContent {
  const shotCount = normalizeShotCount(shots);
  let nextIndex = 1;
  const instruction = parsed.instruction === ''
    ? placeholder(nextIndex++, texts.instructionPlaceholder)
    : literal(parsed.instruction);

  const kept = parsed.examples.slice(0, shotCount);
  const examples: TemplateExample[] = [];
  for (let exampleNumber = 1; exampleNumber <= shotCount; exampleNumber++) {
    const found = kept[exampleNumber - 1];
    const input = placeholder(nextIndex++, found?.input ?? texts.exampleInputPlaceholder(exampleNumber));
    const output = placeholder(nextIndex++, found?.output ?? texts.exampleOutputPlaceholder(exampleNumber));
    examples.push({ input, output });
  }

  return {
    instruction,
    examples,
    input: placeholder(nextIndex, parsed.input ?? texts.inputPlaceholder),
    labels: parsed.labels ?? { input: texts.inputLabel, output: texts.outputLabel },
    examplesUsed: kept.length,
    examplesPadded: shotCount - kept.length,
  };
}
