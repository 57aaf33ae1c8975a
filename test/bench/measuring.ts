// Small statistics and timing helpers for the bench.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/**
 * Collects garbage left by whatever ran before (js-tiktoken leaves hundreds of megabytes), so a
 * timing pays only for its own.
 */
export function collectGarbage(): void {
  gc();
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], percent: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((percent / 100) * sorted.length));
  return sorted[rank - 1];
}

export function timed<T>(run: () => T): { readonly result: T; readonly milliseconds: number } {
  collectGarbage();
  const start = performance.now();
  const result = run();
  return { result, milliseconds: performance.now() - start };
}

/** Megabytes (10^6 bytes) per second. */
export function megabytesPerSecond(bytes: number, milliseconds: number): number {
  return bytes / 1e6 / (milliseconds / 1000);
}

export function sameIds(actual: readonly number[], expected: readonly number[]): boolean {
  return actual.length === expected.length && actual.every((id, index) => id === expected[index]);
}
