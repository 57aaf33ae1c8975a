import * as assert from 'assert';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultSamplingLabels, parseSamplingBlock, renderSamplingWidget } from '../../../src/lessons/sampling/renderSamplingBlock';
import { checkSamplingSpec } from '../../../src/lessons/sampling/samplingSpec';

const lessonsRoot = path.resolve(__dirname, '..', '..', '..', 'lessons');
const samplingBlocks = (markdown: string) => [...markdown.matchAll(/```sampling\n([\s\S]*?)```/g)].map((match) => match[1]);

describe('Sampling widget blocks (```sampling)', () => {
  it('are valid in every course lesson that has one, with the same logits in every locale', () => {
    const logitsByLesson = new Map<string, string>();
    let blocks = 0;
    for (const locale of ['en', 'pt-br']) {
      for (const file of readdirSync(path.join(lessonsRoot, locale)).filter((name) => name.endsWith('.md'))) {
        for (const block of samplingBlocks(readFileSync(path.join(lessonsRoot, locale, file), 'utf8'))) {
          blocks++;
          const spec = parseSamplingBlock(block);
          assert.ok(spec, `${locale}/${file}: invalid sampling block`);
          const logits = JSON.stringify(spec.logits);
          assert.strictEqual(logitsByLesson.get(file) ?? logits, logits, `${locale}/${file}: logits differ between locales`);
          logitsByLesson.set(file, logits);
        }
      }
    }
    assert.ok(blocks >= 2, 'the inference-parameters lesson has a widget in both locales');
  });

  it('refuses blocks with mismatched lists, too many tokens, or out-of-range settings', () => {
    const base = { context: 'x', tokens: ['a', 'b'], logits: [1, 2] };
    assert.ok(checkSamplingSpec(base));
    assert.strictEqual(checkSamplingSpec({ ...base, logits: [1] }), undefined);
    assert.strictEqual(checkSamplingSpec({ ...base, tokens: Array(13).fill('t'), logits: Array(13).fill(0) }), undefined);
    assert.strictEqual(checkSamplingSpec({ ...base, temperature: 2.5 }), undefined);
    assert.strictEqual(checkSamplingSpec({ ...base, topP: 0 }), undefined);
    assert.strictEqual(checkSamplingSpec({ ...base, logits: [1, Number.NaN] }), undefined);
    assert.strictEqual(parseSamplingBlock('tokens: [unclosed'), undefined);
  });

  it('renders a static table with the block\'s starting distribution, and escapes the text', () => {
    const html = renderSamplingWidget({ context: '<b>After</b>', tokens: [' coffee', ' walk'], logits: [3, 2.2], temperature: 1, topP: 1 }, defaultSamplingLabels);
    assert.ok(html.includes('data-sampling="'));
    assert.ok(html.includes('&#60;b&#62;After') && !html.includes('<b>After'));
    // softmax([3, 2.2]) = [0.68997, 0.31003] (Python math.exp).
    assert.ok(html.includes('69.0%') && html.includes('31.0%'), html);
  });
});
