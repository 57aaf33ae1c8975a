import { LineCounter, parseDocument } from 'yaml';
import type { ExamMapEntry, Lesson, LessonFrontMatter, LessonProblem } from './lessonTypes';

export interface ParsedLesson {
  readonly lesson?: Lesson;
  readonly problems: readonly LessonProblem[];
}

const frontMatterPattern = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * Reads a lesson file: YAML front matter, then Markdown. Never throws; a file that cannot be a
 * lesson comes back with problems (and line numbers) and no lesson, so one bad file never stops
 * the others from loading.
 */
export function parseLesson(text: string, source: string, isUserLesson: boolean): ParsedLesson {
  const match = frontMatterPattern.exec(text.replace(/^\uFEFF/, ''));
  if (!match) {
    return { problems: [{ code: 'missingFrontMatter', params: {}, line: 1 }] };
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(match[1], { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) {
    const error = document.errors[0];
    const line = lineCounter.linePos(error.pos[0]).line + 1;
    return { problems: [{ code: 'invalidYaml', params: { detail: error.message.split('\n')[0] }, line }] };
  }
  const data: unknown = document.toJS();
  const lineOf = (key: string): number => {
    const node = document.get(key, true) as { range?: [number, number, number] } | undefined;
    return node?.range ? lineCounter.linePos(node.range[0]).line + 1 : 2;
  };
  const problems: LessonProblem[] = [];
  const frontMatter = readFrontMatter(data, lineOf, problems);
  if (!frontMatter) {
    return { problems };
  }
  const bodyLine = match[0].split('\n').length;
  return {
    lesson: { ...frontMatter, body: text.slice(match[0].length + (text.startsWith('\uFEFF') ? 1 : 0)), bodyLine, source, isUserLesson },
    problems,
  };
}

function readFrontMatter(data: unknown, lineOf: (key: string) => number, problems: LessonProblem[]): LessonFrontMatter | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    problems.push({ code: 'missingFrontMatter', params: {}, line: 1 });
    return undefined;
  }
  const record = data as Record<string, unknown>;
  const problemCount = problems.length;
  const text = (key: string, pattern?: RegExp): string => {
    const value = record[key];
    if (value === undefined || value === null || value === '') {
      problems.push({ code: 'missingField', params: { field: key }, line: lineOf(key) });
      return '';
    }
    if (typeof value !== 'string' || (pattern && !pattern.test(value))) {
      problems.push({ code: 'invalidField', params: { field: key, value: shownValue(value) }, line: lineOf(key) });
      return '';
    }
    return value;
  };
  const positiveNumber = (key: string): number => {
    const value = record[key];
    if (value === undefined) {
      problems.push({ code: 'missingField', params: { field: key }, line: lineOf(key) });
      return 0;
    }
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      problems.push({ code: 'invalidField', params: { field: key, value: shownValue(value) }, line: lineOf(key) });
      return 0;
    }
    return value;
  };
  const list = (key: string, required: boolean): string[] => {
    const value = record[key];
    if (value === undefined || value === null) {
      if (required) {
        problems.push({ code: 'missingField', params: { field: key }, line: lineOf(key) });
      }
      return [];
    }
    if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
      problems.push({ code: 'invalidField', params: { field: key, value: JSON.stringify(value) }, line: lineOf(key) });
      return [];
    }
    return value;
  };
  const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  const frontMatter: LessonFrontMatter = {
    id: text('id', idPattern),
    title: text('title'),
    module: text('module', idPattern),
    order: positiveNumber('order'),
    examObjective: text('examObjective'),
    concepts: list('concepts', true),
    minutes: positiveNumber('minutes'),
    prerequisites: list('prerequisites', false),
    ...optionalExamFields(record, lineOf, problems),
  };
  return problems.length === problemCount ? frontMatter : undefined;
}

const examRefPattern = /^[1-9]\.[1-9]\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `examGuide` and `examMap` are optional, so user lessons without them stay valid; when present they must be well formed. */
function optionalExamFields(
  record: Record<string, unknown>,
  lineOf: (key: string) => number,
  problems: LessonProblem[],
): Pick<LessonFrontMatter, 'examGuide' | 'examMap'> {
  const result: { examGuide?: string; examMap?: ExamMapEntry[] } = {};
  const guide = record.examGuide;
  if (guide !== undefined && guide !== null) {
    if (typeof guide === 'string' && guide.trim() !== '') {
      result.examGuide = guide;
    } else {
      problems.push({ code: 'invalidField', params: { field: 'examGuide', value: shownValue(guide) }, line: lineOf('examGuide') });
    }
  }
  const map = record.examMap;
  if (map !== undefined && map !== null) {
    const entries = Array.isArray(map) ? map.map(readExamMapEntry) : [undefined];
    if (entries.length > 0 && entries.every((entry): entry is ExamMapEntry => entry !== undefined)) {
      result.examMap = entries;
    } else {
      problems.push({ code: 'invalidField', params: { field: 'examMap', value: JSON.stringify(map).slice(0, 200) }, line: lineOf('examMap') });
    }
  }
  return result;
}

function readExamMapEntry(value: unknown): ExamMapEntry | undefined {
  if (typeof value !== 'object' || value === null) {
    return undefined;
  }
  const { ref, item, section } = value as Record<string, unknown>;
  const isText = (text: unknown): text is string => typeof text === 'string' && text.trim() !== '';
  if (typeof ref !== 'string' || !examRefPattern.test(ref) || !isText(item) || !isText(section)) {
    return undefined;
  }
  return { ref, item, section };
}

/** A front-matter value as the author would recognize it in a problem message (YAML maps and lists as JSON). */
function shownValue(value: unknown): string {
  if (typeof value === 'string') {
    return value;
  }
  return JSON.stringify(value)?.slice(0, 200) ?? String(value);
}
