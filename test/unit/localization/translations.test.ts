import * as assert from 'assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..', '..');
const readJson = (file: string) => JSON.parse(readFileSync(path.join(root, file), 'utf8')) as Record<string, unknown>;
const placeholders = (text: string) => [...text.matchAll(/\{(\d+)\}/g)].map((match) => match[1]).sort();

describe('Translations', () => {
  it('resolves every %key% of the manifest in English and in Portuguese', () => {
    const keys = [...readFileSync(path.join(root, 'package.json'), 'utf8').matchAll(/"%([^%"]+)%"/g)].map((match) => match[1]);
    assert.ok(keys.length > 10);
    for (const file of ['package.nls.json', 'package.nls.pt-br.json']) {
      const strings = readJson(file);
      assert.deepStrictEqual(keys.filter((key) => typeof strings[key] !== 'string'), [], file);
    }
  });

  it('has the same manifest keys in both languages', () => {
    assert.deepStrictEqual(Object.keys(readJson('package.nls.pt-br.json')).sort(), Object.keys(readJson('package.nls.json')).sort());
  });

  it('translates every runtime string into Portuguese, keeping its {n} placeholders', () => {
    const english = readJson('l10n/bundle.l10n.json');
    const portuguese = readJson('l10n/bundle.l10n.pt-br.json');
    for (const key of Object.keys(english)) {
      const translated = portuguese[key];
      assert.strictEqual(typeof translated, 'string', `missing: ${key}`);
      assert.deepStrictEqual(placeholders(translated as string), placeholders(key), key);
    }
  });
});
