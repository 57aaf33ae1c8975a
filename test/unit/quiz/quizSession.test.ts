import * as assert from 'assert';
import { pickQuestions, nextDueAt } from '../../../src/quiz/quizBanks';
import { presentQuestion, type PresentedQuestion } from '../../../src/quiz/quizPresentation';
import { QuizSession } from '../../../src/quiz/quizSession';
import type { Question, QuestionBank } from '../../../src/quiz/quizTypes';
import { emptyProgress, recordAnswer } from '../../../src/progress/progressState';

const single: Question = {
  id: 'q-single',
  kind: 'single',
  section: 'Basics',
  prompt: 'Pick b.',
  options: [
    { id: 'a', text: 'A', correct: false, explanation: 'Not a.' },
    { id: 'b', text: 'B', correct: true, explanation: 'Yes, b.' },
    { id: 'c', text: 'C', correct: false, explanation: 'Not c.' },
  ],
};

const multiple: Question = {
  id: 'q-multiple',
  kind: 'multiple',
  section: 'Basics',
  prompt: 'Pick a and c.',
  choose: 2,
  options: [
    { id: 'a', text: 'A', correct: true, explanation: 'a is right.' },
    { id: 'b', text: 'B', correct: false, explanation: 'b is wrong.' },
    { id: 'c', text: 'C', correct: true, explanation: 'c is right.' },
  ],
};

const ordering: Question = {
  id: 'q-ordering',
  kind: 'ordering',
  section: 'Steps',
  prompt: 'Order them.',
  items: [
    { id: 'a', text: 'First', explanation: 'Comes first.' },
    { id: 'b', text: 'Second', explanation: 'Comes second.' },
    { id: 'c', text: 'Third', explanation: 'Comes last.' },
  ],
};

const matching: Question = {
  id: 'q-matching',
  kind: 'matching',
  section: 'Terms',
  prompt: 'Match them.',
  pairs: [
    { id: 'a', left: 'GAN', right: 'Generator and discriminator', explanation: 'Two networks.' },
    { id: 'b', left: 'VAE', right: 'Encoder and decoder', explanation: 'A latent distribution.' },
    { id: 'c', left: 'Diffusion', right: 'Removes noise step by step', explanation: 'Reverse diffusion.' },
  ],
};

function present(question: Question, seed = 'learner-seed'): PresentedQuestion {
  return presentQuestion('lesson-1', question, seed);
}

/** The page id under which an authored entry is shown. */
function pageIdOf(presented: PresentedQuestion, text: string): string {
  const page = presented.page;
  const choices = page.kind === 'matching' ? page.rights : page.kind === 'ordering' ? page.items : page.options;
  const found = choices.find((choice) => choice.text === text);
  assert.ok(found, `"${text}" is shown`);
  return found.id;
}

describe('presentQuestion', () => {
  it('shows the same order for the same learner and question', () => {
    assert.deepStrictEqual(present(single).page, present(single).page);
  });

  it('never sends whether an option is correct, nor the authored ids', () => {
    const page = present(multiple).page;
    const text = JSON.stringify(page);
    assert.ok(!text.includes('correct'), text);
    assert.ok(!text.includes('explanation'), text);
    assert.deepStrictEqual(page.kind === 'multiple' && page.options.map((option) => option.id), ['o1', 'o2', 'o3']);
  });

  it('never shows an ordering question in its correct order', () => {
    for (const seed of ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8']) {
      const page = present(ordering, seed).page;
      assert.ok(page.kind === 'ordering');
      assert.notDeepStrictEqual(page.items.map((item) => item.text), ['First', 'Second', 'Third']);
    }
  });

  it('keeps matching left-hand items in order and gives right-hand items ids unrelated to them', () => {
    const page = present(matching).page;
    assert.ok(page.kind === 'matching');
    assert.deepStrictEqual(page.lefts.map((left) => left.text), ['GAN', 'VAE', 'Diffusion']);
    assert.ok(page.rights.every((right) => right.id.startsWith('r')));
  });

  it('translates page ids back to the bank ids, and refuses unknown ones', () => {
    const presented = present(single);
    assert.deepStrictEqual(presented.toAnswer({ kind: 'single', optionId: pageIdOf(presented, 'B') }), { kind: 'single', optionId: 'b' });
    assert.strictEqual(presented.toAnswer({ kind: 'single', optionId: 'b' }), undefined);
    assert.strictEqual(presented.toAnswer({ kind: 'multiple', optionIds: [] }), undefined);
  });
});

