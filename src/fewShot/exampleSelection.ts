/** Which found examples a template keeps: all, the first N, or those that fit a token budget. */
import { type ParsedPrompt } from './parsedPrompt';
import { maxShots, normalizeShotCount } from './shotLimits';

export type ShotChoice =
  | { readonly kind: 'all' }
  | { readonly kind: 'count'; readonly shots: number }
  | { readonly kind: 'fitTokens'; readonly budget: number };

export interface ExampleSelection {
  /** Indices into `parsed.examples`, in order. */
  readonly kept: readonly number[];
  /** Placeholder examples added after them to reach the number asked for. */
  readonly padded: number;
}

/**
 * `count` keeps the first examples and pads with placeholders; `fitTokens` keeps, in order, every
 * example whose exact token count still fits in what is left of the budget.
 */
export function selectExamples(parsed: ParsedPrompt, choice: ShotChoice, tokensOfExample: (index: number) => number): ExampleSelection {
  const found = parsed.examples.length;
  switch (choice.kind) {
    case 'all':
      return { kept: indices(Math.min(found, maxShots)), padded: 0 };
    case 'count': {
      const shots = normalizeShotCount(choice.shots);
      const kept = indices(Math.min(found, shots));
      return { kept, padded: shots - kept.length };
    }
    case 'fitTokens': {
      const kept: number[] = [];
      let left = choice.budget;
      for (let index = 0; index < found && kept.length < maxShots; index++) {
        const cost = tokensOfExample(index);
        if (cost <= left) {
          kept.push(index);
          left -= cost;
        }
      }
      return { kept, padded: 0 };
    }
  }
}

function indices(count: number): number[] {
  return Array.from({ length: count }, (_, index) => index);
}
