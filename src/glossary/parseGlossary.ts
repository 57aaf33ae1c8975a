/**
 * Parses and checks a glossary file (`lessons/glossary/<locale>.yaml`, or a learner's own
 * `glossary/<locale>.yaml`). It is authored content, so every problem is reported with its line
 * and the file's good entries are kept; it never throws.
 */
import { isScalar, isSeq, LineCounter, parseDocument, type YAMLMap } from 'yaml';
import { asMap, asSeq, fieldNode, isAbsent, keyNode, offsetNestedTooDeep, readTextField } from '../quiz/quizYamlNodes';
import { glossaryProblemMessages, type GlossaryEntry, type GlossaryLessonLink, type GlossaryProblem, type GlossaryProblemCode } from './glossaryTypes';

export interface ParsedGlossary {
  /** Only the entries without problems, in file order. */
  readonly entries: readonly GlossaryEntry[];
  readonly problems: readonly GlossaryProblem[];
  /** Where the text came from (a path or URI string), echoed for the caller's diagnostics. */
  readonly source: string;
}

export interface ParseGlossaryOptions {
  /** Entries loaded before this file (the course's); their ids and code names count as taken. */
  readonly existing?: readonly GlossaryEntry[];
}

const knownFields: ReadonlySet<string> = new Set(['id', 'term', 'aliases', 'codeNames', 'definition', 'typicalValues', 'watchOut', 'lesson']);
const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const lessonLink = /^([a-z0-9]+(?:-[a-z0-9]+)*)(?:#([^\s#]+))?$/;
/** A glossary needs three levels; the guard only stops pathological nesting that would crash the parser. */
const maximumNestingDepth = 32;

export function parseGlossary(text: string, source: string, options: ParseGlossaryOptions = {}): ParsedGlossary {
  const lineCounter = new LineCounter();
  const problems: GlossaryProblem[] = [];
  const lineAt = (offset: number) => Math.max(1, lineCounter.linePos(offset).line);
  const report = (code: GlossaryProblemCode, line: number, params: Record<string, string | number> = {}) => {
    problems.push(createGlossaryProblem(code, line, params));
  };
  const lineOf = (node: unknown) => {
    const range = typeof node === 'object' && node !== null && 'range' in node ? (node.range as readonly number[] | null | undefined) : undefined;
    return range ? lineAt(range[0]) : 1;
  };
  const result = (entries: readonly GlossaryEntry[]): ParsedGlossary => ({ entries, problems, source });

  const tooDeepAt = offsetNestedTooDeep(text, maximumNestingDepth);
  if (tooDeepAt !== undefined) {
    report('tooDeeplyNested', text.slice(0, tooDeepAt).split('\n').length, { maximum: maximumNestingDepth });
    return result([]);
  }
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    document.errors.forEach((error) => report('yamlSyntax', lineAt(error.pos[0]), { detail: error.message }));
    return result([]);
  }
  const root = asMap(document.contents);
  if (!root) {
    report('rootNotMapping', lineOf(document.contents));
    return result([]);
  }
  const list = asSeq(fieldNode(root, 'terms'));
  if (!list) {
    report('termsNotList', lineOf(keyNode(root, 'terms') ?? root));
    return result([]);
  }
  const takenIds = new Set((options.existing ?? []).map((entry) => entry.id));
  const takenCodeNames = new Map((options.existing ?? []).flatMap((entry) => entry.codeNames.map((name) => [name, entry.id] as const)));
  const entries: GlossaryEntry[] = [];
  list.items.forEach((item, index) => {
    const map = asMap(item);
    if (!map) {
      report('entryNotMapping', lineOf(item), { position: index + 1 });
      return;
    }
    const before = problems.length;
    const entry = readEntry(map, index, { report, lineOf });
    if (!entry || problems.length > before) {
      return;
    }
    if (takenIds.has(entry.id)) {
      report('duplicateId', lineOf(fieldNode(map, 'id')), { id: entry.id });
      return;
    }
    const clash = entry.codeNames.find((name) => takenCodeNames.has(name));
    if (clash !== undefined) {
      report('duplicateCodeName', lineOf(fieldNode(map, 'codeNames')), { name: clash, entry: entry.id, other: takenCodeNames.get(clash) ?? '' });
      return;
    }
    takenIds.add(entry.id);
    entry.codeNames.forEach((name) => takenCodeNames.set(name, entry.id));
    entries.push(entry);
  });
  return result(entries);
}

