import * as assert from 'assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseLesson } from '../../../src/lessons/parseLesson';
import { parseModules } from '../../../src/lessons/parseModules';
import { renderLesson } from '../../../src/lessons/renderLesson';
import type { Lesson } from '../../../src/lessons/lessonTypes';
import { lessonLocales } from '../../../src/lessons/lessonTypes';
import { requiredConcepts } from './requiredConcepts';

const lessonsRoot = path.resolve(__dirname, '..', '..', '..', 'lessons');
const labels = { misconception: 'M', takeaways: 'T', exam: 'E', note: 'N', tip: 'Ti', warning: 'W', invalidTryIt: 'I' };

function loadLocale(locale: string): Lesson[] {
  const folder = path.join(lessonsRoot, locale);
  return readdirSync(folder)
    .filter((file) => file.endsWith('.md'))
    .map((file) => {
      const parsed = parseLesson(readFileSync(path.join(folder, file), 'utf8'), path.join(folder, file), false);
      assert.deepStrictEqual(parsed.problems, [], `${locale}/${file} has problems`);
      assert.strictEqual(`${parsed.lesson!.id}.md`, file, `${locale}/${file}: the file name is the lesson id`);
      return parsed.lesson!;
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;
const headings = (body: string) => body.split('\n').filter((line) => /^#{1,3} /.test(line)).map((line) => line.match(/^#+/)![0].length);
const tryItBlocks = (body: string) => [...body.matchAll(/```tryit\n([\s\S]*?)```/g)].map((match) => match[1]);

describe('Course content (lessons/)', () => {
  const byLocale = Object.fromEntries(lessonLocales.map((locale) => [locale, loadLocale(locale)])) as Record<string, Lesson[]>;
  const english = byLocale.en;

  it('has at least six lessons in every locale, with the same ids', () => {
    assert.ok(english.length >= 6, `only ${english.length} lessons`);
    for (const locale of lessonLocales) {
      assert.deepStrictEqual(byLocale[locale].map((lesson) => lesson.id), english.map((lesson) => lesson.id), locale);
    }
  });

  it('has the same front matter (except the title) and the same heading structure in both locales', () => {
    for (const lesson of english) {
      const portuguese = byLocale['pt-br'].find((candidate) => candidate.id === lesson.id)!;
      for (const field of ['module', 'order', 'examObjective', 'concepts', 'minutes', 'prerequisites'] as const) {
        assert.deepStrictEqual(portuguese[field], lesson[field], `${lesson.id}: ${field}`);
      }
      assert.deepStrictEqual(headings(portuguese.body), headings(lesson.body), `${lesson.id}: headings`);
      assert.strictEqual(tryItBlocks(portuguese.body).length, tryItBlocks(lesson.body).length, `${lesson.id}: try-it blocks`);
    }
  });

  it('puts every lesson in a module of modules.yaml and orders lessons uniquely inside it', () => {
    for (const locale of lessonLocales) {
      const modules = parseModules(readFileSync(path.join(lessonsRoot, locale, 'modules.yaml'), 'utf8'));
      assert.ok(modules.length >= 3);
      for (const lesson of byLocale[locale]) {
        assert.ok(modules.some((module) => module.id === lesson.module), `${locale}/${lesson.id}: module ${lesson.module}`);
      }
      const keys = byLocale[locale].map((lesson) => `${lesson.module}/${lesson.order}`);
      assert.strictEqual(new Set(keys).size, keys.length, `${locale}: duplicate order in a module`);
    }
  });

  it('covers every concept the course notes and the exam guide name', () => {
    const covered = new Set(english.flatMap((lesson) => lesson.concepts));
    assert.deepStrictEqual(requiredConcepts.filter((concept) => !covered.has(concept)), []);
  });

  it('has a misconception box, one takeaways box and one exam box in every lesson', () => {
    for (const locale of lessonLocales) {
      for (const lesson of byLocale[locale]) {
        assert.ok(count(lesson.body, /^> \[!MISCONCEPTION\]/gm) >= 1, `${locale}/${lesson.id}: misconception`);
        assert.strictEqual(count(lesson.body, /^> \[!TAKEAWAYS\]/gm), 1, `${locale}/${lesson.id}: takeaways`);
        assert.strictEqual(count(lesson.body, /^> \[!EXAM\]/gm), 1, `${locale}/${lesson.id}: exam`);
      }
    }
  });

  it('only uses allowed try-it commands with valid arguments, and has at least two per lesson', () => {
    for (const locale of lessonLocales) {
      for (const lesson of byLocale[locale]) {
        const rendered = renderLesson(lesson.body, { labels, resolveImage: (image) => image });
        assert.strictEqual(rendered.refusedTryIts, 0, `${locale}/${lesson.id}`);
        assert.ok(count(rendered.html, /class="try-it"/g) >= 2, `${locale}/${lesson.id}: try-it buttons`);
      }
    }
  });

  it('links only to lessons and images that exist, and names existing prerequisites', () => {
    const ids = new Set(english.map((lesson) => lesson.id));
    for (const locale of lessonLocales) {
      for (const lesson of byLocale[locale]) {
        for (const match of lesson.body.matchAll(/\]\(lesson:([a-z0-9-]+)/g)) {
          assert.ok(ids.has(match[1]), `${locale}/${lesson.id} links to unknown lesson ${match[1]}`);
        }
        for (const match of lesson.body.matchAll(/!\[[^\]]*\]\(([^)\s]+)/g)) {
          assert.ok(existsSync(path.join(lessonsRoot, locale, match[1])), `${locale}/${lesson.id}: image ${match[1]}`);
        }
        for (const prerequisite of lesson.prerequisites) {
          assert.ok(ids.has(prerequisite), `${locale}/${lesson.id}: prerequisite ${prerequisite}`);
        }
      }
    }
  });

  it('gives every code block a language', () => {
    for (const locale of lessonLocales) {
      for (const lesson of byLocale[locale]) {
        const fences = lesson.body.split('\n').filter((line) => line.startsWith('```'));
        const openings = fences.filter((_, index) => index % 2 === 0);
        assert.ok(openings.every((line) => line.length > 3), `${locale}/${lesson.id}: a code block without a language`);
      }
    }
  });
});
