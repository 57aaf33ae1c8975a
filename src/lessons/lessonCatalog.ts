import type { Lesson, LessonModule, LessonProblem } from './lessonTypes';

/** Module id for user lessons whose module is not one of the course's. */
export const userModuleId = 'user-lessons';

export interface LessonCatalog {
  readonly modules: readonly LessonModule[];
  readonly lessons: readonly Lesson[];
  lessonsIn(moduleId: string): readonly Lesson[];
  find(lessonId: string): Lesson | undefined;
  /** The lessons before and after, across modules, in reading order. */
  neighbours(lessonId: string): { readonly previous?: Lesson; readonly next?: Lesson };
  /** 1-based position in its module and the module's size, e.g. "2 of 3". */
  positionInModule(lessonId: string): { readonly index: number; readonly total: number } | undefined;
}

export interface CatalogInput {
  readonly modules: readonly LessonModule[];
  readonly lessons: readonly Lesson[];
  /** Title of the module that collects user lessons with an unknown module, localized by the host. */
  readonly userModuleTitle: string;
}

export interface CatalogResult {
  readonly catalog: LessonCatalog;
  /** Problems found when putting lessons together (duplicates), keyed by lesson source. */
  readonly problems: ReadonlyMap<string, LessonProblem[]>;
}

/** Orders lessons by module then `order`; a later lesson with an id already taken is left out. */
export function buildLessonCatalog(input: CatalogInput): CatalogResult {
  const problems = new Map<string, LessonProblem[]>();
  const byId = new Map<string, Lesson>();
  const moduleIds = new Set(input.modules.map((module) => module.id));
  let needsUserModule = false;
  for (const lesson of input.lessons) {
    if (byId.has(lesson.id)) {
      problems.set(lesson.source, [{ code: 'duplicateId', params: { id: lesson.id, other: byId.get(lesson.id)!.source }, line: 2 }]);
      continue;
    }
    if (!moduleIds.has(lesson.module)) {
      if (!lesson.isUserLesson) {
        problems.set(lesson.source, [{ code: 'unknownModule', params: { module: lesson.module }, line: 2 }]);
        continue;
      }
      needsUserModule = true;
    }
    byId.set(lesson.id, lesson);
  }
  const modules = [...input.modules];
  if (needsUserModule) {
    modules.push({ id: userModuleId, title: input.userModuleTitle, order: Number.MAX_SAFE_INTEGER });
  }
  const moduleOf = (lesson: Lesson): string => (moduleIds.has(lesson.module) ? lesson.module : userModuleId);
  const moduleOrder = new Map(modules.map((module, index) => [module.id, index]));
  const lessons = [...byId.values()].sort((a, b) =>
    (moduleOrder.get(moduleOf(a))! - moduleOrder.get(moduleOf(b))!) || a.order - b.order || a.id.localeCompare(b.id));
  const catalog: LessonCatalog = {
    modules: modules.filter((module) => lessons.some((lesson) => moduleOf(lesson) === module.id)),
    lessons,
    lessonsIn: (moduleId) => lessons.filter((lesson) => moduleOf(lesson) === moduleId),
    find: (lessonId) => byId.get(lessonId),
    neighbours(lessonId) {
      const index = lessons.findIndex((lesson) => lesson.id === lessonId);
      return index < 0 ? {} : { previous: lessons[index - 1], next: lessons[index + 1] };
    },
    positionInModule(lessonId) {
      const lesson = byId.get(lessonId);
      if (!lesson) {
        return undefined;
      }
      const siblings = catalog.lessonsIn(moduleOf(lesson));
      return { index: siblings.indexOf(lesson) + 1, total: siblings.length };
    },
  };
  return { catalog, problems };
}
