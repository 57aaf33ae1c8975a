/** Loads lessons' question banks and picks the questions a quiz session asks. */
import type { Lesson } from '../lessons/lessonTypes';
import type { ProgressState } from '../progress/progressTypes';
import { parseQuizFile } from './parseQuizFile';
import { createQuizProblem, type QuizProblem } from './quizProblems';
import type { Question, QuestionBank } from './quizTypes';

/** A quiz file's text, or word that it was too large to read. */
export type QuizFileContents =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'tooLarge'; readonly maxKilobytes: number };

/** What loading needs from the lesson repository. */
export interface QuizSource {
  catalog(): Promise<{ readonly lessons: readonly Lesson[] }>;
  /** Undefined when the lesson has no quiz file. */
  readQuizFile(lesson: Lesson): Promise<QuizFileContents | undefined>;
}

/** Receives a quiz file's problems each time it is loaded; an empty list means the file is clean. */
export type QuizProblemReport = (lesson: Lesson, problems: readonly QuizProblem[]) => void;

export interface BankQuestion {
  readonly lessonId: string;
  readonly question: Question;
}

/** A lesson's bank, or undefined when it has no (readable) quiz file; problems go to `report`, never thrown. */
export async function loadQuestionBank(source: QuizSource, lesson: Lesson, report: QuizProblemReport): Promise<QuestionBank | undefined> {
  const file = await source.readQuizFile(lesson);
  if (file === undefined) {
    return undefined;
  }
  if (file.kind === 'tooLarge') {
    report(lesson, [createQuizProblem('tooLarge', 1, { maxKilobytes: file.maxKilobytes })]);
    return undefined;
  }
  const { bank, problems } = parseQuizFile(file.text, { lessonId: lesson.id });
  report(lesson, problems);
  return { lessonId: lesson.id, questions: bank.questions };
}

export async function loadAllQuestionBanks(source: QuizSource, report: QuizProblemReport): Promise<QuestionBank[]> {
  const { lessons } = await source.catalog();
  const banks = await Promise.all(lessons.map((lesson) => loadQuestionBank(source, lesson, report)));
  return banks.filter((bank): bank is QuestionBank => bank !== undefined && bank.questions.length > 0);
}

/** The questions with these ids, in the order of `questionIds`; ids no bank holds are left out. */
export function pickQuestions(banks: readonly QuestionBank[], questionIds: readonly string[]): BankQuestion[] {
  const byId = new Map<string, BankQuestion>();
  for (const bank of banks) {
    for (const question of bank.questions) {
      byId.set(question.id, { lessonId: bank.lessonId, question });
    }
  }
  return [...new Set(questionIds)].flatMap((id) => byId.get(id) ?? []);
}

/** When the next question falls due after `now`, or undefined when none is scheduled. */
export function nextDueAt(state: ProgressState, now: Date): Date | undefined {
  const upcoming = Object.values(state.questions)
    .map((question) => Date.parse(question.card.due))
    .filter((due) => Number.isFinite(due) && due > now.getTime());
  return upcoming.length > 0 ? new Date(Math.min(...upcoming)) : undefined;
}
