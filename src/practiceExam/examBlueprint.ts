/**
 * How the AIF-C01 exam weighs its content. The exam guide publishes a weight per domain, not per
 * task statement, so a task's share is its domain's weight split evenly across the domain's tasks.
 */

/** Domain weights from the AIF-C01 exam guide ("scored content" percentages). */
export const domainWeights: Readonly<Record<string, number>> = {
  '1': 0.2,
  '2': 0.24,
  '3': 0.28,
  '4': 0.14,
  '5': 0.14,
};

/** How many task statements each domain has in the guide. */
export const tasksPerDomain: Readonly<Record<string, number>> = {
  '1': 3,
  '2': 3,
  '3': 4,
  '4': 2,
  '5': 2,
};

/** Exam sizes the learner can pick; 65 is the real exam's length (50 scored plus 15 unscored). */
export const practiceExamSizes = [15, 30, 65] as const;
export const defaultPracticeExamSize = 30;
/** The real exam's time limit. */
export const practiceExamMinutes = 90;

/** The first task statement ("2.1") a text names, such as a lesson's `examObjective`. */
export function taskStatementIn(text: string): string | undefined {
  const match = /\b([1-5])\.([1-4])\b/.exec(text);
  return match ? `${match[1]}.${match[2]}` : undefined;
}

/** The exam's share of each task statement, renormalized over the tasks the course covers. */
export function taskShares(coveredTasks: Iterable<string>): Map<string, number> {
  const raw = new Map<string, number>();
  for (const task of new Set(coveredTasks)) {
    const domain = task.split('.')[0];
    const weight = domainWeights[domain];
    const taskCount = tasksPerDomain[domain];
    if (weight !== undefined && taskCount !== undefined) {
      raw.set(task, weight / taskCount);
    }
  }
  const total = [...raw.values()].reduce((sum, share) => sum + share, 0);
  return new Map([...raw].map(([task, share]) => [task, total === 0 ? 0 : share / total]));
}

/** What a lesson says about the exam: its objective, and optionally which section covers which guide item. */
export interface LessonExamFacts {
  readonly examObjective: string;
  readonly examMap?: readonly { readonly ref: string; readonly section: string }[];
}

/**
 * The task statement a question tests: the exam map's item for the question's section when the
 * lesson maps it (so a cost question in a 2.1 lesson counts for 2.3), else the lesson's objective.
 */
export function questionTask(lesson: LessonExamFacts, section: string): string | undefined {
  const mapped = lesson.examMap?.find((entry) => entry.section === section);
  return (mapped && taskStatementIn(mapped.ref)) ?? taskStatementIn(lesson.examObjective);
}
