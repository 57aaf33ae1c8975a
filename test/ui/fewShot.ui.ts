// UI scenario: the few-shot command in the real workbench: the summary QuickPick, then the preview.
import * as assert from 'assert';
import path from 'node:path';
import type { Workbench } from '../harness/workbench';
import { samplePromptFile } from './tokenCounter.ui';
import { runCommand, uiTimeout, waitForWorkbench } from './workbenchActions';

export async function fewShotScenario(workbench: Workbench, screenshotDir: string): Promise<void> {
  const { page } = workbench;
  await waitForWorkbench(page);
  await page.getByRole('treeitem', { name: new RegExp(samplePromptFile.replace('.', '\\.')) }).first().click({ timeout: uiTimeout });
  const editorLines = page.locator('.monaco-editor .view-lines').first();
  await editorLines.waitFor();
  await editorLines.click();
  await page.keyboard.press('Control+A');

  await runCommand(page, 'Learn GenAI: Convert Prompt to Few-Shot Template');
  const title = page.locator('.quick-input-widget .quick-input-title');
  await title.filter({ hasText: /examples?/ }).waitFor({ state: 'visible', timeout: uiTimeout });
  assert.strictEqual((await title.textContent())?.trim(), '2 examples · fields Q → A · 1 input');
  const focused = page.locator('.quick-input-widget .monaco-list-row.focused .label-name');
  assert.strictEqual((await focused.textContent())?.trim(), 'Keep all 2 examples found', 'the default keeps every example');
  await page.screenshot({ path: path.join(screenshotDir, 'fewshot-summary.png') });
  await page.keyboard.press('Enter');

  await title.filter({ hasText: 'Template format' }).waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');

  await title.filter({ hasText: 'Preview of the template' }).waitFor({ state: 'visible' });
  const previewTab = page.locator('.tabs-container .tab', { hasText: 'Few-shot template preview' });
  await previewTab.waitFor({ state: 'visible' });
  await page.locator('.editor-group-container').nth(1).locator('.view-lines', { hasText: 'Setup took five minutes' }).waitFor({ state: 'visible' });
  await page.screenshot({ path: path.join(screenshotDir, 'fewshot-preview.png') });
  await page.keyboard.press('Enter');

  // The template opens in a new editor; the preview goes away.
  await previewTab.waitFor({ state: 'detached' });
  await page.locator('.tabs-container .tab.active', { hasText: /Untitled/ }).waitFor({ state: 'visible' });
}
