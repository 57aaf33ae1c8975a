// `npm run bench`: the token engine against js-tiktoken and gpt-tokenizer, in one run.
// `--json` prints the same results as JSON; `--live-counting` runs only the live counter's rows;
// `--code-insight` only code insight's hover rows; `--activation` only the activation bundle's size and time; `--families` only the rows of the families beyond OpenAI (Llama 3, Qwen 3, Claude's tokenizer).
// Progress goes to stderr.
import os from 'node:os';
import path from 'node:path';
import { nodeFileLoader, preparedTokenizerDirectory, projectRoot } from '../support/nodeTokenizerLoader';
import { fuzzCorpus } from '../unit/tokenEngine/fuzzText';
import { benchInputs } from './benchInputs';
import { chunkingRows } from './chunkingBench';
import { codeInsightRows } from './codeInsightBench';
import { formatTable, type BenchReport, type BenchRow } from './benchReport';
import { benchEncodings, engineContender, gptTokenizerContender, jsTiktokenContender, type BenchEncoding } from './contenders';
import { activationRows } from './activationBench';
import { bundleEngine, importEngine } from './engineBundle';
import { readinessOfEach, type ProbeSetup } from './freshProcess';
import { doublingRow, longestSliceRow, selectionLatencyRow } from './hostResponsiveness';
import { importBlockIndex, liveCountingRows } from './liveCounting';
import { fuzzExactnessRow, stressRows, throughputRows, type Contenders } from './tokenizerComparisons';
import { familyRows } from './familyRows';
import { sentencePieceRows } from './sentencePieceRows';
import { fewShotRows } from './fewShotBench';

const readinessRuns = 3;
const fuzzCorpusSize = 10_000;

