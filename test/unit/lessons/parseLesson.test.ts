import * as assert from 'assert';
import { buildLessonCatalog } from '../../../src/lessons/lessonCatalog';
import { lessonLocaleFor } from '../../../src/lessons/lessonLocale';
import { parseLesson } from '../../../src/lessons/parseLesson';

const valid = `---
id: my-lesson
title: My lesson
module: how-models-work
order: 9
examObjective: "AIF-C01 2.1"
concepts: [token]
minutes: 5
---
# My lesson

Body.
`;

describe('parseLesson', () => {
  it('reads front matter and body, and knows where the body starts', () => {
    const { lesson, problems } = parseLesson(valid, 'file:///my-lesson.md', true);
    assert.deepStrictEqual(problems, []);
    assert.strictEqual(lesson?.id, 'my-lesson');
    assert.deepStrictEqual(lesson?.prerequisites, []);
    assert.strictEqual(lesson?.bodyLine, 10);
    assert.ok(lesson?.body.startsWith('# My lesson'));
  });

  it('reports a file without front matter on line 1', () => {
    const { lesson, problems } = parseLesson('# Just markdown\n', 'x', true);
    assert.strictEqual(lesson, undefined);
    assert.deepStrictEqual(problems.map((problem) => [problem.code, problem.line]), [['missingFrontMatter', 1]]);
  });

  it('reports invalid YAML with its line', () => {
    const { problems } = parseLesson('---\nid: a\ntitle: [unclosed\nmodule: m\n---\nbody', 'x', true);
    assert.strictEqual(problems[0].code, 'invalidYaml');
    assert.ok(problems[0].line >= 2, `line ${problems[0].line}`);
  });

  it('reports a missing field and an invalid field with the field line', () => {
    const text = valid.replace('minutes: 5\n', '').replace('order: 9', 'order: "nine"');
    const { lesson, problems } = parseLesson(text, 'x', true);
    assert.strictEqual(lesson, undefined);
    const byCode = Object.fromEntries(problems.map((problem) => [problem.code, problem]));
    assert.strictEqual(byCode.invalidField.params.field, 'order');
    assert.strictEqual(byCode.invalidField.line, 5);
    assert.strictEqual(byCode.missingField.params.field, 'minutes');
  });

  it('never throws on hostile input', () => {
    for (const text of ['', '---', '---\n---\n', '---\n- a\n- b\n---\n', '\uFEFF' + valid, '---\nid: [\n---', '---\n' + 'a: '.repeat(1_000) + '\n---']) {
      assert.doesNotThrow(() => parseLesson(text, 'x', true));
    }
    assert.strictEqual(parseLesson('\uFEFF' + valid, 'x', true).lesson?.id, 'my-lesson');
  });
});

describe('buildLessonCatalog', () => {
  const lesson = (id: string, module: string, order: number, isUserLesson = false) => ({
    ...parseLesson(valid.replace('my-lesson', id).replace('how-models-work', module).replace('order: 9', `order: ${order}`), `file:///${id}.md`, isUserLesson).lesson!,
  });
  const modules = [{ id: 'a', title: 'A', order: 1 }, { id: 'b', title: 'B', order: 2 }];

  it('orders lessons by module then order and finds neighbours across modules', () => {
    const { catalog } = buildLessonCatalog({ modules, lessons: [lesson('b1', 'b', 1), lesson('a2', 'a', 2), lesson('a1', 'a', 1)], userModuleTitle: 'Yours' });
    assert.deepStrictEqual(catalog.lessons.map((item) => item.id), ['a1', 'a2', 'b1']);
    assert.deepStrictEqual(catalog.neighbours('a2'), { previous: catalog.find('a1'), next: catalog.find('b1') });
    assert.deepStrictEqual(catalog.positionInModule('a2'), { index: 2, total: 2 });
  });

  it('skips a duplicate id with a problem, and puts user lessons of unknown modules in their own module', () => {
    const { catalog, problems } = buildLessonCatalog({ modules, lessons: [lesson('a1', 'a', 1), lesson('a1', 'b', 1, true), lesson('mine', 'elsewhere', 1, true)], userModuleTitle: 'Yours' });
    assert.strictEqual(catalog.lessons.length, 2);
    assert.strictEqual(problems.get('file:///a1.md')?.[0].code, 'duplicateId');
    assert.deepStrictEqual(catalog.modules.map((module) => module.title), ['A', 'Yours']);
  });
});

describe('lessonLocaleFor', () => {
  it('follows a Portuguese display language and honours the setting', () => {
    assert.strictEqual(lessonLocaleFor('pt-br', undefined), 'pt-br');
    assert.strictEqual(lessonLocaleFor('pt', undefined), 'pt-br');
    assert.strictEqual(lessonLocaleFor('en-us', undefined), 'en');
    assert.strictEqual(lessonLocaleFor('pt-br', 'en'), 'en');
    assert.strictEqual(lessonLocaleFor('de', 'pt-br'), 'pt-br');
    assert.strictEqual(lessonLocaleFor('de', 'klingon'), 'en');
  });
});
