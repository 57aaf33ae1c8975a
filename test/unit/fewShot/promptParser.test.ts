import assert from 'node:assert/strict';
import { parsePrompt } from '../../../src/fewShot/promptParser';
import { promptCorpus } from './promptCorpus';

describe('parsePrompt', () => {
  describe('on the corpus of realistic prompts', () => {
    it('holds at least 30 prompts, in English and Portuguese', () => {
      assert.ok(promptCorpus.length >= 30, `only ${promptCorpus.length} prompts`);
      assert.ok(promptCorpus.some((entry) => /Entrada|Pergunta|Usuário|Exemplo/.test(entry.prompt)));
    });

    for (const entry of promptCorpus) {
      it(`reads ${entry.name}`, () => {
        assert.deepEqual(parsePrompt(entry.prompt), entry.expected);
      });
    }
  });
});
