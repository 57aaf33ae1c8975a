// Messages between the practice exam page (webview) and the host, typed once for both sides. As in
// the quiz, questions reach the page under opaque ids and without their key; here not even feedback
// comes back until the exam is over. A message from the page is input, not truth: it is parsed.
import { isBoundedString, isRecord, type HostErrorMessage } from '../common/webviewMessages';
import { parsePageAnswer, type PageAnswer, type PageFeedback, type PageQuestion, type QuizPageLabels, type SectionLink } from '../quiz/quizMessages';

export interface PracticeExamLabels extends QuizPageLabels {
  readonly examTitle: string;
  /** "{0} answered of {1}". */
  readonly answeredOf: string;
  readonly timeLeft: string;
  readonly timeUp: string;
  readonly skip: string;
  readonly finish: string;
  readonly finishEarly: string;
  readonly scaledScore: string;
  readonly passMark: string;
  readonly examNotPassed: string;
  readonly scalingNote: string;
  readonly byTask: string;
  readonly task: string;
  readonly correctCount: string;
  readonly reviewAnswers: string;
  readonly unanswered: string;
  readonly newExam: string;
}

export interface PracticeExamPageState {
  readonly labels: PracticeExamLabels;
}

export interface ExamTaskResult {
  readonly task: string;
  /** The task statement's name in the learner's language. */
  readonly title: string;
  readonly correct: number;
  readonly total: number;
}

export interface ExamReviewEntry {
  readonly question: PageQuestion;
  /** Undefined when the learner skipped the question or time ran out. */
  readonly answered: boolean;
  readonly correct: boolean;
  readonly feedback: PageFeedback;
  readonly task: string;
  readonly review: SectionLink;
}

export interface PracticeExamResult {
  readonly scaledScore: number;
  readonly passed: boolean;
  readonly correct: number;
  readonly total: number;
  readonly byTask: readonly ExamTaskResult[];
  readonly entries: readonly ExamReviewEntry[];
}

export namespace ToExamPage {
  export interface Start {
    readonly type: 'start';
    readonly title: string;
    readonly total: number;
    /** When time is up, in milliseconds since the epoch; absent for an untimed exam. */
    readonly deadline?: number;
  }
  export interface ShowQuestion {
    readonly type: 'question';
    readonly question: PageQuestion;
    /** 1-based. */
    readonly index: number;
    readonly total: number;
    readonly answeredCount: number;
    readonly isLast: boolean;
  }
  export interface ShowResult {
    readonly type: 'result';
    readonly result: PracticeExamResult;
  }
  export type Message = Start | ShowQuestion | ShowResult | HostErrorMessage;
}

export namespace FromExamPage {
  export interface Ready {
    readonly type: 'ready';
  }
  /** The answer to the question on screen, or none to skip it. */
  export interface Answer {
    readonly type: 'answer';
    readonly questionId: string;
    readonly answer?: PageAnswer;
  }
  /** Ends the exam now: the learner finished early, or the page's timer ran out. */
  export interface Finish {
    readonly type: 'finish';
  }
  export interface NewExam {
    readonly type: 'newExam';
  }
  export interface OpenSection {
    readonly type: 'openSection';
    readonly lessonId: string;
    readonly section: string;
  }
  export type Message = Ready | Answer | Finish | NewExam | OpenSection;
}

export function parseExamPageMessage(message: unknown): FromExamPage.Message | undefined {
  if (!isRecord(message)) {
    return undefined;
  }
  switch (message.type) {
    case 'ready':
    case 'finish':
    case 'newExam':
      return { type: message.type };
    case 'answer': {
      if (!isBoundedString(message.questionId)) {
        return undefined;
      }
      if (message.answer === undefined) {
        return { type: 'answer', questionId: message.questionId };
      }
      const answer = parsePageAnswer(message.answer);
      return answer ? { type: 'answer', questionId: message.questionId, answer } : undefined;
    }
    case 'openSection':
      return isBoundedString(message.lessonId) && isBoundedString(message.section, 500) ? { type: 'openSection', lessonId: message.lessonId, section: message.section } : undefined;
    default:
      return undefined;
  }
}
