import * as assert from 'node:assert/strict';
import '../../support/modelCatalogFixture';
import { findModel } from '../../../src/models/modelCatalog';
import { costsOf, formatDollars, primaryVenue } from '../../../src/models/tokenCost';

describe('token cost', () => {
  it('prices tokens per million at each listed venue\'s input, output, cached and batch rates', () => {
    // Claude 3 Haiku on Anthropic's API: $0.25 input, $1.25 output, $0.03 cache hits, batch $0.125 / $0.625.
    const [cost] = costsOf(findModel('claude-3-haiku')!, 2_000_000);
    assert.deepEqual(cost, {
      seller: 'provider', asInput: 0.5, asOutput: 2.5, asCachedInput: 0.06, asBatchInput: 0.25, asBatchOutput: 1.25,
      checked: '2026-12-01', dated: 'read', source: 'https://platform.claude.com/docs/en/about-claude/pricing',
    });
  });

  it('puts Amazon Bedrock\'s price first, with its Region, for a model Bedrock serves', () => {
    // Claude Sonnet 4.5: Bedrock us-east-1 $3 / $15 (AWS's pricing cache), Anthropic's API $3 / $15.
    const sonnet = findModel('anthropic.claude-sonnet-4-5-20250929-v1:0')!;
    assert.equal(primaryVenue(sonnet), 'bedrock');
    const costs = costsOf(sonnet, 1_000_000);
    assert.deepEqual(costs.map((cost) => [cost.seller, cost.region]), [['bedrock', 'us-east-1'], ['provider', undefined]]);
    assert.deepEqual(costs.map((cost) => [cost.asInput, cost.asOutput]), [[3, 15], [3, 15]]);
    assert.equal(costs[0]?.dated, 'source');
  });

  it('uses the maker\'s own price for a model Bedrock does not serve', () => {
    const gpt41 = findModel('gpt-4.1')!;
    assert.equal(primaryVenue(gpt41), 'provider');
    assert.deepEqual(costsOf(gpt41, 500_000).map((cost) => [cost.seller, cost.asInput, cost.asOutput]), [['provider', 1, 4]]);
  });

  it('lists no cost for a model without a found price', () => {
    assert.deepEqual(costsOf(findModel('qwen.qwen3-32b-v1:0')!, 1000), []);
    assert.deepEqual(costsOf(findModel('gpt-5')!, 1000), []);
  });

  it('shows cents from a dollar up and three significant digits below', () => {
    assert.equal(formatDollars(12.3456, 'en'), '$12.35');
    assert.equal(formatDollars(0.0031234, 'en'), '$0.00312');
    assert.equal(formatDollars(0, 'en'), '$0.00');
    assert.equal(formatDollars(0.0155, 'pt-BR'), 'US$\u00a00,0155');
  });
});
