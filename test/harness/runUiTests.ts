// `npm run test:ui`: drives the real workbench with Playwright, as a user would, on each VS Code
// build, in light, dark and high contrast themes, and saves screenshots to test-results/screenshots/.
// Before every page screenshot, axe-core audits the extension's visible webviews: serious or
// critical violations fail the scenario; the others go to test-results/accessibility.json.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { lessonDiagramsScenario } from '../ui/lessonDiagrams.ui';
import { fewShotScenario } from '../ui/fewShot.ui';
import { lessonsScenario } from '../ui/lessons.ui';
import { practiceExamScenario } from '../ui/practiceExam.ui';
import { quizScenario } from '../ui/quiz.ui';
import { samplingWidgetScenario } from '../ui/samplingWidget.ui';
import { samplePrompt, samplePromptFile, tokenCounterScenario } from '../ui/tokenCounter.ui';
import { modelFamiliesScenario } from '../ui/modelFamilies.ui';
import { tokenizerViewScenario } from '../ui/tokenizerView.ui';
import { AccessibilityAudit, describeFinding, type AccessibilityFinding } from '../ui/accessibilityAudit';
import { chunksViewScenario } from '../ui/chunksView.ui';
import { codeInsightScenario } from '../ui/codeInsight.ui';
import { selectedBuilds, projectRoot } from './vscodeBuilds';
import { startWorkbench, type Workbench } from './workbench';

type Scenario = (workbench: Workbench, screenshotDir: string) => Promise<void>;

const scenarios: Record<string, Scenario> = {
  'token counter: count, picker, model change': tokenCounterScenario,
  'model families: picker by provider, Claude estimate and cost': modelFamiliesScenario,
  'tokenizer view: segments, ids, compare, keyboard': tokenizerViewScenario,
  'chunks view: strategy, parameters, list by keyboard, reveal, bands': chunksViewScenario,
  'lessons: tree, lesson page, read state after reload, try it': lessonsScenario,
  'lesson diagrams: theme colors, caption, exam map': lessonDiagramsScenario,
  'quiz: answer by mouse and keyboard, feedback, summary, score after reload': quizScenario,
  'few-shot: summary QuickPick, preview before the edit, new editor': fewShotScenario,
  'sampling widget: keyboard sliders recompute probabilities, theme colors': samplingWidgetScenario,
  'practice exam: pickers, no feedback, scaled result and review, attempt after reload': practiceExamScenario,
  'code insight: hover in the sample file, token lens, walkthrough page': codeInsightScenario,
};

const themes = [
  { name: 'light', id: 'Default Light Modern' },
  { name: 'dark', id: 'Default Dark Modern' },
  { name: 'high-contrast', id: 'Default High Contrast' },
];

/**
 * Every theme on the newest build (1.137). On the oldest supported build (1.91) the UI scenarios are
 * run only on request (LEARN_GENAI_UI_ALL_BUILDS=1): a 1.91 run of all 33 took 17 minutes here, and
 * some scenarios still fail there now and then (VS Code's own Get Started page opens at startup in
 * some themes and takes the focus from the scenario's first command). The integration tests still
 * run on 1.91.
 */
function themesFor(build: { readonly version: string }): typeof themes {
  if (build.version === '1.91.1' && process.env.LEARN_GENAI_UI_ALL_BUILDS !== '1') {
    return [];
  }
  // LEARN_GENAI_UI_THEMES=dark,high-contrast: only those (to look into one theme's failure).
  const wanted = process.env.LEARN_GENAI_UI_THEMES?.split(',').map((name) => name.trim()).filter(Boolean);
  return wanted?.length ? themes.filter((theme) => wanted.includes(theme.name)) : themes;
}

async function main(): Promise<void> {
  const filter = process.argv[2];
  let passed = 0;
  let failed = 0;
  const accessibilityNotes: (AccessibilityFinding & { readonly run: string })[] = [];
  for (const build of selectedBuilds()) {
    if (themesFor(build).length === 0) {
      console.log(`  (UI scenarios not run on ${build.name}: set LEARN_GENAI_UI_ALL_BUILDS=1 to run them there)`);
    }
    for (const theme of themesFor(build)) {
      for (const [name, scenario] of Object.entries(scenarios)) {
        if (filter && !name.includes(filter)) {
          continue;
        }
        const screenshotDir = path.join(projectRoot, 'test-results', 'screenshots', build.name, theme.name);
        await mkdir(screenshotDir, { recursive: true });
        const started = Date.now();
        const workbench = await startWorkbench({
          build,
          theme: build.version === '1.91.1' ? theme.id.replace(' Modern', '+') : theme.id,
          files: { [samplePromptFile]: samplePrompt },
        });
        const audit = new AccessibilityAudit();
        audit.auditBeforeScreenshots(workbench.page);
        try {
          await scenario(workbench, screenshotDir);
          accessibilityNotes.push(...audit.others.map((finding) => ({ run: `${build.name} ${theme.name}`, ...finding })));
          if (audit.failures.length > 0) {
            throw new Error(`Accessibility (axe-core), serious or critical:\n      ${audit.failures.map(describeFinding).join('\n      ')}`);
          }
          passed++;
          console.log(`  ✔ ${build.name} ${theme.name}: ${name} (${Date.now() - started} ms)`);
        } catch (error) {
          failed++;
          console.error(`  ✘ ${build.name} ${theme.name}: ${name}\n    ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
          await workbench.page.screenshot({ path: path.join(screenshotDir, `FAILED-${name.replace(/\W+/g, '-')}.png`) }).catch(() => undefined);
        } finally {
          await workbench.close();
        }
      }
    }
  }
  await writeFile(path.join(projectRoot, 'test-results', 'accessibility.json'), `${JSON.stringify(accessibilityNotes, null, 2)}\n`);
  const moderateRules = [...new Set(accessibilityNotes.map((note) => `${note.impact} ${note.rule}: ${note.help}`))];
  console.log(`accessibility: ${moderateRules.length === 0 ? 'no moderate or minor findings' : `moderate or minor findings (test-results/accessibility.json):\n  ${moderateRules.join('\n  ')}`}`);
  console.log(`ui: ${passed} passed, ${failed} failed`);
  if (failed > 0 || passed === 0) {
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
