// Bundles the extension (a Node entry for desktop, a browser entry for VS Code for the Web), the
// webview scripts, and the tokenizer data. `node esbuild.mjs --production` minifies; `--watch` rebuilds.
import * as esbuild from 'esbuild';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { writeTokenizerData } from './src/tokenEngine/build/writeTokenizerData.mjs';

/**
 * VS Code for the Web reads extension files over HTTP, where a folder cannot be listed, so the
 * build writes the list of lesson files for the host to read one by one.
 */
async function writeLessonManifest(outFile) {
  // Folders under lessons/ that hold no locale: shared images and the glossary (one file per locale).
  const notLocales = new Set(['images', 'glossary']);
  const locales = {};
  for (const locale of await readdir('lessons', { withFileTypes: true })) {
    if (locale.isDirectory() && !notLocales.has(locale.name)) {
      locales[locale.name] = (await readdir(`lessons/${locale.name}`)).filter((file) => file.endsWith('.md') || file.endsWith('.yaml')).sort();
    }
  }
  const glossary = (await readdir('lessons/glossary')).filter((file) => file.endsWith('.yaml')).sort();
  await writeFile(outFile, JSON.stringify({ locales, glossary }, null, 1));
}

/**
 * The model catalog ships as a data file the extension reads at activation (modelCatalogRepository.ts),
 * not inside the bundles, so adding models does not grow the activation bundle. Written without
 * whitespace; watch mode does not rewrite it (rebuild after editing the catalog).
 */
async function writeModelCatalog(outFile) {
  await mkdir('dist/models', { recursive: true });
  await writeFile(outFile, JSON.stringify(JSON.parse(await readFile('src/models/modelCatalog.json', 'utf8'))));
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
      chunks: 'src/webview/chunks/main.ts',
      lesson: 'src/webview/lesson/main.ts',
      quiz: 'src/webview/quiz/main.ts',
      exam: 'src/webview/exam/main.ts',
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
  await writeModelCatalog('dist/models/modelCatalog.json');
  await mkdir('dist/webview', { recursive: true });
  // The webviews use VS Code's icon font; it ships with the pages so they work offline.
  await cp('node_modules/@vscode/codicons/dist/codicon.css', 'dist/webview/codicon.css');
  await cp('node_modules/@vscode/codicons/dist/codicon.ttf', 'dist/webview/codicon.ttf');
  if (watch) {
    const contexts = await Promise.all(targets.map((target) => esbuild.context(target)));
    await Promise.all(contexts.map((context) => context.watch()));
    console.log('[watch] watching for changes');
    return;
  }
  await Promise.all(targets.map((target) => esbuild.build(target)));
}

await buildAll();
