import * as assert from 'node:assert/strict';
import {
  createProgressExport,
  maxProgressImportBytes,
  parseProgressExport,
  progressExportFormat,
  serializeProgress,
} from '../../../src/progress/progressSerialization';
import { emptyProgress, markLessonRead, recordAnswer, recordQuizResult } from '../../../src/progress/progressState';
import { type ProgressState } from '../../../src/progress/progressTypes';
import { deepFreeze } from './deepFreeze';

const now = new Date('2025-03-01T09:00:00.000Z');
const exportedAt = new Date('2025-04-01T12:00:00.000Z');

function sampleState(): ProgressState {
  let state = emptyProgress('seed');
  state = markLessonRead(state, 'lesson-a', now);
  state = recordQuizResult(state, 'lesson-a', 0.85, now);
  return recordAnswer(state, { lessonId: 'lesson-a', questionId: 'q1', correct: true, now });
}

function exportFile(fields: Record<string, unknown>): string {
  return JSON.stringify({ format: progressExportFormat, version: 1, exportedAt: exportedAt.toISOString(), progress: serializeProgress(sampleState()), ...fields });
}

describe('progress export and import', () => {
  const callerState = deepFreeze(sampleState());
  const callerSnapshot = JSON.stringify(callerState);

  afterEach(() => {
    // Importing only reads a file; the caller's state must stay as it was, whatever the file held.
    assert.equal(JSON.stringify(callerState), callerSnapshot);
  });

  it('writes a JSON file that names its format, version and date', () => {
    const file: unknown = JSON.parse(createProgressExport(callerState, exportedAt));
    assert.deepEqual(file, { format: 'learn-genai-progress', version: 1, exportedAt: exportedAt.toISOString(), progress: serializeProgress(callerState) });
  });

  it('reads back exactly what it exported', () => {
    assert.deepEqual(parseProgressExport(createProgressExport(callerState, exportedAt)), {
      kind: 'ok',
      state: callerState,
      exportedAt: exportedAt.toISOString(),
    });
  });

  it('reads a file saved with a byte order mark', () => {
    assert.equal(parseProgressExport(`\uFEFF${createProgressExport(callerState, exportedAt)}`).kind, 'ok');
  });

  it('refuses text that is not JSON', () => {
    for (const text of ['', 'progress', '{', '{"format": "learn-genai-progress",}', "{'format': 1}"]) {
      assert.deepEqual(parseProgressExport(text), { kind: 'notJson' }, text);
    }
  });

  it('refuses JSON that is not a progress export', () => {
    const foreign = ['null', '[]', '42', '"learn-genai-progress"', '{}', '{"format":"other-extension"}', '{"editor.fontSize": 14}', JSON.stringify(serializeProgress(callerState))];
    for (const text of foreign) {
      assert.deepEqual(parseProgressExport(text), { kind: 'notOurFormat' }, text.slice(0, 40));
    }
  });

  it('refuses a file from a newer version, by the file or by its progress', () => {
    assert.deepEqual(parseProgressExport(exportFile({ version: 2 })), { kind: 'newerVersion', version: 2 });
    const newerProgress = { ...serializeProgress(callerState), version: 3 };
    assert.deepEqual(parseProgressExport(exportFile({ progress: newerProgress })), { kind: 'newerVersion', version: 3 });
  });

  it('refuses a file of our format with invalid content, saying what is wrong', () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ version: '1' }, /^version/],
      [{ exportedAt: 'last week' }, /^exportedAt/],
      [{ exportedAt: undefined }, /^exportedAt/],
      [{ progress: undefined }, /^progress: missing/],
      [{ progress: 'everything' }, /^progress: expected an object/],
      [{ progress: { ...serializeProgress(callerState), lessons: { 'lesson-a': { attempts: 'many' } } } }, /lesson-a\.attempts/],
    ];
    for (const [fields, reason] of cases) {
      const result = parseProgressExport(exportFile(fields));
      assert.equal(result.kind, 'invalidContent', JSON.stringify(fields).slice(0, 60));
      assert.match(result.kind === 'invalidContent' ? result.reason : '', reason);
    }
  });

  it('refuses files over 5 MB before parsing them, counting UTF-8 bytes', () => {
    assert.equal(maxProgressImportBytes, 5 * 1024 * 1024);
    const longText = exportFile({ padding: 'x'.repeat(maxProgressImportBytes) });
    assert.deepEqual(parseProgressExport(longText), { kind: 'tooLarge', maxBytes: maxProgressImportBytes });
    // Fewer characters than the limit, but two bytes each in UTF-8.
    const wideText = exportFile({ padding: 'é'.repeat(maxProgressImportBytes / 2 + 1) });
    assert.ok(wideText.length < maxProgressImportBytes);
    assert.equal(parseProgressExport(wideText).kind, 'tooLarge');
  });

  it('accepts a large file under the limit', () => {
    const padded = exportFile({ padding: 'x'.repeat(maxProgressImportBytes - 10_000) });
    assert.equal(parseProgressExport(padded).kind, 'ok');
  });

  it('upgrades progress from an older version inside an export', () => {
    const result = parseProgressExport(exportFile({ version: 0, progress: { lessonsRead: ['lesson-a'] } }), { now, newShuffleSeed: 'fresh' });
    assert.ok(result.kind === 'ok');
    assert.deepEqual(result.state.lessons, { 'lesson-a': { attempts: 0, readAt: now.toISOString() } });
  });
});
