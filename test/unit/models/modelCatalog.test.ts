import * as assert from 'node:assert/strict';
import '../../support/modelCatalogFixture';
import { isBundledTokenizerName } from '../../../src/tokenEngine';
import { catalogCheckedOn, findModel, installModelCatalog, modelTokenCount, models, providerIds, resolveModel } from '../../../src/models/modelCatalog';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

describe('model catalog schema', () => {
  it('is dated, and every model id (and Bedrock id) is unique', () => {
    assert.match(catalogCheckedOn(), isoDate);
    const ids = models.flatMap((model) => [model.id, ...(model.bedrockModelId !== undefined && model.bedrockModelId !== model.id ? [model.bedrockModelId] : [])]);
    assert.equal(new Set(ids).size, ids.length);
  });

  for (const model of models) {
    it(`describes ${model.id} completely: provider, family, bundled tokenizer, limits and a model card`, () => {
      assert.ok((providerIds as readonly string[]).includes(model.provider), model.provider);
      assert.ok(model.label.length > 0 && model.modelFamily.length > 0);
      assert.ok(isBundledTokenizerName(model.encoding), model.encoding);
      assert.ok(Number.isInteger(model.contextWindow) && model.contextWindow > 0);
      if (model.maxOutputTokens !== undefined) {
        assert.ok(Number.isInteger(model.maxOutputTokens) && model.maxOutputTokens > 0 && model.maxOutputTokens <= model.contextWindow);
      }
      assert.ok(isHttpsUrl(model.modelCard), model.modelCard);
    });

    it(`marks ${model.id}'s count as ${model.count}, with a sourced method when it is an estimate`, () => {
      if (model.count === 'exact') {
        assert.equal(model.estimate, undefined);
        return;
      }
      assert.ok(model.estimate !== undefined);
      assert.ok(model.estimate.multiplier >= 1 && model.estimate.multiplier < 2);
      assert.ok(isHttpsUrl(model.estimate.source));
      for (const { tokens, percent } of model.estimate.accuracy) {
        assert.ok(tokens > 0 && percent > 0 && percent <= 100);
      }
    });

    if (model.prices.length > 0) {
      it(`gives ${model.id}'s prices per venue, each with a date, what the date means, and a source page`, () => {
        const today = new Date().toISOString().slice(0, 10);
        for (const price of model.prices) {
          assert.match(price.checked, isoDate);
          assert.ok(price.checked <= today, 'not dated in the future');
          assert.ok(price.dated === 'source' || price.dated === 'read', String(price.dated));
          assert.ok(isHttpsUrl(price.source), price.source);
          assert.ok(price.seller === 'provider' || price.seller === 'bedrock', price.seller);
          if (price.seller === 'bedrock') {
            assert.ok(model.bedrockModelId !== undefined, 'a Bedrock price for a model Bedrock serves');
            assert.match(price.region ?? '', /^[a-z]{2}(-gov)?-[a-z]+-\d$/, 'a Bedrock price names its AWS Region');
          } else {
            assert.equal(price.region, undefined);
          }
          assert.ok(price.input > 0 && price.output > 0);
          for (const discounted of [price.cachedInput, price.batchInput]) {
            assert.ok(discounted === undefined || (discounted > 0 && discounted < price.input));
          }
          assert.ok(price.batchOutput === undefined || (price.batchOutput > 0 && price.batchOutput < price.output));
        }
        const venues = model.prices.map((price) => price.seller);
        assert.equal(new Set(venues).size, venues.length, 'one price per venue');
      });
    }
  }

  it('finds a model by its Amazon Bedrock id, as code calling Bedrock names it', () => {
    assert.equal(findModel('anthropic.claude-sonnet-4-5-20250929-v1:0')?.id, 'claude-sonnet-4-5');
    assert.equal(findModel('meta.llama3-1-8b-instruct-v1:0')?.encoding, 'llama3');
  });

  it('serves every family the course names on Amazon Bedrock', () => {
    const onBedrock = new Set(models.filter((model) => model.bedrockModelId !== undefined).map((model) => model.provider));
    for (const provider of ['anthropic', 'meta', 'mistral', 'amazon', 'cohere', 'deepseek', 'qwen'] as const) {
      assert.ok(onBedrock.has(provider), provider);
    }
  });

  it('refuses a file that is not a catalog and keeps the installed one', () => {
    const before = models.length;
    assert.throws(() => installModelCatalog({ models: 'none' }), /not a model catalog/);
    assert.throws(() => installModelCatalog({ checked: '2026-12-01', models: [{ id: 'x', label: 'X', encoding: 'nope' }] }), /unknown tokenizer/);
    assert.equal(models.length, before);
    assert.equal(resolveModel('no-such-model').id, 'gpt-5');
  });

  it('scales an estimate by its multiplier and leaves an exact count alone', () => {
    assert.equal(modelTokenCount(findModel('claude-sonnet-4-5')!, 1000), 1100);
    assert.equal(modelTokenCount(findModel('meta.llama3-1-8b-instruct-v1:0')!, 1000), 1000);
  });
});
