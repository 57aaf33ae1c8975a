// Runs axe-core (the engine behind browsers' accessibility audits) inside every visible webview of
// this extension. The webview's CSP forbids injected scripts, but Playwright evaluates through the
// DevTools protocol (Runtime.evaluate in the frame's execution context), which CSP does not govern.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AxeResults, ImpactValue, RunOptions } from 'axe-core';
import type { Frame, Page } from 'playwright-core';
import { projectRoot } from '../harness/vscodeBuilds';

const axeSource = readFileSync(path.join(projectRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const extensionFrame = 'extensionId=learn-genai.learn-genai';

/** Impacts that fail a scenario; the others are listed in the run's report. */
const failingImpacts: readonly ImpactValue[] = ['serious', 'critical'];

export interface AccessibilityFinding {
  /** The screenshot (moment of the scenario) and the page audited. */
  readonly moment: string;
  readonly page: string;
  readonly rule: string;
  readonly impact: ImpactValue;
  readonly help: string;
  readonly nodes: number;
  readonly targets: readonly string[];
  /** axe's explanation for the first node (for contrast: the two colors and the ratio found). */
  readonly summary: string;
}

interface AxeWindow {
  axe?: { run(context: Document, options: RunOptions): Promise<AxeResults> };
}

/** The inner frames (`#active-frame`) of this extension's webviews whose iframe is visible. */
async function extensionWebviewFrames(page: Page): Promise<Frame[]> {
  const frames: Frame[] = [];
  for (const frame of page.frames()) {
    const outer = frame.parentFrame();
    if (outer === null || !outer.url().includes(extensionFrame)) {
      continue;
    }
    const outerElement = await outer.frameElement().catch(() => undefined);
    const innerElement = await frame.frameElement().catch(() => undefined);
    if (outerElement && innerElement && (await innerElement.getAttribute('id')) === 'active-frame' && (await outerElement.isVisible())) {
      frames.push(frame);
    }
  }
  return frames;
}

export class AccessibilityAudit {
  readonly findings: AccessibilityFinding[] = [];
  pagesAudited = 0;

  /** Audits every visible webview of the extension now; `moment` names the point in the scenario. */
  async auditWebviews(page: Page, moment: string): Promise<void> {
    for (const frame of await extensionWebviewFrames(page)) {
      try {
        await this.auditFrame(frame, moment);
      } catch (error) {
        // A webview closed or reloaded during the audit (a scenario moving on) has nothing left to check.
        if (!frame.isDetached()) {
          throw error;
        }
      }
    }
  }

  private async auditFrame(frame: Frame, moment: string): Promise<void> {
    const hasAxe = await frame.evaluate(() => (window as AxeWindow).axe !== undefined);
    if (!hasAxe) {
      await frame.evaluate(axeSource);
    }
    const { title, violations } = await frame.evaluate(async (options) => {
      const axe = (window as AxeWindow).axe;
      if (axe === undefined) {
        throw new Error('axe-core did not load in the webview');
      }
      const results = await axe.run(document, options);
      const name = document.querySelector('h1')?.textContent ?? document.body.className;
      return {
        title: name.trim().slice(0, 60),
        violations: results.violations.map((violation) => ({
          rule: violation.id,
          impact: violation.impact ?? 'minor',
          help: violation.help,
          nodes: violation.nodes.length,
          targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
          summary: (violation.nodes[0]?.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
        })),
      };
    }, { resultTypes: ['violations'] } satisfies RunOptions);
    this.pagesAudited++;
    for (const violation of violations) {
      this.findings.push({ moment, page: title, ...violation });
    }
  }

  get failures(): AccessibilityFinding[] {
    return this.findings.filter((finding) => failingImpacts.includes(finding.impact));
  }

  get others(): AccessibilityFinding[] {
    return this.findings.filter((finding) => !failingImpacts.includes(finding.impact));
  }

  /**
   * Runs an audit before every page screenshot a scenario takes: those are the moments a scenario
   * shows a state worth looking at, so every scenario is audited without editing it.
   */
  auditBeforeScreenshots(page: Page): void {
    const screenshot = page.screenshot.bind(page);
    page.screenshot = async (options) => {
      await this.auditWebviews(page, options?.path?.split(/[\\/]/).pop() ?? 'screenshot');
      return screenshot(options);
    };
  }
}

export function describeFinding(finding: AccessibilityFinding): string {
  return `${finding.impact} ${finding.rule} (${finding.nodes} nodes) in "${finding.page}" at ${finding.moment}: ${finding.help} [${finding.targets.join(', ')}] ${finding.summary}`;
}
