import * as vscode from 'vscode';
import type { Lesson } from '../lessons/lessonTypes';
import { quizProblemMessages, type ExpectedFieldType, type QuizProblem } from './quizProblems';

/** The `expected` parameter names a kind of value; it is prose, so it is translated too. */
function expectedInLanguage(expected: string): string {
  switch (expected as ExpectedFieldType) {
    case 'text':
      return vscode.l10n.t('text');
    case 'a list':
      return vscode.l10n.t('a list');
    case 'true or false':
      return vscode.l10n.t('true or false');
    case 'a whole number of at least 1':
      return vscode.l10n.t('a whole number of at least 1');
    default:
      return expected;
  }
}

/**
 * A quiz problem in the learner's language. The English templates in quizProblems.ts are the keys
 * of the l10n bundles (vscode.l10n.t fills their `{name}` placeholders from the parameters).
 */
export function quizProblemMessage(problem: QuizProblem): string {
  const params = { ...problem.params, ...(problem.params.expected !== undefined ? { expected: expectedInLanguage(String(problem.params.expected)) } : {}) };
  return vscode.l10n.t(quizProblemMessages[problem.code], params);
}

/** Where quiz problems go: the Problems panel, on the quiz file, localized (see LessonRepository.showQuizProblems). */
export interface QuizProblemSink {
  showQuizProblems(lesson: Lesson, problems: readonly { readonly line: number; readonly code: string; readonly message: string }[]): void;
}

/** The callback `loadQuestionBank` reports to: localizes each problem and hands them to `sink`. */
export function reportQuizProblemsTo(sink: QuizProblemSink): (lesson: Lesson, problems: readonly QuizProblem[]) => void {
  return (lesson, problems) => sink.showQuizProblems(lesson, problems.map((problem) => ({ line: problem.line, code: problem.code, message: quizProblemMessage(problem) })));
}
