/** The languages lessons ship in. */
export const lessonLocales = ['en', 'pt-br'] as const;
export type LessonLocale = (typeof lessonLocales)[number];

export interface LessonModule {
  readonly id: string;
  readonly title: string;
  readonly order: number;
}

export interface LessonFrontMatter {
  readonly id: string;
  readonly title: string;
  readonly module: string;
  readonly order: number;
  readonly examObjective: string;
  readonly concepts: readonly string[];
  readonly minutes: number;
  readonly prerequisites: readonly string[];
  /** Which edition of the exam guide the lesson was checked against, for example "AIF-C01 exam guide, checked 2026-12-01". */
  readonly examGuide?: string;
  /** Which exam-guide items the lesson covers, and in which section. */
  readonly examMap?: readonly ExamMapEntry[];
}

/** One row of a lesson's exam map: an exam-guide item and the section of the lesson that teaches it. */
export interface ExamMapEntry {
  /** Stable id of the guide item, the same in every locale, for example "2.2/model-selection". */
  readonly ref: string;
  /** The guide item in the lesson's language. */
  readonly item: string;
  /** Exact text of a `##` or `###` heading of the lesson, in the lesson's language. */
  readonly section: string;
}

export interface Lesson extends LessonFrontMatter {
  /** Markdown after the front matter. */
  readonly body: string;
  /** Line in the file where the body starts (1-based), so problems in the body point at the right line. */
  readonly bodyLine: number;
  /** Where it came from: a path or URI string, shown in problems and used to resolve images. */
  readonly source: string;
  /** True when the lesson came from a user folder rather than the extension. */
  readonly isUserLesson: boolean;
}

/** A problem in a lesson file: a stable code the host localizes, its parameters and the 1-based line. */
export interface LessonProblem {
  readonly code: LessonProblemCode;
  readonly params: Readonly<Record<string, string | number>>;
  readonly line: number;
}

export type LessonProblemCode =
  | 'missingFrontMatter'
  | 'invalidYaml'
  | 'missingField'
  | 'invalidField'
  | 'unknownModule'
  | 'duplicateId'
  | 'invalidTryIt'
  | 'commandNotAllowed'
  | 'tooLarge';
