import assert from 'node:assert/strict';
import { parsePrompt } from '../../../src/fewShot/promptParser';
import { generatedPrompts } from './fuzzPrompts';
import { lostText } from './nothingLost';

describe('parsePrompt loses nothing', () => {
  it('on 10,000 generated prompts of every shape: each character is in a span and each span in the template', () => {
    const prompts = generatedPrompts(10_000);
    assert.equal(prompts.length, 10_000);
    const failures: string[] = [];
    for (const prompt of prompts) {
      const problems = lostText(prompt);
      if (problems.length > 0 && failures.length < 5) {
        failures.push(`${JSON.stringify(prompt)}\n  ${problems.join('\n  ')}`);
      }
    }
    assert.deepEqual(failures, []);
  });

  it('the check itself catches text that a parse leaves out', () => {
    const prompt = 'Classify.\n\nText: good\nLabel: positive\n\nText: bad\nLabel:';
    const parsed = parsePrompt(prompt);
    const withoutInstruction = { ...parsed, instruction: '', spans: parsed.spans.filter((span) => span.role !== 'instruction') };
    assert.notDeepEqual(lostText(prompt, withoutInstruction), []);
    const droppedValue = { ...parsed, examples: [] };
    assert.notDeepEqual(lostText(prompt, droppedValue), []);
  });
});
