/**
 * Upgrades older progress documents one version at a time, so a learner never loses progress to
 * an update. Each step checks the shape of its own version and returns the next version's shape,
 * which the next step (and finally the version 1 validation) checks again.
 */
import { createShuffleSeed } from '../common/random';
import { currentProgressVersion } from './progressTypes';

/** What a migration may need that the old document does not hold. */
export interface MigrationContext {
  readonly now: Date;
  readonly newShuffleSeed: string;
}

export type MigrationOutcome =
  | { readonly kind: 'migrated'; readonly document: Readonly<Record<string, unknown>> }
  | { readonly kind: 'corrupt'; readonly reason: string };

export type ProgressMigration = (document: Readonly<Record<string, unknown>>, context: MigrationContext) => MigrationOutcome;

/** By the version a step upgrades from; each step produces the version after it. */
export const progressMigrations: Readonly<Record<number, ProgressMigration>> = {
  0: migrateFromVersion0,
};

/**
 * Version 0 (before `version` existed) kept only `{ lessonsRead: string[] }`. Its reading dates
 * were never stored, so they become the migration time.
 */
function migrateFromVersion0(document: Readonly<Record<string, unknown>>, context: MigrationContext): MigrationOutcome {
  const lessonsRead = document['lessonsRead'];
  if (!Array.isArray(lessonsRead) || !lessonsRead.every((lessonId) => typeof lessonId === 'string' && lessonId !== '')) {
    return { kind: 'corrupt', reason: 'lessonsRead: expected a list of lesson ids' };
  }
  const readAt = context.now.toISOString();
  return {
    kind: 'migrated',
    document: {
      version: 1,
      shuffleSeed: context.newShuffleSeed,
      lessons: Object.fromEntries(lessonsRead.map((lessonId: string) => [lessonId, { readAt, attempts: 0 }])),
      questions: {},
    },
  };
}

export type MigrationResult =
  | { readonly kind: 'current'; readonly document: Readonly<Record<string, unknown>> }
  | { readonly kind: 'corrupt'; readonly reason: string }
  | { readonly kind: 'unknownVersion'; readonly version: number };

/** Runs every step from the document's version up to the current one; the result is still unchecked. */
export function migrateToCurrentVersion(document: Readonly<Record<string, unknown>>, context?: MigrationContext): MigrationResult {
  let current = document;
  for (;;) {
    // A document without `version` predates versioning.
    const version = Object.hasOwn(current, 'version') ? current['version'] : 0;
    if (typeof version !== 'number' || !Number.isInteger(version)) {
      return { kind: 'corrupt', reason: 'version: expected a whole number' };
    }
    if (version === currentProgressVersion) {
      return { kind: 'current', document: current };
    }
    const migration = Object.hasOwn(progressMigrations, version) ? progressMigrations[version] : undefined;
    if (!migration) {
      return { kind: 'unknownVersion', version };
    }
    const outcome = migration(current, context ?? { now: new Date(), newShuffleSeed: createShuffleSeed() });
    if (outcome.kind === 'corrupt') {
      return outcome;
    }
    const nextVersion = outcome.document['version'];
    // A step that does not move forward would loop forever; stop instead of hanging the host.
    if (typeof nextVersion !== 'number' || nextVersion <= version) {
      return { kind: 'corrupt', reason: `migration from version ${version} did not produce a later version` };
    }
    current = outcome.document;
  }
}