function progress(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

function readinessRows(encoding: BenchEncoding, setup: ProbeSetup): BenchRow[] {
  const measured = readinessOfEach(encoding, setup, readinessRuns);
  const megabytes = (bytes: number): number => bytes / 1e6;
  const readyRatio = measured.engine.readyMilliseconds / measured['js-tiktoken'].readyMilliseconds;
  const memoryRatio = measured.engine.rssBytes / measured['js-tiktoken'].rssBytes;
  const note = `fresh node per run, the tokenizers taking turns, medians of ${readinessRuns}; ready = import + load + first count`;
  return [
    {
      encoding,
      measure: 'ready time',
      unit: 'ms',
      values: { engine: measured.engine.readyMilliseconds, 'js-tiktoken': measured['js-tiktoken'].readyMilliseconds, 'gpt-tokenizer': measured['gpt-tokenizer'].readyMilliseconds },
      ratio: `${readyRatio.toFixed(3)}x js`,
      target: '<=0.4x js',
      pass: readyRatio <= 0.4,
      note,
    },
    {
      encoding,
      measure: 'memory (RSS above bare node)',
      unit: 'MB',
      values: { engine: megabytes(measured.engine.rssBytes), 'js-tiktoken': megabytes(measured['js-tiktoken'].rssBytes), 'gpt-tokenizer': megabytes(measured['gpt-tokenizer'].rssBytes) },
      ratio: `${memoryRatio.toFixed(3)}x js`,
      target: '<=0.5x js',
      pass: memoryRatio <= 0.5,
    },
    {
      encoding,
      measure: 'memory (JS heap + external)',
      unit: 'MB',
      values: { engine: megabytes(measured.engine.heapBytes), 'js-tiktoken': megabytes(measured['js-tiktoken'].heapBytes), 'gpt-tokenizer': megabytes(measured['gpt-tokenizer'].heapBytes) },
    },
  ];
}

async function main(): Promise<void> {
  const asJson = process.argv.includes('--json');
  const liveCountingOnly = process.argv.includes('--live-counting');
  const familiesOnly = process.argv.includes('--families');
  const started = performance.now();
  const root = projectRoot();
  if (process.argv.includes('--code-insight') || process.argv.includes('--few-shot') || process.argv.includes('--activation')) {
    const rows = process.argv.includes('--activation') ? await activationRows(root, progress) : process.argv.includes('--few-shot') ? fewShotRows(progress) : codeInsightRows(root);
    const missedTargets = rows.filter((row) => row.pass === false).map((row) => `${row.measure} (${row.target})`);
    process.stdout.write(`${asJson ? JSON.stringify({ rows, missedTargets }, null, 2) : formatTable({ environment: { node: process.version }, rows, missedTargets })}\n`);
    return;
  }
  const courseDirectory = process.env.LEARN_GENAI_COURSE_DIR ?? path.resolve(root, '..', 'shared', 'course');
  progress('building tokenizer data and the engine bundle');
  const tokenizerFolder = await preparedTokenizerDirectory();
  const bundle = await bundleEngine(root);
  const engine = await importEngine(bundle);
  const setup: ProbeSetup = { engineBundle: bundle, tokenizerFolder };
  progress('building inputs');
  const inputs = benchInputs(root, courseDirectory);
  const corpus = fuzzCorpus(20240513, fuzzCorpusSize);
  const registry = new engine.EncoderRegistry(nodeFileLoader(tokenizerFolder));
  const blockIndex = await importBlockIndex(root);
  const rows: BenchRow[] = [];
  if (!liveCountingOnly && !familiesOnly) {
    progress('code insight: hovers on 5,000-line files');
    rows.push(...codeInsightRows(root));
    rows.push(...fewShotRows(progress));
  }
  for (const encoding of familiesOnly ? [] : benchEncodings) {
    progress(`${encoding}: loading the three tokenizers`);
    const encoder = await registry.get(encoding);
    progress(`${encoding}: live counting, full recount and block index`);
    rows.push(...(await liveCountingRows(encoding, encoder, blockIndex, inputs.tenMegabyteDocument.text)));
    if (liveCountingOnly) {
      continue;
    }
    const contenders: Contenders = {
      engine: engineContender(encoder),
      'js-tiktoken': jsTiktokenContender(encoding),
      'gpt-tokenizer': await gptTokenizerContender(encoding),
    };
    progress(`${encoding}: exactness on the fuzz corpus`);
    rows.push(fuzzExactnessRow(encoding, contenders, corpus));
    progress(`${encoding}: throughput`);
    rows.push(...throughputRows(encoding, contenders, inputs.prose, setup));
    progress(`${encoding}: adversarial inputs`);
    rows.push(...stressRows(encoding, contenders, inputs.stress, setup));
    rows.push(doublingRow(encoding, setup));
    progress(`${encoding}: selection latency`);
    rows.push(selectionLatencyRow(encoding, setup, inputs.prose));
    progress(`${encoding}: longest slice`);
    rows.push(longestSliceRow(encoding, setup, inputs.tenMegabyteDocument));
    rows.push(longestSliceRow(encoding, setup, inputs.tenMillionSpaces));
    progress(`${encoding}: ready time and memory in fresh processes`);
    rows.push(...readinessRows(encoding, setup));
  }
  if (!liveCountingOnly) {
    rows.push(...familyRows(engine, tokenizerFolder, inputs.prose, progress));
    rows.push(...(await sentencePieceRows(engine, tokenizerFolder, inputs.prose, progress)));
  }
  progress('chunking the 10 MiB document with each strategy');
  rows.push(...(await chunkingRows(nodeFileLoader(tokenizerFolder), inputs.tenMegabyteDocument)));
  const report: BenchReport = {
    environment: {
      node: process.version,
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? 'unknown',
      'engine build': 'esbuild bundle, minified',
      'bench seconds': Math.round((performance.now() - started) / 1000),
    },
    rows,
    missedTargets: rows.filter((row) => row.pass === false).map((row) => `${row.encoding} ${row.measure} (${row.target})`),
  };
  process.stdout.write(`${asJson ? JSON.stringify(report, null, 2) : formatTable(report)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
