/** The shapes of a lesson's question bank, of a learner's answers, and of their grading. */

export type QuestionKind = 'single' | 'multiple' | 'ordering' | 'matching';

export const questionKinds: readonly QuestionKind[] = ['single', 'multiple', 'ordering', 'matching'];

/** One answer choice of a `single` or `multiple` question. */
export interface ChoiceOption {
  readonly id: string;
  readonly text: string;
  readonly correct: boolean;
  readonly explanation: string;
}

/** One step of an `ordering` question. */
export interface OrderingItem {
  readonly id: string;
  readonly text: string;
  readonly explanation: string;
}

/** One left/right pair of a `matching` question; the pair id names both sides. */
export interface MatchingPair {
  readonly id: string;
  readonly left: string;
  readonly right: string;
  readonly explanation: string;
}

interface QuestionBase {
  readonly id: string;
  /** Exact text of the lesson heading the question is about, so the UI can link back to it. */
  readonly section: string;
  readonly prompt: string;
}

export interface SingleChoiceQuestion extends QuestionBase {
  readonly kind: 'single';
  readonly options: readonly ChoiceOption[];
}

export interface MultipleChoiceQuestion extends QuestionBase {
  readonly kind: 'multiple';
  /** How many options the learner must pick; always the number of correct options. */
  readonly choose: number;
  readonly options: readonly ChoiceOption[];
}

export interface OrderingQuestion extends QuestionBase {
  readonly kind: 'ordering';
  /** In the correct order; the quiz shuffles them before showing. */
  readonly items: readonly OrderingItem[];
}

export interface MatchingQuestion extends QuestionBase {
  readonly kind: 'matching';
  readonly pairs: readonly MatchingPair[];
}

export type Question = SingleChoiceQuestion | MultipleChoiceQuestion | OrderingQuestion | MatchingQuestion;

export interface QuestionBank {
  readonly lessonId: string;
  readonly questions: readonly Question[];
}

export interface SingleAnswer {
  readonly kind: 'single';
  readonly optionId: string;
}

export interface MultipleAnswer {
  readonly kind: 'multiple';
  readonly optionIds: readonly string[];
}

export interface OrderingAnswer {
  readonly kind: 'ordering';
  /** Every item id, in the order the learner put them. */
  readonly itemIds: readonly string[];
}

export interface MatchingAnswer {
  readonly kind: 'matching';
  /** Left side's pair id → the pair id of the right side the learner matched to it. */
  readonly pairs: Readonly<Record<string, string>>;
}

export type Answer = SingleAnswer | MultipleAnswer | OrderingAnswer | MatchingAnswer;

/** The answer type that fits a question kind. */
export type AnswerFor<Q extends Question> = Extract<Answer, { readonly kind: Q['kind'] }>;

/**
 * How the UI marks one option after grading. `missedCorrect` is a correct option the learner did
 * not pick; `notChosen` is a wrong option the learner rightly left alone.
 */
export type OptionMark = 'chosenCorrect' | 'chosenWrong' | 'missedCorrect' | 'notChosen';

export interface OptionVerdict {
  readonly optionId: string;
  readonly chosen: boolean;
  readonly isCorrectOption: boolean;
  readonly mark: OptionMark;
}

export interface OrderingItemVerdict {
  readonly itemId: string;
  /** Zero-based positions. */
  readonly givenPosition: number;
  readonly correctPosition: number;
  readonly inPlace: boolean;
}

export interface MatchingPairVerdict {
  readonly leftPairId: string;
  /** Undefined when the learner left this left-hand side unmatched. */
  readonly chosenRightPairId: string | undefined;
  readonly matched: boolean;
}

interface GradeBase {
  /** Only a fully right answer counts as correct; this is what the scheduler sees. */
  readonly correct: boolean;
  /** Partial credit from 0 to 1, shown to the learner for information only. */
  readonly score: number;
}

export interface SingleGrade extends GradeBase {
  readonly kind: 'single';
  readonly options: readonly OptionVerdict[];
}

export interface MultipleGrade extends GradeBase {
  readonly kind: 'multiple';
  readonly options: readonly OptionVerdict[];
}

export interface OrderingGrade extends GradeBase {
  readonly kind: 'ordering';
  /** In the learner's order. */
  readonly items: readonly OrderingItemVerdict[];
}

export interface MatchingGrade extends GradeBase {
  readonly kind: 'matching';
  /** In the question's pair order. */
  readonly pairs: readonly MatchingPairVerdict[];
}

export type GradeResult = SingleGrade | MultipleGrade | OrderingGrade | MatchingGrade;
