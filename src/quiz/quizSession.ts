/** One run through a list of questions: where the learner is, what they answered, and the results. */
import { gradeAnswer, isAnswerShapeValid } from './gradeAnswer';
import type { PageAnswer, SummaryEntry } from './quizMessages';
import { displayPrompt, type PresentedQuestion } from './quizPresentation';
import type { Answer, GradeResult } from './quizTypes';

/** Which questions a session asks. */
export type QuizRequest =
  | {
    readonly kind: 'lesson';
    readonly lessonId: string;
    /** Retry mistakes: only these questions of the lesson's quiz. */
    readonly onlyQuestionIds?: readonly string[];
    /** Retry mistakes: questions already answered right in the attempt being retried. */
    readonly carriedCorrectCount?: number;
  }
  | {
    readonly kind: 'review';
    /** Retake or retry of a review: these questions instead of those due now. */
    readonly onlyQuestionIds?: readonly string[];
  };

export interface AnsweredQuestion {
  readonly answer: Answer;
  readonly grade: GradeResult;
}

export type SubmitOutcome =
  | { readonly kind: 'graded'; readonly presented: PresentedQuestion; readonly grade: GradeResult }
  | { readonly kind: 'ignored'; readonly reason: string };

export interface SessionResults {
  readonly correctCount: number;
  readonly total: number;
  /** From 0 to 1, over this session's questions. */
  readonly score: number;
  readonly mistakeIds: readonly string[];
  readonly entries: readonly SummaryEntry[];
}

export class QuizSession {
  private index = 0;
  private readonly answered = new Map<string, AnsweredQuestion>();

  constructor(readonly request: QuizRequest, readonly questions: readonly PresentedQuestion[]) {}

  get total(): number {
    return this.questions.length;
  }

  /** Zero-based. */
  get currentIndex(): number {
    return this.index;
  }

  get current(): PresentedQuestion | undefined {
    return this.questions[this.index];
  }

  get isCurrentAnswered(): boolean {
    const current = this.current;
    return current !== undefined && this.answered.has(current.question.id);
  }

  answerTo(questionId: string): AnsweredQuestion | undefined {
    return this.answered.get(questionId);
  }

  /** Grades an answer to the question on screen; anything else is ignored with the reason. */
  submit(questionId: string, pageAnswer: PageAnswer): SubmitOutcome {
    const presented = this.current;
    if (!presented || presented.question.id !== questionId) {
      return { kind: 'ignored', reason: `question ${questionId} is not the one on screen` };
    }
    if (this.answered.has(questionId)) {
      return { kind: 'ignored', reason: `question ${questionId} is already answered` };
    }
    const answer = presented.toAnswer(pageAnswer);
    if (!answer || !isAnswerShapeValid(presented.question, answer)) {
      return { kind: 'ignored', reason: `the answer to ${questionId} does not fit its ${presented.question.kind} question` };
    }
    const grade = gradeAnswer(presented.question, answer);
    this.answered.set(questionId, { answer, grade });
    return { kind: 'graded', presented, grade };
  }

  /** Moves to the next question once the current one is answered; false at the end. */
  advance(): boolean {
    if (!this.isCurrentAnswered || this.index >= this.questions.length - 1) {
      return false;
    }
    this.index++;
    return true;
  }

  get isFinished(): boolean {
    return this.questions.length > 0 && this.questions.every((presented) => this.answered.has(presented.question.id));
  }

  results(): SessionResults {
    const entries: SummaryEntry[] = [];
    const mistakeIds: string[] = [];
    let correctCount = 0;
    for (const presented of this.questions) {
      const answered = this.answered.get(presented.question.id);
      const correct = answered?.grade.correct === true;
      correctCount += correct ? 1 : 0;
      if (!correct) {
        mistakeIds.push(presented.question.id);
      }
      entries.push({ prompt: displayPrompt(presented.question.prompt), answer: answered ? presented.describe(answered.answer) : '', correct });
    }
    const total = this.questions.length;
    return { correctCount, total, score: total === 0 ? 0 : correctCount / total, mistakeIds, entries };
  }

  /**
   * The lesson quiz's score from 0 to 1: a retry of mistakes counts the questions already right
   * in the attempt it retries, so fixing every mistake brings the lesson to 100%.
   */
  lessonScore(quizSize: number): number {
    if (this.request.kind !== 'lesson' || quizSize === 0) {
      return 0;
    }
    const correct = (this.request.carriedCorrectCount ?? 0) + this.results().correctCount;
    return Math.min(1, correct / quizSize);
  }
}
