import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Tokenizer } from '@huggingface/tokenizers';
import { llamaSelection, mistralLargeSelection, mistralSelection, tinyTokenizerText } from '../../integration/support/familyGoldens';
import { sentencePieceReference } from '../tokenEngine/sentencePieceReference';
import { claudeReference, huggingFaceReference } from '../tokenEngine/familyReferences';

describe('golden counts used by the integration tests', () => {
  it('gives the Llama 3.1 count of the selection as @huggingface/tokenizers does', () => {
    assert.equal(huggingFaceReference('llama3').encode(llamaSelection.text).length, llamaSelection.llama3Tokens);
  });

  it('gives the tekken count of the Mistral selection as @huggingface/tokenizers does on Mistral NeMo\'s tokenizer.json', () => {
    assert.equal(huggingFaceReference('tekken').encode(mistralSelection.text).length, mistralSelection.tekkenTokens);
  });

  it('gives the Mistral Large (24.07) count of its selection as Google\'s SentencePiece does on Mistral\'s v3 model', async () => {
    assert.equal((await sentencePieceReference('v3')).encode(mistralLargeSelection.text).length, mistralLargeSelection.sentencePieceV3Tokens);
  });

  it('gives the Claude tokenizer count of the selection as @anthropic-ai/tokenizer does', () => {
    assert.equal(claudeReference().encode(llamaSelection.text).length, llamaSelection.claudeTokenizerTokens);
  });

  it('gives the tiny tokenizer.json count as @huggingface/tokenizers does', () => {
    const json: unknown = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'integration', 'tokenizers', 'tinyTokenizer.json'), 'utf8'));
    const tokenizer = new Tokenizer(json as object, {});
    assert.equal(tokenizer.encode(tinyTokenizerText.text, { add_special_tokens: false }).ids.length, tinyTokenizerText.tokens);
  });
});
