import * as vscode from 'vscode';
import { CommandIds } from '../commandIds';
import type { ProgressStore } from '../progress/progressStore';
import { LessonPanel, type LessonPanelContext } from './lessonPanel';
import { lessonSettingKeys, type LessonRepository } from './lessonRepository';
import type { LessonTreeNode } from './lessonTreeProvider';

/** A lesson id from a command argument: `{ lessonId }` (links, tests), a tree node, or a plain string. */
export function lessonIdFrom(argument: unknown): string | undefined {
  if (typeof argument === 'string') {
    return argument;
  }
  if (typeof argument === 'object' && argument !== null) {
    const record = argument as { lessonId?: unknown; kind?: unknown; lesson?: { id?: unknown } };
    if (typeof record.lessonId === 'string') {
      return record.lessonId;
    }
    if (record.kind === 'lesson' && typeof record.lesson?.id === 'string') {
      return record.lesson.id;
    }
  }
  return undefined;
}

async function pickLesson(repository: LessonRepository): Promise<string | undefined> {
  const catalog = await repository.catalog();
  const picked = await vscode.window.showQuickPick(
    catalog.lessons.map((lesson) => ({ label: lesson.title, description: vscode.l10n.t('{0} min', lesson.minutes), lessonId: lesson.id })),
    { title: vscode.l10n.t('Open Lesson') },
  );
  return picked?.lessonId;
}

export function registerLessonCommands(context: LessonPanelContext, repository: LessonRepository, progress: ProgressStore): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(CommandIds.openLesson, async (argument?: unknown) => {
      const lessonId = lessonIdFrom(argument) ?? (await pickLesson(repository));
      const section = typeof argument === 'object' && argument !== null && typeof (argument as { section?: unknown }).section === 'string'
        ? (argument as { section: string }).section
        : undefined;
      if (lessonId) {
        await LessonPanel.show(context, lessonId, section);
      }
    }),
    vscode.commands.registerCommand(CommandIds.markLessonRead, async (node?: LessonTreeNode) => {
      const lessonId = lessonIdFrom(node) ?? LessonPanel.active?.shownLessonId;
      if (lessonId) {
        await progress.markRead(lessonId);
      }
    }),
    vscode.commands.registerCommand(CommandIds.markLessonUnread, async (node?: LessonTreeNode) => {
      const lessonId = lessonIdFrom(node) ?? LessonPanel.active?.shownLessonId;
      if (lessonId) {
        await progress.markUnread(lessonId);
      }
    }),
    vscode.commands.registerCommand(CommandIds.switchLessonLanguage, async (language?: unknown) => {
      const choices = [
        { label: vscode.l10n.t('Follow VS Code\'s display language'), value: 'auto' },
        { label: 'English', value: 'en' },
        { label: 'Português (Brasil)', value: 'pt-br' },
      ];
      const value = typeof language === 'string' && choices.some((choice) => choice.value === language)
        ? language
        : (await vscode.window.showQuickPick(choices, { title: vscode.l10n.t('Lesson language') }))?.value;
      if (value) {
        await vscode.workspace.getConfiguration(lessonSettingKeys.section).update(lessonSettingKeys.language, value, vscode.ConfigurationTarget.Global);
      }
    }),
  ];
}
