/** What the parser found in a learner's prompt: the pieces a few-shot template is built from. */

export interface FewShotExample {
  readonly input: string;
  readonly output: string;
}

/** The words a prompt put before its examples' inputs and outputs, as written (e.g. `Q` / `A`). */
export interface ExampleLabels {
  readonly input: string;
  readonly output: string;
}

/** Which layout the examples were found in; `instructionOnly` means none was recognized. */
export type PromptShape =
  | 'labeledLines'
  | 'exampleBlocks'
  | 'arrowLines'
  | 'xmlExamples'
  | 'chatMessages'
  | 'instructionOnly';

export interface ParsedPrompt {
  readonly shape: PromptShape;
  /** Empty when the prompt held examples or an input but no words before them. */
  readonly instruction: string;
  readonly examples: readonly FewShotExample[];
  /** The real question after the examples; undefined when the prompt ends with a complete example. */
  readonly input: string | undefined;
  /** Only for text labels (`Input:`, `Q:`, `Entrada:` ...); other shapes have none to keep. */
  readonly labels: ExampleLabels | undefined;
}
