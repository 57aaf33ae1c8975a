import * as assert from 'assert';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..', '..');

describe('VSIX contents', function () {
  this.timeout(60_000);
  let files: string[];

  before(function () {
    if (!existsSync(path.join(root, 'dist', 'node', 'extension.js'))) {
      throw new Error('Build first (npm run build): the VSIX listing needs dist/.');
    }
    files = execFileSync('npx', ['vsce', 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
  });

  it('holds no sources, tests or node_modules', () => {
    const forbidden = files.filter((file) => /^(src|test|\.ci|\.vscode-test-web)\//.test(file) || file.includes('node_modules/'));
    assert.deepStrictEqual(forbidden, []);
  });

  it('holds both entry points, the webview bundles, the tokenizer data and the lessons', () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string; browser: string; icon: string };
    for (const required of [manifest.main, manifest.browser, manifest.icon].map((file) => file.replace(/^\.\//, ''))) {
      assert.ok(files.includes(required), `${required} is packaged`);
    }
    assert.ok(files.some((file) => file.startsWith('dist/tokenizers/')), 'tokenizer data is packaged');
    assert.ok(files.includes('lessons/en/modules.yaml') && files.includes('lessons/pt-br/modules.yaml'), 'lessons are packaged');
    assert.ok(files.includes('l10n/bundle.l10n.pt-br.json'), 'runtime translations are packaged');
  });
});
