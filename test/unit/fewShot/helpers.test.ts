// The test helpers must reject what they are there to catch, or the tests using them prove nothing.
import assert from 'node:assert/strict';
import { resolveSnippet } from './snippetSyntax';

describe('test helpers', () => {
  describe('resolveSnippet', () => {
    it('fills placeholders with defaults and reads escapes', () => {
      const resolved = resolveSnippet('a \\$ \\} \\\\ ${1:x\\}y} ${2:z} $1$0');
      assert.equal(resolved.text, 'a $ } \\ x}y z x}y');
      assert.deepEqual(resolved.placeholders.map((placeholder) => placeholder.index), [1, 2, 1]);
      assert.equal(resolved.endsWithFinalTabstop, true);
    });

    it('refuses an unescaped $ or } in text, as they would change the meaning in VS Code', () => {
      assert.throws(() => resolveSnippet('costs $HOME'));
      assert.throws(() => resolveSnippet('a } b'));
      assert.throws(() => resolveSnippet('${1:a $b}'));
    });
  });
});
