/**
 * Progress in and out of storage and export files. Reading never throws: stored state and imported
 * files are data from outside this process, and every way they can be unusable is a typed result
 * the host turns into a localized message.
 */
import { type MigrationContext, migrateToCurrentVersion } from './progressMigrations';
import { currentProgressVersion, type ProgressState } from './progressTypes';
import { isPlainRecord, validateProgress } from './progressValidation';

/** The state holds only JSON values already; this is the same shape as a fresh, unshared copy. */
export type SerializedProgress = ProgressState;

export type StoredProgressResult =
  | { readonly kind: 'ok'; readonly state: ProgressState }
  | { readonly kind: 'empty' }
  | { readonly kind: 'corrupt'; readonly reason: string }
  | { readonly kind: 'unknownVersion'; readonly version: number };

export const progressExportFormat = 'learn-genai-progress';

/** An export file is read whole, so it is refused above this size before parsing. */
export const maxProgressImportBytes = 5 * 1024 * 1024;

export interface ProgressExport {
  readonly format: typeof progressExportFormat;
  /** The progress document version, so an older extension can refuse a newer file. */
  readonly version: number;
  readonly exportedAt: string;
  readonly progress: SerializedProgress;
}

export type ProgressImportResult =
  | { readonly kind: 'ok'; readonly state: ProgressState; readonly exportedAt: string }
  | { readonly kind: 'tooLarge'; readonly maxBytes: number }
  | { readonly kind: 'notJson' }
  | { readonly kind: 'notOurFormat' }
  | { readonly kind: 'newerVersion'; readonly version: number }
  | { readonly kind: 'invalidContent'; readonly reason: string };

/**
 * `undefined` (nothing stored yet) is `empty`; anything else must be a valid document of this or
 * an older, migratable version. `context` supplies what migrations need; tests pass a fixed one.
 */
export function parseStoredProgress(raw: unknown, context?: MigrationContext): StoredProgressResult {
  if (raw === undefined) {
    return { kind: 'empty' };
  }
  if (!isPlainRecord(raw)) {
    return { kind: 'corrupt', reason: `progress: expected an object, found ${describeJsonType(raw)}` };
  }
  const migrated = migrateToCurrentVersion(raw, context);
  if (migrated.kind !== 'current') {
    return migrated;
  }
  const validation = validateProgress(migrated.document);
  return validation.kind === 'valid' ? { kind: 'ok', state: validation.state } : validation;
}

export function serializeProgress(state: ProgressState): SerializedProgress {
  return {
    version: state.version,
    shuffleSeed: state.shuffleSeed,
    lessons: Object.fromEntries(Object.entries(state.lessons).map(([lessonId, lesson]) => [lessonId, { ...lesson }])),
    questions: Object.fromEntries(
      Object.entries(state.questions).map(([questionId, question]) => [
        questionId,
        { lessonId: question.lessonId, card: { ...question.card }, history: question.history.map((answer) => ({ ...answer })) },
      ]),
    ),
    ...(state.practiceExams ? { practiceExams: state.practiceExams.map((exam) => ({ ...exam, byTask: exam.byTask.map((task) => ({ ...task })) })) } : {}),
  };
}

/** The text of an export file. */
export function createProgressExport(state: ProgressState, now: Date): string {
  const file: ProgressExport = {
    format: progressExportFormat,
    version: currentProgressVersion,
    exportedAt: now.toISOString(),
    progress: serializeProgress(state),
  };
  return JSON.stringify(file, null, 2);
}

/** Reads a file the learner chose to import; the caller's current state is not involved. */
export function parseProgressExport(text: string, context?: MigrationContext): ProgressImportResult {
  // UTF-8 needs at least one byte per UTF-16 unit, so a long string is too large without encoding it.
  if (text.length > maxProgressImportBytes || new TextEncoder().encode(text).byteLength > maxProgressImportBytes) {
    return { kind: 'tooLarge', maxBytes: maxProgressImportBytes };
  }
  let file: unknown;
  try {
    // Editors on Windows may save the file with a byte order mark, which JSON.parse refuses.
    file = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { kind: 'notJson' };
  }
  if (!isPlainRecord(file) || file['format'] !== progressExportFormat) {
    return { kind: 'notOurFormat' };
  }
  const version = file['version'];
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return { kind: 'invalidContent', reason: 'version: expected a whole number' };
  }
  if (version > currentProgressVersion) {
    return { kind: 'newerVersion', version };
  }
  const exportedAt = typeof file['exportedAt'] === 'string' ? Date.parse(file['exportedAt']) : Number.NaN;
  if (!Number.isFinite(exportedAt)) {
    return { kind: 'invalidContent', reason: 'exportedAt: expected an ISO date' };
  }
  const progress = parseStoredProgress(file['progress'], context);
  switch (progress.kind) {
    case 'ok':
      return { kind: 'ok', state: progress.state, exportedAt: new Date(exportedAt).toISOString() };
    case 'empty':
      return { kind: 'invalidContent', reason: 'progress: missing' };
    case 'corrupt':
      return { kind: 'invalidContent', reason: progress.reason };
    case 'unknownVersion':
      return progress.version > currentProgressVersion
        ? { kind: 'newerVersion', version: progress.version }
        : { kind: 'invalidContent', reason: `progress.version: unknown version ${progress.version}` };
  }
}

function describeJsonType(value: unknown): string {
  if (value === null) {
    return 'null';
  }
  return Array.isArray(value) ? 'a list' : `a ${typeof value}`;
}