export function createGlossaryProblem(code: GlossaryProblemCode, line: number, params: Readonly<Record<string, string | number>> = {}): GlossaryProblem {
  const message = glossaryProblemMessages[code].replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : placeholder,
  );
  return { code, params, line, message };
}

interface Reporter {
  readonly report: (code: GlossaryProblemCode, line: number, params?: Record<string, string | number>) => void;
  readonly lineOf: (node: unknown) => number;
}

function readEntry(map: YAMLMap, index: number, { report, lineOf }: Reporter): GlossaryEntry | undefined {
  const idField = readTextField(map, 'id');
  const entry = idField.kind === 'text' && idField.value.trim() !== '' ? idField.value.trim() : `#${index + 1}`;
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!knownFields.has(key)) {
      report('unknownField', lineOf(pair.key), { entry, field: key });
    }
  }
  const requiredText = (field: string): string | undefined => {
    const value = readTextField(map, field);
    if (value.kind === 'absent' || (value.kind === 'text' && value.value.trim() === '')) {
      report('missingField', lineOf(value.kind === 'text' ? value.node : map), { entry, field });
      return undefined;
    }
    if (value.kind === 'wrongType') {
      report('wrongFieldType', lineOf(value.node), { entry, field, expected: 'text' });
      return undefined;
    }
    return value.value.trim();
  };
  const id = requiredText('id');
  if (id !== undefined && !kebabCase.test(id)) {
    report('invalidId', lineOf(fieldNode(map, 'id')), { id });
  }
  const term = requiredText('term');
  const definition = requiredText('definition');
  const watchOut = requiredText('watchOut');
  const lessonText = requiredText('lesson');
  const typicalValues = optionalText(map, 'typicalValues', entry, { report, lineOf });
  const aliases = textList(map, 'aliases', entry, { report, lineOf }).filter((alias) => {
    const isLowerCase = alias === alias.toLowerCase();
    if (!isLowerCase) {
      report('aliasNotLowerCase', lineOf(fieldNode(map, 'aliases')), { entry, alias });
    }
    return isLowerCase;
  });
  const codeNames = textList(map, 'codeNames', entry, { report, lineOf }).filter((name) => {
    const valid = identifier.test(name);
    if (!valid) {
      report('invalidCodeName', lineOf(fieldNode(map, 'codeNames')), { entry, name });
    }
    return valid;
  });
  const lesson = lessonText === undefined ? undefined : parseLessonLink(lessonText);
  if (lessonText !== undefined && !lesson) {
    report('invalidLessonLink', lineOf(fieldNode(map, 'lesson')), { entry, value: lessonText });
  }
  if (id === undefined || term === undefined || definition === undefined || watchOut === undefined || !lesson) {
    return undefined;
  }
  return { id, term, aliases, codeNames, definition, ...(typicalValues === undefined ? {} : { typicalValues }), watchOut, lesson };
}

function optionalText(map: YAMLMap, field: string, entry: string, { report, lineOf }: Reporter): string | undefined {
  const value = readTextField(map, field);
  if (value.kind === 'wrongType') {
    report('wrongFieldType', lineOf(value.node), { entry, field, expected: 'text' });
  }
  return value.kind === 'text' && value.value.trim() !== '' ? value.value.trim() : undefined;
}

function textList(map: YAMLMap, field: string, entry: string, { report, lineOf }: Reporter): string[] {
  const node = fieldNode(map, field);
  if (isAbsent(node)) {
    return [];
  }
  if (!isSeq(node) || !node.items.every((item) => isScalar(item) && (typeof item.value === 'string' || typeof item.value === 'number'))) {
    report('wrongFieldType', lineOf(node), { entry, field, expected: 'a list of words' });
    return [];
  }
  return node.items.map((item) => String(isScalar(item) ? item.value : '').trim()).filter((word) => word !== '');
}

/** `lesson-id#anchor`; the anchor is the slug the lesson page gives a heading. */
export function parseLessonLink(text: string): GlossaryLessonLink | undefined {
  const match = lessonLink.exec(text.trim());
  if (!match) {
    return undefined;
  }
  return match[2] === undefined ? { lessonId: match[1] } : { lessonId: match[1], anchor: match[2] };
}
