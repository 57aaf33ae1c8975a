import assert from 'node:assert/strict';
import { type ParsedPrompt } from '../../../src/fewShot/parsedPrompt';
import { buildTemplateContent, maxShots, normalizeShotCount } from '../../../src/fewShot/templateContent';
import { englishTexts } from './templateTextsFixture';

const twoExamples: ParsedPrompt = {
  shape: 'labeledLines',
  instruction: 'Classify.',
  examples: [
    { input: 'good', output: 'positive' },
    { input: 'bad', output: 'negative' },
  ],
  input: 'fine',
  labels: { input: 'Q', output: 'A' },
};

const nothingFound: ParsedPrompt = {
  shape: 'instructionOnly',
  instruction: '',
  examples: [],
  input: undefined,
  labels: undefined,
};

describe('buildTemplateContent', () => {
  it('keeps the found examples first and pads with numbered placeholder examples up to the shots', () => {
    const content = buildTemplateContent(twoExamples, 3, englishTexts);
    assert.deepEqual(
      content.examples.map((example) => [example.input, example.output]),
      [
        [{ kind: 'placeholder', index: 1, defaultText: 'good' }, { kind: 'placeholder', index: 2, defaultText: 'positive' }],
        [{ kind: 'placeholder', index: 3, defaultText: 'bad' }, { kind: 'placeholder', index: 4, defaultText: 'negative' }],
        [
          { kind: 'placeholder', index: 5, defaultText: 'example input 3' },
          { kind: 'placeholder', index: 6, defaultText: 'expected output 3' },
        ],
      ],
    );
    assert.equal(content.examplesUsed, 2);
    assert.equal(content.examplesPadded, 1);
  });

  it('keeps only the first examples when asked for fewer shots than were found', () => {
    const content = buildTemplateContent(twoExamples, 1, englishTexts);
    assert.equal(content.examples.length, 1);
    assert.deepEqual(content.examples[0]?.input, { kind: 'placeholder', index: 1, defaultText: 'good' });
    assert.equal(content.examplesUsed, 1);
    assert.equal(content.examplesPadded, 0);
  });

  it('writes no example at all for zero shots, even when the prompt had some', () => {
    const content = buildTemplateContent(twoExamples, 0, englishTexts);
    assert.deepEqual(content.examples, []);
    assert.deepEqual(content.input, { kind: 'placeholder', index: 1, defaultText: 'fine' });
  });

  it('keeps a found instruction as literal text and numbers from the first example', () => {
    const content = buildTemplateContent(twoExamples, 1, englishTexts);
    assert.deepEqual(content.instruction, { kind: 'text', text: 'Classify.' });
    assert.deepEqual(content.input, { kind: 'placeholder', index: 3, defaultText: 'fine' });
  });

  it('numbers placeholders in tab order: missing instruction, example inputs and outputs, input last', () => {
    const content = buildTemplateContent(nothingFound, 2, englishTexts);
    assert.deepEqual(content.instruction, { kind: 'placeholder', index: 1, defaultText: 'instruction' });
    assert.deepEqual(
      content.examples.flatMap((example) => [example.input, example.output]).map((part) => part.kind === 'placeholder' && part.index),
      [2, 3, 4, 5],
    );
    assert.deepEqual(content.input, { kind: 'placeholder', index: 6, defaultText: 'input' });
  });

  it("uses the prompt's own labels, or the host's when the prompt had none", () => {
    assert.deepEqual(buildTemplateContent(twoExamples, 1, englishTexts).labels, { input: 'Q', output: 'A' });
    assert.deepEqual(buildTemplateContent(nothingFound, 1, englishTexts).labels, { input: 'Input', output: 'Output' });
  });
});

describe('normalizeShotCount', () => {
  it('keeps whole numbers from zero up', () => {
    assert.deepEqual([0, 1, 3, 7].map(normalizeShotCount), [0, 1, 3, 7]);
  });

  it('turns negative, fractional, NaN and infinite counts into a usable one', () => {
    assert.deepEqual([-2, 2.9, Number.NaN, Number.POSITIVE_INFINITY].map(normalizeShotCount), [0, 2, 0, 0]);
  });

  it('caps the count at maxShots', () => {
    assert.equal(normalizeShotCount(maxShots + 50), maxShots);
  });
});
