// The engine as the extension ships it: bundled and minified by esbuild. The bench measures this
// build rather than tsx's on-the-fly transpilation, which adds getter calls to every import.
import { build } from 'esbuild';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as tokenEngine from '../../src/tokenEngine';
import { tokenizerCacheDirectory } from '../support/nodeTokenizerLoader';

export type EngineModule = typeof tokenEngine;

export async function bundleEngine(root: string): Promise<string> {
  const outfile = path.join(tokenizerCacheDirectory(), 'bench', 'tokenEngine.mjs');
  await build({
    entryPoints: [path.join(root, 'src', 'tokenEngine', 'index.ts')],
    outfile,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    logLevel: 'warning',
  });
  return outfile;
}

export async function importEngine(bundlePath: string): Promise<EngineModule> {
  return (await import(pathToFileURL(bundlePath).href)) as EngineModule;
}
