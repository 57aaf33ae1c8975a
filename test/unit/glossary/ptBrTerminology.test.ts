import * as assert from 'assert';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseGlossary } from '../../../src/glossary';
import { findNonCanonical, lessonProse, ptBrTerminologyRules, quizProse } from './ptBrTerminology';

const folder = path.resolve(__dirname, '..', '..', '..', 'lessons', 'pt-br');

describe('Brazilian Portuguese terminology (lessons/pt-br)', () => {
  it('uses only the canonical term in the prose of every pt-br lesson and quiz', () => {
    const findings: string[] = [];
    for (const file of readdirSync(folder).sort()) {
      const text = readFileSync(path.join(folder, file), 'utf8');
      const prose = file.endsWith('.quiz.yaml') ? quizProse(text) : file.endsWith('.md') ? lessonProse(text) : undefined;
      for (const finding of prose === undefined ? [] : findNonCanonical(prose)) {
        findings.push(`${file}:${finding.line}: "${finding.found}" (use "${finding.canonical}")`);
      }
    }
    assert.deepStrictEqual(findings, []);
  });

  it('takes each canonical term from the pt-br glossary', () => {
    const glossary = parseGlossary(readFileSync(path.join(folder, '..', 'glossary', 'pt-br.yaml'), 'utf8'), 'pt-br.yaml').entries;
    for (const rule of ptBrTerminologyRules.filter((candidate) => candidate.glossaryId !== '')) {
      const entry = glossary.find((candidate) => candidate.id === rule.glossaryId);
      assert.ok(entry, rule.glossaryId);
      assert.ok(entry.term.toLowerCase().includes(rule.canonical.toLowerCase()), `${rule.glossaryId}: "${entry.term}" vs "${rule.canonical}"`);
    }
  });

  it('flags a variant in prose but not in code, front matter, link targets or after the canonical term in parentheses', () => {
    const lesson = [
      '---', 'concepts: [tokenizer]', '---', '',
      'O tokenizer divide o texto.', '',
      'A **janela de contexto** (context window) e os IDs ficam.', '',
      'Use `temperature` e [veja](lesson:what-is-generative-ai#tokens-vocabulário-e-tokenizer).', '',
      '```python', 'tickets = client.tokenizer(ids)', '```', '',
      'Respostas idênticas e os ids dos tickets.',
    ].join('\n');
    assert.deepStrictEqual(findNonCanonical(lessonProse(lesson)).map((finding) => [finding.line, finding.found]), [[5, 'tokenizer'], [15, 'ids'], [15, 'tickets']]);
  });

  it('reads only the learner-visible fields of a quiz file', () => {
    const quiz = ['lesson: x', 'questions:', '  - id: q-01', '    section: "Do texto aos input ids"', '    prompt: |', '      O tokenizer e buildMessages(ticket, 1).', '    options:', '      - id: a', '        text: A temperature', '        explanation: Os Ids.'].join('\n');
    assert.deepStrictEqual(findNonCanonical(quizProse(quiz)).map((finding) => [finding.line, finding.found]), [[6, 'tokenizer'], [9, 'temperature'], [10, 'Ids']]);
  });
});
