/** Checks a prompt before parsing; the host turns each error kind into a localized message. */

/** Far above any prompt a learner writes by hand, low enough that parsing stays instant. */
export const maxPromptCharacters = 100_000;

export type PromptInputError =
  | { readonly kind: 'empty' }
  | { readonly kind: 'tooLong'; readonly length: number; readonly maxLength: number };

export function validatePromptInput(text: string): PromptInputError | undefined {
  if (text.length > maxPromptCharacters) {
    return { kind: 'tooLong', length: text.length, maxLength: maxPromptCharacters };
  }
  if (text.trim() === '') {
    return { kind: 'empty' };
  }
  return undefined;
}
