/** Turns a parsed prompt and the examples to keep into the values every template format writes. */
import { type ExampleSelection } from './exampleSelection';
import { type ParsedPrompt, fieldCount } from './parsedPrompt';
import { findVariables, usesSingleBraces } from './promptVariables';
import { type SnippetPart, literal, placeholder } from './snippetTemplate';

/**
 * Every word a template may need that the learner did not write. The host passes them
 * localized; this module holds no user-facing text of its own.
 */
export interface TemplateTexts {
  /** Stands in for the instruction when the prompt had none. */
  readonly instructionPlaceholder: string;
  readonly exampleValuePlaceholder: (exampleNumber: number, label: string) => string;
  /** Stands in for the input when the prompt ended with a complete example or had no input. */
  readonly inputPlaceholder: string;
  /** Labels when the prompt used none of its own (e.g. `Input` / `Output`). */
  readonly inputLabel: string;
  readonly outputLabel: string;
  /** Heads the text the parser could not place, so the learner sees it and decides. */
  readonly unparsedHeading: string;
  /** The Prompty file's `name` and `description`. */
  readonly templateName: string;
  readonly templateDescription: string;
}

export interface TemplateVariable {
  readonly name: string;
  readonly sample: string;
}

export interface TemplateContent {
  /** Literal text with a placeholder per variable, or one placeholder when the prompt had none. */
  readonly instruction: readonly SnippetPart[];
  readonly unparsed: readonly string[];
  readonly fieldLabels: readonly string[];
  /** Each example's values, as placeholders with the prompt's text as default. */
  readonly examples: readonly (readonly SnippetPart[])[];
  /** One placeholder per input field. */
  readonly input: readonly SnippetPart[];
  readonly closing: readonly SnippetPart[];
  /** The prompt's own variables (`{text}`), for Prompty's `inputs`. */
  readonly variables: readonly TemplateVariable[];
  /** The name of the variable each input field reads in Prompty: the prompt's own when the input was one. */
  readonly inputNames: readonly string[];
}

/**
 * Placeholders are numbered in the order the learner tabs through them: the instruction (only
 * when the prompt had none) and its variables, each example's values, the input values last.
 * A variable keeps one number wherever it appears, so editing one edits all.
 */
export function buildTemplateContent(parsed: ParsedPrompt, selection: ExampleSelection, texts: TemplateTexts): TemplateContent {
  let nextIndex = 1;
  const variableIndex = new Map<string, number>();
  const variables: TemplateVariable[] = [];
  const singleBraces = usesSingleBraces([parsed.instruction, parsed.closing, ...(parsed.input ?? [])].join('\n'));
  const withVariables = (text: string): SnippetPart[] => {
    const parts: SnippetPart[] = [];
    let position = 0;
    for (const variable of findVariables(text, singleBraces)) {
      if (variable.start > position) {
        parts.push(literal(text.slice(position, variable.start)));
      }
      let index = variableIndex.get(variable.name);
      if (index === undefined) {
        index = nextIndex++;
        variableIndex.set(variable.name, index);
        variables.push({ name: variable.name, sample: variable.name });
      }
      parts.push(placeholder(index, variable.raw));
      position = variable.end;
    }
    if (position < text.length) {
      parts.push(literal(text.slice(position)));
    }
    return parts;
  };
  const instruction = parsed.instruction === '' ? [placeholder(nextIndex++, texts.instructionPlaceholder)] : withVariables(parsed.instruction);
  const fields = fieldCount(parsed);
  const fieldLabels = parsed.fieldLabels ?? [texts.inputLabel, texts.outputLabel];
  const examples: SnippetPart[][] = [];
  for (const index of selection.kept) {
    const found = parsed.examples[index];
    examples.push(Array.from({ length: fields }, (_, field) => placeholder(nextIndex++, found?.values[field] ?? '')));
  }
  for (let pad = 0; pad < selection.padded; pad++) {
    const exampleNumber = examples.length + 1;
    examples.push(fieldLabels.map((label) => placeholder(nextIndex++, texts.exampleValuePlaceholder(exampleNumber, label))));
  }
  const inputNames: string[] = [];
  const input: SnippetPart[] = [];
  for (let field = 0; field < fields - 1; field++) {
    const value = parsed.input?.[field] ?? '';
    const own = findVariables(value, singleBraces);
    const whole = own.length === 1 && own[0]?.raw === value.trim() ? own[0] : undefined;
    const name = whole?.name ?? inputVariableName(fieldLabels[field] ?? '', field, fields);
    inputNames.push(name);
    input.push(placeholder(nextIndex++, value === '' ? texts.inputPlaceholder : value));
  }
  const closing = parsed.closing === '' ? [] : withVariables(parsed.closing);
  return { instruction, unparsed: parsed.unparsed, fieldLabels, examples, input, closing, variables: variables.filter((variable) => !inputNames.includes(variable.name)), inputNames };
}

/** `input` for a one-field input; otherwise each field's label as an identifier (`user_question`). */
function inputVariableName(label: string, field: number, fields: number): string {
  if (fields <= 2) {
    return 'input';
  }
  const identifier = label.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  return /^[a-z_]/.test(identifier) ? identifier : `field_${field + 1}`;
}
