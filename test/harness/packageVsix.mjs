// `npm run package`: builds for production (vscode:prepublish) and packs the VSIX with @vscode/vsce,
// then prints its size and file count. test/unit/packaging checks what may go in.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';

const { version, name } = JSON.parse(readFileSync('package.json', 'utf8'));
const vsix = `${name}-${version}.vsix`;
execFileSync('npx', ['vsce', 'package', '--no-dependencies', '--out', vsix], { stdio: 'inherit' });
const files = execFileSync('npx', ['vsce', 'ls', '--no-dependencies'], { encoding: 'utf8' }).split('\n').filter(Boolean);
console.log(`${vsix}: ${(statSync(vsix).size / 1024 / 1024).toFixed(2)} MiB, ${files.length} files`);
