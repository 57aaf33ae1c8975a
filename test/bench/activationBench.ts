// `npm run bench -- --activation`: what activation costs. The activation bundles as the VSIX ships
// them (minified, desktop and web), how much of them is the model catalog (shipped as a data file
// read at activation since it grew to ~18 KB minified), and the time to load the desktop bundle and
// run activate() in fresh Node processes with a stand-in host (activationProbe.mjs).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import type { BenchRow } from './benchReport';
import { median } from './measuring';

const probeRuns = 9;

/** The catalog's bytes in the minified bundle before it grew (2345697^: 2.9 KB of JSON). */
const catalogBytesBeforeItGrew = 2325;

interface BundleSize {
  readonly bytes: number;
  readonly catalogBytes: number;
}

async function buildActivationBundle(root: string, platform: 'node' | 'browser', outfile: string): Promise<BundleSize> {
  const result = await esbuild.build({
    entryPoints: [path.join(root, 'src', 'extension.ts')],
    bundle: true,
    minify: true,
    outfile,
    platform,
    format: 'cjs',
    external: ['vscode'],
    target: 'es2022',
    legalComments: 'none',
    metafile: true,
    logLevel: 'error',
    ...(platform === 'browser' ? { mainFields: ['browser', 'module', 'main'], define: { 'process.env.NODE_ENV': '"production"' } } : {}),
  });
  const output = Object.values(result.metafile.outputs)[0];
  const inputs = Object.entries(output?.inputs ?? {});
  const catalogBytes = inputs.filter(([file]) => /src\/models\/modelCatalog/.test(file)).reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
  return { bytes: output?.bytes ?? 0, catalogBytes };
}

function probeOnce(root: string, bundle: string, extensionFolder: string): { loadMs: number; activateMs: number } {
  const output = execFileSync(process.execPath, [path.join(root, 'test', 'bench', 'activationProbe.mjs'), bundle, extensionFolder], {
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  return JSON.parse(output) as { loadMs: number; activateMs: number };
}

export async function activationRows(root: string, progress: (message: string) => void): Promise<BenchRow[]> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'learn-genai-activation-'));
  progress('activation: building the minified desktop and web bundles');
  const desktop = await buildActivationBundle(root, 'node', path.join(folder, 'dist', 'node', 'extension.js'));
  const web = await buildActivationBundle(root, 'browser', path.join(folder, 'dist', 'web', 'extension.js'));
  // The data file activation reads, as the build writes it (esbuild.mjs).
  mkdirSync(path.join(folder, 'dist', 'models'), { recursive: true });
  const catalog = JSON.stringify(JSON.parse(readFileSync(path.join(root, 'src', 'models', 'modelCatalog.json'), 'utf8')));
  writeFileSync(path.join(folder, 'dist', 'models', 'modelCatalog.json'), catalog);
  progress(`activation: ${probeRuns} fresh processes`);
  const samples = Array.from({ length: probeRuns }, () => probeOnce(root, path.join(folder, 'dist', 'node', 'extension.js'), folder));
  const kilobytes = (bytes: number): number => bytes / 1000;
  const row = (measure: string, unit: string, value: number, extra: Partial<BenchRow> = {}): BenchRow => ({ encoding: 'activation', measure, unit, values: { engine: value }, ...extra });
  return [
    row('desktop bundle (dist/node/extension.js, minified)', 'KB', kilobytes(desktop.bytes)),
    row('web bundle (dist/web/extension.js, minified)', 'KB', kilobytes(web.bytes)),
    row('model catalog inside the desktop bundle', 'bytes', desktop.catalogBytes, {
      target: `<=${catalogBytesBeforeItGrew} (before it grew)`,
      pass: desktop.catalogBytes <= catalogBytesBeforeItGrew,
      note: `the data file dist/models/modelCatalog.json is ${kilobytes(catalog.length).toFixed(1)} KB, read at activation`,
    }),
    row('load the desktop bundle (parse + top-level code)', 'ms', median(samples.map((sample) => sample.loadMs)), { note: `median of ${probeRuns} fresh node processes` }),
    row('activate() with a stand-in host, catalog read included', 'ms', median(samples.map((sample) => sample.activateMs)), { note: `median of ${probeRuns}; VS Code's own work not included` }),
  ];
}
