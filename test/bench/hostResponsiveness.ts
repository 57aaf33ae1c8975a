// What the extension host feels: growth on one long run, latency on a selection, and the longest
// time countAsync holds the host on a long document.
import { seededRandom } from '../unit/tokenEngine/fuzzText';
import type { BenchInput } from './benchInputs';
import type { BenchRow } from './benchReport';
import { contenderNames, type BenchEncoding, type ContenderName } from './contenders';
import { countMilliseconds, selectionLatencies, sliceTiming, type ProbeSetup } from './freshProcess';
import { percentile } from './measuring';

/**
 * Time on 1,000,000 of one character over time on 500,000: n log n makes that about 2.1. Three
 * fresh processes, the two sizes taking turns in each; each size's best median counts, since
 * another process taking the CPU can only slow a run down.
 */
export function doublingRow(encoding: BenchEncoding, setup: ProbeSetup): BenchRow {
  const sizes = [500_000, 1_000_000].map((length) => ({ name: `${length} x a`, text: 'a'.repeat(length), bytes: length }));
  const rounds = Array.from({ length: 3 }, () => countMilliseconds('engine', encoding, setup, 7, sizes));
  const [half, full] = [0, 1].map((size) => Math.min(...rounds.map((round) => round[size])));
  const ratio = full / half;
  return {
    encoding,
    measure: "doubling a run of 'a' (500k -> 1M)",
    unit: 'ratio',
    values: { engine: ratio },
    target: '<=2.2 (n log n)',
    pass: ratio <= 2.2,
    note: `${half.toFixed(1)} ms -> ${full.toFixed(1)} ms; the unit tests check the same growth by counting operations`,
  };
}

const selectionLength = 2048;

function selections(inputs: readonly BenchInput[], count: number): string[] {
  const random = seededRandom(11);
  return Array.from({ length: count }, (_, index) => {
    const text = inputs[index % inputs.length].text;
    const start = Math.floor(random() * (text.length - selectionLength));
    return text.slice(start, start + selectionLength);
  });
}

const latencySeries = 3;

/**
 * p99 latency of counting a 2 KB selection, as the status bar does on every selection change:
 * `countAsync` for each tokenizer in a fresh process per series (js-tiktoken and gpt-tokenizer
 * count synchronously inside it), the tokenizers taking turns. Another process taking the CPU can
 * only make a series slower, so the best of three series of 2,000 is the tokenizer's own p99.
 */
export function selectionLatencyRow(encoding: BenchEncoding, setup: ProbeSetup, inputs: readonly BenchInput[]): BenchRow {
  const samples = selections(inputs, 2000);
  const p99s: Record<ContenderName, number[]> = { engine: [], 'js-tiktoken': [], 'gpt-tokenizer': [] };
  for (let series = 0; series < latencySeries; series++) {
    for (const name of contenderNames) {
      p99s[name].push(percentile(selectionLatencies(name, encoding, setup, samples), 99));
    }
  }
  const best = (name: ContenderName): number => Math.min(...p99s[name]);
  return {
    encoding,
    measure: 'p99 count of a 2 KB selection',
    unit: 'ms',
    values: { engine: best('engine'), 'js-tiktoken': best('js-tiktoken'), 'gpt-tokenizer': best('gpt-tokenizer') },
    target: '<1 ms',
    pass: best('engine') < 1,
    note: `countAsync over 2,000 selections after a warm-up, best of ${latencySeries} series in fresh processes; engine p99 per series ${p99s.engine.map((p99) => p99.toFixed(2)).join(', ')} ms`,
  };
}

const sliceRuns = 3;

/**
 * The longest stretch countAsync runs without yielding, on a long document, with default slices,
 * best of three fresh processes (another process taking the CPU can only lengthen a slice). A
 * document that is one piece is shown without a target: the pre-tokenizer finds a piece's end in
 * one go (a few nanoseconds a character) before its merge can be sliced.
 */
export function longestSliceRow(encoding: BenchEncoding, setup: ProbeSetup, document: BenchInput): BenchRow {
  const timings = Array.from({ length: sliceRuns }, () => sliceTiming(encoding, setup, document));
  const best = timings.reduce((shortest, timing) => (timing.longest < shortest.longest ? timing : shortest));
  const measure = `longest countAsync slice, ${document.name}`;
  const summary =
    `longest slice per run ${timings.map((timing) => timing.longest.toFixed(1)).join(', ')} ms; best run: ` +
    `${best.slices} slices over ${best.total.toFixed(0)} ms for ${best.count?.toLocaleString('en')} tokens`;
  if (document.run !== undefined) {
    const note = `${summary}; no target: finding the end of one ${document.text.length.toLocaleString('en')}-character piece is not sliced`;
    return { encoding, measure, unit: 'ms', values: { engine: best.longest }, note };
  }
  const pass = best.longest < 50 && timings.every((timing) => timing.count !== undefined);
  return { encoding, measure, unit: 'ms', values: { engine: best.longest }, target: '<50 ms', pass, note: summary };
}
