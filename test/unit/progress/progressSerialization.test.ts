import * as assert from 'node:assert/strict';
import { progressMigrations } from '../../../src/progress/progressMigrations';
import { parseStoredProgress, serializeProgress } from '../../../src/progress/progressSerialization';
import { emptyProgress, markLessonRead, recordAnswer, recordQuizResult } from '../../../src/progress/progressState';
import { maxAnswerHistory, type ProgressState } from '../../../src/progress/progressTypes';
import { deepFreeze } from './deepFreeze';

const now = new Date('2025-03-01T09:00:00.000Z');
const migrationContext = { now, newShuffleSeed: 'migrated-seed' };

function sampleState(): ProgressState {
  let state = emptyProgress('seed');
  state = markLessonRead(state, 'lesson-a', now);
  state = recordQuizResult(state, 'lesson-a', 0.7, now);
  state = recordAnswer(state, { lessonId: 'lesson-a', questionId: 'q1', correct: true, now });
  return recordAnswer(state, { lessonId: 'lesson-b', questionId: 'q2', correct: false, now });
}

/** Marks a field to delete in `storedWith`. */
const removed = Symbol('removed');

type FieldEdit = readonly [path: readonly string[], value: unknown];

/** A stored document as JSON would give it back, with the field at each path replaced (or removed). */
function storedWith(...edits: readonly FieldEdit[]): Record<string, unknown> {
  const document = JSON.parse(JSON.stringify(serializeProgress(sampleState()))) as Record<string, unknown>;
  for (const [path, value] of edits) {
    let parent: Record<string, unknown> = document;
    for (const key of path.slice(0, -1)) {
      parent = parent[key] as Record<string, unknown>;
    }
    const last = path[path.length - 1];
    if (value === removed) {
      delete parent[last];
    } else {
      parent[last] = value;
    }
  }
  return document;
}

function corruptReason(raw: unknown): string {
  const result = parseStoredProgress(raw, migrationContext);
  assert.equal(result.kind, 'corrupt', JSON.stringify(result));
  return result.kind === 'corrupt' ? result.reason : '';
}

