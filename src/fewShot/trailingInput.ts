import { type FewShotExample } from './parsedPrompt';

/**
 * A last example without an answer is the real input (`Q: what is X?` then `A:`), not an
 * example: that is how a learner leaves the slot the model should fill.
 */
export function separateTrailingInput(found: readonly FewShotExample[]): {
  examples: FewShotExample[];
  input: string | undefined;
} {
  const examples = [...found];
  const last = examples.at(-1);
  if (last === undefined || last.output !== '') {
    return { examples, input: undefined };
  }
  examples.pop();
  return { examples, input: last.input === '' ? undefined : last.input };
}
