import * as assert from 'node:assert/strict';
import { allocateSeats, drawPracticeExam, type ExamPoolQuestion } from '../../../src/practiceExam/drawPracticeExam';
import { questionTask, taskShares, taskStatementIn } from '../../../src/practiceExam/examBlueprint';
import { scorePracticeExam } from '../../../src/practiceExam/scorePracticeExam';
import { recordPracticeExam, emptyProgress } from '../../../src/progress/progressState';
import { parseStoredProgress, serializeProgress } from '../../../src/progress/progressSerialization';
import { validateProgress } from '../../../src/progress/progressValidation';
import type { Question } from '../../../src/quiz/quizTypes';

function poolOf(counts: Record<string, number>): ExamPoolQuestion[] {
  return Object.entries(counts).flatMap(([task, count]) =>
    Array.from({ length: count }, (_, index) => {
      const id = `q-${task}-${index}`;
      const question: Question = { id, kind: 'single', section: 's', prompt: id, options: [] };
      return { lessonId: `lesson-${task}`, question, task };
    }),
  );
}

describe('practice exam blueprint', () => {
  it('reads the task statement a lesson objective names', () => {
    assert.equal(taskStatementIn('AIF-C01 2.1: Understand foundational generative AI concepts'), '2.1');
    assert.equal(taskStatementIn('AIF-C01 Task 3.1 (inference parameters)'), '3.1');
    assert.equal(taskStatementIn('no task here'), undefined);
  });

  it('takes a question\'s task from the exam map row of its section, else from the lesson objective', () => {
    const lesson = { examObjective: 'AIF-C01 2.1: use cases', examMap: [{ ref: '2.3/cost-tradeoffs', section: 'Token pricing' }, { ref: '2.1/use-cases', section: 'Translation' }] };
    assert.equal(questionTask(lesson, 'Token pricing'), '2.3');
    assert.equal(questionTask(lesson, 'Translation'), '2.1');
    assert.equal(questionTask(lesson, 'A section the map does not name'), '2.1');
    assert.equal(questionTask({ examObjective: 'no task' }, 'x'), undefined);
  });

  it('splits the guide\'s domain weights evenly over the domain\'s tasks, renormalized to the tasks covered', () => {
    // Domain 2 weighs 24% over 3 tasks (8% each); domain 3 weighs 28% over 4 tasks (7% each).
    const shares = taskShares(['2.1', '2.2', '2.3', '3.1']);
    assert.ok(Math.abs(shares.get('2.1')! - 8 / 31) < 1e-12);
    assert.ok(Math.abs(shares.get('3.1')! - 7 / 31) < 1e-12);
    assert.ok(Math.abs([...shares.values()].reduce((a, b) => a + b, 0) - 1) < 1e-12);
  });
});

describe('drawPracticeExam', () => {
  it('gives each task its share of a 30-question exam by the largest remainder', () => {
    // 30 × 8/31 = 7.74 for each 2.x task, 30 × 7/31 = 6.77 for 3.1: floors 7,7,7,6 = 27, and the three
    // largest remainders (0.77 for 3.1, then 0.74 for 2.1 and 2.2 by name) take the last three seats.
    const seats = allocateSeats(new Map(Object.entries({ '2.1': new Array(40), '2.2': new Array(40), '2.3': new Array(40), '3.1': new Array(40) })), 30);
    assert.deepEqual(Object.fromEntries(seats), { '2.1': 8, '2.2': 8, '2.3': 7, '3.1': 7 });
  });

  it('hands the seats of a task with too few questions to the other tasks', () => {
    const seats = allocateSeats(new Map(Object.entries({ '2.1': new Array(50), '2.2': new Array(2), '2.3': new Array(50) })), 30);
    assert.equal(seats.get('2.2'), 2);
    assert.equal(seats.get('2.1')! + seats.get('2.3')!, 28);
  });

  it('never repeats a question, and returns the whole pool when it is smaller than the size', () => {
    const pool = poolOf({ '2.1': 5, '2.2': 3 });
    const exam = drawPracticeExam(pool, 65, 'seed');
    assert.equal(exam.length, 8);
    assert.equal(new Set(exam.map((entry) => entry.question.id)).size, 8);
  });

  it('draws the same exam from the same seed and a different one from another seed', () => {
    const pool = poolOf({ '2.1': 30, '2.2': 30, '2.3': 30 });
    const ids = (seed: string) => drawPracticeExam(pool, 15, seed).map((entry) => entry.question.id);
    assert.deepEqual(ids('a'), ids('a'));
    assert.notDeepEqual(ids('a'), ids('b'));
  });
});

describe('scorePracticeExam', () => {
  it('maps the share answered right linearly onto 100–1000 and passes at 700', () => {
    const outcomes = (right: number, total: number) => Array.from({ length: total }, (_, index) => ({ questionId: `q${index}`, task: '2.1', correct: index < right }));
    assert.equal(scorePracticeExam(outcomes(0, 30)).scaledScore, 100);
    assert.equal(scorePracticeExam(outcomes(30, 30)).scaledScore, 1000);
    // 20/30 → 100 + 900 × 2/3 = 700: a pass.
    assert.deepEqual([scorePracticeExam(outcomes(20, 30)).scaledScore, scorePracticeExam(outcomes(20, 30)).passed], [700, true]);
    assert.equal(scorePracticeExam(outcomes(19, 30)).passed, false);
  });

  it('breaks the result down by task, in task order', () => {
    const score = scorePracticeExam([
      { questionId: 'a', task: '2.3', correct: true },
      { questionId: 'b', task: '2.1', correct: false },
      { questionId: 'c', task: '2.1', correct: true },
      { questionId: 'd', task: '2.10', correct: true },
    ]);
    assert.deepEqual(score.byTask, [
      { task: '2.1', correct: 1, total: 2 },
      { task: '2.3', correct: 1, total: 1 },
      { task: '2.10', correct: 1, total: 1 },
    ]);
  });
});

describe('practice exam history in progress', () => {
  const record = { finishedAt: '2026-12-01T10:00:00.000Z', correct: 20, total: 30, scaledScore: 700, passed: true, timed: false, byTask: [{ task: '2.1', correct: 20, total: 30 }] };

  it('survives validation after it is recorded', () => {
    const state = recordPracticeExam(emptyProgress('seed'), record);
    const validated = validateProgress(JSON.parse(JSON.stringify(state)));
    assert.equal(validated.kind, 'valid');
    assert.deepEqual(validated.kind === 'valid' ? validated.state.practiceExams : undefined, [record]);
  });

  it('is written to storage and read back (a reload keeps it)', () => {
    const state = recordPracticeExam(emptyProgress('seed'), record);
    const stored = JSON.parse(JSON.stringify(serializeProgress(state))) as unknown;
    const read = parseStoredProgress(stored);
    assert.equal(read.kind, 'ok');
    assert.deepEqual(read.kind === 'ok' ? read.state.practiceExams : undefined, [record]);
  });

  it('keeps the newest 20 attempts', () => {
    let state = emptyProgress('seed');
    for (let attempt = 0; attempt < 25; attempt++) {
      state = recordPracticeExam(state, { ...record, correct: attempt });
    }
    assert.deepEqual(state.practiceExams?.map((exam) => exam.correct), Array.from({ length: 20 }, (_, index) => index + 5));
  });

  it('makes a stored history with a scaled score outside 100–1000 corrupt', () => {
    const validated = validateProgress({ ...emptyProgress('seed'), practiceExams: [{ ...record, scaledScore: 1200 }] });
    assert.equal(validated.kind, 'corrupt');
  });
});
