import * as assert from 'assert';
import { createGlossary, parseGlossary } from '../../../src/glossary';

const entry = (id: string, extra = '') => `  - id: ${id}
    term: Term ${id}
    definition: One sentence. Two sentences.
    watchOut: Careful.
    lesson: some-lesson#some-heading
${extra}`;

describe('parseGlossary', () => {
  it('reads a valid entry with all its fields', () => {
    const parsed = parseGlossary(`terms:\n${entry('top-p', '    aliases: [top-p, nucleus sampling]\n    codeNames: [top_p, topP]\n    typicalValues: "0-1"\n')}`, 'x.yaml');
    assert.deepStrictEqual(parsed.problems, []);
    assert.deepStrictEqual(parsed.entries, [{
      id: 'top-p',
      term: 'Term top-p',
      aliases: ['top-p', 'nucleus sampling'],
      codeNames: ['top_p', 'topP'],
      definition: 'One sentence. Two sentences.',
      typicalValues: '0-1',
      watchOut: 'Careful.',
      lesson: { lessonId: 'some-lesson', anchor: 'some-heading' },
    }]);
  });

  it('reports a YAML syntax error with its line and returns no entries', () => {
    const parsed = parseGlossary('terms:\n  - id: a\n    term: [unclosed\n', 'x.yaml');
    assert.strictEqual(parsed.entries.length, 0);
    assert.strictEqual(parsed.problems[0].code, 'yamlSyntax');
    assert.ok(parsed.problems[0].line >= 3, `line ${parsed.problems[0].line}`);
  });

  it('keeps good entries and reports each bad one on its own line', () => {
    const text = `terms:\n${entry('good')}  - id: Bad_Id\n    term: X\n    definition: A. B.\n    watchOut: W.\n    lesson: l\n  - id: no-lesson\n    term: Y\n    definition: A. B.\n    watchOut: W.\n`;
    const parsed = parseGlossary(text, 'x.yaml');
    assert.deepStrictEqual(parsed.entries.map((e) => e.id), ['good']);
    assert.deepStrictEqual(parsed.problems.map((p) => [p.code, p.line]), [['invalidId', 7], ['missingField', 12]]);
  });

  it('reports duplicate ids, duplicate code names, bad aliases, bad lesson links and unknown fields', () => {
    const text = `terms:\n${entry('a', '    codeNames: [top_p]\n')}${entry('a')}${entry('b', '    codeNames: [top_p]\n')}${entry('c', '    aliases: [Upper]\n')}${entry('d', '    colour: red\n')}  - id: e\n    term: E\n    definition: A. B.\n    watchOut: W.\n    lesson: "not a link"\n`;
    const codes = parseGlossary(text, 'x.yaml').problems.map((p) => p.code);
    assert.deepStrictEqual(codes, ['duplicateId', 'duplicateCodeName', 'aliasNotLowerCase', 'unknownField', 'invalidLessonLink']);
  });

  it('treats ids and code names of earlier files as taken', () => {
    const course = parseGlossary(`terms:\n${entry('temperature', '    codeNames: [temperature]\n')}`, 'course.yaml').entries;
    const user = parseGlossary(`terms:\n${entry('temperature')}${entry('heat', '    codeNames: [temperature]\n')}${entry('mine')}`, 'user.yaml', { existing: course });
    assert.deepStrictEqual(user.entries.map((e) => e.id), ['mine']);
    assert.deepStrictEqual(user.problems.map((p) => p.code), ['duplicateId', 'duplicateCodeName']);
  });

  it('never throws on text that is not a glossary', () => {
    for (const text of ['', 'just text', '- a\n- b', 'terms: 3', 'terms:\n  - 1\n  - [x]', '['.repeat(5000), '- '.repeat(3000) + 'x', '\u0000\uFFFF']) {
      const parsed = parseGlossary(text, 'x.yaml');
      assert.strictEqual(parsed.entries.length, 0, JSON.stringify(text.slice(0, 20)));
      assert.ok(parsed.problems.length > 0, JSON.stringify(text.slice(0, 20)));
    }
  });
});

describe('createGlossary', () => {
  const entries = parseGlossary(`terms:\n${entry('top-p', '    aliases: [nucleus sampling]\n    codeNames: [top_p, topP]\n')}`, 'x.yaml').entries;
  const glossary = createGlossary('en', entries);

  it('finds an entry by id, by exact or differently cased code name, and by alias or term in any case', () => {
    assert.strictEqual(glossary.byId('top-p')?.id, 'top-p');
    assert.strictEqual(glossary.byCodeName('topP')?.id, 'top-p');
    assert.strictEqual(glossary.byCodeName('TOP_P')?.id, 'top-p');
    assert.strictEqual(glossary.byAlias('Nucleus  Sampling')?.id, 'top-p');
    assert.strictEqual(glossary.byAlias('term top-p')?.id, 'top-p');
  });

  it('answers undefined for names it does not know', () => {
    assert.strictEqual(glossary.byId('nope'), undefined);
    assert.strictEqual(glossary.byCodeName('temperature'), undefined);
    assert.strictEqual(glossary.byAlias('weather'), undefined);
  });
});
