import * as assert from 'assert';
import path from 'node:path';
import type { Workbench } from '../harness/workbench';
import { frameWith, runCommand, uiTimeout, waitForWorkbench } from './workbenchActions';

/** The Lessons view and a lesson page as a learner sees them; read state survives a reload. */
export async function lessonsScenario(workbench: Workbench, screenshotDir: string): Promise<void> {
  const { page } = workbench;
  await waitForWorkbench(page);
  await runCommand(page, 'Learn GenAI: Focus on Lessons View');
  const lessonItem = page.getByRole('treeitem', { name: /^Transformers and self-attention/ });
  await lessonItem.waitFor({ timeout: uiTimeout });
  await lessonItem.click();
  const frame = await frameWith(page, 'h1#transformers-and-self-attention');
  assert.ok(await frame.locator('pre code').count() >= 1, 'the lesson shows a code block');
  await page.screenshot({ path: path.join(screenshotDir, 'lesson.png') });

  // Scrolling to the end marks the lesson read; the tree says so, and still does after a reload.
  await frame.locator('.end-sentinel').scrollIntoViewIfNeeded();
  await frame.locator('body').press('End');
  await page.getByRole('treeitem', { name: /^Transformers and self-attention, Read/ }).waitFor({ timeout: uiTimeout });
  await page.screenshot({ path: path.join(screenshotDir, 'lesson-end.png') });
  await page.reload();
  await waitForWorkbench(page);
  await runCommand(page, 'Learn GenAI: Focus on Lessons View');
  await page.getByRole('treeitem', { name: /^Transformers and self-attention, Read/ }).waitFor({ timeout: uiTimeout });

  // A try-it button runs its command: this one turns a sample prompt into a chat-messages template.
  await page.getByRole('treeitem', { name: /^Prompt engineering/ }).click();
  const tryIt = (await frameWith(page, 'button.try-it[data-command="learnGenai.convertToFewShot"]')).locator('button.try-it[data-command="learnGenai.convertToFewShot"]').first();
  await tryIt.click();
  await page.locator('.monaco-editor .view-lines').filter({ hasText: '"role"' }).first().waitFor({ timeout: uiTimeout });
  await page.screenshot({ path: path.join(screenshotDir, 'try-it-few-shot.png') });
}
