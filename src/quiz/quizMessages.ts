// Messages between the quiz page (webview) and the extension host, typed once for both sides.
// The page never learns which answer is right before it submits: questions arrive with opaque,
// position-based ids (`o1`, `i2`, `l1`, `r3`...) that the host maps back to the bank's ids.
// A message from the webview is input, not truth: `parseQuizPageMessage` checks it on arrival.

import { isBoundedString, isListOf, isRecord, type HostErrorMessage } from '../common/webviewMessages';
import type { OptionMark } from './quizTypes';

export interface PageChoice {
  readonly id: string;
  readonly text: string;
}

interface PageQuestionBase {
  readonly id: string;
  readonly prompt: string;
}

export interface PageSingleQuestion extends PageQuestionBase {
  readonly kind: 'single';
  readonly options: readonly PageChoice[];
}

export interface PageMultipleQuestion extends PageQuestionBase {
  readonly kind: 'multiple';
  readonly choose: number;
  readonly options: readonly PageChoice[];
}

export interface PageOrderingQuestion extends PageQuestionBase {
  readonly kind: 'ordering';
  /** Shuffled, never in the correct order. */
  readonly items: readonly PageChoice[];
}

export interface PageMatchingQuestion extends PageQuestionBase {
  readonly kind: 'matching';
  readonly lefts: readonly PageChoice[];
  /** Shuffled; the learner picks one for each left-hand item. */
  readonly rights: readonly PageChoice[];
}

export type PageQuestion = PageSingleQuestion | PageMultipleQuestion | PageOrderingQuestion | PageMatchingQuestion;

/** An answer in the page's ids. */
export type PageAnswer =
  | { readonly kind: 'single'; readonly optionId: string }
  | { readonly kind: 'multiple'; readonly optionIds: readonly string[] }
  | { readonly kind: 'ordering'; readonly itemIds: readonly string[] }
  | { readonly kind: 'matching'; readonly pairs: Readonly<Record<string, string>> };

export interface OptionFeedback {
  readonly id: string;
  readonly mark: OptionMark;
  readonly explanation: string;
}

export interface OrderingItemFeedback {
  readonly id: string;
  /** Zero-based. */
  readonly correctPosition: number;
  readonly inPlace: boolean;
  readonly explanation: string;
}

export interface MatchingPairFeedback {
  readonly leftId: string;
  readonly chosenRightId: string | undefined;
  readonly correctRightId: string;
  readonly matched: boolean;
  readonly explanation: string;
}

/** The grading of one question, with every explanation and the correct key. */
export type PageFeedback =
  | { readonly kind: 'single' | 'multiple'; readonly options: readonly OptionFeedback[] }
  | { readonly kind: 'ordering'; readonly items: readonly OrderingItemFeedback[]; readonly correctOrder: readonly string[] }
  | { readonly kind: 'matching'; readonly pairs: readonly MatchingPairFeedback[] };

export interface SectionLink {
  readonly lessonId: string;
  /** The lesson heading's text. */
  readonly section: string;
}

export interface SummaryEntry {
  readonly prompt: string;
  readonly answer: string;
  readonly correct: boolean;
}

export interface QuizSummary {
  readonly correctCount: number;
  readonly total: number;
  /** From 0 to 1. */
  readonly score: number;
  /** Lesson quizzes only: whether the lesson now counts as passed. */
  readonly passed?: boolean;
  /** The score a lesson needs to count as passed, from 0 to 1. */
  readonly passingScore: number;
  readonly entries: readonly SummaryEntry[];
  readonly canRetryMistakes: boolean;
  readonly canGoBackToLesson: boolean;
}

/** What the page keeps with `setState`, so the serializer can restart the quiz after a reload. */
export type QuizMemento = { readonly kind: 'lesson'; readonly lessonId: string } | { readonly kind: 'review' };

