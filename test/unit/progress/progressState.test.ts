import * as assert from 'node:assert/strict';
import {
  dueCountByLesson,
  dueQuestions,
  emptyProgress,
  isLessonPassed,
  markLessonRead,
  markLessonUnread,
  passingScore,
  recordAnswer,
  recordQuizResult,
} from '../../../src/progress/progressState';
import { maxAnswerHistory, type ProgressState } from '../../../src/progress/progressTypes';
import { deepFreeze } from './deepFreeze';

const start = new Date('2025-03-01T09:00:00.000Z');

function minutesAfter(date: Date, minutes: number): Date {
  return new Date(date.getTime() + minutes * 60_000);
}

function daysAfter(date: Date, days: number): Date {
  return minutesAfter(date, days * 24 * 60);
}

function answer(state: ProgressState, questionId: string, correct: boolean, now: Date, lessonId = 'lesson-a'): ProgressState {
  return recordAnswer(state, { lessonId, questionId, correct, now });
}

function dueTime(state: ProgressState, questionId: string): number {
  const question = state.questions[questionId];
  assert.ok(question, `${questionId} has no progress`);
  return Date.parse(question.card.due);
}

describe('progress state', () => {
  const fresh = deepFreeze(emptyProgress('seed'));

  describe('emptyProgress', () => {
    it('starts at version 1 with nothing read or answered', () => {
      assert.deepEqual(fresh, { version: 1, shuffleSeed: 'seed', lessons: {}, questions: {} });
    });

    it('gives every new learner their own random shuffle seed', () => {
      const seed = emptyProgress().shuffleSeed;
      assert.match(seed, /^[0-9a-f]{32}$/);
      assert.notEqual(emptyProgress().shuffleSeed, seed);
    });
  });

  describe('markLessonRead and markLessonUnread', () => {
    it('records when a lesson was first read, without touching the input', () => {
      const read = markLessonRead(fresh, 'lesson-a', start);
      assert.deepEqual(read.lessons['lesson-a'], { attempts: 0, readAt: start.toISOString() });
      assert.deepEqual(fresh.lessons, {});
    });

    it('keeps the first reading date when read again', () => {
      const once = deepFreeze(markLessonRead(fresh, 'lesson-a', start));
      assert.equal(markLessonRead(once, 'lesson-a', daysAfter(start, 3)).lessons['lesson-a']?.readAt, start.toISOString());
    });

    it('forgets the reading date but keeps quiz results', () => {
      const state = deepFreeze(recordQuizResult(markLessonRead(fresh, 'lesson-a', start), 'lesson-a', 0.9, start));
      const unread = markLessonUnread(state, 'lesson-a');
      assert.equal(unread.lessons['lesson-a']?.readAt, undefined);
      assert.equal('readAt' in (unread.lessons['lesson-a'] ?? {}), false);
      assert.equal(unread.lessons['lesson-a']?.bestScore, 0.9);
      assert.equal(state.lessons['lesson-a']?.readAt, start.toISOString());
    });

    it('treats a lesson id that names an Object.prototype member as an ordinary lesson', () => {
      const read = markLessonRead(fresh, 'constructor', start);
      assert.equal(read.lessons['constructor']?.readAt, start.toISOString());
      assert.equal(isLessonPassed(fresh, 'constructor'), false);
    });
  });

  describe('recordQuizResult and isLessonPassed', () => {
    it('counts attempts and keeps the last and the best score', () => {
      const first = recordQuizResult(fresh, 'lesson-a', 0.9, start);
      const second = deepFreeze(recordQuizResult(first, 'lesson-a', 0.5, minutesAfter(start, 5)));
      assert.deepEqual(second.lessons['lesson-a'], {
        attempts: 2,
        lastScore: 0.5,
        bestScore: 0.9,
        lastAttemptAt: minutesAfter(start, 5).toISOString(),
      });
      assert.equal(first.lessons['lesson-a']?.attempts, 1);
    });

    it('clamps scores outside 0..1 and counts a non-number as 0', () => {
      assert.equal(recordQuizResult(fresh, 'lesson-a', 1.7, start).lessons['lesson-a']?.bestScore, 1);
      assert.equal(recordQuizResult(fresh, 'lesson-a', -1, start).lessons['lesson-a']?.lastScore, 0);
      assert.equal(recordQuizResult(fresh, 'lesson-a', Number.NaN, start).lessons['lesson-a']?.lastScore, 0);
    });

    it('passes a lesson from a best score of 0.8, even after a worse later attempt', () => {
      assert.equal(passingScore, 0.8);
      assert.equal(isLessonPassed(recordQuizResult(fresh, 'lesson-a', 0.79, start), 'lesson-a'), false);
      const passed = recordQuizResult(fresh, 'lesson-a', 0.8, start);
      assert.equal(isLessonPassed(passed, 'lesson-a'), true);
      assert.equal(isLessonPassed(recordQuizResult(passed, 'lesson-a', 0.2, start), 'lesson-a'), true);
      assert.equal(isLessonPassed(passed, 'lesson-b'), false);
    });
  });

  describe('recordAnswer', () => {
    it('creates a card for a first answer and keeps the answer history', () => {
      const state = answer(fresh, 'q1', true, start);
      const question = state.questions['q1'];
      assert.equal(question?.lessonId, 'lesson-a');
      assert.deepEqual(question?.history, [{ at: start.toISOString(), correct: true }]);
      assert.equal(question?.card.reps, 1);
      assert.equal(question?.card.last_review, start.toISOString());
      assert.deepEqual(fresh.questions, {});
    });

    it('stores the card as plain JSON with ISO dates', () => {
      const card = answer(fresh, 'q1', false, start).questions['q1']?.card;
      assert.deepEqual(JSON.parse(JSON.stringify(card)), card);
      assert.equal(typeof card?.due, 'string');
    });

    it(`keeps only the last ${maxAnswerHistory} answers`, () => {
      let state = fresh;
      for (let index = 0; index < maxAnswerHistory + 5; index++) {
        state = answer(state, 'q1', index % 2 === 0, minutesAfter(start, index * 60));
      }
      const history = state.questions['q1']?.history ?? [];
      assert.equal(history.length, maxAnswerHistory);
      assert.equal(history.at(-1)?.at, minutesAfter(start, (maxAnswerHistory + 4) * 60).toISOString());
    });

    it('does not throw when the clock is behind the previous review (synced machines)', () => {
      const later = deepFreeze(answer(fresh, 'q1', true, daysAfter(start, 10)));
      const earlier = answer(later, 'q1', true, start);
      assert.equal(earlier.questions['q1']?.history.length, 2);
      assert.ok(dueTime(earlier, 'q1') >= dueTime(later, 'q1'));
    });
  });

  describe('scheduling', () => {
    it('makes a wrong answer due sooner than a right one', () => {
      const wrong = answer(fresh, 'q1', false, start);
      const right = answer(fresh, 'q1', true, start);
      assert.ok(dueTime(wrong, 'q1') < dueTime(right, 'q1'));
    });

    it('makes a question answered right twice due later than one answered right once', () => {
      const once = answer(fresh, 'q1', true, start);
      const twice = answer(once, 'q1', true, new Date(dueTime(once, 'q1')));
      assert.ok(dueTime(twice, 'q1') > dueTime(once, 'q1'));
      assert.ok(dueTime(twice, 'q1') - dueTime(once, 'q1') > 24 * 60 * 60_000, 'the second right answer should push the review out by days');
    });

    it('brings a known question back sooner after a lapse than after another right answer', () => {
      let known = answer(fresh, 'q1', true, start);
      known = answer(known, 'q1', true, new Date(dueTime(known, 'q1')));
      const reviewAt = new Date(dueTime(known, 'q1'));
      assert.ok(dueTime(answer(known, 'q1', false, reviewAt), 'q1') < dueTime(answer(known, 'q1', true, reviewAt), 'q1'));
    });

    it('gives the same due date for the same answers (no fuzz)', () => {
      assert.deepEqual(answer(fresh, 'q1', true, start), answer(fresh, 'q1', true, start));
    });
  });

  describe('dueQuestions and dueCountByLesson', () => {
    // q1 wrong (due in minutes), q2 right (due later), q3 right twice (due in days), q4 in another lesson, wrong.
    let state = answer(fresh, 'q1', false, start);
    state = answer(state, 'q2', true, start);
    state = answer(state, 'q3', true, start);
    state = answer(state, 'q3', true, new Date(dueTime(state, 'q3')));
    state = answer(state, 'q4', false, start, 'lesson-b');
    const scheduled = deepFreeze(state);

    it('lists nothing before the first due date', () => {
      assert.deepEqual(dueQuestions(scheduled, start), []);
      assert.deepEqual(dueCountByLesson(scheduled, start), {});
    });

    it('lists the questions due at `now`, the longest overdue first', () => {
      const inAnHour = minutesAfter(start, 60);
      assert.deepEqual(dueQuestions(scheduled, inAnHour), ['q1', 'q4', 'q2']);
      assert.deepEqual(dueCountByLesson(scheduled, inAnHour), { 'lesson-a': 2, 'lesson-b': 1 });
    });

    it('counts a question due exactly at `now`', () => {
      const dueAt = new Date(dueTime(scheduled, 'q1'));
      assert.ok(dueQuestions(scheduled, dueAt).includes('q1'));
      assert.ok(!dueQuestions(scheduled, new Date(dueAt.getTime() - 1)).includes('q1'));
    });

    it('includes the long-interval question once its day comes', () => {
      assert.deepEqual(dueCountByLesson(scheduled, daysAfter(start, 365)), { 'lesson-a': 3, 'lesson-b': 1 });
    });
  });
});
