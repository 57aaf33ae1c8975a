// UI scenario for the Tokenizer view, driven through the real workbench: the learner types a
// sentence in an untitled editor, selects it, runs "Show Tokens for Selection", and reads the view.
import * as assert from 'node:assert/strict';
import path from 'node:path';
import type { Frame } from 'playwright-core';
import type { Workbench } from '../harness/workbench';
import { referenceCount } from '../integration/support/referenceTokenizer';
import { frameWith, runCommand, waitForWorkbench } from './workbenchActions';

/** ASCII only, so every token is one element; the spaces and digits split differently in r50k_base. */
const sentence = 'Tokenizers split 12345 words    into tokens.';

const timeout = 30_000;

/** The Tokenizer view's page: found by its content, since the Chunks view's page may be open beside it. */
export function tokenizerFrame(page: Workbench['page']): Promise<Frame> {
  return frameWith(page, '.pane[data-side="main"]', timeout);
}

export async function tokenizerViewScenario(workbench: Workbench, screenshotDir: string): Promise<void> {
  const { page } = workbench;
  await waitForWorkbench(page);

  await runCommand(page, 'File: New Untitled Text File');
  await page.locator('.editor-instance .monaco-editor textarea, .editor-instance .monaco-editor .native-edit-context').first().waitFor({ state: 'attached', timeout });
  await page.keyboard.type(sentence);
  await page.keyboard.press('Control+A');
  await runCommand(page, 'Learn GenAI: Show Tokens for Selection');

  const view = await tokenizerFrame(page);
  const main = '.pane[data-side="main"] [role="option"]';
  const compare = '.pane[data-side="compare"] [role="option"]';
  await view.locator(main).first().waitFor({ state: 'visible', timeout });
  const mainCount = view.locator('#stat-tokens-main[data-count]');
  await mainCount.waitFor({ timeout });

  // Every token of the selection is drawn, and together they spell the selection.
  const count = Number(await mainCount.getAttribute('data-count'));
  assert.equal(count, referenceCount(sentence, 'o200k_base'), 'the default model (o200k_base) counts as js-tiktoken does');
  assert.equal(await view.locator(main).count(), count, 'one element per token');
  assert.equal(await view.locator('.pane[data-side="main"] .tokens').textContent(), sentence);
  assert.equal(await view.locator('#pin').getAttribute('aria-pressed'), 'true', 'the command pins the selection');
  assert.equal(await view.locator('h1').textContent(), 'Tokenizer', 'the page has a level-one heading named as the view');

  // Ids instead of text.
  await view.locator('#show-ids').check();
  const idTexts = await view.locator(main).allTextContents();
  assert.ok(idTexts.every((text) => /^\d+$/.test(text)), `every token shows its id: ${idTexts.join(' | ')}`);
  await view.locator('#show-ids').uncheck();

  // A second encoding side by side, with its own count.
  await view.locator('#compare').selectOption('r50k_base');
  const compareCount = view.locator('#stat-tokens-compare[data-count]');
  await compareCount.waitFor({ timeout });
  const secondCount = Number(await compareCount.getAttribute('data-count'));
  assert.equal(await view.locator(compare).count(), secondCount, 'one element per token in the second encoding');
  assert.equal(secondCount, referenceCount(sentence, 'r50k_base'), 'r50k_base counts as js-tiktoken does');
  assert.equal(Number(await view.locator('#stat-tokens-main').getAttribute('data-count')), count, 'the first count stays');
  assert.ok(await view.locator('#differing-boundaries').isVisible(), 'the differing boundaries are counted');
  assert.ok(await view.locator('.token.differs').count() > 0, 'tokens whose boundaries differ are marked');

  // A click on a token takes the focus there (the detail panel, growing as the pointer enters a
  // token, once covered the tokens and took the click); one tab stop, and ArrowRight moves to the
  // next token with the details following.
  await view.locator(`${main}[data-index="2"]`).click();
  await view.waitForFunction((selector) => document.activeElement === document.querySelector(selector), `${main}[data-index="2"]`, { timeout });
  assert.equal(await view.locator(`${main}[data-index="2"]`).getAttribute('tabindex'), '0', 'the clicked token is the tab stop');
  assert.match((await view.locator('#details h3').textContent()) ?? '', /^Token 3 of \d+$/, 'the detail panel describes the clicked (third) token');
  await page.keyboard.press('ArrowRight');
  await view.waitForFunction((selector) => document.activeElement === document.querySelector(selector), `${main}[data-index="3"]`, { timeout });
  assert.equal(await view.locator(`${main}[data-index="3"]`).getAttribute('tabindex'), '0');
  assert.equal(await view.locator(`${main}[data-index="2"]`).getAttribute('tabindex'), '-1');
  assert.match((await view.locator('#details h3').textContent()) ?? '', /^Token 4 of \d+$/, 'the detail panel describes the focused (fourth) token');

  await page.screenshot({ path: path.join(screenshotDir, 'tokenizer-view.png') });
}
