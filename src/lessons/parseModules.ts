import { parse } from 'yaml';
import type { LessonModule } from './lessonTypes';

/** Reads `modules.yaml`; entries that are not well-formed are left out rather than failing all. */
export function parseModules(text: string): LessonModule[] {
  let data: unknown;
  try {
    data = parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(data)) {
    return [];
  }
  return data
    .filter((entry): entry is LessonModule =>
      typeof entry === 'object' && entry !== null
      && typeof (entry as LessonModule).id === 'string'
      && typeof (entry as LessonModule).title === 'string'
      && typeof (entry as LessonModule).order === 'number')
    .map(({ id, title, order }) => ({ id, title, order }))
    .sort((a, b) => a.order - b.order);
}
