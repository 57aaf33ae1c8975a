/** One practice exam in progress: the questions drawn, the answers given (graded silently), the end. */
import { gradeAnswer, isAnswerShapeValid } from '../quiz/gradeAnswer';
import type { PageAnswer } from '../quiz/quizMessages';
import type { PresentedQuestion } from '../quiz/quizPresentation';
import type { Answer, GradeResult, Question } from '../quiz/quizTypes';
import { scorePracticeExam, type PracticeExamScore } from './scorePracticeExam';

export interface ExamQuestion {
  readonly presented: PresentedQuestion;
  readonly task: string;
}

export interface ExamAnswer {
  readonly answer: Answer;
  readonly grade: GradeResult;
}

export type ExamSubmitOutcome = { readonly kind: 'accepted' } | { readonly kind: 'ignored'; readonly reason: string };

export class PracticeExamSession {
  private index = 0;
  private finished = false;
  private readonly answers = new Map<string, ExamAnswer>();

  constructor(readonly questions: readonly ExamQuestion[], readonly deadline: number | undefined) {}

  get total(): number {
    return this.questions.length;
  }

  /** Zero-based. */
  get currentIndex(): number {
    return this.index;
  }

  get current(): ExamQuestion | undefined {
    return this.finished ? undefined : this.questions[this.index];
  }

  get answeredCount(): number {
    return this.answers.size;
  }

  get isFinished(): boolean {
    return this.finished;
  }

  answerTo(questionId: string): ExamAnswer | undefined {
    return this.answers.get(questionId);
  }

  /**
   * Takes the answer (or a skip, with none) to the question on screen and moves on; after the last
   * question the exam is over. Answers after the deadline are not taken: time is up.
   */
  submit(questionId: string, pageAnswer: PageAnswer | undefined, now: number): ExamSubmitOutcome {
    const current = this.current;
    if (!current || current.presented.question.id !== questionId) {
      return { kind: 'ignored', reason: `question ${questionId} is not the one on screen` };
    }
    if (this.deadline !== undefined && now > this.deadline) {
      this.finished = true;
      return { kind: 'ignored', reason: 'time is up' };
    }
    if (pageAnswer !== undefined) {
      const answer = current.presented.toAnswer(pageAnswer);
      if (!answer || !isAnswerShapeValid(current.presented.question, answer)) {
        return { kind: 'ignored', reason: `the answer to ${questionId} does not fit its ${current.presented.question.kind} question` };
      }
      this.answers.set(questionId, { answer, grade: gradeAnswer(current.presented.question, answer) });
    }
    if (this.index >= this.questions.length - 1) {
      this.finished = true;
    } else {
      this.index++;
    }
    return { kind: 'accepted' };
  }

  finish(): void {
    this.finished = true;
  }

  score(): PracticeExamScore {
    return scorePracticeExam(this.questions.map(({ presented, task }) => ({
      questionId: presented.question.id,
      task,
      correct: this.answers.get(presented.question.id)?.grade.correct === true,
    })));
  }
}

/** The grade of a question left unanswered: wrong, with every key shown as missed. */
export function unansweredGrade(question: Question): GradeResult {
  switch (question.kind) {
    case 'single':
    case 'multiple':
      return { kind: question.kind, correct: false, score: 0, options: [] };
    case 'ordering':
      return { kind: 'ordering', correct: false, score: 0, items: question.items.map((item, position) => ({ itemId: item.id, givenPosition: -1, correctPosition: position, inPlace: false })) };
    case 'matching':
      return { kind: 'matching', correct: false, score: 0, pairs: question.pairs.map((pair) => ({ leftPairId: pair.id, chosenRightPairId: undefined, matched: false })) };
  }
}
