// `npm run package`: builds for production (vscode:prepublish), packs the VSIX with @vscode/vsce,
// checks what went in, and prints its size and file count. The check lives here, with packaging,
// so the unit tests (`mocha`) pass on a fresh clone before anything was built.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const { version, name, main, browser, icon } = JSON.parse(readFileSync('package.json', 'utf8'));
const vsix = `${name}-${version}.vsix`;
execFileSync('npx', ['vsce', 'package', '--no-dependencies', '--out', vsix], { stdio: 'inherit' });
const files = execFileSync('npx', ['vsce', 'ls', '--no-dependencies'], { encoding: 'utf8' }).split('\n').filter(Boolean);

/** The webview scripts the host code asks for (`script: 'lesson.js'`), read from the sources. */
function webviewScriptsInSources(folder) {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) => readFileSync(path.join(folder, file), 'utf8').split('\n'))
    // Code, not comments (the usage note in webviewPageHost.ts shows an example page).
    .filter((line) => !/^\s*(\*|\/\/)/.test(line))
    .flatMap((line) => [...line.matchAll(/script: '([\w-]+\.js)'/g)].map((match) => `dist/webview/${match[1]}`));
}

const problems = [];
const forbidden = files.filter((file) => /^(src|test|\.ci|\.vscode-test-web|out)\//.test(file) || file.includes('node_modules/') || file.endsWith('.map'));
if (forbidden.length > 0) {
  problems.push(`sources, tests, source maps or node_modules are packaged: ${forbidden.join(', ')}`);
}
const required = [
  ...[main, browser, icon].map((file) => file.replace(/^\.\//, '')),
  ...new Set(webviewScriptsInSources('src')),
  'dist/webview/codicon.css',
  'dist/webview/codicon.ttf',
  'dist/lessons.json',
  'dist/models/modelCatalog.json',
  'lessons/en/modules.yaml',
  'lessons/pt-br/modules.yaml',
  'l10n/bundle.l10n.json',
  'l10n/bundle.l10n.pt-br.json',
  'package.nls.pt-br.json',
];
const missing = required.filter((file) => !files.includes(file));
if (missing.length > 0) {
  problems.push(`missing from the VSIX: ${missing.join(', ')}`);
}
if (!files.some((file) => file.startsWith('dist/tokenizers/'))) {
  problems.push('no tokenizer data (dist/tokenizers/) is packaged');
}
console.log(`${vsix}: ${(statSync(vsix).size / 1024 / 1024).toFixed(2)} MiB, ${files.length} files; ${required.length} required files checked`);
if (problems.length > 0) {
  for (const problem of problems) {
    console.error(`VSIX check failed: ${problem}`);
  }
  process.exitCode = 1;
}
