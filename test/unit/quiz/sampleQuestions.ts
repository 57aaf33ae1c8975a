// One question of each kind, shared by the grading and answer-shape tests.
import type { MatchingQuestion, MultipleChoiceQuestion, OrderingQuestion, SingleChoiceQuestion } from '../../../src/quiz/quizTypes';

function option(id: string, correct = false): { id: string; text: string; correct: boolean; explanation: string } {
  return { id, text: `Option ${id}`, correct, explanation: `Why ${id}` };
}

export const singleQuestion: SingleChoiceQuestion = {
  id: 'sample-01',
  kind: 'single',
  section: 'Section',
  prompt: 'Pick one.',
  options: [option('a'), option('b', true), option('c'), option('d')],
};

export const multipleQuestion: MultipleChoiceQuestion = {
  id: 'sample-02',
  kind: 'multiple',
  choose: 2,
  section: 'Section',
  prompt: 'Pick two.',
  options: [option('a', true), option('b'), option('c', true), option('d'), option('e')],
};

export const orderingQuestion: OrderingQuestion = {
  id: 'sample-03',
  kind: 'ordering',
  section: 'Section',
  prompt: 'Order them.',
  items: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: `Step ${id}`, explanation: `Why ${id}` })),
};

export const matchingQuestion: MatchingQuestion = {
  id: 'sample-04',
  kind: 'matching',
  section: 'Section',
  prompt: 'Match them.',
  pairs: ['a', 'b', 'c'].map((id) => ({ id, left: `Term ${id}`, right: `Role ${id}`, explanation: `Why ${id}` })),
};