export interface QuizPageLabels {
  readonly questionOf: string;
  readonly choose: string;
  readonly submit: string;
  readonly next: string;
  readonly seeResults: string;
  readonly correct: string;
  readonly incorrect: string;
  readonly missed: string;
  readonly review: string;
  readonly moveUp: string;
  readonly moveDown: string;
  readonly orderingHint: string;
  readonly movedTo: string;
  readonly matchingHint: string;
  readonly chooseMatch: string;
  readonly correctPosition: string;
  readonly correctMatch: string;
  readonly keyboardHint: string;
  readonly results: string;
  readonly score: string;
  readonly passed: string;
  readonly notPassed: string;
  readonly question: string;
  readonly yourAnswer: string;
  readonly result: string;
  readonly retryMistakes: string;
  readonly retake: string;
  readonly backToLesson: string;
  readonly loading: string;
  readonly dismiss: string;
}

/** The initial state handed to the page in `data-state`. */
export interface QuizPageState {
  readonly labels: QuizPageLabels;
}

export namespace ToQuizPage {
  export interface Start {
    readonly type: 'start';
    readonly title: string;
    readonly memento: QuizMemento;
  }
  export interface ShowQuestion {
    readonly type: 'question';
    readonly question: PageQuestion;
    /** 1-based. */
    readonly index: number;
    readonly total: number;
    readonly isLast: boolean;
  }
  export interface ShowFeedback {
    readonly type: 'feedback';
    readonly questionId: string;
    readonly correct: boolean;
    readonly feedback: PageFeedback;
    readonly review: SectionLink;
  }
  export interface ShowSummary {
    readonly type: 'summary';
    readonly summary: QuizSummary;
  }
  export type Message = Start | ShowQuestion | ShowFeedback | ShowSummary | HostErrorMessage;
}

export namespace FromQuizPage {
  export interface Ready {
    readonly type: 'ready';
  }
  export interface Submit {
    readonly type: 'submit';
    readonly questionId: string;
    readonly answer: PageAnswer;
  }
  export interface Next {
    readonly type: 'next';
  }
  export interface RetryMistakes {
    readonly type: 'retryMistakes';
  }
  export interface Retake {
    readonly type: 'retake';
  }
  export interface BackToLesson {
    readonly type: 'backToLesson';
  }
  export interface OpenSection {
    readonly type: 'openSection';
    readonly lessonId: string;
    readonly section: string;
  }
  export type Message = Ready | Submit | Next | RetryMistakes | Retake | BackToLesson | OpenSection;
}

const maxListLength = 50;

const isStringList = (value: unknown): value is string[] => isListOf(value, maxListLength, isBoundedString);

/** Checks the answer's structure only; whether its ids exist is the session's business. */
export function parsePageAnswer(data: unknown): PageAnswer | undefined {
  if (!isRecord(data)) {
    return undefined;
  }
  switch (data.kind) {
    case 'single':
      return isBoundedString(data.optionId) ? { kind: 'single', optionId: data.optionId } : undefined;
    case 'multiple':
      return isStringList(data.optionIds) ? { kind: 'multiple', optionIds: [...data.optionIds] } : undefined;
    case 'ordering':
      return isStringList(data.itemIds) ? { kind: 'ordering', itemIds: [...data.itemIds] } : undefined;
    case 'matching': {
      const pairs = data.pairs;
      if (!isRecord(pairs)) {
        return undefined;
      }
      const entries = Object.entries(pairs);
      if (entries.length > maxListLength || !entries.every(([left, right]) => isBoundedString(left) && isBoundedString(right))) {
        return undefined;
      }
      return { kind: 'matching', pairs: Object.fromEntries(entries) as Record<string, string> };
    }
    default:
      return undefined;
  }
}

export function parseQuizPageMessage(data: unknown): FromQuizPage.Message | undefined {
  if (!isRecord(data)) {
    return undefined;
  }
  switch (data.type) {
    case 'ready':
    case 'next':
    case 'retryMistakes':
    case 'retake':
    case 'backToLesson':
      return { type: data.type };
    case 'submit': {
      const answer = parsePageAnswer(data.answer);
      return isBoundedString(data.questionId) && answer ? { type: 'submit', questionId: data.questionId, answer } : undefined;
    }
    case 'openSection':
      return isBoundedString(data.lessonId) && isBoundedString(data.section, 500) ? { type: 'openSection', lessonId: data.lessonId, section: data.section } : undefined;
    default:
      return undefined;
  }
}
