// UI scenario for the Chunks view, driven through the real workbench: the learner pastes a FAQ into
// an untitled editor, runs "Show Chunks for Document/Selection", changes the strategy in the view,
// walks the chunk list by keyboard and reveals a chunk in the editor.
import * as assert from 'node:assert/strict';
import path from 'node:path';
import type { Frame } from 'playwright-core';
import { sampleText } from '../../src/chunkingView/sampleDocuments';
import type { Workbench } from '../harness/workbench';
import { frameWith, runCommand, uiTimeout, waitForWorkbench } from './workbenchActions';

async function summaryText(view: Frame): Promise<string> {
  return (await view.locator('#summary').textContent()) ?? '';
}

/** Waits until the summary says something other than `before` (a new result arrived). */
async function nextSummary(view: Frame, before: string): Promise<string> {
  await view.waitForFunction((previous) => {
    const text = document.getElementById('summary')?.textContent ?? '';
    return text !== '' && text !== previous;
  }, before, { timeout: uiTimeout });
  return summaryText(view);
}

export async function chunksViewScenario(workbench: Workbench, screenshotDir: string): Promise<void> {
  const { page } = workbench;
  await waitForWorkbench(page);

  await runCommand(page, 'File: New Untitled Text File');
  await page.locator('.editor-instance .monaco-editor textarea, .editor-instance .monaco-editor .native-edit-context').first().waitFor({ state: 'attached', timeout: uiTimeout });
  await page.keyboard.insertText(sampleText('rag-faq-en'));
  await runCommand(page, 'Learn GenAI: Show Chunks for Document/Selection');

  // The side bar is narrow: fold the other Learn GenAI views so the Chunks view has the room.
  for (const other of ['Lessons', 'Tokenizer']) {
    const header = page.locator('.pane-header[aria-expanded="true"]', { hasText: new RegExp(`^${other}`) }).first();
    if (await header.isVisible().catch(() => false)) {
      await header.click();
    }
  }
  const view = await frameWith(page, '#chunk-list');
  await view.locator('.chunk-row').first().waitFor({ state: 'visible', timeout: uiTimeout });
  // LangChain's defaults on plain text: 1,000 characters, 200 overlap.
  assert.equal(await view.locator('h1').textContent(), 'Chunks', 'the page has a level-one heading named as the view');
  assert.equal(await view.locator('#strategy-kind').inputValue(), 'recursive');
  assert.equal(await view.locator('#field-chunkSize').inputValue(), '1000');
  const first = await summaryText(view);
  assert.match(first, /^\d+ /, `the summary counts the chunks: ${first}`);

  // TokenTextSplitter windows of 120 tokens with 20 of overlap: more chunks, and an overlap cost.
  await view.locator('#strategy-kind').selectOption('tokenSplitter');
  await nextSummary(view, first);
  const beforeSize = await summaryText(view);
  await view.locator('#field-chunkSize').fill('120');
  const afterSize = await nextSummary(view, beforeSize);
  await view.locator('#field-chunkOverlap').fill('20');
  const withOverlap = await nextSummary(view, afterSize);
  const chunkCount = Number(/^(\d+)/.exec(withOverlap)?.[1]);
  assert.ok(chunkCount >= 5, `120-token windows split the FAQ into several chunks: ${withOverlap}`);
  assert.ok(await view.locator('#overlap-cost').isVisible(), 'the overlap cost is shown');
  assert.ok(await view.locator('.histogram-chart .bar').count() > 0, 'a histogram of chunk sizes');
  assert.ok(await view.locator('#copy-langchain-python').isVisible(), 'LangChain code can be copied for this strategy');
  assert.ok(await view.locator('#copy-bedrock-json').isHidden(), 'Bedrock JSON is offered only for Bedrock strategies');

  // Keyboard: the list is one tab stop; arrows move, Enter selects the chunk in the editor.
  await view.locator('#chunk-list').focus();
  await page.keyboard.press('ArrowDown');
  assert.equal(await view.locator('#chunk-list').getAttribute('aria-activedescendant'), 'chunk-2');
  assert.equal(await view.locator('#chunk-2').getAttribute('aria-selected'), 'true');
  await page.keyboard.press('Enter');
  await page.locator('.editor-instance .monaco-editor .selected-text').first().waitFor({ state: 'attached', timeout: uiTimeout });

  // A bad parameter: an overlap as large as the size is refused with an explanation.
  const valid = await summaryText(view);
  await view.locator('#field-chunkOverlap').fill('120');
  await view.locator('.warning.error').waitFor({ state: 'visible', timeout: uiTimeout });
  assert.match((await view.locator('.warning.error').textContent()) ?? '', /overlap/i);
  await view.locator('#field-chunkOverlap').fill('20');
  await view.waitForFunction((previous) => document.getElementById('summary')?.textContent === previous, valid, { timeout: uiTimeout });

  // Bands and outlined overlaps in the editor, the view beside it.
  await page.mouse.move(5, 5);
  await page.screenshot({ path: path.join(screenshotDir, 'chunks-view.png') });
}
