/** The glossary's data types: one entry per concept, shared by hovers, checks and lessons. */

/** Where a term is taught: a lesson id and, optionally, the slug of a heading on that lesson's page. */
export interface GlossaryLessonLink {
  readonly lessonId: string;
  readonly anchor?: string;
}

export interface GlossaryEntry {
  /** Kebab-case, the same in every language. */
  readonly id: string;
  /** Display name in this language (in pt-br, the one canonical Brazilian term). */
  readonly term: string;
  /** Lower-case words that name the concept in prose and prompt files. */
  readonly aliases: readonly string[];
  /** Parameter and API names in code that this entry explains (language-neutral). */
  readonly codeNames: readonly string[];
  /** Two to four sentences. */
  readonly definition: string;
  readonly typicalValues?: string;
  /** One line: the mistake people make with it. */
  readonly watchOut: string;
  readonly lesson: GlossaryLessonLink;
}

export interface Glossary {
  readonly locale: string;
  readonly entries: readonly GlossaryEntry[];
  byId(id: string): GlossaryEntry | undefined;
  /** Exact name first (`topP`), then ignoring case. */
  byCodeName(name: string): GlossaryEntry | undefined;
  /** A word or phrase from prose, matched against aliases and the term, ignoring case. */
  byAlias(word: string): GlossaryEntry | undefined;
}

/** A problem in a glossary file: a stable code the host localizes, its parameters and the 1-based line. */
export interface GlossaryProblem {
  readonly code: GlossaryProblemCode;
  readonly params: Readonly<Record<string, string | number>>;
  readonly line: number;
  /** The English message with its parameters filled in, for logs and tests. */
  readonly message: string;
}

/** English templates; `{name}` placeholders are filled from the problem's params. */
export const glossaryProblemMessages = {
  yamlSyntax: 'The glossary is not valid YAML: {detail}',
  tooDeeplyNested: 'The glossary nests lists or mappings more than {maximum} levels deep.',
  rootNotMapping: 'The glossary must be a mapping with a `terms` list.',
  termsNotList: '`terms` must be a list of entries.',
  entryNotMapping: 'Entry {position} must be a mapping with id, term, definition, watchOut and lesson.',
  missingField: 'Entry {entry} has no `{field}`.',
  wrongFieldType: 'In entry {entry}, `{field}` must be {expected}.',
  invalidId: 'The id "{id}" must be kebab-case (lower-case letters, digits and hyphens).',
  duplicateId: 'The id "{id}" is used by another entry; this one was skipped.',
  duplicateCodeName: 'The code name "{name}" of entry {entry} already belongs to entry {other}.',
  invalidCodeName: 'In entry {entry}, the code name "{name}" is not an identifier.',
  aliasNotLowerCase: 'In entry {entry}, the alias "{alias}" must be lower case.',
  invalidLessonLink: 'In entry {entry}, `lesson` must look like lesson-id or lesson-id#section-anchor, not "{value}".',
  unknownField: 'Entry {entry} has an unknown field `{field}`.',
} as const;

export type GlossaryProblemCode = keyof typeof glossaryProblemMessages;
