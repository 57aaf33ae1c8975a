import * as vscode from 'vscode';

export const lessonSettingKeys = {
  section: 'learnGenai.lessons',
  language: 'language',
  extraFolders: 'extraFolders',
} as const;

/** An immutable snapshot of the lesson settings, read once per change (as the Markdown preview's config). */
export interface LessonSettings {
  /** The configured lesson language; undefined for `auto` (follow VS Code's display language). */
  readonly language: string | undefined;
  /** User lesson folders as written in the setting (empty entries dropped). */
  readonly extraFolders: readonly string[];
}

export function readLessonSettings(): LessonSettings {
  const configuration = vscode.workspace.getConfiguration(lessonSettingKeys.section);
  const language = configuration.get<string>(lessonSettingKeys.language);
  const folders = configuration.get<unknown>(lessonSettingKeys.extraFolders, []);
  return Object.freeze({
    language: language === 'auto' ? undefined : language,
    extraFolders: Object.freeze(Array.isArray(folders) ? folders.filter((entry): entry is string => typeof entry === 'string' && entry.trim() !== '') : []),
  });
}

export function affectsLessonSettings(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(lessonSettingKeys.section);
}
