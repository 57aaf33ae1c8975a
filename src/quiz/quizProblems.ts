/**
 * Every problem the quiz parser reports. The code is a stable key the host localizes; the
 * parameters fill the `{name}` placeholders of the English template (also usable with
 * `vscode.l10n.t(message, params)`). `question` is a question id, or `#n` when the id is missing;
 * `entry` is an option, item or pair id, or `#n` likewise.
 */
export const quizProblemMessages = {
  yamlSyntax: 'The file is not valid YAML: {detail}',
  tooDeeplyNested: 'The file nests lists or mappings more than {maximum} levels deep.',
  rootNotMapping: 'The file must be a mapping with `lesson` and `questions`.',
  missingLesson: 'The file has no `lesson` id.',
  lessonMismatch: 'The file is for lesson `{actual}`, but its name says `{expected}`.',
  questionsNotList: '`questions` must be a list.',
  questionNotMapping: 'Question {position} must be a mapping.',
  missingQuestionField: 'Question {question} has no `{field}`.',
  wrongFieldType: 'In question {question}, `{field}` must be {expected}.',
  unknownKind: 'Question {question} has kind `{kind}`; use single, multiple, ordering or matching.',
  duplicateQuestionId: 'The question id {question} is used more than once.',
  entryNotMapping: 'In question {question}, entry {position} of `{field}` must be a mapping.',
  missingEntryField: 'In question {question}, {entry} has no `{field}`.',
  wrongEntryFieldType: 'In question {question}, `{field}` of {entry} must be {expected}.',
  missingExplanation: 'In question {question}, {entry} has no explanation.',
  duplicateEntryId: 'In question {question}, the id {entry} is used more than once.',
  tooFewOptions: 'Question {question} has {count} options; it needs at least {minimum}.',
  singleNeedsOneCorrect: 'Question {question} is `single` and must have exactly one correct option, not {correctCount}.',
  chooseMismatch: 'Question {question} says `choose: {choose}` but marks {correctCount} options correct.',
  itemCountOutOfRange: 'Question {question} has {count} items; ordering needs {minimum} to {maximum}.',
  pairCountOutOfRange: 'Question {question} has {count} pairs; matching needs {minimum} to {maximum}.',
  duplicatePairSide: 'In question {question}, two pairs have the same {side} side: "{text}".',
  tooLarge: 'The quiz file is larger than {maxKilobytes} KB and was skipped. Split it into smaller quizzes.',
} as const;

export type QuizProblemCode = keyof typeof quizProblemMessages;

/** Every code, for hosts that build a localization table. */
export const quizProblemCodes = Object.keys(quizProblemMessages) as readonly QuizProblemCode[];

/** What a field should have held, named in `wrongFieldType`. */
export type ExpectedFieldType = 'text' | 'a list' | 'true or false' | 'a whole number of at least 1';

export interface QuizProblem {
  readonly code: QuizProblemCode;
  readonly params: Readonly<Record<string, string | number>>;
  /** 1-based line in the quiz file. */
  readonly line: number;
  /** The English template with its parameters filled in, for logs and tests. */
  readonly message: string;
}

export function createQuizProblem(code: QuizProblemCode, line: number, params: Readonly<Record<string, string | number>> = {}): QuizProblem {
  const message = quizProblemMessages[code].replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : placeholder,
  );
  return { code, params, line, message };
}
