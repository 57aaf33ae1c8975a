// Measurements taken in a fresh Node process per tokenizer, so nothing is already loaded and no
// tokenizer pays for another's heap: ready time and memory, and counting throughput.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot, tokenizerCacheDirectory } from '../support/nodeTokenizerLoader';
import type { BenchInput } from './benchInputs';
import { contenderNames, type BenchEncoding, type ContenderName } from './contenders';
import { median } from './measuring';

export interface Readiness {
  readonly readyMilliseconds: number;
  readonly rssBytes: number;
  readonly heapBytes: number;
}

/** Where the engine bundle and data files are, for the probes. */
export interface ProbeSetup {
  readonly engineBundle: string;
  readonly tokenizerFolder: string;
}

function runProbe(script: string, args: readonly string[]): string {
  return execFileSync(process.execPath, ['--expose-gc', path.join(projectRoot(), 'test', 'bench', script), ...args], {
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
    maxBuffer: 1 << 24,
  });
}

/** Medians over `runs` fresh processes per tokenizer, the tokenizers taking turns. */
export function readinessOfEach(encoding: BenchEncoding, setup: ProbeSetup, runs: number): Record<ContenderName, Readiness> {
  const samples: Record<ContenderName, Readiness[]> = { engine: [], 'js-tiktoken': [], 'gpt-tokenizer': [] };
  for (let run = 0; run < runs; run++) {
    for (const name of contenderNames) {
      samples[name].push(JSON.parse(runProbe('readinessProbe.mjs', [name, encoding, setup.engineBundle, setup.tokenizerFolder])) as Readiness);
    }
  }
  const medianOf = (name: ContenderName): Readiness => ({
    readyMilliseconds: median(samples[name].map((sample) => sample.readyMilliseconds)),
    rssBytes: median(samples[name].map((sample) => sample.rssBytes)),
    heapBytes: median(samples[name].map((sample) => sample.heapBytes)),
  });
  return { engine: medianOf('engine'), 'js-tiktoken': medianOf('js-tiktoken'), 'gpt-tokenizer': medianOf('gpt-tokenizer') };
}

/** Latencies of `countAsync` on every selection after a warm-up, in milliseconds. */
export function selectionLatencies(contender: ContenderName, encoding: BenchEncoding, setup: ProbeSetup, selections: readonly string[]): number[] {
  const file = path.join(benchFolder(), 'selections.json');
  writeFileSync(file, JSON.stringify(selections));
  return JSON.parse(runProbe('latencyProbe.mjs', [contender, encoding, setup.engineBundle, setup.tokenizerFolder, file])) as number[];
}

export interface SliceTiming {
  readonly longest: number;
  readonly slices: number;
  readonly total: number;
  readonly count: number | undefined;
}

/** The engine's countAsync on `document` with default slices: the longest stretch between yields. */
export function sliceTiming(encoding: BenchEncoding, setup: ProbeSetup, document: BenchInput): SliceTiming {
  const file = path.join(benchFolder(), 'document.txt');
  writeFileSync(file, document.text);
  return JSON.parse(runProbe('sliceProbe.mjs', [encoding, setup.engineBundle, setup.tokenizerFolder, file])) as SliceTiming;
}

function benchFolder(): string {
  const folder = path.join(tokenizerCacheDirectory(), 'bench', 'inputs');
  mkdirSync(folder, { recursive: true });
  return folder;
}

/** The median milliseconds `contender` takes to count each input, over `runs` round-robin runs. */
export function countMilliseconds(contender: ContenderName, encoding: BenchEncoding, setup: ProbeSetup, runs: number, inputs: readonly BenchInput[]): number[] {
  const folder = benchFolder();
  const files = inputs.map((input, index) => {
    const file = path.join(folder, `input-${index}.txt`);
    writeFileSync(file, input.text);
    return file;
  });
  return JSON.parse(runProbe('throughputProbe.mjs', [contender, encoding, setup.engineBundle, setup.tokenizerFolder, String(runs), ...files])) as number[];
}
