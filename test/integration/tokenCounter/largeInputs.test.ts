import * as assert from 'assert';
import * as vscode from 'vscode';
import type { LearnGenaiApi } from '../../../src/extension';
import { createEncoderRegistry } from '../../../src/models/extensionEncoderRegistry';
import type { Encoder } from '../../../src/tokenEngine';
import { activateExtension, closeAllEditors, extensionId, openEditor, resetModel } from '../support/extensionApi';

/**
 * 'a' x 200,000 in o200k_base, from gpt-tokenizer 4.0 (a reference implementation independent of
 * ours; js-tiktoken needs minutes on it). The engine's unit tests check the same run shape against
 * js-tiktoken at 10,000 characters.
 */
const repeatedA200kTokens = 25_000;

/** How long one unsliced (synchronous) count of `text` blocks the host: the stall slicing must avoid. */
function unslicedCountMs(encoder: Encoder, text: string): number {
  const started = performance.now();
  encoder.count(text);
  return performance.now() - started;
}

/**
 * While `work` runs, how often a 5 ms timer got to run on the extension host, and the longest gap
 * between two of its runs: a count that never yields lets no timer run until it is done.
 */
async function hostTimers(work: () => Promise<void>): Promise<{ ticks: number; longestStall: number }> {
  let last = Date.now();
  let longestStall = 0;
  let ticks = 0;
  const timer = setInterval(() => {
    const now = Date.now();
    longestStall = Math.max(longestStall, now - last);
    last = now;
    ticks++;
  }, 5);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return { ticks, longestStall: Math.max(longestStall, Date.now() - last) };
}

describe('Token counter on large and pathological input', function () {
  this.timeout(120_000);
  let api: LearnGenaiApi;
  let o200k: Encoder;

  before(async () => {
    api = await activateExtension();
    await resetModel();
    // A separate engine instance: the yardstick for the host's stalls and the full recount.
    o200k = await createEncoderRegistry(vscode.extensions.getExtension(extensionId)!.extensionUri).get('o200k_base');
  });

  afterEach(closeAllEditors);

  it('counts a selection of 200,000 repeated characters exactly, letting host timers run while it counts', async () => {
    const text = 'a'.repeat(200_000);
    const baseline = unslicedCountMs(o200k, text);
    const editor = await openEditor(text);
    editor.selection = new vscode.Selection(0, 0, 0, 200_000);
    const { ticks, longestStall } = await hostTimers(() => api.tokenCounter.refresh());
    assert.strictEqual(api.tokenCounter.currentSummary?.tokens, repeatedA200kTokens);
    assert.strictEqual(api.tokenCounter.currentSummary?.model.encoding, 'o200k_base');
    console.log(`      200,000 x 'a': unsliced count ${baseline.toFixed(0)} ms; while the counter counted, ${ticks} timer runs, longest gap ${longestStall} ms`);
    assert.ok(baseline >= 40, `the unsliced count is long enough to tell slicing apart (${baseline.toFixed(0)} ms)`);
    // An unsliced count lets no timer run until it ends: timer runs during the count prove it yields.
    // (How long each slice holds the host depends on the machine's load; npm run bench measures it.)
    assert.ok(ticks >= 3, `the host ran timers ${ticks} times while the counter counted`);
  });

  it('counts a 5 MB document exactly after 20 edits, with host timers running between the edits', async () => {
    const line = 'export function cosine(a: number[], b: number[]): number { return dot(a, b) / (norm(a) * norm(b)); } // ünïcödé 🤖\n';
    const editor = await openEditor(line.repeat(Math.ceil((5 * 1024 * 1024) / line.length)), 'typescript');
    await api.tokenCounter.refresh();
    const baseline = unslicedCountMs(o200k, editor.document.getText());
    const { ticks, longestStall: stall } = await hostTimers(async () => {
      for (let index = 0; index < 20; index++) {
        await editor.edit((edit) => edit.insert(new vscode.Position(index % 3, 0), index % 2 === 0 ? 'x' : ' 🤖'));
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
      await api.tokenCounter.refresh();
    });
    const expected = o200k.count(editor.document.getText());
    console.log(`      5 MB document: full count ${baseline.toFixed(0)} ms; over 20 edits ${ticks} timer runs, longest block ${stall} ms`);
    assert.strictEqual(api.tokenCounter.currentSummary?.tokens, expected, 'the count equals a full recount of the edited text');
    // Each edit waits 30 ms on a timer, so a host that keeps up runs the 5 ms timer several times per edit.
    // The cost per edit (0.2 ms on 10 MB against a full recount's 400 ms) is measured by npm run bench
    // -- --live-counting, not here: a longest-block bound failed on a loaded machine from noise alone.
    assert.ok(ticks >= 20, `the host ran timers ${ticks} times over 20 edits`);
  });
});
