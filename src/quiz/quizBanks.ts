/** Loads lessons' question banks and picks the questions a quiz session asks. */
import type { Lesson } from '../lessons/lessonTypes';
import type { ProgressState } from '../progress/progressTypes';
import { parseQuizFile } from './parseQuizFile';
import type { Question, QuestionBank } from './quizTypes';

/** What loading needs from the lesson repository. */
export interface QuizSource {
  catalog(): Promise<{ readonly lessons: readonly Lesson[] }>;
  readQuizText(lesson: Lesson): Promise<string | undefined>;
}

export interface BankQuestion {
  readonly lessonId: string;
  readonly question: Question;
}

/** A lesson's bank, or undefined when it has no quiz file; problems go to `log`, never thrown. */
export async function loadQuestionBank(source: QuizSource, lesson: Lesson, log: (line: string) => void): Promise<QuestionBank | undefined> {
  const text = await source.readQuizText(lesson);
  if (text === undefined) {
    return undefined;
  }
  const { bank, problems } = parseQuizFile(text, { lessonId: lesson.id });
  if (problems.length > 0) {
    log(`Quiz of lesson ${lesson.id}: ${problems.map((problem) => `line ${problem.line}: ${problem.message}`).join('; ')}`);
  }
  return { lessonId: lesson.id, questions: bank.questions };
}

export async function loadAllQuestionBanks(source: QuizSource, log: (line: string) => void): Promise<QuestionBank[]> {
  const { lessons } = await source.catalog();
  const banks = await Promise.all(lessons.map((lesson) => loadQuestionBank(source, lesson, log)));
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
