/** Turns a finished practice exam into a scaled score and a per-task breakdown. */

/** The real exam reports 100–1000 and passes at 700; how AWS scales raw scores is not public. */
export const minimumScaledScore = 100;
export const maximumScaledScore = 1000;
export const passingScaledScore = 700;

export interface ExamAnswerOutcome {
  readonly questionId: string;
  readonly task: string;
  /** Unanswered questions count as wrong, as on the real exam. */
  readonly correct: boolean;
}

export interface TaskBreakdown {
  readonly task: string;
  readonly correct: number;
  readonly total: number;
}

export interface PracticeExamScore {
  readonly correct: number;
  readonly total: number;
  /** A linear map of the share answered right onto 100–1000 (an approximation; see above). */
  readonly scaledScore: number;
  readonly passed: boolean;
  /** Sorted by task statement. */
  readonly byTask: readonly TaskBreakdown[];
}

export function scorePracticeExam(outcomes: readonly ExamAnswerOutcome[]): PracticeExamScore {
  const tasks = new Map<string, { correct: number; total: number }>();
  let correct = 0;
  for (const outcome of outcomes) {
    const task = tasks.get(outcome.task) ?? { correct: 0, total: 0 };
    task.total++;
    if (outcome.correct) {
      task.correct++;
      correct++;
    }
    tasks.set(outcome.task, task);
  }
  const total = outcomes.length;
  const share = total === 0 ? 0 : correct / total;
  const scaledScore = Math.round(minimumScaledScore + share * (maximumScaledScore - minimumScaledScore));
  const byTask = [...tasks].map(([task, counts]) => ({ task, ...counts })).sort((a, b) => a.task.localeCompare(b.task, 'en', { numeric: true }));
  return { correct, total, scaledScore, passed: scaledScore >= passingScaledScore, byTask };
}
