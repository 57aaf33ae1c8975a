import * as assert from 'assert';
import path from 'node:path';
import type { Workbench } from '../harness/workbench';
import { frameWith, runCommand, waitForWorkbench } from './workbenchActions';

/**
 * A lesson diagram and the exam map as the learner sees them. Run in light, dark and high
 * contrast: the diagram's words must be painted in the theme's foreground color, not a fixed one.
 */
export async function lessonDiagramsScenario(workbench: Workbench, screenshotDir: string): Promise<void> {
  const { page } = workbench;
  await waitForWorkbench(page);
  await runCommand(page, 'Learn GenAI: Focus on Lessons View');
  const lessonItem = page.getByRole('treeitem', { name: /^Transformers and self-attention/ });
  await lessonItem.waitFor({ timeout: 30_000 });
  await lessonItem.click();
  const frame = await frameWith(page, 'figure.diagram[data-diagram="encoder-vs-decoder"] svg text');

  const figure = frame.locator('figure.diagram[data-diagram="encoder-vs-decoder"]');
  await figure.scrollIntoViewIfNeeded();
  await figure.locator('figcaption').waitFor({ state: 'visible' });
  assert.match(await figure.locator('figcaption').innerText(), /attend/);
  assert.ok(await figure.locator('svg text', { hasText: 'Decoder-only' }).isVisible(), 'the diagram shows its words');
  const colors = await figure.evaluate((element) => {
    const text = element.querySelector('svg text');
    return {
      text: text ? getComputedStyle(text).fill : '',
      foreground: getComputedStyle(document.body).color,
      background: getComputedStyle(document.body).backgroundColor,
    };
  });
  assert.strictEqual(colors.text, colors.foreground, 'diagram text uses the theme foreground');
  assert.notStrictEqual(colors.text, colors.background);
  await figure.screenshot({ path: path.join(screenshotDir, 'diagram-encoder-vs-decoder.png') });
  await page.screenshot({ path: path.join(screenshotDir, 'lesson-diagram.png') });

  const examMap = frame.locator('section.exam-map');
  await examMap.scrollIntoViewIfNeeded();
  assert.ok(await examMap.locator('tbody tr').count() >= 3, 'the exam map lists guide items');
  await examMap.screenshot({ path: path.join(screenshotDir, 'exam-map.png') });
}