describe('stored progress', () => {
  it('reads nothing stored yet as empty', () => {
    assert.deepEqual(parseStoredProgress(undefined), { kind: 'empty' });
  });

  it('reads back what it serialized, also after a trip through JSON', () => {
    const state = deepFreeze(sampleState());
    assert.deepEqual(parseStoredProgress(serializeProgress(state)), { kind: 'ok', state });
    assert.deepEqual(parseStoredProgress(JSON.parse(JSON.stringify(serializeProgress(state)))), { kind: 'ok', state });
  });

  it('serializes to a copy that shares nothing with the state', () => {
    const state = deepFreeze(sampleState());
    const serialized = serializeProgress(state);
    assert.deepEqual(serialized, state);
    assert.notEqual(serialized.lessons, state.lessons);
    assert.notEqual(serialized.questions['q1'], state.questions['q1']);
    assert.notEqual(serialized.questions['q1']?.card, state.questions['q1']?.card);
  });

  describe('corrupt data', () => {
    it('refuses values that are not a progress object', () => {
      for (const raw of [null, [], [{ version: 1 }], 'progress', '{"version":1}', 42, true]) {
        assert.match(corruptReason(raw), /^progress: expected an object/, JSON.stringify(raw));
      }
    });

    it('refuses a wrong type anywhere and names where', () => {
      const cases: [...FieldEdit, RegExp][] = [
        [['shuffleSeed'], 7, /^shuffleSeed/],
        [['lessons'], [], /^lessons: expected an object/],
        [['lessons', 'lesson-a'], null, /^lessons\.lesson-a:/],
        [['lessons', 'lesson-a', 'attempts'], '1', /lesson-a\.attempts/],
        [['lessons', 'lesson-a', 'attempts'], -1, /lesson-a\.attempts/],
        [['lessons', 'lesson-a', 'attempts'], 1.5, /lesson-a\.attempts/],
        [['lessons', 'lesson-a', 'bestScore'], 1.2, /bestScore/],
        [['lessons', 'lesson-a', 'readAt'], 'yesterday', /readAt/],
        [['lessons', 'lesson-a', 'readAt'], null, /readAt/],
        [['questions'], 'q1', /^questions/],
        [['questions', 'q1', 'card'], removed, /q1\.card/],
        [['questions', 'q1', 'card', 'due'], 1_700_000_000_000, /q1\.card\.due/],
        [['questions', 'q1', 'card', 'state'], 7, /q1\.card\.state/],
        [['questions', 'q1', 'card', 'stability'], Number.NaN, /q1\.card\.stability/],
        [['questions', 'q1', 'history'], {}, /q1\.history/],
        [['questions', 'q1', 'history', '0', 'correct'], 'yes', /q1\.history\[0\]\.correct/],
        [['questions', 'q1', 'lessonId'], '', /q1\.lessonId/],

      ];
      for (const [path, value, reason] of cases) {
        assert.match(corruptReason(storedWith([path, value])), reason, path.join('.'));
      }
    });

    it('refuses a version that is not a whole number', () => {
      assert.match(corruptReason(storedWith([['version'], '1'])), /^version/);
      assert.match(corruptReason(storedWith([['version'], 1.5])), /^version/);
    });
  });

  it('reports a version it does not know, such as a newer one', () => {
    assert.deepEqual(parseStoredProgress(storedWith([['version'], 2])), { kind: 'unknownVersion', version: 2 });
    assert.deepEqual(parseStoredProgress({ version: -3 }), { kind: 'unknownVersion', version: -3 });
  });

  it('stores dates in one canonical ISO form and drops keys it does not know', () => {
    const raw = storedWith(
      [['lessons', 'lesson-a', 'readAt'], '2025-03-01T10:00:00+01:00'],
      [['lessons', 'lesson-a', 'favourite'], true],
      [['somethingNew'], { a: 1 }],
    );
    const result = parseStoredProgress(raw);
    assert.ok(result.kind === 'ok');
    assert.equal(result.state.lessons['lesson-a']?.readAt, '2025-03-01T09:00:00.000Z');
    assert.equal('favourite' in (result.state.lessons['lesson-a'] ?? {}), false);
    assert.equal('somethingNew' in result.state, false);
  });

  it('keeps only the newest answers of an over-long history', () => {
    const history = Array.from({ length: maxAnswerHistory + 3 }, (_, index) => ({ at: new Date(index * 1000).toISOString(), correct: true }));
    const raw = storedWith([['questions', 'q1', 'history'], history]);
    const result = parseStoredProgress(raw);
    assert.ok(result.kind === 'ok');
    assert.equal(result.state.questions['q1']?.history.length, maxAnswerHistory);
    assert.equal(result.state.questions['q1']?.history[0]?.at, new Date(3000).toISOString());
  });

  it('keeps a `__proto__` lesson id as an ordinary key', () => {
    const raw: unknown = JSON.parse('{"version":1,"shuffleSeed":"s","lessons":{"__proto__":{"attempts":2}},"questions":{}}');
    const result = parseStoredProgress(raw);
    assert.ok(result.kind === 'ok');
    assert.equal(Object.getPrototypeOf(result.state.lessons), Object.prototype);
    assert.deepEqual(Object.getOwnPropertyDescriptor(result.state.lessons, '__proto__')?.value, { attempts: 2 });
  });

  describe('migrations', () => {
    it('has a step from version 0', () => {
      assert.equal(typeof progressMigrations[0], 'function');
    });

    it('upgrades a version 0 document (`lessonsRead`) to version 1', () => {
      const raw = deepFreeze({ lessonsRead: ['lesson-a', 'lesson-b'] });
      assert.deepEqual(parseStoredProgress(raw, migrationContext), {
        kind: 'ok',
        state: {
          version: 1,
          shuffleSeed: 'migrated-seed',
          lessons: {
            'lesson-a': { attempts: 0, readAt: now.toISOString() },
            'lesson-b': { attempts: 0, readAt: now.toISOString() },
          },
          questions: {},
        },
      });
    });

    it('gives a migrated learner a fresh random seed when no context is passed', () => {
      const result = parseStoredProgress({ lessonsRead: [] });
      assert.ok(result.kind === 'ok');
      assert.match(result.state.shuffleSeed, /^[0-9a-f]{32}$/);
    });

    it('refuses a version 0 document of the wrong shape as corrupt', () => {
      for (const lessonsRead of [undefined, 'lesson-a', [1], [''], { 0: 'lesson-a' }]) {
        assert.match(corruptReason({ lessonsRead }), /^lessonsRead/, JSON.stringify(lessonsRead));
      }
    });
  });
});
