import * as assert from 'assert';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseGlossary, type GlossaryEntry } from '../../../src/glossary';
import { parseLesson } from '../../../src/lessons/parseLesson';
import { renderLesson, type LessonRenderLabels } from '../../../src/lessons/renderLesson';
import { lessonLocales } from '../../../src/lessons/lessonTypes';
import { requiredCodeNames } from './requiredTerms';

const lessonsRoot = path.resolve(__dirname, '..', '..', '..', 'lessons');
// Any label text will do: only the heading anchors are read. A proxy keeps up with new label keys.
const labels = new Proxy({}, { get: (_target, key) => (key === 'sampling' ? undefined : String(key)) }) as LessonRenderLabels;

function loadGlossary(locale: string): readonly GlossaryEntry[] {
  const file = path.join(lessonsRoot, 'glossary', `${locale}.yaml`);
  const parsed = parseGlossary(readFileSync(file, 'utf8'), file);
  assert.deepStrictEqual(parsed.problems.map((problem) => `line ${problem.line}: ${problem.message}`), [], `${locale}.yaml has problems`);
  return parsed.entries;
}

/** Heading anchors of every lesson in a locale, as the lesson page renders them. */
function lessonAnchors(locale: string): Map<string, Set<string>> {
  const folder = path.join(lessonsRoot, locale);
  const anchors = new Map<string, Set<string>>();
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.md'))) {
    const lesson = parseLesson(readFileSync(path.join(folder, file), 'utf8'), file, false).lesson!;
    const rendered = renderLesson(lesson.body, { labels, resolveImage: (image) => image });
    anchors.set(lesson.id, new Set(rendered.headings.map((heading) => heading.id)));
  }
  return anchors;
}

/** Sentences end with . ! or ? followed by a space or the end; decimals such as 0.75 do not end one. */
const sentenceCount = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-ZÀ-Ú"“(0-9])/).filter((part) => part.trim() !== '').length;

describe('Glossary content (lessons/glossary/)', () => {
  const byLocale = Object.fromEntries(lessonLocales.map((locale) => [locale, loadGlossary(locale)])) as Record<string, readonly GlossaryEntry[]>;
  const english = byLocale.en;

  it('has the same ids in the same order in every locale', () => {
    for (const locale of lessonLocales) {
      assert.deepStrictEqual(byLocale[locale].map((entry) => entry.id), english.map((entry) => entry.id), locale);
    }
  });

  it('has the same code names and the same linked lessons in every locale', () => {
    for (const locale of lessonLocales) {
      byLocale[locale].forEach((entry, index) => {
        assert.deepStrictEqual(entry.codeNames, english[index].codeNames, `${locale}/${entry.id}: codeNames`);
        assert.strictEqual(entry.lesson.lessonId, english[index].lesson.lessonId, `${locale}/${entry.id}: lesson`);
        assert.strictEqual(entry.typicalValues === undefined, english[index].typicalValues === undefined, `${locale}/${entry.id}: typicalValues`);
      });
    }
  });

  it('links every entry to an existing lesson and a heading anchor on that lesson page', () => {
    for (const locale of lessonLocales) {
      const anchors = lessonAnchors(locale);
      for (const entry of byLocale[locale]) {
        const headings = anchors.get(entry.lesson.lessonId);
        assert.ok(headings, `${locale}/${entry.id}: unknown lesson ${entry.lesson.lessonId}`);
        assert.ok(entry.lesson.anchor, `${locale}/${entry.id}: names a section`);
        assert.ok(headings.has(entry.lesson.anchor), `${locale}/${entry.id}: no heading "${entry.lesson.anchor}" in ${entry.lesson.lessonId}; it has ${[...headings].join(', ')}`);
      }
    }
  });

  it('defines every term in two to four sentences and gives a one-line watch-out', () => {
    for (const locale of lessonLocales) {
      for (const entry of byLocale[locale]) {
        const sentences = sentenceCount(entry.definition);
        assert.ok(sentences >= 2 && sentences <= 4, `${locale}/${entry.id}: ${sentences} sentences`);
        assert.ok(!entry.watchOut.includes('\n') && entry.watchOut.length <= 200, `${locale}/${entry.id}: watchOut is one short line`);
        assert.ok(entry.definition.length <= 700, `${locale}/${entry.id}: definition too long for a hover`);
      }
    }
  });

  it('gives every concept one canonical term per locale: no term is another entry\'s term or alias', () => {
    for (const locale of lessonLocales) {
      const owner = new Map<string, string>();
      for (const entry of byLocale[locale]) {
        for (const word of new Set([entry.term.toLowerCase(), ...entry.aliases])) {
          assert.ok(!owner.has(word) || owner.get(word) === entry.id, `${locale}: "${word}" names both ${owner.get(word)} and ${entry.id}`);
          owner.set(word, entry.id);
        }
      }
    }
  });

  it('explains every inference parameter and API name the hovers cover', () => {
    const covered = new Set(english.flatMap((entry) => entry.codeNames));
    assert.deepStrictEqual(requiredCodeNames.filter((name) => !covered.has(name)), []);
  });
});
