// Bundles the extension (a Node entry for desktop, a browser entry for VS Code for the Web), the
// webview scripts, and the tokenizer data. `node esbuild.mjs --production` minifies; `--watch` rebuilds.
import * as esbuild from 'esbuild';
import { cp, mkdir, rm } from 'node:fs/promises';
import { writeTokenizerData } from './src/tokens/build/writeTokenizerData.mjs';
import { readdir, writeFile } from 'node:fs/promises';

/**
 * VS Code for the Web reads extension files over HTTP, where a folder cannot be listed, so the
 * build writes the list of lesson files for the host to read one by one.
 */
async function writeLessonManifest(outFile) {
  const locales = {};
  for (const locale of await readdir('lessons', { withFileTypes: true })) {
    if (locale.isDirectory() && locale.name !== 'images') {
      locales[locale.name] = (await readdir(`lessons/${locale.name}`)).filter((file) => file.endsWith('.md') || file.endsWith('.yaml')).sort();
    }
  }
  await writeFile(outFile, JSON.stringify({ locales }, null, 1));
}

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const shared = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  target: 'es2022',
  logLevel: 'warning',
  legalComments: 'none',
};

/** @type {import('esbuild').BuildOptions[]} */
const targets = [
  {
    ...shared,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/node/extension.js',
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
  },
  {
    ...shared,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    external: ['vscode'],
    mainFields: ['browser', 'module', 'main'],
    define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
  },
  {
    ...shared,
    entryPoints: {
      tokenizer: 'src/webview/tokenizer/main.ts',
      lesson: 'src/webview/lesson/main.ts',
      quiz: 'src/webview/quiz/main.ts',
    },
    outdir: 'dist/webview',
    platform: 'browser',
    format: 'iife',
  },
];

async function buildAll() {
  await rm('dist', { recursive: true, force: true });
  await mkdir('dist', { recursive: true });
  await writeTokenizerData('dist/tokenizers');
  await writeLessonManifest('dist/lessons.json');
  await cp('node_modules/@vscode/codicons/dist/codicon.css', 'dist/webview/codicon.css').catch(() => undefined);
  await cp('node_modules/@vscode/codicons/dist/codicon.ttf', 'dist/webview/codicon.ttf').catch(() => undefined);
  const existing = [];
  for (const target of targets) {
    existing.push(await withExistingEntries(target));
  }
  if (watch) {
    const contexts = await Promise.all(existing.filter(Boolean).map((target) => esbuild.context(target)));
    await Promise.all(contexts.map((context) => context.watch()));
    console.log('[watch] watching for changes');
    return;
  }
  await Promise.all(existing.filter(Boolean).map((target) => esbuild.build(target)));
}

/** Webview entries are added feature by feature; a missing entry is left out rather than failing. */
async function withExistingEntries(target) {
  if (Array.isArray(target.entryPoints)) {
    return target;
  }
  const { existsSync } = await import('node:fs');
  const entries = Object.fromEntries(Object.entries(target.entryPoints).filter(([, file]) => existsSync(file)));
  return Object.keys(entries).length > 0 ? { ...target, entryPoints: entries } : undefined;
}

await buildAll();
