// Runs a long tokenization in slices, yielding to the host between them, so that counting a huge
// document never holds the extension host (or a browser tab) for more than a slice.

export interface SliceOptions {
  /** Gives the host a turn between slices. */
  readonly yieldToHost: () => Promise<void>;
  /** Work per slice before yielding, in milliseconds. */
  readonly sliceMilliseconds: number;
  /** A monotonic clock in milliseconds. */
  readonly now: () => number;
}

export const defaultSliceOptions: SliceOptions = {
  yieldToHost: () => new Promise((resolve) => setTimeout(resolve, 0)),
  sliceMilliseconds: 15,
  now: () => performance.now(),
};

/** How far work through a text has got. */
export interface SliceProgress {
  readonly position: number;
  readonly isDone: boolean;
}

const firstStepLength = 4096;
const minimumStepLength = 256;
const maximumStepLength = 1 << 16;

/**
 * Calls `advanceTo(stop)` (which works up to the first natural boundary at or after `stop`) until
 * `progress` is done; false if `isCancelled` turned true first. Time is checked between steps,
 * and steps are resized to take about a millisecond each, so a slice overruns its budget by about
 * a step at most.
 */
export async function runInSlices(
  progress: SliceProgress,
  advanceTo: (stop: number) => void,
  options: SliceOptions,
  isCancelled: () => boolean,
): Promise<boolean> {
  const { now, sliceMilliseconds, yieldToHost } = options;
  let stepLength = firstStepLength;
  let sliceStart = now();
  while (!progress.isDone) {
    if (isCancelled()) {
      return false;
    }
    const stepStart = now();
    advanceTo(progress.position + stepLength);
    const stepEnd = now();
    const stepTime = stepEnd - stepStart;
    if (stepTime < 0.5) {
      stepLength = Math.min(stepLength * 2, maximumStepLength);
    } else if (stepTime > 2) {
      stepLength = Math.max(stepLength >> 1, minimumStepLength);
    }
    if (stepEnd - sliceStart >= sliceMilliseconds && !progress.isDone) {
      await yieldToHost();
      sliceStart = now();
    }
  }
  return !isCancelled();
}
