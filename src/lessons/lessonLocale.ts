import { lessonLocales, type LessonLocale } from './lessonTypes';

/** The lesson language setting's values: follow VS Code, or a fixed language. */
export type LessonLanguageSetting = 'auto' | LessonLocale;

/** Brazilian Portuguese for any Portuguese display language (pt-br, pt-pt, pt), English otherwise. */
export function lessonLocaleFor(displayLanguage: string, setting: string | undefined): LessonLocale {
  if (setting && (lessonLocales as readonly string[]).includes(setting)) {
    return setting as LessonLocale;
  }
  return displayLanguage.toLowerCase().startsWith('pt') ? 'pt-br' : 'en';
}
