// UI scenario: a practice exam in the real workbench, from the command's pickers to the scored
// review, and the attempt still known after a reload.
import * as assert from 'assert';
import path from 'node:path';
import type { Workbench } from '../harness/workbench';
import { frameWith, pickQuickInputRow, runCommand, uiTimeout, waitForWorkbench } from './workbenchActions';

export async function practiceExamScenario(workbench: Workbench, screenshotDir: string): Promise<void> {
  const { page } = workbench;
  await waitForWorkbench(page);
  await runCommand(page, 'View: Close All Editors');

  await runCommand(page, 'Learn GenAI: Start Practice Exam');
  await pickQuickInputRow(page, /^15 questions/);
  await pickQuickInputRow(page, /^No timer/);

  // Found by its content: another page of the extension (the Tokenizer or Chunks view) may be open too.
  const exam = await frameWith(page, '#exam-progress-text');
  const progress = exam.locator('.progress-text');
  await progress.filter({ hasText: /Question 1 of 15/ }).waitFor({ timeout: uiTimeout });
  await exam.locator('section.question').waitFor({ state: 'visible' });
  assert.strictEqual(await exam.locator('.explanation').count(), 0, 'no feedback while the exam runs');
  await page.screenshot({ path: path.join(screenshotDir, 'practice-exam-question.png') });

  await exam.getByRole('button', { name: 'Skip' }).click();
  await progress.filter({ hasText: /Question 2 of 15/ }).waitFor();
  await exam.getByRole('button', { name: 'End exam now' }).click();

  const score = exam.locator('.scaled-score');
  await score.waitFor({ state: 'visible', timeout: uiTimeout });
  assert.match((await score.textContent()) ?? '', /Scaled score: 100 of 1000 \(0 of 15 correct\)/);
  assert.strictEqual(await exam.locator('.review-entry').count(), 15, 'every question is reviewed');
  assert.ok((await exam.locator('.review-entry .explanation').count()) >= 15, 'the review shows explanations');
  await page.screenshot({ path: path.join(screenshotDir, 'practice-exam-result.png') });

  // The attempt is kept: after a reload the command's picker names the last score.
  await page.reload();
  await waitForWorkbench(page);
  await runCommand(page, 'Learn GenAI: Start Practice Exam');
  const input = page.locator('.quick-input-widget .quick-input-box input').first();
  await page.waitForFunction(
    (element) => (element as HTMLInputElement | null)?.placeholder.includes('Last attempt: 100 of 1000') === true,
    await input.elementHandle(),
    { timeout: uiTimeout },
  );
  await page.screenshot({ path: path.join(screenshotDir, 'practice-exam-history.png') });
  await page.keyboard.press('Escape');
}
