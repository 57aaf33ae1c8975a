/**
 * Checks a version 1 progress document field by field and rebuilds it from the checked values.
 * Stored and imported data may have been edited, truncated or written by another version, so
 * nothing is trusted: a wrong type anywhere makes the whole document corrupt.
 */
import { State } from 'ts-fsrs';
import {
  type AnswerRecord,
  currentProgressVersion,
  type LessonProgress,
  maxAnswerHistory,
  maxPracticeExamHistory,
  type PracticeExamRecord,
  type PracticeExamTaskRecord,
  type ProgressState,
  type QuestionProgress,
  type StoredCard,
} from './progressTypes';

export type ProgressValidation = { readonly kind: 'valid'; readonly state: ProgressState } | { readonly kind: 'corrupt'; readonly reason: string };

/** Thrown only inside this module, to leave deep checks early; `validateProgress` turns it into a result. */
class CorruptProgress extends Error {}

export function validateProgress(raw: unknown): ProgressValidation {
  try {
    return { kind: 'valid', state: progressDocument(raw) };
  } catch (error) {
    if (error instanceof CorruptProgress) {
      return { kind: 'corrupt', reason: error.message };
    }
    throw error;
  }
}

export function isPlainRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function progressDocument(raw: unknown): ProgressState {
  const document = record(raw, 'progress');
  if (document['version'] !== currentProgressVersion) {
    throw new CorruptProgress(`version: expected ${currentProgressVersion}`);
  }
  return {
    version: currentProgressVersion,
    shuffleSeed: nonEmptyText(document['shuffleSeed'], 'shuffleSeed'),
    lessons: recordOf(document['lessons'], 'lessons', lesson),
    questions: recordOf(document['questions'], 'questions', question),
    ...optional(document, 'practiceExams', 'progress', practiceExams),
  };
}

function practiceExams(raw: unknown, path: string): PracticeExamRecord[] {
  return list(raw, path)
    .map((entry, index) => practiceExam(entry, `${path}[${index}]`))
    .slice(-maxPracticeExamHistory);
}

function practiceExam(raw: unknown, path: string): PracticeExamRecord {
  const fields = record(raw, path);
  const scaledScore = count(fields['scaledScore'], `${path}.scaledScore`);
  if (scaledScore < 100 || scaledScore > 1000) {
    throw new CorruptProgress(`${path}.scaledScore: expected a score from 100 to 1000`);
  }
  return {
    finishedAt: isoDate(fields['finishedAt'], `${path}.finishedAt`),
    correct: count(fields['correct'], `${path}.correct`),
    total: count(fields['total'], `${path}.total`),
    scaledScore,
    passed: boolean(fields['passed'], `${path}.passed`),
    timed: boolean(fields['timed'], `${path}.timed`),
    byTask: list(fields['byTask'], `${path}.byTask`).map((entry, index) => practiceExamTask(entry, `${path}.byTask[${index}]`)),
  };
}

function practiceExamTask(raw: unknown, path: string): PracticeExamTaskRecord {
  const fields = record(raw, path);
  return { task: nonEmptyText(fields['task'], `${path}.task`), correct: count(fields['correct'], `${path}.correct`), total: count(fields['total'], `${path}.total`) };
}

function lesson(raw: unknown, path: string): LessonProgress {
  const fields = record(raw, path);
  return {
    attempts: count(fields['attempts'], `${path}.attempts`),
    ...optional(fields, 'readAt', path, isoDate),
    ...optional(fields, 'bestScore', path, score),
    ...optional(fields, 'lastScore', path, score),
    ...optional(fields, 'lastAttemptAt', path, isoDate),
  };
}

function question(raw: unknown, path: string): QuestionProgress {
  const fields = record(raw, path);
  const history = list(fields['history'], `${path}.history`).map((entry, index) => answerRecord(entry, `${path}.history[${index}]`));
  return {
    lessonId: nonEmptyText(fields['lessonId'], `${path}.lessonId`),
    card: card(fields['card'], `${path}.card`),
    // A longer history is not wrong, only more than this version keeps.
    history: history.slice(-maxAnswerHistory),
  };
}

