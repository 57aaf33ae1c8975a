/**
 * Pure updates and queries of the progress document. Every update returns a new state and leaves
 * its input untouched, so the store can write one whole value and tests can compare before/after.
 */
import { createEmptyCard, type Card, fsrs, generatorParameters, Rating } from 'ts-fsrs';
import { createShuffleSeed } from '../common/random';
import {
  type AnswerEvent,
  currentProgressVersion,
  type LessonProgress,
  maxAnswerHistory,
  maxPracticeExamHistory,
  type PracticeExamRecord,
  type ProgressState,
  type QuestionProgress,
  type StoredCard,
} from './progressTypes';

/** A lesson counts as passed from this best quiz score on. */
export const passingScore = 0.8;

// No fuzz: the same answers give the same due dates, which keeps scheduling predictable and testable.
const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));

export function emptyProgress(shuffleSeed: string = createShuffleSeed()): ProgressState {
  return { version: currentProgressVersion, shuffleSeed, lessons: {}, questions: {} };
}

/** Keeps the first reading date when the lesson was already read. */
export function markLessonRead(state: ProgressState, lessonId: string, now: Date): ProgressState {
  const lesson = lessonProgress(state, lessonId);
  if (lesson.readAt !== undefined) {
    return state;
  }
  return withLesson(state, lessonId, { ...lesson, readAt: now.toISOString() });
}

export function markLessonUnread(state: ProgressState, lessonId: string): ProgressState {
  const lesson = lessonProgress(state, lessonId);
  if (lesson.readAt === undefined) {
    return state;
  }
  const { readAt: _forgotten, ...unread } = lesson;
  return withLesson(state, lessonId, unread);
}

/** Schedules the question's next review: Good when answered right, Again when wrong. */
export function recordAnswer(state: ProgressState, answer: AnswerEvent): ProgressState {
  const previous = ownValue(state.questions, answer.questionId);
  const card = previous?.card ?? toStoredCard(createEmptyCard(answer.now));
  const question: QuestionProgress = {
    lessonId: answer.lessonId,
    card: toStoredCard(scheduler.next(card, reviewTime(card, answer.now), answer.correct ? Rating.Good : Rating.Again).card),
    history: [...(previous?.history ?? []), { at: answer.now.toISOString(), correct: answer.correct }].slice(-maxAnswerHistory),
  };
  return { ...state, questions: { ...state.questions, [answer.questionId]: question } };
}

/** `score` is the share of the quiz answered right, from 0 to 1; values outside are clamped. */
export function recordQuizResult(state: ProgressState, lessonId: string, score: number, now: Date): ProgressState {
  const lesson = lessonProgress(state, lessonId);
  const boundedScore = Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 0;
  return withLesson(state, lessonId, {
    ...lesson,
    attempts: lesson.attempts + 1,
    lastScore: boundedScore,
    bestScore: Math.max(boundedScore, lesson.bestScore ?? 0),
    lastAttemptAt: now.toISOString(),
  });
}

/** Appends a finished practice exam to the history, keeping the newest `maxPracticeExamHistory`. */
export function recordPracticeExam(state: ProgressState, exam: PracticeExamRecord): ProgressState {
  return { ...state, practiceExams: [...(state.practiceExams ?? []), exam].slice(-maxPracticeExamHistory) };
}

/** Question ids due for review at `now`, the longest overdue first. */
export function dueQuestions(state: ProgressState, now: Date): string[] {
  return dueReviews(state, now)
    .sort((first, second) => first.due - second.due || first.questionId.localeCompare(second.questionId))
    .map((review) => review.questionId);
}

/** Lessons with at least one due question, and how many; lessons with none are left out. */
export function dueCountByLesson(state: ProgressState, now: Date): Record<string, number> {
  const counts = new Map<string, number>();
  for (const { lessonId } of dueReviews(state, now)) {
    counts.set(lessonId, (counts.get(lessonId) ?? 0) + 1);
  }
  return Object.fromEntries(counts);
}

function dueReviews(state: ProgressState, now: Date): { questionId: string; lessonId: string; due: number }[] {
  return Object.entries(state.questions)
    .map(([questionId, question]) => ({ questionId, lessonId: question.lessonId, due: Date.parse(question.card.due) }))
    .filter((review) => review.due <= now.getTime());
}

export function isLessonPassed(state: ProgressState, lessonId: string): boolean {
  return (ownValue(state.lessons, lessonId)?.bestScore ?? 0) >= passingScore;
}

function lessonProgress(state: ProgressState, lessonId: string): LessonProgress {
  return ownValue(state.lessons, lessonId) ?? { attempts: 0 };
}

function withLesson(state: ProgressState, lessonId: string, lesson: LessonProgress): ProgressState {
  return { ...state, lessons: { ...state.lessons, [lessonId]: lesson } };
}

/** Ids come from content files; an id such as `constructor` must not find Object.prototype's. */
function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * ts-fsrs refuses a review dated before the previous one; that happens when synced machines'
 * clocks disagree, so such a review is scheduled as if it happened at the previous one.
 */
function reviewTime(card: StoredCard, now: Date): Date {
  const lastReview = card.last_review === undefined ? Number.NEGATIVE_INFINITY : Date.parse(card.last_review);
  return lastReview > now.getTime() ? new Date(lastReview) : now;
}

/** Copies field by field so nothing ts-fsrs adds later slips into the stored document unchecked. */
function toStoredCard(card: Card): StoredCard {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.last_review ? { last_review: card.last_review.toISOString() } : {}),
  };
}
