// Chunking rows for `npm run bench`: throughput of each strategy on the 10 MiB document and the
// longest time the event loop was held while it ran (a timer probe measures the gaps between turns).
// Runs in this process from source (tsx), not from the minified bundle the engine rows use.
// `node --import tsx test/bench/chunkingBench.ts` runs these rows alone.
import os from 'node:os';
import path from 'node:path';
import { chunkDocument } from '../../src/chunking/chunkDocument';
import type { ChunkingStrategy } from '../../src/chunking/chunkTypes';
import { separatorsFor } from '../../src/chunking/separatorPresets';
import { EncoderRegistry, type EncodingName, type TokenizerDataLoader } from '../../src/tokenEngine';
import { cachedTokenizerLoader, projectRoot } from '../support/nodeTokenizerLoader';
import { benchInputs, type BenchInput } from './benchInputs';
import { formatTable, type BenchRow } from './benchReport';

const strategies: readonly { readonly label: string; readonly strategy: ChunkingStrategy }[] = [
  { label: 'recursive, 1000 chars / 200', strategy: { kind: 'recursive', chunkSize: 1000, chunkOverlap: 200, separators: separatorsFor('js'), preset: 'js', lengthUnit: 'characters' } },
  { label: 'recursive, 512 tokens / 50', strategy: { kind: 'recursive', chunkSize: 512, chunkOverlap: 50, separators: separatorsFor('js'), preset: 'js', lengthUnit: 'tokens' } },
  { label: 'TokenTextSplitter, 512 / 50', strategy: { kind: 'tokenSplitter', chunkSize: 512, chunkOverlap: 50 } },
  { label: 'Bedrock fixed, 300 tokens / 20%', strategy: { kind: 'bedrockFixed', maxTokens: 300, overlapPercentage: 20 } },
  { label: 'Bedrock hierarchical, 1500 / 300 / 60', strategy: { kind: 'bedrockHierarchical', parentMaxTokens: 1500, childMaxTokens: 300, overlapTokens: 60 } },
];

/**
 * Longest gap between timer turns while `work` runs: how long the host could not respond. Wall
 * time counts the time the OS gave other processes too (this machine is shared), so the CPU time
 * this process used between two turns is measured beside it.
 */
async function withLoopProbe<T>(work: () => Promise<T>): Promise<{ result: T; longestGap: number; longestCpu: number }> {
  let longestGap = 0;
  let longestCpu = 0;
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  let running = true;
  const tick = (): void => {
    const now = performance.now();
    const cpu = process.cpuUsage(lastCpu);
    longestGap = Math.max(longestGap, now - last);
    longestCpu = Math.max(longestCpu, (cpu.user + cpu.system) / 1000);
    last = now;
    lastCpu = process.cpuUsage();
    if (running) {
      setTimeout(tick, 0);
    }
  };
  setTimeout(tick, 0);
  try {
    const result = await work();
    return { result, longestGap, longestCpu };
  } finally {
    running = false;
  }
}

export async function chunkingRows(loader: TokenizerDataLoader, document: BenchInput, encoding: EncodingName = 'o200k_base'): Promise<BenchRow[]> {
  const encoder = await new EncoderRegistry(loader).get(encoding);
  const rows: BenchRow[] = [];
  for (const { label, strategy } of strategies) {
    const started = performance.now();
    const cpuStart = process.cpuUsage();
    const { result, longestGap, longestCpu } = await withLoopProbe(() => chunkDocument({ text: document.text, strategy, encoder }));
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuStart);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const chunks = result?.chunks.length ?? 0;
    rows.push({
      encoding,
      measure: `chunking ${document.name}: ${label}`,
      unit: 'MB/s',
      values: { engine: document.bytes / 1e6 / seconds },
      note: `${chunks.toLocaleString('en')} chunks in ${seconds.toFixed(1)} s wall, ${cpuSeconds.toFixed(1)} s CPU (${(document.bytes / 1e6 / cpuSeconds).toFixed(2)} MB per CPU second)`,
    });
    rows.push({
      encoding,
      measure: `chunking ${document.name}: ${label}, longest blocking slice (CPU)`,
      unit: 'ms',
      values: { engine: longestCpu },
      target: '<=50 ms',
      pass: longestCpu <= 50,
      note: `CPU time this process used between two event-loop turns; wall-clock gap ${longestGap.toFixed(0)} ms with load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs`,
    });
  }
  return rows;
}

async function main(): Promise<void> {
  const root = projectRoot();
  const inputs = benchInputs(root, process.env.LEARN_GENAI_COURSE_DIR ?? path.resolve(root, '..', 'shared', 'course'));
  const rows = await chunkingRows(cachedTokenizerLoader, inputs.tenMegabyteDocument);
  const report = { environment: { node: process.version, 'chunking build': 'source through tsx' }, rows, missedTargets: rows.filter((row) => row.pass === false).map((row) => row.measure) };
  process.stdout.write(`${formatTable(report)}\n`);
}

if (process.argv[1]?.endsWith('chunkingBench.ts')) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
