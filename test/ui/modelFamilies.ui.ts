import * as assert from 'assert';
import path from 'node:path';
import type { Workbench } from '../harness/workbench';
import { hoverUntilShown, pickQuickInputRow, uiTimeout, waitForWorkbench } from './workbenchActions';

const itemSelector = '[id="learn-genai.learn-genai.learnGenai.tokenCount"]';

/**
 * The picker grouped by provider with Bedrock marked, then Claude Sonnet 4.5 picked from it: the
 * status bar says "≈ … tokens (estimate)" and its tooltip gives the measured error and the cost.
 */
export async function modelFamiliesScenario(workbench: Workbench, screenshotDir: string): Promise<void> {
  const { page } = workbench;
  const item = page.locator(itemSelector);
  await waitForWorkbench(page);
  await page.getByRole('treeitem', { name: /prompt\.md/ }).first().click({ timeout: uiTimeout });
  await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: uiTimeout });
  await page.waitForFunction((selector) => /\d/.test(document.querySelector(selector)?.textContent ?? ''), itemSelector, { timeout: uiTimeout });
  assert.ok(!((await item.textContent()) ?? '').includes('≈'), 'GPT-5 (the default) counts exactly');

  await item.click();
  const picker = page.locator('.quick-input-widget');
  await picker.waitFor({ state: 'visible', timeout: uiTimeout });
  await picker.getByText('Anthropic', { exact: true }).first().waitFor({ timeout: uiTimeout });
  await page.screenshot({ path: path.join(screenshotDir, 'model-picker-providers.png') });
  await page.keyboard.type('Claude Sonnet 4.5');
  await picker.getByText(/Bedrock/).first().waitFor({ timeout: uiTimeout });
  // The row itself, once the filtered list has settled (Enter at once could take a row the filter had not yet removed).
  await pickQuickInputRow(page, /^Claude Sonnet 4\.5$/);
  await page.waitForFunction((selector) => /≈ [\d,.]+ tokens \(estimate\)/.test(document.querySelector(selector)?.textContent ?? ''), itemSelector, { timeout: uiTimeout });

  // The pointer is still on the item it clicked to open the picker: it leaves and comes back.
  const hover = page.locator('.workbench-hover:visible, .monaco-hover:not(.hidden)').filter({ hasText: /as input/ }).first();
  await hoverUntilShown(page, item, hover);
  const hoverText = (await hover.textContent()) ?? '';
  assert.ok(hoverText.includes('% of the real count'), 'the tooltip gives the measured error');
  assert.ok(hoverText.includes('prices of 2026-12-01'), 'the tooltip dates the prices');
  await page.screenshot({ path: path.join(screenshotDir, 'token-counter-estimate.png') });
}
