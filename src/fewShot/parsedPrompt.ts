/** What the parser found in a learner's prompt: the pieces a few-shot template is built from. */

/** One example: a value per field, in the order of `ParsedPrompt.fieldLabels`; the last is the output. */
export interface FewShotExample {
  readonly values: readonly string[];
}

/** Which layout the examples were found in; `instructionOnly` means none was recognized. */
export type PromptShape =
  | 'labeledBlocks'
  | 'sameLinePairs'
  | 'arrowLines'
  | 'delimitedTable'
  | 'markdownTable'
  | 'xmlExamples'
  | 'chatMessages'
  | 'instructionOnly';

/** What a stretch of the (line-break normalized) source became, for the nothing-is-lost proof. */
export type SpanRole = 'instruction' | 'value' | 'closing' | 'unparsed' | 'markup';

export interface SourceSpan {
  readonly start: number;
  readonly end: number;
  readonly role: SpanRole;
  /** The text this span contributes to the template (decoded for string literals); markup has none. */
  readonly text?: string;
}

export interface ParsedPrompt {
  readonly shape: PromptShape;
  /** The prompt's own field labels as written (`Text`, `Sentiment`); undefined when it used none (chat, arrows). */
  readonly fieldLabels: readonly string[] | undefined;
  /** Empty when the prompt held examples or an input but no words before them. */
  readonly instruction: string;
  readonly examples: readonly FewShotExample[];
  /** The input fields' values of the last repetition, the one left for the model; undefined when there is none. */
  readonly input: readonly string[] | undefined;
  /** Text after the examples that is not an example ("Answer in one word."). */
  readonly closing: string;
  /** Text the parser could not place, kept whole and shown as such in the template. */
  readonly unparsed: readonly string[];
  readonly spans: readonly SourceSpan[];
}

/** The number of fields of every example of a parsed prompt (two when the prompt named none). */
export function fieldCount(parsed: Pick<ParsedPrompt, 'fieldLabels'>): number {
  return parsed.fieldLabels?.length ?? 2;
}