function answerRecord(raw: unknown, path: string): AnswerRecord {
  const fields = record(raw, path);
  return { at: isoDate(fields['at'], `${path}.at`), correct: boolean(fields['correct'], `${path}.correct`) };
}

function card(raw: unknown, path: string): StoredCard {
  const fields = record(raw, path);
  return {
    due: isoDate(fields['due'], `${path}.due`),
    stability: nonNegativeNumber(fields['stability'], `${path}.stability`),
    difficulty: nonNegativeNumber(fields['difficulty'], `${path}.difficulty`),
    elapsed_days: nonNegativeNumber(fields['elapsed_days'], `${path}.elapsed_days`),
    scheduled_days: nonNegativeNumber(fields['scheduled_days'], `${path}.scheduled_days`),
    learning_steps: count(fields['learning_steps'], `${path}.learning_steps`),
    reps: count(fields['reps'], `${path}.reps`),
    lapses: count(fields['lapses'], `${path}.lapses`),
    state: cardState(fields['state'], `${path}.state`),
    ...optional(fields, 'last_review', path, isoDate),
  };
}

/** An absent key stays absent; a present one (even `null`) must be valid. */
function optional<K extends string, T>(
  fields: Readonly<Record<string, unknown>>,
  key: K,
  path: string,
  check: (value: unknown, path: string) => T,
): Partial<Record<K, T>> {
  if (!Object.hasOwn(fields, key) || fields[key] === undefined) {
    return {};
  }
  // A computed key widens to `string`; the object has exactly the one key `K`.
  return { [key]: check(fields[key], `${path}.${key}`) } as Partial<Record<K, T>>;
}

function record(value: unknown, path: string): Readonly<Record<string, unknown>> {
  if (!isPlainRecord(value)) {
    throw new CorruptProgress(`${path}: expected an object`);
  }
  return value;
}

/** Built with `Object.fromEntries`, so a key such as `__proto__` stays an ordinary key. */
function recordOf<T>(value: unknown, path: string, check: (value: unknown, path: string) => T): Record<string, T> {
  return Object.fromEntries(Object.entries(record(value, path)).map(([key, entry]) => [key, check(entry, `${path}.${key}`)]));
}

function list(value: unknown, path: string): readonly unknown[] {
  if (!Array.isArray(value)) {
    throw new CorruptProgress(`${path}: expected a list`);
  }
  return value;
}

function nonEmptyText(value: unknown, path: string): string {
  if (typeof value !== 'string' || value === '') {
    throw new CorruptProgress(`${path}: expected non-empty text`);
  }
  return value;
}

function boolean(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') {
    throw new CorruptProgress(`${path}: expected true or false`);
  }
  return value;
}

/** Revives the date to check it, and stores it back in one canonical ISO form. */
function isoDate(value: unknown, path: string): string {
  const time = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (!Number.isFinite(time)) {
    throw new CorruptProgress(`${path}: expected an ISO date`);
  }
  return new Date(time).toISOString();
}

function nonNegativeNumber(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new CorruptProgress(`${path}: expected a number of at least 0`);
  }
  return value;
}

function count(value: unknown, path: string): number {
  const number = nonNegativeNumber(value, path);
  if (!Number.isInteger(number)) {
    throw new CorruptProgress(`${path}: expected a whole number`);
  }
  return number;
}

function score(value: unknown, path: string): number {
  const number = nonNegativeNumber(value, path);
  if (number > 1) {
    throw new CorruptProgress(`${path}: expected a score from 0 to 1`);
  }
  return number;
}

function cardState(value: unknown, path: string): State {
  const known = [State.New, State.Learning, State.Review, State.Relearning].find((state) => state === value);
  if (known === undefined) {
    throw new CorruptProgress(`${path}: expected a card state from 0 to 3`);
  }
  return known;
}
