import * as vscode from 'vscode';
import type { PracticeExamRecord } from '../progress/progressTypes';
import { defaultPracticeExamSize, practiceExamMinutes, practiceExamSizes } from './examBlueprint';
import { PracticeExamPanel, type PracticeExamContext, type PracticeExamOptions } from './practiceExamPanel';

/**
 * "Start Practice Exam": asks the size and whether to run the clock, or takes
 * `{ size, timed, seed }` as an argument (tests, links).
 */
export async function startPracticeExam(context: PracticeExamContext, argument?: unknown): Promise<void> {
  const options = optionsFrom(argument) ?? (await askOptions(context.progress.current.practiceExams ?? []));
  if (options) {
    await PracticeExamPanel.show(context, options);
  }
}

function optionsFrom(argument: unknown): PracticeExamOptions | undefined {
  if (typeof argument !== 'object' || argument === null) {
    return undefined;
  }
  const { size, timed, seed } = argument as Record<string, unknown>;
  if (typeof size !== 'number' || !Number.isInteger(size) || size < 1 || size > 200) {
    return undefined;
  }
  return { size, timed: timed === true, ...(typeof seed === 'string' && seed.length <= 100 ? { seed } : {}) };
}

async function askOptions(history: readonly PracticeExamRecord[]): Promise<PracticeExamOptions | undefined> {
  const sizes = practiceExamSizes.map((size) => ({
    label: vscode.l10n.t('{0} questions', size),
    description: size === defaultPracticeExamSize ? vscode.l10n.t('recommended') : size === 65 ? vscode.l10n.t('the real exam\'s length') : undefined,
    size,
  }));
  const size = await vscode.window.showQuickPick(sizes.sort((a, b) => Number(b.size === defaultPracticeExamSize) - Number(a.size === defaultPracticeExamSize)), {
    title: vscode.l10n.t('Start Practice Exam'),
    placeHolder: lastAttemptLine(history) ?? vscode.l10n.t('How many questions?'),
  });
  if (!size) {
    return undefined;
  }
  const timing = await vscode.window.showQuickPick([
    { label: vscode.l10n.t('No timer'), timed: false },
    { label: vscode.l10n.t('{0}-minute timer', practiceExamMinutes), description: vscode.l10n.t('as on the real exam'), timed: true },
  ], { title: vscode.l10n.t('Start Practice Exam'), placeHolder: vscode.l10n.t('Run the clock?') });
  return timing ? { size: size.size, timed: timing.timed } : undefined;
}

/** "How many questions? Last attempt: 720 of 1000, passed (1 Dec 2026)", so the learner sees the trend. */
function lastAttemptLine(history: readonly PracticeExamRecord[]): string | undefined {
  const last = history.at(-1);
  if (!last) {
    return undefined;
  }
  const when = new Intl.DateTimeFormat(vscode.env.language, { dateStyle: 'medium' }).format(new Date(last.finishedAt));
  const verdict = last.passed ? vscode.l10n.t('passed') : vscode.l10n.t('not passed');
  return vscode.l10n.t('How many questions? Last attempt: {0} of 1000, {1} ({2}); {3} attempts so far.', last.scaledScore, verdict, when, history.length);
}
