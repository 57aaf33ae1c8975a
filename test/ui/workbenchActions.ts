// What a user does in the workbench, shared by the UI scenarios.
import type { Frame, FrameLocator, Page } from 'playwright-core';

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

/** Runs a command from the palette (F1), picking the row whose label is exactly `label`. */
export async function runCommand(page: Page, label: string): Promise<void> {
  const input = page.locator('.quick-input-widget .quick-input-box input').first();
  // A webview (the Welcome page, a lesson) can hold the keyboard focus and swallow F1: then focus
  // the workbench itself and ask again.
  for (let attempt = 0; ; attempt++) {
    await page.keyboard.press('F1');
    if (await input.waitFor({ state: 'visible', timeout: 5_000 }).then(() => true, () => false)) {
      break;
    }
    if (attempt === 3) {
      throw new Error(`The command palette did not open to run "${label}".`);
    }
    await page.locator('.part.statusbar').click({ position: { x: 400, y: 5 } });
  }
  await input.fill(`>${label}`);
  const exactLabel = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  const row = page.locator('.quick-input-widget .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: exactLabel }) }).first();
  await row.waitFor({ state: 'visible', timeout: uiTimeout });
  await row.click();
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
