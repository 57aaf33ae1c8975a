import * as assert from 'node:assert/strict';
import { findModel } from '../../../src/models/modelCatalog';
import { costsOf, formatDollars } from '../../../src/models/tokenCost';

describe('token cost', () => {
  it('prices tokens per million at each listed seller\'s input, output, cached and batch rates', () => {
    // Claude 3 Haiku on Anthropic's API: $0.25 input, $1.25 output, $0.03 cache hits, batch $0.125 / $0.625.
    const [cost] = costsOf(findModel('claude-3-haiku')!, 2_000_000);
    assert.deepEqual(cost, {
      seller: 'provider', asInput: 0.5, asOutput: 2.5, asCachedInput: 0.06, asBatchInput: 0.25, asBatchOutput: 1.25,
      checked: '2026-12-01', source: 'https://platform.claude.com/docs/en/about-claude/pricing',
    });
  });

  it('lists no cost for a model without a confirmed price', () => {
    assert.deepEqual(costsOf(findModel('meta.llama3-1-8b-instruct-v1:0')!, 1000), []);
  });

  it('shows cents from a dollar up and three significant digits below', () => {
    assert.equal(formatDollars(12.3456, 'en'), '$12.35');
    assert.equal(formatDollars(0.0031234, 'en'), '$0.00312');
    assert.equal(formatDollars(0, 'en'), '$0.00');
    assert.equal(formatDollars(0.0155, 'pt-BR'), 'US$\u00a00,0155');
  });
});
