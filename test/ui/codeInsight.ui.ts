import * as assert from 'assert';
import path from 'node:path';
import type { Workbench } from '../harness/workbench';
import { hoverUntilShown, pickQuickInputRow, runCommand, uiTimeout, waitForWorkbench } from './workbenchActions';

/**
 * Code insight as a learner meets it: the walkthrough's sample file, a hover over `temperature`
 * with the glossary entry and the value note, the token lens above the prompt, then the Get Started
 * walkthrough page with the hover step checked.
 */
export async function codeInsightScenario(workbench: Workbench, screenshotDir: string): Promise<void> {
  const { page } = workbench;
  await waitForWorkbench(page);
  await runCommand(page, 'Learn GenAI: Open a Sample GenAI File');
  const editor = page.locator('.monaco-editor .view-lines').first();
  await editor.locator('.view-line', { hasText: 'temperature=1.4' }).waitFor({ timeout: uiTimeout });

  // The token lens above the system prompt.
  const lens = page.locator('.monaco-editor .codelens-decoration', { hasText: '≈' }).first();
  await lens.waitFor({ timeout: uiTimeout });
  assert.match((await lens.textContent()) ?? '', /≈ \d+ tokens · GPT-5/);

  // Hover the keyword argument `temperature` (its own token in the Python grammar).
  const word = editor.locator('.view-line span span', { hasText: /^temperature$/ }).first();
  const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'Open lesson section' }).first();
  await hoverUntilShown(page, word, hover);
  const text = ((await hover.textContent()) ?? '').replace(/\u00a0/g, ' ');
  assert.ok(text.includes('Temperature'), `the glossary term in: ${text}`);
  assert.ok(text.includes('temperature 1.4: above 1 most providers make output noticeably random'), `the value note in: ${text}`);
  assert.ok(text.includes('Quiz me on this'), text);
  await page.screenshot({ path: path.join(screenshotDir, 'code-insight-hover.png') });
  await page.mouse.move(0, 0);

  // The walkthrough page, with the hover step done.
  await runCommand(page, 'Welcome: Open Walkthrough...');
  await pickQuickInputRow(page, /Get Started with Learn GenAI/);
  const container = page.locator('.gettingStartedContainer').first();
  await container.locator('text=Get Started with Learn GenAI').first().waitFor({ timeout: uiTimeout });
  // Any container: the Welcome page can hold more than one, and the first need not be this walkthrough's.
  const hoverStep = page.locator('.gettingStartedContainer [data-step-id$="#hoverParameter"]');
  await hoverStep.first().waitFor({ timeout: uiTimeout });
  // The step is checked although the walkthrough page (and VS Code's walkthrough service behind it)
  // opened only after the hover: the case where the context key alone never completed it.
  await page.locator('.gettingStartedContainer [data-done-step-id$="#hoverParameter"][aria-checked="true"].codicon-getting-started-step-checked').first().waitFor({ state: 'attached', timeout: uiTimeout });
  await page.screenshot({ path: path.join(screenshotDir, 'walkthrough.png') });
}
