import * as assert from 'assert';
import { LatestStateWriter } from '../../../src/progress/latestStateWriter';

/** A store whose writes fail while `failing` is true, recording what landed. */
function flakyStore() {
  const store = { failing: true, landed: [] as string[], attempts: 0 };
  const write = (value: string): Promise<void> => {
    store.attempts++;
    if (store.failing) {
      return Promise.reject(new Error('disk full'));
    }
    store.landed.push(value);
    return Promise.resolve();
  };
  return { store, write };
}

const settle = (promise: Promise<unknown>) => promise.then(() => 'resolved', () => 'rejected');

describe('LatestStateWriter', () => {
  it('still writes a later value after one write failed', async () => {
    const { store, write } = flakyStore();
    const writer = new LatestStateWriter(write, () => undefined, { retryDelayMs: 60_000 });
    await settle(writer.enqueue('first'));
    store.failing = false;
    await settle(writer.enqueue('second'));
    assert.deepStrictEqual(store.landed, ['second']);
  });

  it('reports a run of failures once, and again only after a write succeeded in between', async () => {
    const { store, write } = flakyStore();
    const reports: string[] = [];
    const writer = new LatestStateWriter(write, (error) => reports.push(String(error)), { retryDelayMs: 60_000 });
    await settle(writer.enqueue('a'));
    await settle(writer.enqueue('b'));
    await settle(writer.enqueue('c'));
    assert.strictEqual(reports.length, 1);
    store.failing = false;
    await settle(writer.enqueue('d'));
    store.failing = true;
    await settle(writer.enqueue('e'));
    assert.strictEqual(reports.length, 2);
    writer.dispose();
  });

  it('retries the latest value after a failure without another write being asked for', async () => {
    const { store, write } = flakyStore();
    const writer = new LatestStateWriter(write, () => undefined, { retryDelayMs: 5 });
    await settle(writer.enqueue('only'));
    store.failing = false;
    const deadline = Date.now() + 2000;
    while (store.landed.length === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    assert.deepStrictEqual(store.landed, ['only']);
    writer.dispose();
  });

  it('never lands an older value after a newer one, also when a retry is pending', async () => {
    const { store, write } = flakyStore();
    const writer = new LatestStateWriter(write, () => undefined, { retryDelayMs: 5 });
    await settle(writer.enqueue('old'));
    store.failing = false;
    await settle(writer.enqueue('new'));
    await new Promise((resolve) => setTimeout(resolve, 30));
    assert.deepStrictEqual(store.landed, ['new']);
    writer.dispose();
  });

  it('resolves the promise of a failed write: the failure is reported, not thrown at every caller', async () => {
    const { write } = flakyStore();
    const writer = new LatestStateWriter(write, () => undefined, { retryDelayMs: 60_000 });
    assert.strictEqual(await settle(writer.enqueue('x')), 'resolved');
    writer.dispose();
  });
});
