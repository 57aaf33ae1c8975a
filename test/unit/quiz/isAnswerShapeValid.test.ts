import * as assert from 'node:assert/strict';
import { isAnswerShapeValid } from '../../../src/quiz/gradeAnswer';
import { matchingQuestion, multipleQuestion, orderingQuestion, singleQuestion } from './sampleQuestions';

// Answers arrive from a webview message: anything a page (or an attacker in it) could send.
const nonAnswers: unknown[] = [undefined, null, 0, 'b', true, [], ['b'], () => 'b', { kind: 'single' }];

describe('isAnswerShapeValid', () => {
  it('accepts a complete answer of each kind', () => {
    assert.equal(isAnswerShapeValid(singleQuestion, { kind: 'single', optionId: 'c' }), true);
    assert.equal(isAnswerShapeValid(multipleQuestion, { kind: 'multiple', optionIds: ['b', 'e'] }), true);
    assert.equal(isAnswerShapeValid(orderingQuestion, { kind: 'ordering', itemIds: ['d', 'c', 'b', 'a'] }), true);
    assert.equal(isAnswerShapeValid(matchingQuestion, { kind: 'matching', pairs: { a: 'b', b: 'c', c: 'a' } }), true);
  });

  it('refuses values that are not answer objects at all', () => {
    for (const question of [singleQuestion, multipleQuestion, orderingQuestion, matchingQuestion]) {
      for (const value of nonAnswers) {
        assert.equal(isAnswerShapeValid(question, value), false, `${question.kind} accepted ${String(value)}`);
      }
    }
  });

  it('refuses an answer of another kind', () => {
    assert.equal(isAnswerShapeValid(singleQuestion, { kind: 'multiple', optionIds: ['b'] }), false);
    assert.equal(isAnswerShapeValid(multipleQuestion, { kind: 'single', optionId: 'a' }), false);
    assert.equal(isAnswerShapeValid(orderingQuestion, { kind: 'matching', pairs: {} }), false);
    assert.equal(isAnswerShapeValid(matchingQuestion, { kind: 'ordering', itemIds: ['a', 'b', 'c'] }), false);
  });

  it('refuses unknown or non-text ids', () => {
    assert.equal(isAnswerShapeValid(singleQuestion, { kind: 'single', optionId: 'z' }), false);
    assert.equal(isAnswerShapeValid(singleQuestion, { kind: 'single', optionId: 1 }), false);
    assert.equal(isAnswerShapeValid(singleQuestion, { kind: 'single', optionId: { toString: () => 'b' } }), false);
    assert.equal(isAnswerShapeValid(multipleQuestion, { kind: 'multiple', optionIds: ['a', 'z'] }), false);
    assert.equal(isAnswerShapeValid(multipleQuestion, { kind: 'multiple', optionIds: ['a', null] }), false);
    assert.equal(isAnswerShapeValid(orderingQuestion, { kind: 'ordering', itemIds: ['a', 'b', 'c', 'z'] }), false);
    assert.equal(isAnswerShapeValid(matchingQuestion, { kind: 'matching', pairs: { a: 'a', b: 'b', z: 'c' } }), false);
    assert.equal(isAnswerShapeValid(matchingQuestion, { kind: 'matching', pairs: { a: 'a', b: 'b', c: 'z' } }), false);
    assert.equal(isAnswerShapeValid(matchingQuestion, { kind: 'matching', pairs: { a: 'a', b: 'b', c: 3 } }), false);
  });

  it('refuses duplicated ids', () => {
    assert.equal(isAnswerShapeValid(multipleQuestion, { kind: 'multiple', optionIds: ['a', 'a'] }), false);
    assert.equal(isAnswerShapeValid(orderingQuestion, { kind: 'ordering', itemIds: ['a', 'a', 'b', 'c'] }), false);
    assert.equal(isAnswerShapeValid(matchingQuestion, { kind: 'matching', pairs: { a: 'a', b: 'a', c: 'c' } }), false);
  });

  it('refuses the wrong number of choices or items', () => {
    assert.equal(isAnswerShapeValid(multipleQuestion, { kind: 'multiple', optionIds: ['a'] }), false);
    assert.equal(isAnswerShapeValid(multipleQuestion, { kind: 'multiple', optionIds: ['a', 'b', 'c'] }), false);
    assert.equal(isAnswerShapeValid(orderingQuestion, { kind: 'ordering', itemIds: ['a', 'b', 'c'] }), false);
    assert.equal(isAnswerShapeValid(matchingQuestion, { kind: 'matching', pairs: { a: 'a', b: 'b' } }), false);
  });

  it('refuses lists where a mapping belongs and the other way round', () => {
    assert.equal(isAnswerShapeValid(multipleQuestion, { kind: 'multiple', optionIds: { 0: 'a', 1: 'c' } }), false);
    assert.equal(isAnswerShapeValid(orderingQuestion, { kind: 'ordering', itemIds: 'abcd' }), false);
    assert.equal(isAnswerShapeValid(matchingQuestion, { kind: 'matching', pairs: ['a', 'b', 'c'] }), false);
    assert.equal(isAnswerShapeValid(matchingQuestion, { kind: 'matching', pairs: null }), false);
  });

  it('refuses a prototype-polluting key from parsed JSON', () => {
    const hostile: unknown = JSON.parse('{"kind":"matching","pairs":{"a":"a","b":"b","__proto__":"c"}}');
    assert.equal(isAnswerShapeValid(matchingQuestion, hostile), false);
  });
});
