import assert from 'node:assert/strict';
import {
  SnippetTemplateBuilder,
  placeholder,
  toPlainText,
  toSnippetString,
} from '../../../src/fewShot/snippetTemplate';
import { resolveSnippet } from './snippetSyntax';
import { trickyTexts } from './trickyText';

describe('SnippetTemplate', () => {
  it('writes placeholders as ${n:default} and ends with the final tab stop $0', () => {
    const template = new SnippetTemplateBuilder().text('Q: ').value(placeholder(1, 'question')).text('\nA:').build();
    assert.equal(toSnippetString(template), 'Q: ${1:question}\nA:$0');
  });

  it('escapes $, } and \\ in literal text', () => {
    const template = new SnippetTemplateBuilder().text('$HOME } \\n ${1:x}').build();
    assert.equal(toSnippetString(template), '\\$HOME \\} \\\\n \\${1:x\\}$0');
  });

  it('escapes $, } and \\ in placeholder defaults', () => {
    const template = new SnippetTemplateBuilder().value(placeholder(1, 'a}b$c\\d')).build();
    assert.equal(toSnippetString(template), '${1:a\\}b\\$c\\\\d}$0');
  });

  it('leaves { alone, since only $ opens snippet syntax', () => {
    const template = new SnippetTemplateBuilder().text('{{name}}').build();
    assert.equal(toSnippetString(template), '{{name\\}\\}$0');
  });

  for (const tricky of trickyTexts) {
    it(`round-trips ${JSON.stringify(tricky.slice(0, 30))} through snippet syntax to the plain text`, () => {
      const template = new SnippetTemplateBuilder()
        .text(tricky)
        .value(placeholder(1, tricky))
        .text('|')
        .value(placeholder(2, tricky), (text) => text.toUpperCase())
        .build();
      const resolved = resolveSnippet(toSnippetString(template));
      assert.equal(resolved.text, toPlainText(template));
      assert.equal(toPlainText(template), `${tricky}${tricky}|${tricky.toUpperCase()}`);
    });
  }

  it('fills every placeholder sharing an index with the first non-empty default, as VS Code does', () => {
    const template = new SnippetTemplateBuilder()
      .value(placeholder(1, ''))
      .text(' / ')
      .value(placeholder(1, 'same'))
      .text(' / ')
      .value(placeholder(1, 'other'))
      .build();
    assert.equal(toPlainText(template), 'same / same / same');
    assert.equal(resolveSnippet(toSnippetString(template)).text, toPlainText(template));
  });

  it('builds literal values through the same encoder as placeholders', () => {
    const template = new SnippetTemplateBuilder().value({ kind: 'text', text: 'a"b' }, (text) => JSON.stringify(text)).build();
    assert.equal(toPlainText(template), '"a\\"b"');
  });
});
