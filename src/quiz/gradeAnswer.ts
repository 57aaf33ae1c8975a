/** Grades a learner's answer, and checks that an answer arriving from the webview fits its question. */
import {
  type Answer,
  type AnswerFor,
  type ChoiceOption,
  type GradeResult,
  type MatchingGrade,
  type MatchingQuestion,
  type MultipleChoiceQuestion,
  type MultipleGrade,
  type OptionMark,
  type OptionVerdict,
  type OrderingGrade,
  type OrderingQuestion,
  type Question,
  type SingleChoiceQuestion,
  type SingleGrade,
} from './quizTypes';

/**
 * An answer of another kind than the question (which `isAnswerShapeValid` rules out) is graded
 * as if the learner had chosen nothing, so grading never throws.
 */
export function gradeAnswer(question: Question, answer: Answer): GradeResult {
  switch (question.kind) {
    case 'single':
      return gradeSingle(question, answer.kind === 'single' ? answer.optionId : undefined);
    case 'multiple':
      return gradeMultiple(question, answer.kind === 'multiple' ? answer.optionIds : []);
    case 'ordering':
      return gradeOrdering(question, answer.kind === 'ordering' ? answer.itemIds : []);
    case 'matching':
      return gradeMatching(question, answer.kind === 'matching' ? answer.pairs : {});
  }
}

function gradeSingle(question: SingleChoiceQuestion, chosenId: string | undefined): SingleGrade {
  const chosen = question.options.find((option) => option.id === chosenId);
  const correct = chosen?.correct === true;
  return { kind: 'single', correct, score: correct ? 1 : 0, options: optionVerdicts(question.options, new Set(chosen ? [chosen.id] : [])) };
}

/** Partial credit: right picks minus wrong picks, over the number of right options, never below 0. */
function gradeMultiple(question: MultipleChoiceQuestion, chosenIds: readonly string[]): MultipleGrade {
  const chosen = new Set(chosenIds);
  const options = optionVerdicts(question.options, chosen);
  const rightPicks = options.filter((verdict) => verdict.mark === 'chosenCorrect').length;
  const wrongPicks = options.filter((verdict) => verdict.mark === 'chosenWrong').length;
  const keyedCount = question.options.filter((option) => option.correct).length;
  const correct = wrongPicks === 0 && rightPicks === keyedCount;
  const score = keyedCount === 0 ? 0 : Math.max(0, (rightPicks - wrongPicks) / keyedCount);
  return { kind: 'multiple', correct, score, options };
}

function optionVerdicts(options: readonly ChoiceOption[], chosenIds: ReadonlySet<string>): OptionVerdict[] {
  return options.map((option) => {
    const chosen = chosenIds.has(option.id);
    return { optionId: option.id, chosen, isCorrectOption: option.correct, mark: optionMark(chosen, option.correct) };
  });
}

function optionMark(chosen: boolean, isCorrectOption: boolean): OptionMark {
  if (chosen) {
    return isCorrectOption ? 'chosenCorrect' : 'chosenWrong';
  }
  return isCorrectOption ? 'missedCorrect' : 'notChosen';
}

/** Partial credit: the share of items in their exact place. */
function gradeOrdering(question: OrderingQuestion, givenIds: readonly string[]): OrderingGrade {
  const correctIds = question.items.map((item) => item.id);
  const knownGivenIds = [...new Set(givenIds)].filter((id) => correctIds.includes(id));
  const items = knownGivenIds.map((itemId, givenPosition) => {
    const correctPosition = correctIds.indexOf(itemId);
    return { itemId, givenPosition, correctPosition, inPlace: givenPosition === correctPosition };
  });
  const inPlaceCount = items.filter((item) => item.inPlace).length;
  const correct = knownGivenIds.length === correctIds.length && inPlaceCount === correctIds.length;
  return { kind: 'ordering', correct, score: correctIds.length === 0 ? 0 : inPlaceCount / correctIds.length, items };
}

/** Partial credit: the share of left-hand sides matched to their own right-hand side. */
function gradeMatching(question: MatchingQuestion, chosen: Readonly<Record<string, string>>): MatchingGrade {
  const pairs = question.pairs.map((pair) => {
    const chosenRightPairId = Object.hasOwn(chosen, pair.id) ? chosen[pair.id] : undefined;
    return { leftPairId: pair.id, chosenRightPairId, matched: chosenRightPairId === pair.id };
  });
  const matchedCount = pairs.filter((pair) => pair.matched).length;
  const correct = pairs.length > 0 && matchedCount === pairs.length;
  return { kind: 'matching', correct, score: pairs.length === 0 ? 0 : matchedCount / pairs.length, pairs };
}

/**
 * A webview message is input, not truth: this accepts only a complete answer of the question's
 * kind that names existing ids, each once (`multiple`: exactly `choose` options; `ordering`: every
 * item; `matching`: every left side, each to a different right side).
 */
export function isAnswerShapeValid<Q extends Question>(question: Q, answer: unknown): answer is AnswerFor<Q> {
  if (!isRecord(answer) || answer['kind'] !== question.kind) {
    return false;
  }
  switch (question.kind) {
    case 'single':
      return typeof answer['optionId'] === 'string' && question.options.some((option) => option.id === answer['optionId']);
    case 'multiple':
      return isUniqueIdList(answer['optionIds'], idsOf(question.options), question.choose);
    case 'ordering':
      return isUniqueIdList(answer['itemIds'], idsOf(question.items), question.items.length);
    case 'matching':
      return isCompleteMatching(answer['pairs'], idsOf(question.pairs));
  }
}

function idsOf(entries: readonly { readonly id: string }[]): ReadonlySet<string> {
  return new Set(entries.map((entry) => entry.id));
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isUniqueIdList(value: unknown, knownIds: ReadonlySet<string>, expectedLength: number): boolean {
  return (
    Array.isArray(value) &&
    value.length === expectedLength &&
    value.every((id) => typeof id === 'string' && knownIds.has(id)) &&
    new Set(value).size === value.length
  );
}

function isCompleteMatching(value: unknown, pairIds: ReadonlySet<string>): boolean {
  if (!isRecord(value)) {
    return false;
  }
  const leftIds = Object.keys(value);
  const rightIds = Object.values(value);
  return (
    leftIds.length === pairIds.size &&
    leftIds.every((id) => pairIds.has(id)) &&
    rightIds.every((id) => typeof id === 'string' && pairIds.has(id)) &&
    new Set(rightIds).size === rightIds.length
  );
}
