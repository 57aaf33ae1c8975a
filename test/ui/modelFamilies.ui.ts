import * as assert from 'assert';
import path from 'node:path';
import type { Workbench } from '../harness/workbench';

const itemSelector = '[id="learn-genai.learn-genai.learnGenai.tokenCount"]';

/**
 * The picker grouped by provider with Bedrock marked, then Claude Sonnet 4.5 picked from it: the
 * status bar says "≈ … tokens (estimate)" and its tooltip gives the measured error and the cost.
 */
export async function modelFamiliesScenario(workbench: Workbench, screenshotDir: string): Promise<void> {
  const { page } = workbench;
  const item = page.locator(itemSelector);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.getByRole('treeitem', { name: /prompt\.md/ }).first().click({ timeout: 30_000 });
  await page.locator('.monaco-editor .view-lines').first().waitFor();
  await page.waitForFunction((selector) => /\d/.test(document.querySelector(selector)?.textContent ?? ''), itemSelector, { timeout: 30_000 });
  assert.ok(!((await item.textContent()) ?? '').includes('≈'), 'GPT-5 (the default) counts exactly');

  await item.click();
  const picker = page.locator('.quick-input-widget');
  await picker.waitFor({ state: 'visible' });
  await picker.getByText('Anthropic', { exact: true }).first().waitFor({ timeout: 10_000 });
  await page.screenshot({ path: path.join(screenshotDir, 'model-picker-providers.png') });
  await page.keyboard.type('Claude Sonnet 4.5');
  await picker.getByText(/Bedrock/).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
  await page.waitForFunction((selector) => /≈ [\d,.]+ tokens \(estimate\)/.test(document.querySelector(selector)?.textContent ?? ''), itemSelector, { timeout: 15_000 });

  await item.hover();
  const hover = page.locator('.workbench-hover:visible, .monaco-hover:not(.hidden)').first();
  await hover.waitFor({ timeout: 10_000 });
  await hover.getByText(/as input/).first().waitFor({ timeout: 10_000 });
  const hoverText = (await hover.textContent()) ?? '';
  assert.ok(hoverText.includes('% of the real count'), 'the tooltip gives the measured error');
  assert.ok(hoverText.includes('prices of 2026-12-01'), 'the tooltip dates the prices');
  await page.screenshot({ path: path.join(screenshotDir, 'token-counter-estimate.png') });
}
