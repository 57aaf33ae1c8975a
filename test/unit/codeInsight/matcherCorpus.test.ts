import * as assert from 'assert';
import { analyzeSource } from '../../../src/codeInsight/analyzeSource';
import { corpus } from './sdkSnippetCorpus';

describe('Code insight matcher on the SDK snippet corpus', () => {
  it('holds at least 40 snippets across the SDKs, both languages and look-alikes', () => {
    assert.ok(corpus.length >= 40, `only ${corpus.length} snippets`);
    assert.ok(corpus.some((snippet) => snippet.language === 'python') && corpus.some((snippet) => snippet.language === 'javascript'));
  });

  for (const snippet of corpus) {
    it(`finds exactly the expected parameters and prompts: ${snippet.name}`, () => {
      const insight = analyzeSource(snippet.code, snippet.language);
      const parameters = insight.parameters.map((match) => `${match.name}=${snippet.code.slice(match.valueStart, match.valueEnd)}`);
      assert.deepStrictEqual(parameters, snippet.parameters, 'parameters');
      assert.deepStrictEqual(insight.prompts.map((prompt) => prompt.text), snippet.prompts, 'prompts');
    });
  }
});
