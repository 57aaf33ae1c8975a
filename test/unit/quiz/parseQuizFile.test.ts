import * as assert from 'node:assert/strict';
import { parseQuizFile } from '../../../src/quiz/parseQuizFile';
import { type QuizProblem, quizProblemCodes, quizProblemMessages } from '../../../src/quiz/quizProblems';

/** 1-based line of the `occurrence`-th line containing `fragment`, so expectations survive edits above. */
function lineContaining(text: string, fragment: string, occurrence = 1): number {
  const lines = text.split('\n');
  let seen = 0;
  for (let index = 0; index < lines.length; index++) {
    if (lines[index].includes(fragment) && ++seen === occurrence) {
      return index + 1;
    }
  }
  throw new Error(`"${fragment}" not found ${occurrence} time(s)`);
}

function onlyProblem(text: string): QuizProblem {
  const { problems } = parseQuizFile(text);
  assert.equal(problems.length, 1, JSON.stringify(problems, null, 2));
  return problems[0];
}

function quiz(questions: string): string {
  return `lesson: sample\nquestions:\n${questions}`;
}

const singleYaml = `  - id: q-single
    kind: single
    section: "First section"
    prompt: |
      Which one?
    options:
      - id: a
        text: Alpha
        explanation: Not this.
      - id: b
        text: Beta
        correct: true
        explanation: This one.
      - id: c
        text: 2017
        correct: false
        explanation: Not this either.
`;

const multipleYaml = `  - id: q-multiple
    kind: multiple
    choose: 2
    section: Second section
    prompt: Which two?
    options:
      - { id: a, text: A, correct: true, explanation: Yes. }
      - { id: b, text: B, explanation: No. }
      - { id: c, text: C, correct: true, explanation: Yes. }
      - { id: d, text: D, explanation: No. }
`;

const orderingYaml = `  - id: q-ordering
    kind: ordering
    section: Third section
    prompt: Put them in order.
    items:
      - { id: a, text: First, explanation: Starts. }
      - { id: b, text: Second, explanation: Follows. }
      - { id: c, text: Third, explanation: Ends. }
`;

const matchingYaml = `  - id: q-matching
    kind: matching
    section: Fourth section
    prompt: Match them.
    pairs:
      - { id: a, left: Query, right: What a token looks for, explanation: Q. }
      - { id: b, left: Key, right: What a token offers, explanation: K. }
      - { id: c, left: Value, right: What a token passes on, explanation: V. }
`;

