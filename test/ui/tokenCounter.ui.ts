import * as assert from 'assert';
import path from 'node:path';
import { Tiktoken } from 'js-tiktoken/lite';
import o200k from 'js-tiktoken/ranks/o200k_base';
import r50k from 'js-tiktoken/ranks/r50k_base';
import type { Locator } from 'playwright-core';
import type { Workbench } from '../harness/workbench';
import { hoverUntilShown, pickQuickInputRow, uiTimeout, waitForWorkbench } from './workbenchActions';

export const samplePromptFile = 'prompt.md';
export const samplePrompt = `Classifique o sentimento da avaliação como positivo ou negativo.

Q: The battery lasts all day and the screen is gorgeous.
A: positive

Q: It stopped working after a week.
A: negative

Q: Setup took five minutes and it just works.
A:
`;
const firstLine = samplePrompt.split('\n')[0];

/** The status bar counter as a user sees it: a count for a selection, the picker, a new count. */
export async function tokenCounterScenario(workbench: Workbench, screenshotDir: string): Promise<void> {
  const { page } = workbench;
  const item = page.locator('[id="learn-genai.learn-genai.learnGenai.tokenCount"]');
  await waitForWorkbench(page);
  // Open the sample file through the Explorer, as a user would.
  await page.getByRole('treeitem', { name: /prompt\.md/ }).first().click({ timeout: uiTimeout });
  await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: uiTimeout });
  await item.waitFor({ timeout: uiTimeout });
  await page.waitForFunction((selector) => /\d/.test(document.querySelector(selector)?.textContent ?? ''), '[id="learn-genai.learn-genai.learnGenai.tokenCount"]', { timeout: uiTimeout });
  const whole = await countIn(item);
  assert.strictEqual(whole, new Tiktoken(o200k).encode(samplePrompt).length, 'the whole document, in o200k_base');

  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Shift+End');
  await page.waitForFunction(
    ([selector, before]) => {
      const text = document.querySelector(selector)?.textContent ?? '';
      const count = Number(text.replace(/[^0-9]/g, ''));
      return count > 0 && count < Number(before);
    },
    ['[id="learn-genai.learn-genai.learnGenai.tokenCount"]', String(whole)] as const,
    { timeout: uiTimeout },
  );
  assert.strictEqual(await countIn(item), new Tiktoken(o200k).encode(firstLine).length, 'the first line, in o200k_base (GPT-5)');
  await hoverUntilShown(page, item, page.locator('.workbench-hover:visible, .monaco-hover:not(.hidden)').first());
  await page.screenshot({ path: path.join(screenshotDir, 'token-counter.png') });

  await item.click();
  const picker = page.locator('.quick-input-widget');
  await picker.waitFor({ state: 'visible', timeout: uiTimeout });
  await page.keyboard.type('GPT-2');
  await page.screenshot({ path: path.join(screenshotDir, 'model-picker.png') });
  // The row itself once the filtered list settled: Enter at once could take a row the filter had not yet removed.
  await pickQuickInputRow(page, /^GPT-2 \(2019\)$/);
  await page.waitForFunction(
    ([selector, expected]) => Number((document.querySelector(selector)?.textContent ?? '').replace(/[^0-9]/g, '')) === Number(expected),
    ['[id="learn-genai.learn-genai.learnGenai.tokenCount"]', String(new Tiktoken(r50k).encode(firstLine).length)] as const,
    { timeout: uiTimeout },
  );
}

async function countIn(item: Locator): Promise<number> {
  const text = (await item.textContent()) ?? '';
  return Number(text.replace(/[^0-9]/g, ''));
}
