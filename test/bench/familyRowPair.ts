// The rows every tokenizer family gets in the bench, whatever its reference library: ready time
// against the reference, then throughput on each prose input with a check that the ids are equal.
import type { BenchInput } from './benchInputs';
import type { BenchRow } from './benchReport';
import { megabytesPerSecond, sameIds, timed } from './measuring';

export interface FamilyTokenizer {
  encode(text: string): number[];
}

/** Best of `runs` (the CPU is shared: another process can only slow a run down). */
export function bestMegabytesPerSecond(tokenizer: FamilyTokenizer, input: BenchInput, runs: number): number {
  let best = 0;
  for (let run = 0; run < runs; run++) {
    best = Math.max(best, megabytesPerSecond(input.bytes, timed(() => tokenizer.encode(input.text)).milliseconds));
  }
  return best;
}

export interface ReadyTokenizers {
  readonly family: string;
  readonly engine: FamilyTokenizer;
  readonly engineMilliseconds: number;
  readonly reference: FamilyTokenizer;
  readonly referenceMilliseconds: number;
  readonly note: string;
}

export function readyAndThroughputRows(ready: ReadyTokenizers, prose: readonly BenchInput[]): BenchRow[] {
  const rows: BenchRow[] = [{
    encoding: ready.family,
    measure: 'ready time (read data, build, first count)',
    unit: 'ms',
    values: { engine: ready.engineMilliseconds },
    ratio: `${(ready.engineMilliseconds / ready.referenceMilliseconds).toFixed(3)}x reference (${Math.round(ready.referenceMilliseconds).toLocaleString('en')} ms)`,
    note: ready.note,
  }];
  for (const input of prose) {
    const exact = sameIds(ready.engine.encode(input.text), ready.reference.encode(input.text));
    const engineSpeed = bestMegabytesPerSecond(ready.engine, input, 5);
    const referenceSpeed = bestMegabytesPerSecond(ready.reference, input, 2);
    rows.push({
      encoding: ready.family,
      measure: `${input.name} (${(input.bytes / 1e6).toFixed(2)} MB)`,
      unit: 'MB/s',
      values: { engine: engineSpeed },
      ratio: `${(engineSpeed / referenceSpeed).toFixed(1)}x reference (${referenceSpeed.toFixed(2)} MB/s)`,
      target: 'exact',
      pass: exact,
      note: `${ready.note}; ids ${exact ? 'equal' : 'DIFFER'}`,
    });
  }
  return rows;
}
