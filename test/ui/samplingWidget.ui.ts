import * as assert from 'assert';
import path from 'node:path';
import type { Workbench } from '../harness/workbench';
import { frameWith, runCommand, uiTimeout, waitForWorkbench } from './workbenchActions';

/**
 * The "Inference parameters" lesson's sampling widget, driven from the keyboard as a learner would:
 * lowering the temperature sharpens the distribution, lowering top-p cuts tokens. Expected numbers
 * come from Python's math.exp (softmax of logits / T), not from the widget's own code.
 */
export async function samplingWidgetScenario(workbench: Workbench, screenshotDir: string): Promise<void> {
  const { page } = workbench;
  await waitForWorkbench(page);
  await runCommand(page, 'Learn GenAI: Focus on Lessons View');
  const lessonItem = page.getByRole('treeitem', { name: /^Inference parameters/ });
  await lessonItem.waitFor({ timeout: 30_000 });
  await lessonItem.click();
  const frame = await frameWith(page, 'figure.sampling-widget.hydrated');
  const widget = frame.locator('figure.sampling-widget');
  await widget.scrollIntoViewIfNeeded();
  const probabilityOf = (token: string) => widget.locator('tr', { hasText: token }).locator('td.sampling-probability');
  const summary = widget.locator('.sampling-summary');

  assert.strictEqual(await probabilityOf('" coffee"').innerText(), '48.0%');
  assert.strictEqual(await probabilityOf('" nap"').innerText(), '0.9%');
  await widget.screenshot({ path: path.join(screenshotDir, 'sampling-widget-start.png') });

  // Ten presses of the left arrow move the temperature from 1 to 0.5 (step 0.05).
  const temperature = widget.getByLabel('Temperature');
  await temperature.focus();
  for (let press = 0; press < 10; press++) {
    await temperature.press('ArrowLeft');
  }
  assert.strictEqual(await temperature.inputValue(), '0.5');
  await probabilityOf('" coffee"').filter({ hasText: '72.9%' }).waitFor({ timeout: uiTimeout });
  assert.strictEqual(await probabilityOf('" walk"').innerText(), '14.7%');

  // Top-p 0.9 at T = 0.5 keeps the three tokens whose probabilities reach 97.5%.
  const topP = widget.getByLabel('Top-p');
  await topP.focus();
  await topP.press('ArrowLeft');
  await topP.press('ArrowLeft');
  assert.strictEqual(await topP.inputValue(), '0.9');
  await summary.filter({ hasText: 'keeps 3 of 6' }).waitFor({ timeout: uiTimeout });
  assert.ok(await widget.locator('tr.cut', { hasText: '" pizza"' }).isVisible(), 'pizza is cut by top-p');

  const colors = await widget.evaluate((element) => ({
    bar: getComputedStyle(element.querySelector('.sampling-bar')!).backgroundColor,
    background: getComputedStyle(document.body).backgroundColor,
    text: getComputedStyle(element).color,
    foreground: getComputedStyle(document.body).color,
  }));
  assert.notStrictEqual(colors.bar, colors.background, 'the bars stand out from the page');
  assert.strictEqual(colors.text, colors.foreground, 'the widget text uses the theme foreground');
  await widget.screenshot({ path: path.join(screenshotDir, 'sampling-widget.png') });
}
