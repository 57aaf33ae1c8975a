// Token counts inside sliced work: short texts are counted at once; long ones with the engine's
// sliced `countAsync`, so counting a whole 10 MB document never blocks.
import type { CancellationSignal, Encoder } from '../tokenEngine';
import { awaited, type Work } from './slicedWork';

/** Above this many UTF-16 code units a count goes through the engine's sliced path. */
export const syncCountLimit = 1 << 16;

/**
 * The exact token count of `text`. The engine cancels an older `countAsync` when a newer one starts
 * on the same encoder (the status bar counter shares it), so a superseded count is simply retried.
 */
export function* countTokens(encoder: Encoder, text: string, signal: CancellationSignal | undefined): Work<number> {
  if (text.length <= syncCountLimit) {
    return encoder.count(text);
  }
  for (;;) {
    const count = yield* awaited(encoder.countAsync(text, signal));
    if (count !== undefined) {
      return count;
    }
    if (signal?.isCancellationRequested) {
      // The runner notices the cancellation at its next step; the value is never used.
      return 0;
    }
  }
}
