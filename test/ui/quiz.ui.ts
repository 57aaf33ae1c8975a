// UI scenario: take a lesson quiz in the real workbench, by mouse and by keyboard, to its summary.
import * as assert from 'assert';
import path from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import type { Workbench } from '../harness/workbench';
import { runCommand, waitForWorkbench } from './workbenchActions';

const webviewSelector = 'iframe.webview.ready[src*="extensionId=learn-genai.learn-genai"]';

/** The quiz page's document, inside the webview's outer and inner frames. */
function quizFrame(page: Page): FrameLocator {
  return page.frameLocator(webviewSelector).last().frameLocator('#active-frame');
}

export async function quizScenario(workbench: Workbench, screenshotDir: string): Promise<void> {
  const { page } = workbench;
  await waitForWorkbench(page);
  await runCommand(page, 'View: Close All Editors');

  await runCommand(page, 'Learn GenAI: Take Quiz');
  // The lesson picker reuses the quick input; its title names the quiz ("Take Quiz" / "Fazer o Quiz").
  await page.locator('.quick-input-widget .quick-input-title', { hasText: /Quiz/ }).waitFor({ state: 'visible' });
  await page.locator('.quick-input-widget .monaco-list-row').first().waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');

  const quiz = quizFrame(page);
  const progress = quiz.locator('.progress-text');
  await progress.filter({ hasText: /1\D+\d+/ }).waitFor({ timeout: 30_000 });
  const total = Number((await progress.textContent())?.match(/(\d+)\D*$/)?.[1]);
  assert.ok(total > 1, `the quiz has several questions (${total})`);
  const action = quiz.locator('button.action-button');

  // Question 1, by mouse: the first entry, then Submit.
  await answerByMouse(quiz);
  await page.screenshot({ path: path.join(screenshotDir, 'quiz-question.png') });
  await action.click();
  await quiz.locator('.explanation').first().waitFor({ state: 'visible' });
  assert.ok((await quiz.locator('.explanation').count()) > 1, 'every option shows its explanation');
  await quiz.locator('.review-link').waitFor({ state: 'visible' });
  assert.match((await quiz.locator('.verdict-line').textContent()) ?? '', /Correct|Incorrect|Correto|Incorreto/);
  await page.screenshot({ path: path.join(screenshotDir, 'quiz-feedback.png') });
  await action.click();

  // Question 2, by keyboard: a number key, Enter to submit, Enter again to go on.
  await progress.filter({ hasText: /^\D*2\D/ }).waitFor();
  await answerByKeyboard(page, quiz);
  await page.keyboard.press('Enter');
  await quiz.locator('.explanation').first().waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');

  // The rest: the first option(s) each time.
  for (let number = 3; number <= total; number++) {
    await progress.filter({ hasText: new RegExp(`^\\D*${number}\\D`) }).waitFor();
    await answerByMouse(quiz);
    await action.click();
    await quiz.locator('.explanation').first().waitFor({ state: 'visible' });
    await action.click();
  }

  const score = quiz.locator('.summary .score');
  await score.waitFor({ state: 'visible' });
  assert.match((await score.textContent()) ?? '', /\d+\s?%/);
  assert.strictEqual(await quiz.locator('.summary-table tbody tr').count(), total);
  await page.screenshot({ path: path.join(screenshotDir, 'quiz-summary.png') });

  // The score is saved: after a reload of the workbench the Lessons view still shows it.
  const percent = ((await score.textContent()) ?? '').match(/\d+\s?%/)![0];
  const lessonTitle = ((await quiz.locator('h1, .quiz-title').first().textContent()) ?? '').replace(/^[^:]*:\s*/, '').trim();
  await page.reload();
  await waitForWorkbench(page);
  await runCommand(page, 'Learn GenAI: Focus on Lessons View');
  const escaped = lessonTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await page.getByRole('treeitem', { name: new RegExp(`^${escaped},.*${percent.replace(/\s/, '\\s?')}`) }).waitFor({ timeout: 30_000 });
}

/** Gives a complete answer of whatever kind is on screen, with the mouse. */
async function answerByMouse(quiz: FrameLocator): Promise<void> {
  const question = quiz.locator('section.question');
  await question.waitFor({ state: 'visible' });
  const kind = await question.getAttribute('data-kind');
  if (kind === 'single') {
    await quiz.locator('.choice-label').first().click();
  } else if (kind === 'multiple') {
    const choose = Number((await quiz.locator('.instructions.choose').textContent())?.match(/\d+/)?.[0] ?? '1');
    for (let index = 0; index < choose; index++) {
      await quiz.locator('.choice-label').nth(index).click();
    }
  } else if (kind === 'ordering') {
    await quiz.locator('.ordering-buttons button').nth(1).click();
  } else if (kind === 'matching') {
    const selects = quiz.locator('.match-row select');
    const count = await selects.count();
    for (let index = 0; index < count; index++) {
      await selects.nth(index).selectOption({ index: index + 1 });
    }
  }
}

/** The number keys: choose (or toggle) entries; ordering and matching fall back to the mouse. */
async function answerByKeyboard(page: Page, quiz: FrameLocator): Promise<void> {
  const kind = await quiz.locator('section.question').getAttribute('data-kind');
  if (kind === 'single') {
    await page.keyboard.press('1');
  } else if (kind === 'multiple') {
    const choose = Number((await quiz.locator('.instructions.choose').textContent())?.match(/\d+/)?.[0] ?? '1');
    for (let index = 1; index <= choose; index++) {
      await page.keyboard.press(String(index));
    }
  } else {
    await answerByMouse(quiz);
    await quiz.locator('.prompt').focus();
  }
}
