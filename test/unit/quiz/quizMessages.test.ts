import * as assert from 'assert';
import { parseQuizPageMessage } from '../../../src/quiz/quizMessages';

describe('parseQuizPageMessage', () => {
  it('accepts every well-formed message from the page', () => {
    assert.deepStrictEqual(parseQuizPageMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepStrictEqual(parseQuizPageMessage({ type: 'next', extra: 1 }), { type: 'next' });
    assert.deepStrictEqual(parseQuizPageMessage({ type: 'submit', questionId: 'q1', answer: { kind: 'single', optionId: 'o2' } }), {
      type: 'submit',
      questionId: 'q1',
      answer: { kind: 'single', optionId: 'o2' },
    });
    assert.deepStrictEqual(parseQuizPageMessage({ type: 'submit', questionId: 'q1', answer: { kind: 'matching', pairs: { l1: 'r2', l2: 'r1' } } }), {
      type: 'submit',
      questionId: 'q1',
      answer: { kind: 'matching', pairs: { l1: 'r2', l2: 'r1' } },
    });
    assert.deepStrictEqual(parseQuizPageMessage({ type: 'openSection', lessonId: 'l', section: 'Intro' }), { type: 'openSection', lessonId: 'l', section: 'Intro' });
  });

  it('rejects unknown types, wrong kinds and badly typed fields', () => {
    for (const data of [
      undefined,
      'ready',
      { type: 'grade' },
      { type: 'submit', questionId: 'q1' },
      { type: 'submit', questionId: 7, answer: { kind: 'single', optionId: 'o1' } },
      { type: 'submit', questionId: 'q1', answer: { kind: 'essay', text: 'hi' } },
      { type: 'submit', questionId: 'q1', answer: { kind: 'multiple', optionIds: 'o1' } },
      { type: 'submit', questionId: 'q1', answer: { kind: 'ordering', itemIds: ['i1', 2] } },
      { type: 'submit', questionId: 'q1', answer: { kind: 'matching', pairs: { l1: 5 } } },
      { type: 'openSection', lessonId: 'l' },
    ]) {
      assert.strictEqual(parseQuizPageMessage(data), undefined, JSON.stringify(data));
    }
  });

  it('rejects oversized lists', () => {
    const optionIds = Array.from({ length: 1000 }, (_, index) => `o${index}`);
    assert.strictEqual(parseQuizPageMessage({ type: 'submit', questionId: 'q1', answer: { kind: 'multiple', optionIds } }), undefined);
  });
});
