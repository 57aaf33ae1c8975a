import * as assert from 'node:assert/strict';
import { gradeAnswer } from '../../../src/quiz/gradeAnswer';
import { matchingQuestion, multipleQuestion, orderingQuestion, singleQuestion } from './sampleQuestions';

describe('gradeAnswer', () => {
  describe('single choice', () => {
    it('counts the keyed option as correct with full score', () => {
      const grade = gradeAnswer(singleQuestion, { kind: 'single', optionId: 'b' });
      assert.equal(grade.correct, true);
      assert.equal(grade.score, 1);
    });

    it('counts another option as wrong and marks the chosen and the missed option', () => {
      const grade = gradeAnswer(singleQuestion, { kind: 'single', optionId: 'c' });
      assert.equal(grade.correct, false);
      assert.equal(grade.score, 0);
      assert.ok(grade.kind === 'single');
      assert.deepEqual(
        grade.options.map((verdict) => [verdict.optionId, verdict.mark]),
        [['a', 'notChosen'], ['b', 'missedCorrect'], ['c', 'chosenWrong'], ['d', 'notChosen']],
      );
    });

    it('counts an unknown option id as wrong', () => {
      assert.equal(gradeAnswer(singleQuestion, { kind: 'single', optionId: 'zz' }).correct, false);
    });
  });

  describe('multiple choice', () => {
    it('is correct only for exactly the keyed set, in any order', () => {
      const grade = gradeAnswer(multipleQuestion, { kind: 'multiple', optionIds: ['c', 'a'] });
      assert.equal(grade.correct, true);
      assert.equal(grade.score, 1);
    });

    it('gives no credit when a wrong pick cancels a right one', () => {
      const grade = gradeAnswer(multipleQuestion, { kind: 'multiple', optionIds: ['a', 'b'] });
      assert.equal(grade.correct, false);
      assert.equal(grade.score, 0);
      assert.ok(grade.kind === 'multiple');
      assert.deepEqual(
        grade.options.map((verdict) => verdict.mark),
        ['chosenCorrect', 'chosenWrong', 'missedCorrect', 'notChosen', 'notChosen'],
      );
    });

    it('gives partial credit for a subset of the right options', () => {
      const grade = gradeAnswer(multipleQuestion, { kind: 'multiple', optionIds: ['a'] });
      assert.equal(grade.correct, false);
      assert.equal(grade.score, 0.5);
    });

    it('is wrong when the keyed set is chosen together with an extra option', () => {
      const grade = gradeAnswer(multipleQuestion, { kind: 'multiple', optionIds: ['a', 'c', 'd'] });
      assert.equal(grade.correct, false);
      assert.equal(grade.score, 0.5);
    });

    it('never gives a negative score', () => {
      assert.equal(gradeAnswer(multipleQuestion, { kind: 'multiple', optionIds: ['b', 'd'] }).score, 0);
    });
  });

  describe('ordering', () => {
    it('is correct only when every item is in place', () => {
      const grade = gradeAnswer(orderingQuestion, { kind: 'ordering', itemIds: ['a', 'b', 'c', 'd'] });
      assert.equal(grade.correct, true);
      assert.equal(grade.score, 1);
    });

    it('is wrong with partial credit when two items are swapped, and says where each belongs', () => {
      const grade = gradeAnswer(orderingQuestion, { kind: 'ordering', itemIds: ['a', 'c', 'b', 'd'] });
      assert.equal(grade.correct, false);
      assert.equal(grade.score, 0.5);
      assert.ok(grade.kind === 'ordering');
      assert.deepEqual(grade.items[1], { itemId: 'c', givenPosition: 1, correctPosition: 2, inPlace: false });
      assert.deepEqual(
        grade.items.map((item) => item.inPlace),
        [true, false, false, true],
      );
    });

    it('is wrong when items are missing, even if the given ones are in place', () => {
      assert.equal(gradeAnswer(orderingQuestion, { kind: 'ordering', itemIds: ['a', 'b', 'c'] }).correct, false);
    });
  });

  describe('matching', () => {
    it('is correct only when every pair is matched to its own right side', () => {
      const grade = gradeAnswer(matchingQuestion, { kind: 'matching', pairs: { a: 'a', b: 'b', c: 'c' } });
      assert.equal(grade.correct, true);
      assert.equal(grade.score, 1);
    });

    it('is wrong with partial credit when two right sides are swapped', () => {
      const grade = gradeAnswer(matchingQuestion, { kind: 'matching', pairs: { a: 'a', b: 'c', c: 'b' } });
      assert.equal(grade.correct, false);
      assert.equal(grade.score, 1 / 3);
      assert.ok(grade.kind === 'matching');
      assert.deepEqual(grade.pairs[1], { leftPairId: 'b', chosenRightPairId: 'c', matched: false });
    });

    it('treats an unmatched left side as wrong', () => {
      const grade = gradeAnswer(matchingQuestion, { kind: 'matching', pairs: { a: 'a', b: 'b' } });
      assert.equal(grade.correct, false);
      assert.ok(grade.kind === 'matching');
      assert.equal(grade.pairs[2]?.chosenRightPairId, undefined);
    });

    it('does not take inherited properties for answers', () => {
      const question = { ...matchingQuestion, pairs: matchingQuestion.pairs.map((pair, index) => ({ ...pair, id: ['constructor', 'toString', 'valueOf'][index] ?? '' })) };
      assert.equal(gradeAnswer(question, { kind: 'matching', pairs: {} }).score, 0);
    });
  });

  it('grades an answer of another kind as nothing chosen, without throwing', () => {
    const grade = gradeAnswer(singleQuestion, { kind: 'multiple', optionIds: ['b'] });
    assert.equal(grade.kind, 'single');
    assert.equal(grade.correct, false);
    assert.equal(gradeAnswer(orderingQuestion, { kind: 'single', optionId: 'a' }).correct, false);
  });
});
