import * as assert from 'assert';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDiagramBlock, type DiagramSpec } from '../../../src/lessons/diagrams/renderDiagram';
import { parseLesson } from '../../../src/lessons/parseLesson';
import { renderLesson } from '../../../src/lessons/renderLesson';
import type { Lesson } from '../../../src/lessons/lessonTypes';

// The exam guide's Domain 2 objectives (AWS's exam-guide pages, checked 2026-12-01; see
// /work/shared/course/README.md): every one must be taught somewhere, in both languages.
const domain2Objectives = [
  '2.1/concepts', '2.1/use-cases', '2.1/lifecycle',
  '2.2/advantages', '2.2/disadvantages', '2.2/model-selection', '2.2/business-metrics',
  '2.3/services', '2.3/service-advantages', '2.3/infrastructure-benefits', '2.3/cost-tradeoffs',
];

const lessonsRoot = path.resolve(__dirname, '..', '..', '..', 'lessons');
const labels = { misconception: 'M', takeaways: 'T', exam: 'E', note: 'N', tip: 'Ti', warning: 'W', invalidTryIt: 'I', invalidDiagram: 'D' };
const examLabels = { title: 'Exam map', guide: 'Guide', item: 'Item', section: 'Section' };

function load(locale: string): Map<string, Lesson> {
  const folder = path.join(lessonsRoot, locale);
  const lessons = readdirSync(folder).filter((file) => file.endsWith('.md')).map((file) => parseLesson(readFileSync(path.join(folder, file), 'utf8'), file, false).lesson!);
  return new Map(lessons.map((lesson) => [lesson.id, lesson]));
}

function diagramsOf(lesson: Lesson): (DiagramSpec | undefined)[] {
  return [...lesson.body.matchAll(/```diagram\n([\s\S]*?)```/g)].map((match) => parseDiagramBlock(match[1]));
}

describe('Exam mapping and diagrams of the course (lessons/)', () => {
  const english = load('en');
  const portuguese = load('pt-br');

  it('cites the exam guide and gives an exam map in every lesson, with the same guide items in both languages', () => {
    for (const [id, lesson] of english) {
      const translated = portuguese.get(id)!;
      assert.match(lesson.examGuide ?? '', /AIF-C01.*checked \d{4}-\d{2}-\d{2}/, `${id}: examGuide`);
      assert.strictEqual(translated.examGuide, lesson.examGuide, `${id}: examGuide differs between languages`);
      assert.ok((lesson.examMap ?? []).length >= 3, `${id}: an exam map of at least three items`);
      assert.deepStrictEqual(translated.examMap?.map((entry) => entry.ref), lesson.examMap?.map((entry) => entry.ref), `${id}: exam map refs`);
    }
  });

  it('points every exam-map row at a ## or ### heading of the same lesson, in both languages', () => {
    for (const lessons of [english, portuguese]) {
      for (const [id, lesson] of lessons) {
        const rendered = renderLesson(lesson.body, { labels, resolveImage: () => undefined, exam: { guide: lesson.examGuide, map: lesson.examMap, labels: examLabels } });
        assert.deepStrictEqual(rendered.unknownExamMapSections, [], `${id}: exam map sections that are not headings`);
      }
    }
  });

  it('maps every Domain 2 objective (Tasks 2.1, 2.2 and 2.3) to at least one section in both languages', () => {
    for (const [locale, lessons] of [['en', english], ['pt-br', portuguese]] as const) {
      const mapped = new Set([...lessons.values()].flatMap((lesson) => (lesson.examMap ?? []).map((entry) => entry.ref)));
      assert.deepStrictEqual(domain2Objectives.filter((objective) => !mapped.has(objective)), [], `${locale}: unmapped Domain 2 objectives`);
    }
  });

  it('draws the diagrams the issue asks for, each with a caption and every word it shows', () => {
    const names = [...english.values()].flatMap((lesson) => diagramsOf(lesson).map((spec) => spec?.name));
    for (const required of ['transformer-block', 'encoder-vs-decoder', 'rag-pipeline', 'fm-lifecycle', 'latent-diffusion', 'diffusion-steps', 'attention-weights']) {
      assert.ok(names.includes(required), `no lesson draws ${required}`);
    }
    for (const lessons of [english, portuguese]) {
      for (const [id, lesson] of lessons) {
        for (const spec of diagramsOf(lesson)) {
          assert.ok(spec, `${id}: a diagram block without a known name, a caption or all its words`);
          assert.ok(spec.caption.length >= 40, `${id}/${spec.name}: the caption should describe the picture`);
        }
      }
    }
  });

  it('translates every diagram: same diagrams in both languages, a Portuguese caption, and most words differing from the English', () => {
    for (const [id, lesson] of english) {
      const englishSpecs = diagramsOf(lesson);
      const portugueseSpecs = diagramsOf(portuguese.get(id)!);
      assert.deepStrictEqual(portugueseSpecs.map((spec) => spec?.name), englishSpecs.map((spec) => spec?.name), `${id}: diagrams`);
      englishSpecs.forEach((englishSpec, index) => {
        const portugueseSpec = portugueseSpecs[index]!;
        assert.notStrictEqual(portugueseSpec.caption, englishSpec!.caption, `${id}/${englishSpec!.name}: caption not translated`);
        const keys = Object.keys(englishSpec!.text);
        const translated = keys.filter((key) => portugueseSpec.text[key] !== englishSpec!.text[key]);
        // Names such as "BERT", "LLM" or "Chunking" rightly stay the same; the rest must be Portuguese.
        assert.ok(translated.length > keys.length / 2, `${id}/${englishSpec!.name}: only ${translated.length} of ${keys.length} words translated`);
      });
    }
  });

  it('dates the AWS facts of the AWS services lesson', () => {
    for (const locale of ['en', 'pt-br']) {
      const text = readFileSync(path.join(lessonsRoot, locale, 'aws-generative-ai-services.md'), 'utf8');
      assert.match(text.split('\n---\n')[0], /^awsDocsChecked: "\d{4}-\d{2}-\d{2}"$/m, locale);
    }
  });
});
