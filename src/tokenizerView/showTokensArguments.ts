// Checks the arguments of `learnGenai.showTokensForText`, which lessons (possibly the learner's own) can pass.
import { isBundledTokenizerName, type EncodingName } from '../tokenEngine';
import { maxTypedTextLength } from './tokenizerMessages';

export interface ShowTokensForTextArguments {
  readonly text: string;
  readonly encoding?: EncodingName;
  readonly compareWith?: EncodingName;
}

/** The arguments if they fit `{ text, encoding?, compareWith? }` (or are just the text); undefined otherwise. */
export function parseShowTokensForTextArguments(args: unknown): ShowTokensForTextArguments | undefined {
  if (typeof args === 'string') {
    return args.length <= maxTypedTextLength ? { text: args } : undefined;
  }
  if (typeof args !== 'object' || args === null || Array.isArray(args)) {
    return undefined;
  }
  const { text, encoding, compareWith } = args as Record<string, unknown>;
  if (typeof text !== 'string' || text.length > maxTypedTextLength) {
    return undefined;
  }
  // Only the bundled tokenizers: a lesson must not make the view read a file by naming its URI.
  if ((encoding !== undefined && !isBundledTokenizerName(encoding)) || (compareWith !== undefined && !isBundledTokenizerName(compareWith))) {
    return undefined;
  }
  return { text, ...(encoding !== undefined ? { encoding } : {}), ...(compareWith !== undefined ? { compareWith } : {}) };
}
