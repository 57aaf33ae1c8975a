// Runs chunking work written as a generator in time slices, so a 10 MB document never holds the
// extension host: the generator yields `undefined` at safe points (the runner yields to the host
// when the slice's budget is spent) or a promise for async work (such as a sliced token count).
import type { CancellationSignal } from '../tokenEngine';

export type Pause = undefined | Promise<unknown>;
export type Work<T> = Generator<Pause, T, unknown>;

export interface SliceSettings {
  /** Gives the host a turn between slices. */
  readonly yieldToHost: () => Promise<void>;
  /** Work per slice before yielding, in milliseconds. */
  readonly sliceMilliseconds: number;
  readonly now: () => number;
}

export const defaultSliceSettings: SliceSettings = {
  yieldToHost: () => new Promise((resolve) => setTimeout(resolve, 0)),
  sliceMilliseconds: 12,
  now: () => performance.now(),
};

/** Awaits `promise` from inside a generator and returns its value. */
export function* awaited<T>(promise: Promise<T>): Work<T> {
  return (yield promise) as T;
}

/** The generator's result, or undefined when `signal` was cancelled first. */
export async function runSliced<T>(work: Work<T>, signal: CancellationSignal | undefined, settings: SliceSettings): Promise<T | undefined> {
  const { now, sliceMilliseconds, yieldToHost } = settings;
  let sliceStart = now();
  let resume: unknown = undefined;
  try {
    for (;;) {
      if (signal?.isCancellationRequested) {
        return undefined;
      }
      const step = work.next(resume);
      resume = undefined;
      if (step.done) {
        return step.value;
      }
      if (step.value !== undefined) {
        resume = await step.value;
        sliceStart = now();
      } else if (now() - sliceStart >= sliceMilliseconds) {
        await yieldToHost();
        sliceStart = now();
      }
    }
  } finally {
    work.return(undefined as T);
  }
}
