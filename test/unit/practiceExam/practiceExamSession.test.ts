import * as assert from 'node:assert/strict';
import { parseExamPageMessage } from '../../../src/practiceExam/practiceExamMessages';
import { PracticeExamSession, type ExamQuestion } from '../../../src/practiceExam/practiceExamSession';
import { presentQuestion } from '../../../src/quiz/quizPresentation';
import { multipleQuestion, singleQuestion } from '../quiz/sampleQuestions';

function examOf(deadline?: number): { session: PracticeExamSession; questions: ExamQuestion[] } {
  const questions: ExamQuestion[] = [
    { presented: presentQuestion('lesson-a', singleQuestion, 'seed'), task: '2.1' },
    { presented: presentQuestion('lesson-b', multipleQuestion, 'seed'), task: '2.3' },
  ];
  return { session: new PracticeExamSession(questions, deadline), questions };
}

/** The page id under which the bank's option `id` is shown. */
function pageOptionId(exam: ExamQuestion, id: string): string {
  const page = exam.presented.page;
  const shown = page.kind === 'single' || page.kind === 'multiple' ? page.options : [];
  const index = shown.findIndex((option) => option.text === `Option ${id}`);
  return shown[index].id;
}

describe('PracticeExamSession', () => {
  it('grades silently, moves on after each answer, and scores only at the end', () => {
    const { session, questions } = examOf();
    // singleQuestion's key is b; multipleQuestion's keys are a and c (see sampleQuestions.ts).
    assert.deepEqual(session.submit(singleQuestion.id, { kind: 'single', optionId: pageOptionId(questions[0], 'b') }, 0), { kind: 'accepted' });
    assert.equal(session.isFinished, false);
    assert.equal(session.current?.presented.question.id, multipleQuestion.id);
    session.submit(multipleQuestion.id, { kind: 'multiple', optionIds: [pageOptionId(questions[1], 'a'), pageOptionId(questions[1], 'b')] }, 0);
    assert.equal(session.isFinished, true);
    const score = session.score();
    assert.deepEqual([score.correct, score.total, score.scaledScore], [1, 2, 550]);
    assert.deepEqual(score.byTask, [{ task: '2.1', correct: 1, total: 1 }, { task: '2.3', correct: 0, total: 1 }]);
  });

  it('counts a skipped question as wrong', () => {
    const { session } = examOf();
    session.submit(singleQuestion.id, undefined, 0);
    session.finish();
    assert.equal(session.answerTo(singleQuestion.id), undefined);
    assert.equal(session.score().correct, 0);
  });

  it('ignores an answer to a question that is not on screen, and one that does not fit', () => {
    const { session } = examOf();
    assert.equal(session.submit(multipleQuestion.id, { kind: 'multiple', optionIds: [] }, 0).kind, 'ignored');
    assert.equal(session.submit(singleQuestion.id, { kind: 'single', optionId: 'o99' }, 0).kind, 'ignored');
    assert.equal(session.currentIndex, 0);
  });

  it('takes no answer after the deadline and ends the exam', () => {
    const { session, questions } = examOf(1_000);
    const outcome = session.submit(singleQuestion.id, { kind: 'single', optionId: pageOptionId(questions[0], 'b') }, 1_001);
    assert.deepEqual(outcome, { kind: 'ignored', reason: 'time is up' });
    assert.equal(session.isFinished, true);
    assert.equal(session.score().correct, 0);
  });
});

describe('parseExamPageMessage', () => {
  it('accepts a skip, an answer, and the bare messages', () => {
    assert.deepEqual(parseExamPageMessage({ type: 'answer', questionId: 'q1' }), { type: 'answer', questionId: 'q1' });
    assert.deepEqual(parseExamPageMessage({ type: 'answer', questionId: 'q1', answer: { kind: 'single', optionId: 'o1' } }), { type: 'answer', questionId: 'q1', answer: { kind: 'single', optionId: 'o1' } });
    assert.deepEqual(parseExamPageMessage({ type: 'finish', extra: 1 }), { type: 'finish' });
  });

  it('refuses malformed messages', () => {
    for (const data of [null, [], 'ready', { type: 'answer' }, { type: 'answer', questionId: 'q', answer: { kind: 'single' } }, { type: 'openSection', lessonId: 'x'.repeat(300), section: 's' }, { type: 'unknown' }]) {
      assert.equal(parseExamPageMessage(data), undefined, JSON.stringify(data));
    }
  });
});
