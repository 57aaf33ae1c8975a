/**
 * The learner's progress document. It holds only JSON values (dates as ISO strings) so it can be
 * stored, synced and exported as it is, and compared and copied without surprises.
 */
import { type State } from 'ts-fsrs';

export const currentProgressVersion = 1;

/** Enough answers to show a trend; a cap keeps the synced document small. */
export const maxAnswerHistory = 20;

export interface LessonProgress {
  readonly readAt?: string;
  /** Quiz scores from 0 to 1. */
  readonly bestScore?: number;
  readonly lastScore?: number;
  readonly lastAttemptAt?: string;
  /** Completed quiz attempts. */
  readonly attempts: number;
}

/** A ts-fsrs `Card` with its dates as ISO strings; ts-fsrs accepts it back as a `CardInput`. */
export interface StoredCard {
  readonly due: string;
  readonly stability: number;
  readonly difficulty: number;
  readonly elapsed_days: number;
  readonly scheduled_days: number;
  readonly learning_steps: number;
  readonly reps: number;
  readonly lapses: number;
  readonly state: State;
  readonly last_review?: string;
}

export interface AnswerRecord {
  readonly at: string;
  readonly correct: boolean;
}

export interface QuestionProgress {
  readonly lessonId: string;
  readonly card: StoredCard;
  /** Oldest first, at most `maxAnswerHistory` entries. */
  readonly history: readonly AnswerRecord[];
}

export interface ProgressState {
  readonly version: typeof currentProgressVersion;
  /** Per learner, so each learner sees a stable option order that differs from other learners'. */
  readonly shuffleSeed: string;
  /** By lesson id. */
  readonly lessons: Readonly<Record<string, LessonProgress>>;
  /** By question id; question ids are unique across lessons. */
  readonly questions: Readonly<Record<string, QuestionProgress>>;
  /** Finished practice exams, oldest first, at most `maxPracticeExamHistory`; absent until the first. */
  readonly practiceExams?: readonly PracticeExamRecord[];
}

/** Enough attempts to show a trend. */
export const maxPracticeExamHistory = 20;

export interface PracticeExamTaskRecord {
  /** A task statement of the exam guide, such as "2.1". */
  readonly task: string;
  readonly correct: number;
  readonly total: number;
}

export interface PracticeExamRecord {
  readonly finishedAt: string;
  readonly correct: number;
  readonly total: number;
  /** 100 to 1000. */
  readonly scaledScore: number;
  readonly passed: boolean;
  /** Whether the 90-minute timer ran. */
  readonly timed: boolean;
  readonly byTask: readonly PracticeExamTaskRecord[];
}

export interface AnswerEvent {
  readonly lessonId: string;
  readonly questionId: string;
  readonly correct: boolean;
  readonly now: Date;
}
