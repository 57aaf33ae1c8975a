import * as assert from 'node:assert/strict';
import type { Lesson } from '../../../src/lessons/lessonTypes';
import { loadAllQuestionBanks, loadQuestionBank, type QuizFileContents, type QuizSource } from '../../../src/quiz/quizBanks';
import type { QuizProblem } from '../../../src/quiz/quizProblems';

const lesson = (id: string) => ({ id, title: id }) as Lesson;
const goodQuiz = (id: string) => [
  `lesson: ${id}`,
  'questions:',
  '  - id: q1',
  '    kind: single',
  '    prompt: Pick one',
  '    section: Intro',
  '    options:',
  '      - { id: a, text: Right, correct: true, explanation: Yes }',
  '      - { id: b, text: Wrong, explanation: No }',
  '      - { id: c, text: Also wrong, explanation: No }',
  '',
].join('\n');

/** An in-memory lesson folder: lesson id -> what reading its quiz file gives. */
function source(files: Record<string, QuizFileContents | undefined>): QuizSource & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    catalog: () => Promise.resolve({ lessons: Object.keys(files).map(lesson) }),
    readQuizFile: (target: Lesson) => {
      reads.push(target.id);
      return Promise.resolve(files[target.id]);
    },
  };
}

describe('loadQuestionBank', () => {
  it('reports the problems of a quiz file, each with its code and line, for the lesson they belong to', async () => {
    const reported: { lessonId: string; problems: readonly QuizProblem[] }[] = [];
    const broken = 'lesson: broken\nquestions:\n  - id: q1\n    kind: essay\n    prompt: Why?\n    section: Intro\n';
    await loadQuestionBank(source({ broken: { kind: 'text', text: broken } }), lesson('broken'), (target, problems) => reported.push({ lessonId: target.id, problems }));
    assert.equal(reported.length, 1);
    assert.equal(reported[0].lessonId, 'broken');
    assert.deepEqual(reported[0].problems.map((problem) => [problem.code, problem.line]), [['unknownKind', 4]]);
  });

  it('reports an empty list for a clean file, so earlier problems of that file are cleared', async () => {
    const reported: (readonly QuizProblem[])[] = [];
    const bank = await loadQuestionBank(source({ good: { kind: 'text', text: goodQuiz('good') } }), lesson('good'), (_lesson, problems) => reported.push(problems));
    assert.deepEqual(reported, [[]]);
    assert.equal(bank?.questions.length, 1);
  });

  it('reports a quiz file over the size limit as tooLarge and gives no bank', async () => {
    const reported: (readonly QuizProblem[])[] = [];
    const bank = await loadQuestionBank(source({ huge: { kind: 'tooLarge', maxKilobytes: 1024 } }), lesson('huge'), (_lesson, problems) => reported.push(problems));
    assert.equal(bank, undefined);
    assert.deepEqual(reported.map((problems) => problems.map((problem) => [problem.code, problem.params.maxKilobytes])), [[['tooLarge', 1024]]]);
  });

  it('reports nothing for a lesson without a quiz file', async () => {
    const reported: unknown[] = [];
    assert.equal(await loadQuestionBank(source({ none: undefined }), lesson('none'), (...args) => reported.push(args)), undefined);
    assert.deepEqual(reported, []);
  });
});

describe('loadAllQuestionBanks', () => {
  it('loads every lesson with questions and leaves out the others', async () => {
    const banks = await loadAllQuestionBanks(source({ good: { kind: 'text', text: goodQuiz('good') }, none: undefined, huge: { kind: 'tooLarge', maxKilobytes: 1024 } }), () => undefined);
    assert.deepEqual(banks.map((bank) => bank.lessonId), ['good']);
  });
});
