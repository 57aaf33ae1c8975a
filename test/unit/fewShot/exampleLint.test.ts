import assert from 'node:assert/strict';
import { lintExamples } from '../../../src/fewShot/exampleLint';
import { selectExamples } from '../../../src/fewShot/exampleSelection';
import { parsePrompt } from '../../../src/fewShot/promptParser';
import { maxShots } from '../../../src/fewShot/shotLimits';

describe('lintExamples', () => {
  it('reports labels that differ only in case or spelling', () => {
    const findings = lintExamples(parsePrompt('Text: a\nLabel: Positive\nText: b\nLabel: positive\nText: c\nLabel: negative\nText: d\nLabel:'));
    assert.deepEqual(findings.filter((finding) => finding.kind === 'spellingVariants'), [{ kind: 'spellingVariants', variants: ['Positive', 'positive'], examples: [0, 1] }]);
  });

  it('reports one class holding most examples', () => {
    const prompt = ['a', 'b', 'c', 'd'].map((text) => `Text: ${text}\nLabel: spam`).join('\n') + '\nText: e\nLabel: ham\nText: f\nLabel:';
    assert.deepEqual(lintExamples(parsePrompt(prompt)).filter((finding) => finding.kind === 'dominantClass'), [{ kind: 'dominantClass', label: 'spam', count: 4, total: 5 }]);
  });

  it('reports duplicate examples and classes the instruction names that no example shows', () => {
    const findings = lintExamples(parsePrompt('Classify as positive, negative or neutral.\n\nText: great\nLabel: positive\nText: Great!\nLabel: positive\nText: bad\nLabel: negative\nText: ok\nLabel:'));
    assert.ok(findings.some((finding) => finding.kind === 'duplicate' && finding.example === 1 && finding.sameAs === 0), JSON.stringify(findings));
    assert.ok(findings.some((finding) => finding.kind === 'missingClass' && finding.label === 'neutral'), JSON.stringify(findings));
    assert.ok(!findings.some((finding) => finding.kind === 'missingClass' && finding.label !== 'neutral'), JSON.stringify(findings));
  });

  it('finds nothing to say about balanced, distinct examples', () => {
    assert.deepEqual(lintExamples(parsePrompt('Classifique como positivo ou negativo.\nTexto: bom\nClasse: positivo\nTexto: ruim\nClasse: negativo\nTexto: ok\nClasse:')), []);
  });
});

describe('selectExamples', () => {
  const parsed = parsePrompt('Q: 1\nA: one\nQ: 2\nA: two\nQ: 3\nA: three\nQ: 4\nA:');

  it('keeps all found examples by default, the first N for a count, padding beyond what was found', () => {
    assert.deepEqual(selectExamples(parsed, { kind: 'all' }, () => 0), { kept: [0, 1, 2], padded: 0 });
    assert.deepEqual(selectExamples(parsed, { kind: 'count', shots: 2 }, () => 0), { kept: [0, 1], padded: 0 });
    assert.deepEqual(selectExamples(parsed, { kind: 'count', shots: 5 }, () => 0), { kept: [0, 1, 2], padded: 2 });
    assert.deepEqual(selectExamples(parsed, { kind: 'count', shots: 1000 }, () => 0).padded, maxShots - 3);
  });

  it('keeps, in order, the examples whose exact counts fit the token budget', () => {
    const costs = [5, 9, 3];
    assert.deepEqual(selectExamples(parsed, { kind: 'fitTokens', budget: 9 }, (index) => costs[index] ?? 0), { kept: [0, 2], padded: 0 });
    assert.deepEqual(selectExamples(parsed, { kind: 'fitTokens', budget: 2 }, (index) => costs[index] ?? 0), { kept: [], padded: 0 });
  });
});
