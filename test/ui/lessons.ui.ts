import * as assert from 'assert';
import path from 'node:path';
import type { Workbench } from '../harness/workbench';

const webview = (workbench: Workbench) =>
  workbench.page.frameLocator('iframe.webview.ready[src*="extensionId=learn-genai.learn-genai"]').frameLocator('#active-frame');

/** The Lessons view and a lesson page as a learner sees them; read state survives a reload. */
export async function lessonsScenario(workbench: Workbench, screenshotDir: string): Promise<void> {
  const { page } = workbench;
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.activitybar [aria-label^="Learn GenAI"]').first().click({ timeout: 30_000 });
  const lessonItem = page.getByRole('treeitem', { name: /^Transformers and self-attention/ });
  await lessonItem.waitFor({ timeout: 30_000 });
  await lessonItem.click();
  const frame = webview(workbench);
  await frame.locator('h1#transformers-and-self-attention').waitFor({ timeout: 30_000 });
  assert.ok(await frame.locator('pre code').count() >= 1, 'the lesson shows a code block');
  await page.screenshot({ path: path.join(screenshotDir, 'lesson.png') });

  // Scrolling to the end marks the lesson read; the tree says so, and still does after a reload.
  await frame.locator('.end-sentinel').scrollIntoViewIfNeeded();
  await frame.locator('body').press('End');
  await page.getByRole('treeitem', { name: /^Transformers and self-attention, Read/ }).waitFor({ timeout: 15_000 });
  await page.screenshot({ path: path.join(screenshotDir, 'lesson-end.png') });
  await page.reload();
  await page.locator('.activitybar [aria-label^="Learn GenAI"]').first().waitFor({ timeout: 60_000 });
  const restored = page.getByRole('treeitem', { name: /^Transformers and self-attention, Read/ });
  if (!(await restored.isVisible().catch(() => false))) {
    await page.locator('.activitybar [aria-label^="Learn GenAI"]').first().click();
  }
  await restored.waitFor({ timeout: 30_000 });

  // A try-it button runs its command: this one turns a sample prompt into a chat-messages template.
  await page.getByRole('treeitem', { name: /^Prompt engineering/ }).click();
  const tryIt = webview(workbench).locator('button.try-it[data-command="learnGenai.convertToFewShot"]').first();
  await tryIt.waitFor({ timeout: 30_000 });
  await tryIt.click();
  await page.locator('.monaco-editor .view-lines').filter({ hasText: '"role"' }).first().waitFor({ timeout: 15_000 });
  await page.screenshot({ path: path.join(screenshotDir, 'try-it-few-shot.png') });
}