describe('QuizSession', () => {
  it('grades a right single answer and gives every explanation with the key', () => {
    const session = new QuizSession({ kind: 'lesson', lessonId: 'lesson-1' }, [present(single)]);
    const presented = session.current!;
    const outcome = session.submit('q-single', { kind: 'single', optionId: pageIdOf(presented, 'B') });
    assert.ok(outcome.kind === 'graded');
    assert.strictEqual(outcome.grade.correct, true);
    const feedback = outcome.presented.feedback(outcome.grade);
    assert.ok(feedback.kind === 'single');
    assert.strictEqual(feedback.options.length, 3);
    assert.deepStrictEqual(feedback.options.find((option) => option.id === pageIdOf(presented, 'B')), { id: pageIdOf(presented, 'B'), mark: 'chosenCorrect', explanation: 'Yes, b.' });
  });

  it('marks a missed correct option of a multiple question', () => {
    const session = new QuizSession({ kind: 'lesson', lessonId: 'lesson-1' }, [present(multiple)]);
    const presented = session.current!;
    const outcome = session.submit('q-multiple', { kind: 'multiple', optionIds: [pageIdOf(presented, 'A'), pageIdOf(presented, 'B')] });
    assert.ok(outcome.kind === 'graded');
    const feedback = presented.feedback(outcome.grade);
    assert.ok(feedback.kind === 'multiple');
    const markOf = (text: string) => feedback.options.find((option) => option.id === pageIdOf(presented, text))?.mark;
    assert.deepStrictEqual([markOf('A'), markOf('B'), markOf('C')], ['chosenCorrect', 'chosenWrong', 'missedCorrect']);
  });

  it('ignores an answer with the wrong number of choices, of another kind, or to another question', () => {
    const session = new QuizSession({ kind: 'lesson', lessonId: 'lesson-1' }, [present(multiple), present(single)]);
    assert.strictEqual(session.submit('q-multiple', { kind: 'multiple', optionIds: ['o1'] }).kind, 'ignored');
    assert.strictEqual(session.submit('q-multiple', { kind: 'single', optionId: 'o1' }).kind, 'ignored');
    assert.strictEqual(session.submit('q-single', { kind: 'single', optionId: 'o1' }).kind, 'ignored');
    assert.strictEqual(session.submit('q-multiple', { kind: 'multiple', optionIds: ['o1', 'o1'] }).kind, 'ignored');
  });

  it('grades an answer once, so a second submit cannot change the record', () => {
    const session = new QuizSession({ kind: 'lesson', lessonId: 'lesson-1' }, [present(single)]);
    assert.strictEqual(session.submit('q-single', { kind: 'single', optionId: 'o1' }).kind, 'graded');
    assert.strictEqual(session.submit('q-single', { kind: 'single', optionId: 'o2' }).kind, 'ignored');
  });

  it('moves on only after the question on screen is answered', () => {
    const session = new QuizSession({ kind: 'lesson', lessonId: 'lesson-1' }, [present(single), present(ordering)]);
    assert.strictEqual(session.advance(), false);
    session.submit('q-single', { kind: 'single', optionId: 'o1' });
    assert.strictEqual(session.advance(), true);
    assert.strictEqual(session.current?.question.id, 'q-ordering');
    assert.strictEqual(session.isFinished, false);
  });

  it('gives the correct order of an ordering question and where each item belongs', () => {
    const session = new QuizSession({ kind: 'lesson', lessonId: 'lesson-1' }, [present(ordering)]);
    const presented = session.current!;
    const shownIds = presented.page.kind === 'ordering' ? presented.page.items.map((item) => item.id) : [];
    const outcome = session.submit('q-ordering', { kind: 'ordering', itemIds: shownIds });
    assert.ok(outcome.kind === 'graded');
    assert.strictEqual(outcome.grade.correct, false);
    const feedback = presented.feedback(outcome.grade);
    assert.ok(feedback.kind === 'ordering');
    assert.deepStrictEqual(feedback.correctOrder, ['First', 'Second', 'Third'].map((text) => pageIdOf(presented, text)));
    assert.strictEqual(feedback.items.find((item) => item.id === pageIdOf(presented, 'Third'))?.correctPosition, 2);
  });

  it('grades a matching answer given in page ids and names the right match of each left item', () => {
    const session = new QuizSession({ kind: 'lesson', lessonId: 'lesson-1' }, [present(matching)]);
    const presented = session.current!;
    const right = (text: string) => pageIdOf(presented, text);
    const outcome = session.submit('q-matching', {
      kind: 'matching',
      pairs: { l1: right('Generator and discriminator'), l2: right('Removes noise step by step'), l3: right('Encoder and decoder') },
    });
    assert.ok(outcome.kind === 'graded');
    assert.strictEqual(outcome.grade.correct, false);
    const feedback = presented.feedback(outcome.grade);
    assert.ok(feedback.kind === 'matching');
    assert.deepStrictEqual(feedback.pairs.map((pair) => pair.matched), [true, false, false]);
    assert.strictEqual(feedback.pairs[1].correctRightId, right('Encoder and decoder'));
  });

  it('sums up the answers with their text and lists the mistakes', () => {
    const session = new QuizSession({ kind: 'lesson', lessonId: 'lesson-1' }, [present(single), present(multiple)]);
    session.submit('q-single', { kind: 'single', optionId: pageIdOf(session.current!, 'B') });
    session.advance();
    session.submit('q-multiple', { kind: 'multiple', optionIds: [pageIdOf(session.current!, 'A'), pageIdOf(session.current!, 'B')] });
    assert.strictEqual(session.isFinished, true);
    const results = session.results();
    assert.strictEqual(results.correctCount, 1);
    assert.strictEqual(results.score, 0.5);
    assert.deepStrictEqual(results.mistakeIds, ['q-multiple']);
    assert.deepStrictEqual(results.entries, [
      { prompt: 'Pick b.', answer: 'B', correct: true },
      { prompt: 'Pick a and c.', answer: 'A\nB', correct: false },
    ]);
  });

  it('counts the questions already right when a retry of mistakes scores the lesson', () => {
    const session = new QuizSession({ kind: 'lesson', lessonId: 'lesson-1', onlyQuestionIds: ['q-single'], carriedCorrectCount: 3 }, [present(single)]);
    session.submit('q-single', { kind: 'single', optionId: pageIdOf(session.current!, 'B') });
    assert.strictEqual(session.lessonScore(4), 1);
  });
});

describe('pickQuestions', () => {
  const banks: QuestionBank[] = [
    { lessonId: 'lesson-1', questions: [single, multiple] },
    { lessonId: 'lesson-2', questions: [ordering] },
  ];

  it('picks questions across lessons in the order asked, leaving out unknown ids', () => {
    assert.deepStrictEqual(
      pickQuestions(banks, ['q-ordering', 'gone', 'q-single']).map(({ lessonId, question }) => [lessonId, question.id]),
      [['lesson-2', 'q-ordering'], ['lesson-1', 'q-single']],
    );
  });
});

describe('nextDueAt', () => {
  it('is undefined before any answer and a future date after one', () => {
    const now = new Date('2025-01-01T10:00:00Z');
    const empty = emptyProgress('seed');
    assert.strictEqual(nextDueAt(empty, now), undefined);
    const answered = recordAnswer(empty, { lessonId: 'lesson-1', questionId: 'q-single', correct: true, now });
    const next = nextDueAt(answered, now);
    assert.ok(next && next.getTime() > now.getTime());
  });
});
