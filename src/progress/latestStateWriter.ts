export interface LatestStateWriterOptions {
  /** How long to wait before writing the latest value again after a failure. */
  readonly retryDelayMs: number;
}

/**
 * Writes whole-state values one after another, so an older value never lands after a newer one.
 * A failed write does not stop the ones after it: the chain recovers, the failure is reported once
 * per run of failures, and the latest value is written again after a delay (each value is the
 * whole state, so writing the latest one is enough to catch up).
 */
export class LatestStateWriter<T> {
  private writing: Promise<void> = Promise.resolve();
  private latest: { readonly value: T } | undefined;
  private failing = false;
  private retry: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly write: (value: T) => PromiseLike<void>,
    private readonly reportFailure: (error: unknown) => void,
    private readonly options: LatestStateWriterOptions = { retryDelayMs: 5000 },
  ) {}

  /** Resolves once `value` (or a newer one) was written or the failure was reported; never rejects. */
  enqueue(value: T): Promise<void> {
    this.cancelRetry();
    this.latest = { value };
    this.writing = this.writing.then(() => this.attempt(value));
    return this.writing;
  }

  dispose(): void {
    this.cancelRetry();
  }

  private async attempt(value: T): Promise<void> {
    try {
      await this.write(value);
      this.failing = false;
    } catch (error) {
      if (!this.failing) {
        this.failing = true;
        this.reportFailure(error);
      }
      if (this.latest?.value === value) {
        this.scheduleRetry(value);
      }
    }
  }

  private scheduleRetry(value: T): void {
    this.cancelRetry();
    this.retry = setTimeout(() => {
      this.retry = undefined;
      if (this.latest?.value === value) {
        this.writing = this.writing.then(() => this.attempt(value));
      }
    }, this.options.retryDelayMs);
  }

  private cancelRetry(): void {
    if (this.retry !== undefined) {
      clearTimeout(this.retry);
      this.retry = undefined;
    }
  }
}
