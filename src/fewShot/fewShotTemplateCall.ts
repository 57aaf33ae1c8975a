/**
 * LangChain's FewShotPromptTemplate around a list of example records (Python `prefix=`, `suffix=`,
 * `example_prompt=`; JS `prefix`, `suffix`, `examplePrompt`): the prefix is the instruction, the placeholder
 * in the suffix is the input, and the example prompt's `Label: {key}` lines name the fields as the
 * examples will read.
 */
import { type LiteralNode, entryOf } from './literalTree';

export interface TemplateCall {
  readonly prefix: LiteralNode | undefined;
  readonly suffix: { readonly node: LiteralNode; readonly placeholder: string } | undefined;
  readonly examplePrompt: LiteralNode | undefined;
  /** The argument names read (`prefix`, `suffix`, `example_prompt`): syntax around the strings. */
  readonly keys: readonly string[];
}

/** The template arguments beside the records, when the object holding them has a prefix, suffix or example prompt. */
export function templateCallAround(container: LiteralNode | undefined): TemplateCall | undefined {
  if (container?.kind !== 'object') {
    return undefined;
  }
  const stringEntry = (...names: string[]): { key: string; node: LiteralNode } | undefined => {
    for (const name of names) {
      const value = entryOf(container, name);
      const text = value?.kind === 'object' ? (entryOf(value, 'template') ?? entryOf(value, 'content')) : value;
      if (value !== undefined && text?.kind === 'string') {
        return { key: name, node: text };
      }
    }
    return undefined;
  };
  const prefix = stringEntry('prefix');
  const suffix = stringEntry('suffix');
  const examplePrompt = stringEntry('example_prompt', 'examplePrompt');
  if (prefix === undefined && suffix === undefined && examplePrompt === undefined) {
    return undefined;
  }
  const placeholder = suffix?.node.kind === 'string' ? /\{\{?\s*[\p{L}_][\p{L}\p{N}_]*\s*\}?\}/u.exec(suffix.node.value)?.[0] : undefined;
  return {
    prefix: prefix?.node,
    suffix: suffix === undefined || placeholder === undefined ? undefined : { node: suffix.node, placeholder },
    examplePrompt: examplePrompt?.node,
    keys: [prefix, suffix, examplePrompt].flatMap((found) => (found === undefined ? [] : [found.key])),
  };
}

/** `Word: {word}\nAntonym: {antonym}` names the fields `word` and `antonym` Word and Antonym; undefined unless every key has its label. */
export function labelsFromExamplePrompt(examplePrompt: LiteralNode | undefined, keys: readonly string[]): string[] | undefined {
  if (examplePrompt?.kind !== 'string') {
    return undefined;
  }
  const labels = keys.map((key) => {
    const found = new RegExp(`(?:^|\\n)[ \\t]*([^\\n{}:]{1,40}?)[ \\t]*:[ \\t]*\\{\\{?\\s*${key.replace(/[^\p{L}\p{N}_]/gu, '')}\\s*\\}?\\}`, 'u').exec(examplePrompt.value);
    return found?.[1]?.trim();
  });
  return labels.every((label): label is string => label !== undefined && label !== '') ? labels : undefined;
}
