// What a user does in the workbench, shared by the UI scenarios.
import type { Frame, FrameLocator, Locator, Page } from 'playwright-core';

export const uiTimeout = 30_000;

/** The page of this extension's webview (the lesson, quiz or tokenizer page on screen). */
export function extensionWebview(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready[src*="extensionId=learn-genai.learn-genai"]').frameLocator('#active-frame');
}

/** Waits until the workbench is loaded with this extension's contributions (its activity bar entry). */
export async function waitForWorkbench(page: Page): Promise<void> {
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
  await page.locator('.activitybar [aria-label^="Learn GenAI"]').first().waitFor({ state: 'visible', timeout: 60_000 });
}

/** Opens the command palette (F1) and types `>label`. */
async function openPalette(page: Page, label: string): Promise<void> {
  const input = page.locator('.quick-input-widget .quick-input-box input').first();
  // A webview (the Welcome page, a lesson) can hold the keyboard focus and swallow F1: then focus
  // the workbench itself and ask again.
  for (let attempt = 0; ; attempt++) {
    await page.keyboard.press('F1');
    if (await input.waitFor({ state: 'visible', timeout: 10_000 }).then(() => true, () => false)) {
      break;
    }
    if (attempt === 3) {
      throw new Error(`The command palette did not open to run "${label}".`);
    }
    await page.locator('.part.statusbar').click({ position: { x: 400, y: 5 } });
  }
  await input.fill(`>${label}`);
}

interface QuickInputRow {
  readonly label: string;
  readonly index: number;
  readonly focused: boolean;
}

/** The quick input's rows as the list holds them now (virtual list: `data-index` is the row's place). */
function quickInputRows(page: Page): Promise<QuickInputRow[]> {
  return page.locator('.quick-input-widget .monaco-list-row').evaluateAll((rows) => rows.map((row) => ({
    label: row.querySelector('.label-name')?.textContent?.trim() ?? '',
    index: Number(row.getAttribute('data-index')),
    focused: row.classList.contains('focused'),
  })));
}

/**
 * Waits until the quick input's list shows a row matching `label` and has stopped changing (two
 * reads 250 ms apart agree): on a busy machine the list re-renders while results arrive, and a row
 * found mid-render can be replaced before a click lands.
 */
async function settledRow(page: Page, label: RegExp, timeout: number): Promise<QuickInputRow> {
  const deadline = Date.now() + timeout;
  let previous = '';
  for (;;) {
    const rows = await quickInputRows(page);
    const shown = JSON.stringify(rows.map((row) => [row.label, row.index]));
    const match = rows.find((row) => label.test(row.label));
    if (match && shown === previous) {
      return match;
    }
    if (Date.now() > deadline) {
      throw new Error(`The quick input shows no row matching ${String(label)} (rows: ${rows.map((row) => row.label).join(' | ')})`);
    }
    previous = shown;
    await page.waitForTimeout(250);
  }
}

/**
 * Picks the quick input row matching `label` with the keyboard (arrow keys to it, then Enter):
 * keys go to the list whatever it re-renders, where a click can land on a replaced row. Resolves
 * once the quick input closed or changed to its next step; false when the row could not be picked.
 */
async function pickSettledRow(page: Page, label: RegExp, timeout: number): Promise<boolean> {
  const target = await settledRow(page, label, timeout);
  for (let step = 0; step < 100; step++) {
    const focused = (await quickInputRows(page)).find((row) => row.focused);
    if (focused?.index === target.index || (focused === undefined && target.index === 0)) {
      break;
    }
    await page.keyboard.press(focused !== undefined && focused.index > target.index ? 'ArrowUp' : 'ArrowDown');
  }
  const chosen = (await quickInputRows(page)).find((row) => row.focused) ?? (await quickInputRows(page))[0];
  if (!chosen || !label.test(chosen.label)) {
    return false;
  }
  await page.keyboard.press('Enter');
  return true;
}

/** Picks the row matching `label` in the open quick input (a picker a command showed); retries once if the list changed under it. */
export async function pickQuickInputRow(page: Page, label: RegExp): Promise<void> {
  if (!(await pickSettledRow(page, label, uiTimeout)) && !(await pickSettledRow(page, label, uiTimeout))) {
    throw new Error(`Could not pick the quick input row ${String(label)}.`);
  }
}

/** Runs a command from the palette (F1), picking the row whose label is exactly `label`; retries once from a fresh palette. */
export async function runCommand(page: Page, label: string): Promise<void> {
  const exactLabel = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  for (let attempt = 0; attempt < 2; attempt++) {
    await openPalette(page, label);
    if (await pickSettledRow(page, exactLabel, uiTimeout).catch(() => false)) {
      return;
    }
    await page.keyboard.press('Escape');
  }
  throw new Error(`Could not run "${label}" from the command palette.`);
}

/**
 * The frame, among all of the page's (webviews nest two deep), that holds `selector`: for pages of
 * which several webviews of this extension are open at once, e.g. a lesson beside the Tokenizer view.
 */
export async function frameWith(page: Page, selector: string, timeout = uiTimeout): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    for (const frame of page.frames()) {
      if (await frame.locator(selector).count().catch(() => 0)) {
        return frame;
      }
    }
    if (Date.now() > deadline) {
      throw new Error(`No frame shows ${selector}`);
    }
    await page.waitForTimeout(200);
  }
}

/**
 * Points at `target` until `hover` shows. A hover opens on the pointer entering its target: when
 * the pointer is already there (it just clicked the target, as a status bar item) or the hover
 * closed on a re-render, hovering again sends no new event, so the pointer leaves first each time.
 */
export async function hoverUntilShown(page: Page, target: Locator, hover: Locator, attempts = 3): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await page.mouse.move(0, 0);
    await target.hover();
    if (await hover.waitFor({ state: 'visible', timeout: attempt < attempts ? 10_000 : uiTimeout }).then(() => true, () => false)) {
      return;
    }
    if (attempt === attempts) {
      throw new Error(`No hover ${hover.toString()} after pointing at ${target.toString()} ${attempts} times.`);
    }
  }
}
