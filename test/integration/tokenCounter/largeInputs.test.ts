import * as assert from 'assert';
import * as vscode from 'vscode';
import type { LearnGenaiApi } from '../../../src/extension';
import { activateExtension, closeAllEditors, openEditor, resetModel } from '../support/extensionApi';

/**
 * 'a' x 200,000 in o200k_base, from gpt-tokenizer 4.0 (a reference implementation independent of
 * ours; js-tiktoken needs minutes on it). The engine's unit tests check the same run shape against
 * js-tiktoken at 10,000 characters.
 */
const repeatedA200kTokens = 25_000;

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

  before(async () => {
    api = await activateExtension();
    await resetModel();
  });

  afterEach(closeAllEditors);

  it('counts a selection of 200,000 repeated characters exactly, without a long block', async () => {
    const editor = await openEditor('a'.repeat(200_000));
    editor.selection = new vscode.Selection(0, 0, 0, 200_000);
    const started = Date.now();
    const stall = await longestStall(() => api.tokenCounter.refresh());
    const elapsed = Date.now() - started;
    assert.strictEqual(api.tokenCounter.currentSummary?.tokens, repeatedA200kTokens);
    assert.strictEqual(api.tokenCounter.currentSummary?.model.encoding, 'o200k_base');
    console.log(`      200,000 x 'a': ${elapsed} ms, longest block ${stall} ms`);
    assert.ok(elapsed < 10_000, `counted in ${elapsed} ms`);
  });

  it('keeps the extension host responsive while typing in a 5 MB document', async () => {
    const line = 'export function cosine(a: number[], b: number[]): number { return dot(a, b) / (norm(a) * norm(b)); } // ünïcödé 🤖\n';
    const editor = await openEditor(line.repeat(Math.ceil((5 * 1024 * 1024) / line.length)), 'typescript');
    await api.tokenCounter.refresh();
    const before = api.tokenCounter.currentSummary?.tokens ?? 0;
    assert.ok(before > 1_000_000, `a 5 MB document has over a million tokens (${before})`);
    const stall = await longestStall(async () => {
      for (let index = 0; index < 20; index++) {
        await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'x'));
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
      await api.tokenCounter.refresh();
    });
    console.log(`      5 MB document, 20 edits: longest block ${stall} ms`);
    assert.ok(stall < 1_000, `the host was never blocked for a second (longest ${stall} ms)`);
    assert.ok((api.tokenCounter.currentSummary?.tokens ?? 0) >= before, 'the count followed the edits');
  });
});
