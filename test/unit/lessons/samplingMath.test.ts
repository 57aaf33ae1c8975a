import * as assert from 'assert';
import { samplingDistribution, softmaxWithTemperature } from '../../../src/lessons/sampling/samplingMath';

// Golden values computed independently with Python's math.exp (softmax of logits / T, then the
// nucleus rule of Holtzman et al. 2020: the smallest set of likeliest tokens reaching p).
const logits = [3.0, 2.2, 2.0, 1.2, 0.5, -1.0];

function assertClose(actual: readonly number[], expected: readonly number[], message: string): void {
  assert.strictEqual(actual.length, expected.length, message);
  actual.forEach((value, index) => assert.ok(Math.abs(value - expected[index]) < 5e-6, `${message}[${index}]: ${value} vs ${expected[index]}`));
}

describe('Sampling arithmetic of the inference-parameters lesson', () => {
  it('matches softmax at temperatures 1, 0.5 and 1.5', () => {
    assertClose(softmaxWithTemperature(logits, 1), [0.480098, 0.215722, 0.176618, 0.07936, 0.039409, 0.008793], 'T=1');
    assertClose(softmaxWithTemperature(logits, 0.5), [0.72906, 0.147195, 0.098668, 0.019921, 0.004912, 0.000245], 'T=0.5');
    assertClose(softmaxWithTemperature(logits, 1.5), [0.375994, 0.220575, 0.193042, 0.113247, 0.071016, 0.026125], 'T=1.5');
  });

  it('puts all probability on the likeliest token at temperature 0 (greedy decoding)', () => {
    assert.deepStrictEqual(softmaxWithTemperature([1, 5, 2], 0), [0, 1, 0]);
  });

  it('stays finite for very large logits', () => {
    const probabilities = softmaxWithTemperature([1000, 999], 0.05);
    assert.ok(probabilities.every(Number.isFinite));
    assert.ok(Math.abs(probabilities[0] + probabilities[1] - 1) < 1e-12);
  });

  it('keeps the smallest set reaching top-p and rescales it: 4 of 6 tokens at p = 0.9', () => {
    const result = samplingDistribution(logits, { temperature: 1, topP: 0.9 });
    assert.deepStrictEqual(result.kept, [true, true, true, true, false, false]);
    assertClose(result.sampling, [0.504412, 0.226647, 0.185563, 0.083379, 0, 0], 'renormalized');
  });

  it('keeps fewer tokens at the same top-p when a lower temperature sharpens the distribution', () => {
    assert.deepStrictEqual(samplingDistribution(logits, { temperature: 0.5, topP: 0.9 }).kept, [true, true, true, false, false, false]);
  });

  it('keeps exactly the top token when its probability alone reaches top-p', () => {
    assert.deepStrictEqual(samplingDistribution(logits, { temperature: 1, topP: 0.4 }).kept, [true, false, false, false, false, false]);
  });

  it('applies top-k before top-p', () => {
    const result = samplingDistribution(logits, { temperature: 1, topP: 1, topK: 3 });
    assertClose(result.sampling, [0.550295, 0.247263, 0.202442, 0, 0, 0], 'top-k 3');
  });

  it('keeps every token at top-p 1 and leaves the probabilities unchanged', () => {
    const result = samplingDistribution(logits, { temperature: 1, topP: 1 });
    assert.ok(result.kept.every(Boolean));
    assertClose(result.sampling, result.probabilities, 'unchanged');
  });
});
