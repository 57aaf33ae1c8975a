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

/** Longest gap between timer ticks on the extension host while `work` runs: how long it was blocked. */
async function longestStall(work: () => Promise<void>): Promise<number> {
  let last = Date.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = Date.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return longest;
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

  it('counts a selection of 200,000 repeated characters exactly, never blocking the host half as long as one unsliced count', async () => {
    const text = 'a'.repeat(200_000);
    const baseline = unslicedCountMs(o200k, text);
    const editor = await openEditor(text);
    editor.selection = new vscode.Selection(0, 0, 0, 200_000);
    const stall = await longestStall(() => api.tokenCounter.refresh());
    assert.strictEqual(api.tokenCounter.currentSummary?.tokens, repeatedA200kTokens);
    assert.strictEqual(api.tokenCounter.currentSummary?.model.encoding, 'o200k_base');
    console.log(`      200,000 x 'a': unsliced count ${baseline.toFixed(0)} ms, longest block while counting ${stall} ms`);
    assert.ok(baseline >= 40, `the unsliced count is long enough to tell slicing apart (${baseline.toFixed(0)} ms)`);
    assert.ok(stall < baseline / 2, `longest block ${stall} ms, unsliced count ${baseline.toFixed(0)} ms`);
  });

  it('counts a 5 MB document exactly after 20 edits, never blocking the host half as long as one full count', async () => {
    const line = 'export function cosine(a: number[], b: number[]): number { return dot(a, b) / (norm(a) * norm(b)); } // ünïcödé 🤖\n';
    const editor = await openEditor(line.repeat(Math.ceil((5 * 1024 * 1024) / line.length)), 'typescript');
    await api.tokenCounter.refresh();
    const baseline = unslicedCountMs(o200k, editor.document.getText());
    const stall = await longestStall(async () => {
      for (let index = 0; index < 20; index++) {
        await editor.edit((edit) => edit.insert(new vscode.Position(index % 3, 0), index % 2 === 0 ? 'x' : ' 🤖'));
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
      await api.tokenCounter.refresh();
    });
    const expected = o200k.count(editor.document.getText());
    console.log(`      5 MB document: full count ${baseline.toFixed(0)} ms, longest block over 20 edits ${stall} ms`);
    assert.strictEqual(api.tokenCounter.currentSummary?.tokens, expected, 'the count equals a full recount of the edited text');
    assert.ok(stall < baseline / 2, `longest block ${stall} ms, full count ${baseline.toFixed(0)} ms`);
  });
});
