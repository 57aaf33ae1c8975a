import * as assert from 'assert';
import { parseLesson } from '../../../src/lessons/parseLesson';
import { diagramTemplates, parseDiagramBlock } from '../../../src/lessons/diagrams/renderDiagram';
import { renderLesson } from '../../../src/lessons/renderLesson';

const labels = { misconception: 'M', takeaways: 'T', exam: 'E', note: 'N', tip: 'Ti', warning: 'W', invalidTryIt: 'I', invalidDiagram: 'D' };
const examLabels = { title: 'Exam map', guide: 'Guide', item: 'Item', section: 'Section' };

function wordsFor(name: string): string {
  const template = diagramTemplates.get(name)!;
  return template.textKeys.map((key) => `  ${key}: "word-${key}"`).join('\n');
}

describe('renderLesson: diagrams', () => {
  for (const name of diagramTemplates.keys()) {
    it(`draws "${name}" as inline SVG whose visible text is every word the lesson supplied, with a visible caption`, () => {
      const markdown = `## Section\n\n\`\`\`diagram\nname: ${name}\ncaption: "The caption of ${name}"\ntext:\n${wordsFor(name)}\n\`\`\`\n`;
      const rendered = renderLesson(markdown, { labels, resolveImage: () => undefined });
      assert.strictEqual(rendered.refusedDiagrams, 0);
      const figure = /<figure class="diagram"[^>]*><svg[^>]*aria-labelledby="([^"]+)"[^>]*>([\s\S]*)<\/svg><figcaption id="([^"]+)">([^<]*)<\/figcaption><\/figure>/.exec(rendered.html);
      assert.ok(figure, 'a figure with an SVG and a caption');
      assert.strictEqual(figure[4], `The caption of ${name}`);
      assert.strictEqual(figure[1], figure[3], 'the SVG is named by its caption');
      const shown = [...figure[2].matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((match) => match[1]).join(' ');
      for (const key of diagramTemplates.get(name)!.textKeys) {
        assert.ok(shown.includes(`word-${key}`), `${name}: ${key} is not visible`);
      }
      // Colors come from the page's theme classes, never fixed in the picture.
      assert.doesNotMatch(rendered.html, /fill="#|stroke="#/);
    });
  }

  it('refuses a diagram without a caption, with an unknown name, or with a missing word', () => {
    const full = `name: rag-pipeline\ncaption: C\ntext:\n${wordsFor('rag-pipeline')}`;
    assert.ok(parseDiagramBlock(full));
    assert.strictEqual(parseDiagramBlock(full.replace('caption: C\n', '')), undefined);
    assert.strictEqual(parseDiagramBlock(full.replace('rag-pipeline', 'no-such-diagram')), undefined);
    assert.strictEqual(parseDiagramBlock(full.replace(/\n {2}llm: .*/, '')), undefined);
    const rendered = renderLesson('```diagram\nname: nothing\n```\n', { labels, resolveImage: () => undefined });
    assert.strictEqual(rendered.refusedDiagrams, 1);
    assert.match(rendered.html, /class="diagram-invalid"/);
  });

  it('escapes markup in diagram words and captions', () => {
    const markdown = `\`\`\`diagram\nname: rag-pipeline\ncaption: "<img src=x onerror=alert(1)>"\ntext:\n${wordsFor('rag-pipeline').replace('"word-llm"', '"<script>x</script>"')}\n\`\`\`\n`;
    const html = renderLesson(markdown, { labels, resolveImage: () => undefined }).html;
    assert.doesNotMatch(html, /<img|<script/);
  });
});

describe('renderLesson: exam map', () => {
  const markdown = '# Title\n\n## Choosing a model\n\nText.\n\n## Business value\n\nText.\n';
  it('lists each guide item with a link to the heading id of its section', () => {
    const rendered = renderLesson(markdown, {
      labels,
      resolveImage: () => undefined,
      exam: {
        guide: 'AIF-C01 exam guide, checked 2026-12-01',
        labels: examLabels,
        map: [
          { ref: '2.2/model-selection', item: 'Factors in selecting models', section: 'Choosing a model' },
          { ref: '2.2/business-metrics', item: 'Business value and metrics', section: 'No such section' },
        ],
      },
    });
    const headingId = /<h2 id="([^"]+)">Choosing a model/.exec(rendered.html)![1];
    const rows = [...rendered.html.matchAll(/<tr><td>([\s\S]*?)<\/td><td>([\s\S]*?)<\/td><\/tr>/g)];
    assert.strictEqual(rows.length, 2);
    assert.strictEqual(rows[0][1], '<span class="exam-task">2.2</span> Factors in selecting models');
    assert.strictEqual(rows[0][2], `<a href="#${headingId}" class="section-link">Choosing a model</a>`);
    assert.match(rendered.html, /<p class="exam-guide"><strong>Guide:<\/strong> AIF-C01 exam guide, checked 2026-12-01<\/p>/);
    assert.deepStrictEqual(rendered.unknownExamMapSections, ['No such section']);
  });

  it('adds nothing when the lesson has no exam map', () => {
    const rendered = renderLesson(markdown, { labels, resolveImage: () => undefined });
    assert.doesNotMatch(rendered.html, /exam-map/);
  });
});

describe('parseLesson: examGuide and examMap', () => {
  const lesson = (extra: string) => `---\nid: a\ntitle: A\nmodule: m\norder: 1\nexamObjective: x\nconcepts: [token]\nminutes: 1\n${extra}---\n# A\n`;
  it('reads a well-formed exam map', () => {
    const { lesson: parsed, problems } = parseLesson(lesson('examGuide: G\nexamMap:\n  - ref: 2.1/concepts\n    item: I\n    section: S\n'), 'x', true);
    assert.deepStrictEqual(problems, []);
    assert.strictEqual(parsed?.examGuide, 'G');
    assert.deepStrictEqual(parsed?.examMap, [{ ref: '2.1/concepts', item: 'I', section: 'S' }]);
  });

  it('accepts a lesson without them, and reports a malformed entry at the start of the exam map list', () => {
    assert.deepStrictEqual(parseLesson(lesson(''), 'x', true).problems, []);
    const { problems } = parseLesson(lesson('examMap:\n  - ref: two\n    item: I\n    section: S\n'), 'x', true);
    assert.deepStrictEqual(problems.map((problem) => [problem.code, problem.params.field, problem.line]), [['invalidField', 'examMap', 10]]);
  });
});
