import * as assert from 'node:assert/strict';
import { readTokenizerJson, TokenizerJsonError, type TokenizerJsonProblem } from '../../../src/tokenEngine';
import { readTokenizerFile, writeTokenizerFile } from '../../../src/tokenEngine/tokenizerFile';
import { tokenizerJsonOf } from './familyReferences';

function problemOf(json: unknown): TokenizerJsonProblem | undefined {
  try {
    readTokenizerJson(json);
    return undefined;
  } catch (error) {
    assert.ok(error instanceof TokenizerJsonError, String(error));
    return error.problem;
  }
}

/** Llama 3.1's tokenizer.json with one part replaced. */
function llamaWith(change: (json: Record<string, unknown>) => void): unknown {
  const json = tokenizerJsonOf('llama3');
  change(json);
  return json;
}

describe('readTokenizerJson', () => {
  it('reads Llama 3.1\'s tokenizer.json: 128,000 tokens, 256 special tokens, no normalization', () => {
    const contents = readTokenizerJson(tokenizerJsonOf('llama3'));
    assert.equal(contents.tokenLengths.length, 128_000);
    assert.equal(contents.specialTokens.length, 256);
    assert.equal(contents.normalization, 'none');
    assert.deepEqual(contents.specialTokens[0], { id: 128_000, text: '<|begin_of_text|>' });
  });

  it('keeps Qwen 3\'s NFC normalization through the file format', () => {
    const contents = readTokenizerJson(tokenizerJsonOf('qwen3'));
    assert.equal(contents.normalization, 'NFC');
    assert.equal(readTokenizerFile(writeTokenizerFile(contents)).normalization, 'NFC');
  });

  const broken: readonly (readonly [string, unknown, TokenizerJsonProblem])[] = [
    ['an array', [], 'notAnObject'],
    ['an object without a model', { version: '1.0' }, 'notAnObject'],
    ['a WordPiece model (BERT)', { model: { type: 'WordPiece', vocab: {} } }, 'notBytePairEncoding'],
    ['a SentencePiece-style BPE with byte fallback', { model: { type: 'BPE', byte_fallback: true, vocab: {}, merges: [] } }, 'notBytePairEncoding'],
    ['a BPE model without merges', { model: { type: 'BPE', vocab: {} } }, 'noVocabulary'],
  ];
  for (const [label, json, problem] of broken) {
    it(`rejects ${label} as ${problem}`, () => {
      assert.equal(problemOf(json), problem);
    });
  }

  it('rejects a normalizer it cannot apply (lower-casing)', () => {
    assert.equal(problemOf(llamaWith((json) => (json.normalizer = { type: 'Lowercase' }))), 'unsupportedNormalizer');
  });

  it('rejects a Metaspace pre-tokenizer (SentencePiece style)', () => {
    assert.equal(problemOf(llamaWith((json) => (json.pre_tokenizer = { type: 'Metaspace', replacement: '▁' }))), 'unsupportedPreTokenizer');
  });

  it('rejects a pattern JavaScript cannot run', () => {
    assert.equal(problemOf(llamaWith((json) => {
      json.pre_tokenizer = { type: 'Sequence', pretokenizers: [{ type: 'Split', pattern: { Regex: '(?i:abc)' }, behavior: 'Isolated', invert: false }, { type: 'ByteLevel', use_regex: false }] };
    })), 'unsupportedPattern');
  });

  it('rejects merges listed out of their results\' id order, where the engine would merge differently', () => {
    assert.equal(problemOf(llamaWith((json) => {
      const model = json.model as { merges: unknown[] };
      model.merges = [...model.merges].reverse();
    })), 'mergesNotInTokenOrder');
  });

  it('rejects a merge whose result is not in the vocabulary, even one named like an object method ("to String")', () => {
    assert.equal(problemOf(llamaWith((json) => {
      const model = json.model as { vocab: Record<string, number>; merges: unknown[] };
      Reflect.deleteProperty(model.vocab, 'toString');
      model.merges = [...model.merges.filter((merge) => merge !== 'to String' && JSON.stringify(merge) !== '["to","String"]'), 'to String'];
    })), 'mergesNotInTokenOrder');
  });

  it('rejects a vocabulary that cannot spell every byte', () => {
    assert.equal(problemOf({ model: { type: 'BPE', vocab: { a: 0, b: 1, ab: 2 }, merges: ['a b'] }, pre_tokenizer: { type: 'ByteLevel' } }), 'missingByte');
  });
});
