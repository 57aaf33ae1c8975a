// The course's own quizzes, checked against the rules of the format and against each other:
// both locales must ask the same questions with the same answer keys, only in other words.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseQuizFile } from '../../../src/quiz/parseQuizFile';
import { type Question, type QuestionBank } from '../../../src/quiz/quizTypes';

const lessonsRoot = path.resolve(__dirname, '..', '..', '..', 'lessons');
const locales = ['en', 'pt-br'] as const;
const quizSuffix = '.quiz.yaml';
const minimumQuestionsPerLesson = 10;

function filesIn(locale: string, suffix: string): string[] {
  return readdirSync(path.join(lessonsRoot, locale))
    .filter((file) => file.endsWith(suffix) && (suffix !== '.md' || !file.endsWith(quizSuffix)))
    .map((file) => file.slice(0, -suffix.length))
    .sort();
}

/** `##` and `###` heading texts outside fenced code blocks, as written. */
function sectionHeadings(markdown: string): Set<string> {
  const headings = new Set<string>();
  let inFence = false;
  for (const line of markdown.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
    } else if (!inFence) {
      const match = /^#{2,3}\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
      if (match) {
        headings.add(match[1]);
      }
    }
  }
  return headings;
}

/** Everything about a question that must be the same in every locale: ids, kind and the answer key. */
function answerKey(question: Question): unknown {
  switch (question.kind) {
    case 'single':
    case 'multiple':
      return {
        id: question.id,
        kind: question.kind,
        choose: question.kind === 'multiple' ? question.choose : 1,
        optionIds: question.options.map((option) => option.id),
        correctOptionIds: question.options.filter((option) => option.correct).map((option) => option.id),
      };
    case 'ordering':
      return { id: question.id, kind: question.kind, itemIdsInOrder: question.items.map((item) => item.id) };
    case 'matching':
      return { id: question.id, kind: question.kind, pairIds: question.pairs.map((pair) => pair.id) };
  }
}

describe('the course question banks (lessons/*/*.quiz.yaml)', () => {
  const banks = new Map<string, QuestionBank>();
  for (const locale of locales) {
    for (const lessonId of filesIn(locale, quizSuffix)) {
      const file = `${locale}/${lessonId}${quizSuffix}`;
      const { bank, problems } = parseQuizFile(readFileSync(path.join(lessonsRoot, file), 'utf8'), { lessonId });
      banks.set(file, bank);

      describe(file, () => {
        it('parses without problems', () => {
          assert.deepEqual(problems.map((problem) => `${file}:${problem.line}: ${problem.message}`), []);
        });

        it(`has at least ${minimumQuestionsPerLesson} questions`, () => {
          assert.ok(bank.questions.length >= minimumQuestionsPerLesson, `${bank.questions.length} questions`);
        });

        it("names in `section` a ## or ### heading of the lesson, in this locale's words", () => {
          const headings = sectionHeadings(readFileSync(path.join(lessonsRoot, locale, `${lessonId}.md`), 'utf8'));
          const unknown = bank.questions.filter((question) => !headings.has(question.section)).map((question) => `${question.id}: "${question.section}"`);
          assert.deepEqual(unknown, [], `headings are: ${[...headings].join(' | ')}`);
        });
      });
    }
  }

  for (const locale of locales) {
    it(`has a quiz for every ${locale} lesson, and a lesson for every quiz`, () => {
      assert.deepEqual(filesIn(locale, quizSuffix), filesIn(locale, '.md'));
    });
  }

  it('has the same quizzes in every locale', () => {
    assert.deepEqual(filesIn('pt-br', quizSuffix), filesIn('en', quizSuffix));
  });

  for (const lessonId of filesIn('en', quizSuffix)) {
    it(`asks the same questions with the same answer keys in every locale: ${lessonId}`, () => {
      const english = banks.get(`en/${lessonId}${quizSuffix}`);
      for (const locale of locales.filter((other) => other !== 'en')) {
        const translated = banks.get(`${locale}/${lessonId}${quizSuffix}`);
        assert.ok(english && translated, `${locale} has no quiz for ${lessonId}`);
        assert.deepEqual(translated.questions.map(answerKey), english.questions.map(answerKey), `${locale} differs from en`);
      }
    });
  }
});