describe('parseQuizFile', () => {
  describe('a valid file', () => {
    const { bank, problems } = parseQuizFile(quiz(singleYaml + multipleYaml + orderingYaml + matchingYaml));

    it('has no problems and keeps every question in file order', () => {
      assert.deepEqual(problems, []);
      assert.equal(bank.lessonId, 'sample');
      assert.deepEqual(bank.questions.map((question) => question.kind), ['single', 'multiple', 'ordering', 'matching']);
    });

    it('reads single choice options with their correct flag, trimmed text and numbers as written', () => {
      assert.deepEqual(bank.questions[0], {
        id: 'q-single',
        kind: 'single',
        section: 'First section',
        prompt: 'Which one?',
        options: [
          { id: 'a', text: 'Alpha', correct: false, explanation: 'Not this.' },
          { id: 'b', text: 'Beta', correct: true, explanation: 'This one.' },
          { id: 'c', text: '2017', correct: false, explanation: 'Not this either.' },
        ],
      });
    });

    it('reads `choose`, ordering items in the authored order, and matching pairs', () => {
      const [, multiple, ordering, matching] = bank.questions;
      assert.ok(multiple?.kind === 'multiple' && ordering?.kind === 'ordering' && matching?.kind === 'matching');
      assert.equal(multiple.choose, 2);
      assert.deepEqual(multiple.options.filter((option) => option.correct).map((option) => option.id), ['a', 'c']);
      assert.deepEqual(ordering.items.map((item) => item.text), ['First', 'Second', 'Third']);
      assert.deepEqual(matching.pairs[1], { id: 'b', left: 'Key', right: 'What a token offers', explanation: 'K.' });
    });

    it('reads a file with Windows line endings the same way', () => {
      const text = quiz(singleYaml + orderingYaml);
      assert.deepEqual(parseQuizFile(text.replace(/\n/g, '\r\n')), parseQuizFile(text));
    });

    it('reports a lesson id that differs from the expected one', () => {
      const text = quiz(singleYaml);
      const problem = parseQuizFile(text, { lessonId: 'other' }).problems[0];
      assert.equal(problem?.code, 'lessonMismatch');
      assert.deepEqual(problem?.params, { expected: 'other', actual: 'sample' });
      assert.equal(problem?.line, 1);
    });
  });

  describe('malformed YAML', () => {
    it('reports a syntax error on its line and returns an empty bank', () => {
      const text = quiz(singleYaml.replace('    kind: single', '    kind: "single'));
      const { bank, problems } = parseQuizFile(text);
      assert.equal(bank.questions.length, 0);
      assert.ok(problems.length > 0);
      assert.ok(problems.every((problem) => problem.code === 'yamlSyntax'));
      assert.ok(problems.some((problem) => problem.line >= lineContaining(text, 'kind: "single')));
    });

    it('reports a duplicated key on the line of the second one', () => {
      const text = quiz(singleYaml.replace('    section: "First section"', '    section: "First section"\n    section: again'));
      const problem = onlyProblem(text);
      assert.equal(problem.code, 'yamlSyntax');
      assert.equal(problem.line, lineContaining(text, 'section: again'));
    });

    it('reports a bad indentation on its line', () => {
      const text = quiz(singleYaml.replace('        text: Beta', '      text: Beta'));
      const { problems } = parseQuizFile(text);
      assert.equal(problems[0]?.code, 'yamlSyntax');
      assert.equal(problems[0]?.line, lineContaining(text, 'text: Beta'));
    });
  });

  describe('file structure', () => {
    it('reports an empty file and a file that is not a mapping on line 1', () => {
      assert.deepEqual(parseQuizFile('').problems.map((problem) => [problem.code, problem.line]), [['rootNotMapping', 1]]);
      assert.equal(onlyProblem('- a\n- b\n').code, 'rootNotMapping');
      assert.equal(onlyProblem('just text').code, 'rootNotMapping');
    });

    it('reports a missing lesson id and a missing or non-list `questions`', () => {
      const missingLesson = `questions:\n${singleYaml}`;
      assert.deepEqual([onlyProblem(missingLesson).code, onlyProblem(missingLesson).line], ['missingLesson', 1]);
      const text = 'lesson: sample\nquestions:\n  id: q\n';
      assert.deepEqual([onlyProblem(text).code, onlyProblem(text).line], ['questionsNotList', 3]);
      assert.equal(onlyProblem('lesson: sample\n').code, 'questionsNotList');
    });

    it('reports a question that is not a mapping on its line and keeps the others', () => {
      const text = quiz(`  - just a string\n${singleYaml}`);
      const { bank, problems } = parseQuizFile(text);
      assert.deepEqual(problems.map((problem) => [problem.code, problem.line]), [['questionNotMapping', 3]]);
      assert.deepEqual(bank.questions.map((question) => question.id), ['q-single']);
    });

    it('reports a duplicated question id on the second one and keeps the first', () => {
      const text = quiz(singleYaml + singleYaml);
      const { bank, problems } = parseQuizFile(text);
      assert.deepEqual(problems.map((problem) => [problem.code, problem.line]), [['duplicateQuestionId', lineContaining(text, 'id: q-single', 2)]]);
      assert.equal(bank.questions.length, 1);
    });
  });

  describe('question fields', () => {
    it('reports an unknown kind on its line, names the question, and drops only that question', () => {
      const text = quiz(singleYaml.replace('kind: single', 'kind: essay') + orderingYaml);
      const { bank, problems } = parseQuizFile(text);
      assert.deepEqual(problems.map((problem) => [problem.code, problem.line, problem.params['question']]), [['unknownKind', lineContaining(text, 'kind: essay'), 'q-single']]);
      assert.deepEqual(bank.questions.map((question) => question.id), ['q-ordering']);
    });

    it('reports an empty section on its line', () => {
      const text = quiz(singleYaml.replace('section: "First section"', 'section: "  "'));
      const problem = onlyProblem(text);
      assert.deepEqual([problem.code, problem.params['field'], problem.line], ['missingQuestionField', 'section', lineContaining(text, 'section:')]);
    });

    it('reports a missing id and prompt on the question line, naming the question by position', () => {
      const withoutIdAndPrompt = `  - kind: ordering
    section: Third section
    items:
      - { id: a, text: First, explanation: Starts. }
      - { id: b, text: Second, explanation: Follows. }
      - { id: c, text: Third, explanation: Ends. }
`;
      const text = quiz(orderingYaml + withoutIdAndPrompt);
      const problems = parseQuizFile(text).problems;
      assert.deepEqual(problems.map((problem) => [problem.code, problem.params['field'], problem.params['question'], problem.line]), [
        ['missingQuestionField', 'id', '#2', lineContaining(text, '- kind: ordering')],
        ['missingQuestionField', 'prompt', '#2', lineContaining(text, '- kind: ordering')],
      ]);
    });

    it('reports a list where text belongs', () => {
      const text = quiz(singleYaml.replace('    prompt: |\n      Which one?', '    prompt:\n      - Which one?'));
      const problem = onlyProblem(text);
      assert.deepEqual([problem.code, problem.params['field'], problem.params['expected'], problem.line], ['wrongFieldType', 'prompt', 'text', lineContaining(text, '- Which one?')]);
    });

    it('reports options written as a mapping', () => {
      const text = quiz(`  - id: q\n    kind: single\n    section: S\n    prompt: P\n    options:\n      a: Alpha\n`);
      const problem = onlyProblem(text);
      assert.deepEqual([problem.code, problem.params['expected'], problem.line], ['wrongFieldType', 'a list', lineContaining(text, 'a: Alpha')]);
    });
  });

  describe('options, items and pairs', () => {
    it('reports a missing explanation on the line of its entry', () => {
      const text = quiz(singleYaml.replace('        explanation: This one.\n', ''));
      const problem = onlyProblem(text);
      assert.deepEqual([problem.code, problem.params, problem.line], ['missingExplanation', { question: 'q-single', entry: 'b' }, lineContaining(text, '- id: b')]);
    });

    it('reports an empty explanation on its own line', () => {
      const text = quiz(orderingYaml.replace('explanation: Follows.', 'explanation: ""'));
      const problem = onlyProblem(text);
      assert.deepEqual([problem.code, problem.line], ['missingExplanation', lineContaining(text, 'text: Second')]);
    });

    it('reports a missing option text, and an entry that is not a mapping', () => {
      const missingText = quiz(singleYaml.replace('        text: Alpha\n', ''));
      assert.deepEqual([onlyProblem(missingText).code, onlyProblem(missingText).params['field']], ['missingEntryField', 'text']);
      const notMapping = quiz(orderingYaml.replace('      - { id: b, text: Second, explanation: Follows. }', '      - Second'));
      assert.deepEqual([onlyProblem(notMapping).code, onlyProblem(notMapping).line], ['entryNotMapping', lineContaining(notMapping, '- Second')]);
    });

    it('reports a duplicated option id on the second one', () => {
      const text = quiz(singleYaml.replace('      - id: c', '      - id: a'));
      const problem = onlyProblem(text);
      assert.deepEqual([problem.code, problem.line], ['duplicateEntryId', lineContaining(text, '- id: a', 2)]);
    });

    it('reports a `correct` that is not true or false', () => {
      const text = quiz(singleYaml.replace('correct: false', 'correct: "no"'));
      const problem = onlyProblem(text);
      assert.deepEqual([problem.code, problem.params['field'], problem.line], ['wrongEntryFieldType', 'correct', lineContaining(text, 'correct: "no"')]);
    });
  });

  describe('rules of each kind', () => {
    it('single: needs at least 3 options, reported on the `options` line', () => {
      const text = quiz(singleYaml.replace(/ {6}- id: c[\s\S]*$/, ''));
      const problem = onlyProblem(text);
      assert.deepEqual([problem.code, problem.params['count'], problem.params['minimum'], problem.line], ['tooFewOptions', 2, 3, lineContaining(text, 'options:')]);
    });

    it('single: needs exactly one correct option', () => {
      const twoCorrect = quiz(singleYaml.replace('correct: false', 'correct: true'));
      assert.deepEqual([onlyProblem(twoCorrect).code, onlyProblem(twoCorrect).params['correctCount']], ['singleNeedsOneCorrect', 2]);
      const noneCorrect = quiz(singleYaml.replace('        correct: true\n', ''));
      assert.deepEqual([onlyProblem(noneCorrect).code, onlyProblem(noneCorrect).params['correctCount']], ['singleNeedsOneCorrect', 0]);
    });

    it('multiple: `choose` must equal the number of correct options, reported on its line', () => {
      const text = quiz(multipleYaml.replace('choose: 2', 'choose: 1'));
      const { problems } = parseQuizFile(text);
      assert.deepEqual(problems.map((problem) => [problem.code, problem.line]), [['chooseMismatch', lineContaining(text, 'choose: 1')]]);
    });

    it('multiple: needs at least `choose` + 2 options', () => {
      const text = quiz(multipleYaml.replace('      - { id: d, text: D, explanation: No. }\n', ''));
      const problem = onlyProblem(text);
      assert.deepEqual([problem.code, problem.params['count'], problem.params['minimum']], ['tooFewOptions', 3, 4]);
    });

    it('multiple: `choose` must be present and a whole number of at least 1', () => {
      assert.deepEqual(onlyProblem(quiz(multipleYaml.replace('    choose: 2\n', ''))).params['field'], 'choose');
      for (const choose of ['two', '0', '1.5', '[2]']) {
        const problem = onlyProblem(quiz(multipleYaml.replace('choose: 2', `choose: ${choose}`)));
        assert.deepEqual([problem.code, problem.params['field']], ['wrongFieldType', 'choose'], choose);
      }
    });

    it('ordering: needs 3 to 6 items', () => {
      const twoItems = quiz(orderingYaml.replace('      - { id: c, text: Third, explanation: Ends. }\n', ''));
      assert.deepEqual([onlyProblem(twoItems).code, onlyProblem(twoItems).params['count'], onlyProblem(twoItems).line], ['itemCountOutOfRange', 2, lineContaining(twoItems, 'items:')]);
      const extra = ['d', 'e', 'f', 'g'].map((id) => `      - { id: ${id}, text: Step ${id}, explanation: Later. }\n`).join('');
      const sevenItems = quiz(orderingYaml + extra);
      assert.deepEqual([onlyProblem(sevenItems).code, onlyProblem(sevenItems).params['count']], ['itemCountOutOfRange', 7]);
      assert.deepEqual(parseQuizFile(quiz(orderingYaml + extra.split('\n').slice(1).join('\n'))).problems, []);
    });

    it('matching: needs 3 to 6 pairs with unique left and right sides', () => {
      const twoPairs = quiz(matchingYaml.replace(/ {6}- \{ id: c.*\n/, ''));
      assert.deepEqual([onlyProblem(twoPairs).code, onlyProblem(twoPairs).params['count']], ['pairCountOutOfRange', 2]);
      const sameLeft = quiz(matchingYaml.replace('left: Key', 'left: Query'));
      assert.deepEqual([onlyProblem(sameLeft).code, onlyProblem(sameLeft).params['side'], onlyProblem(sameLeft).line], ['duplicatePairSide', 'left', lineContaining(sameLeft, 'id: b')]);
      const sameRight = quiz(matchingYaml.replace('What a token offers', 'What a token looks for'));
      assert.deepEqual([onlyProblem(sameRight).code, onlyProblem(sameRight).params['side']], ['duplicatePairSide', 'right']);
    });
  });

  describe('problem codes', () => {
    it('lists every code once, each with an English template', () => {
      assert.equal(new Set(quizProblemCodes).size, quizProblemCodes.length);
      assert.deepEqual([...quizProblemCodes].sort(), Object.keys(quizProblemMessages).sort());
    });

    it('fills every placeholder of the message from the parameters', () => {
      const text = quiz(singleYaml.replace('        explanation: This one.\n', ''));
      const problem = onlyProblem(text);
      assert.equal(problem.message, 'In question q-single, b has no explanation.');
    });
  });

  it('refuses deeply nested YAML before building it, which would otherwise crash the process', () => {
    const text = `lesson: sample\nquestions:\n${'- '.repeat(20_000)}x\n`;
    const problem = onlyProblem(text);
    assert.deepEqual([problem.code, problem.line], ['tooDeeplyNested', 3]);
    assert.equal(onlyProblem('['.repeat(20_000)).code, 'tooDeeplyNested');
  });

  it('never throws, whatever the text', () => {
    const hostile = ['', '---', '--- \n--- \n', 'null', '[]', '"text"', '!!binary AAAA', 'a: *missing', '\t\t', '{'.repeat(5000), 'lesson: x\nquestions: [null, 1, [], {}]',
      'lesson: &a [*a]', 'lesson: x\nquestions:\n  - &q { id: q, kind: single }\n  - *q\n', '\u0000\uFFFF', 'lesson: {a: 1}\nquestions: {}'];
    for (const text of hostile) {
      const result = parseQuizFile(text);
      assert.ok(Array.isArray(result.problems) && Array.isArray(result.bank.questions), text.slice(0, 20));
      assert.ok(result.problems.length > 0, `no problem reported for ${JSON.stringify(text.slice(0, 20))}`);
    }
  });
});
