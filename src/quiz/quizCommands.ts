import * as vscode from 'vscode';
import { CommandIds } from '../commandIds';
import { lessonIdFrom } from '../lessons/lessonCommands';
import { nextDueAt } from './quizBanks';
import { QuizPanel, type QuizPanelContext } from './quizPanel';

/** Lessons that have a quiz file, for the learner to pick one. */
async function pickQuizLesson(context: QuizPanelContext): Promise<string | undefined> {
  const catalog = await context.repository.catalog();
  const withQuiz = await Promise.all(catalog.lessons.map(async (lesson) => ((await context.repository.hasQuiz(lesson)) ? lesson : undefined)));
  const items = withQuiz.flatMap((lesson) => (lesson ? [{ label: lesson.title, description: percentLabel(context, lesson.id), lessonId: lesson.id }] : []));
  if (items.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('None of the lessons has a quiz yet.'));
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Take Quiz'), placeHolder: vscode.l10n.t('Choose a lesson') });
  return picked?.lessonId;
}

function percentLabel(context: QuizPanelContext, lessonId: string): string | undefined {
  const best = context.progress.bestScore(lessonId);
  if (best === undefined) {
    return undefined;
  }
  const percent = new Intl.NumberFormat(vscode.env.language, { style: 'percent', maximumFractionDigits: 0 }).format(best);
  return vscode.l10n.t('Best: {0}', percent);
}

async function reviewDue(context: QuizPanelContext): Promise<void> {
  const now = new Date();
  if (context.progress.dueQuestionIds(now).length > 0) {
    await QuizPanel.show(context, { kind: 'review' });
    return;
  }
  const next = nextDueAt(context.progress.current, now);
  if (next) {
    const when = new Intl.DateTimeFormat(vscode.env.language, { dateStyle: 'medium', timeStyle: 'short' }).format(next);
    void vscode.window.showInformationMessage(vscode.l10n.t('Nothing to review right now. The next question is due on {0}.', when));
  } else {
    void vscode.window.showInformationMessage(vscode.l10n.t('Nothing to review yet. Take a lesson quiz and the questions come back here when they are due.'));
  }
}

export function registerQuizCommands(context: QuizPanelContext): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(CommandIds.openQuiz, async (argument?: unknown) => {
      const lessonId = lessonIdFrom(argument) ?? (await pickQuizLesson(context));
      if (lessonId) {
        await QuizPanel.show(context, { kind: 'lesson', lessonId });
      }
    }),
    vscode.commands.registerCommand(CommandIds.reviewDue, () => reviewDue(context)),
  ];
}
