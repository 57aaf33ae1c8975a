import * as assert from 'node:assert/strict';
import '../../support/modelCatalogFixture';
import { costLineText, type CostPhrases } from '../../../src/models/costLine';
import { findModel } from '../../../src/models/modelCatalog';
import { costsOf } from '../../../src/models/tokenCost';

// English phrases as the host writes them (countLabels.ts supplies the localized ones).
const english: CostPhrases = {
  inputAndOutput: (asInput, asOutput) => `${asInput} as input, ${asOutput} as output`,
  cachedInput: (amount) => `${amount} as cached input`,
  batch: (asInput, asOutput) => `batch ${asInput} in, ${asOutput} out`,
  venue: (seller) => (seller === 'bedrock' ? 'Amazon Bedrock' : 'Maker API'),
  pricesOf: (checked, dated) => (dated === 'source' ? `prices of ${checked}, the source's date` : `prices of ${checked}, read that day`),
};

function lines(modelId: string, tokens: number, withLink = false): string[] {
  return costsOf(findModel(modelId)!, tokens).map((cost) => costLineText(cost, english, 'en', withLink));
}

describe('cost lines', () => {
  it('names the venue, the Bedrock Region and the source\'s date, Bedrock first for a model Bedrock serves', () => {
    // Claude Haiku 4.5 on Bedrock, us-east-1: $1 / $5, cache read $0.10, batch $0.50 / $2.50 per million.
    assert.deepEqual(lines('claude-haiku-4-5', 10_000), [
      '$0.01 as input, $0.05 as output; $0.001 as cached input; batch $0.005 in, $0.025 out (Amazon Bedrock, us-east-1, prices of 2026-09-03, the source\'s date)',
      '$0.01 as input, $0.05 as output; $0.001 as cached input (Maker API, prices of 2026-12-01, read that day)',
    ]);
  });

  it('shows a Bedrock-only model\'s single price with its Region', () => {
    // Llama 3.1 8B Instruct on Bedrock, us-east-2: $0.22 in and out, batch $0.11.
    assert.deepEqual(lines('meta.llama3-1-8b-instruct-v1:0', 1_000_000), [
      '$0.22 as input, $0.22 as output; batch $0.11 in, $0.11 out (Amazon Bedrock, us-east-2, prices of 2026-09-03, the source\'s date)',
    ]);
  });

  it('links the date to the source page when asked', () => {
    const [line] = lines('gpt-5-nano', 1_000_000, true);
    assert.equal(line, '$0.05 as input, $0.4 as output; $0.005 as cached input (Maker API, [prices of 2026-12-02, read that day](https://developers.openai.com/api/docs/models/gpt-5-nano))');
  });

  it('gives no line for a model without a found price', () => {
    assert.deepEqual(lines('cohere.command-r-v1:0', 1000), []);
  });
});
