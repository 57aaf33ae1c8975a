import * as vscode from 'vscode';
import { Disposable } from '../common/disposable';
import { LatestStateWriter } from './latestStateWriter';
import { parseStoredProgress, serializeProgress } from './progressSerialization';
import { dueCountByLesson, dueQuestions, emptyProgress, isLessonPassed, markLessonRead, markLessonUnread, recordAnswer, recordPracticeExam, recordQuizResult } from './progressState';
import type { PracticeExamRecord, ProgressState } from './progressTypes';

const storageKey = 'learnGenai.progress';
const backupKeyPrefix = 'learnGenai.progress.backup.';

/**
 * The learner's progress in VS Code's global state, synced across machines (Settings Sync).
 * All changes go through pure functions and land in one `update` of one key, so a write is never
 * half-done. State that cannot be read is kept aside as a backup and the learner starts fresh.
 */
export class ProgressStore extends Disposable {
  private readonly changeEmitter = this._register(new vscode.EventEmitter<void>());
  private state: ProgressState;
  private readonly writer: LatestStateWriter<ProgressState>;

  readonly onDidChange = this.changeEmitter.event;

  constructor(private readonly memento: vscode.Memento & { setKeysForSync(keys: readonly string[]): void }, private readonly output: vscode.LogOutputChannel) {
    super();
    memento.setKeysForSync([storageKey]);
    this.writer = new LatestStateWriter((next) => memento.update(storageKey, serializeProgress(next)), (error) => this.reportWriteFailure(error));
    this._register(this.writer);
    this.state = this.readStored();
  }

  get current(): ProgressState {
    return this.state;
  }

  isRead(lessonId: string): boolean {
    return this.state.lessons[lessonId]?.readAt !== undefined;
  }

  bestScore(lessonId: string): number | undefined {
    return this.state.lessons[lessonId]?.bestScore;
  }

  isPassed(lessonId: string): boolean {
    return isLessonPassed(this.state, lessonId);
  }

  dueCount(lessonId?: string, now = new Date()): number {
    const counts = dueCountByLesson(this.state, now);
    if (lessonId !== undefined) {
      return counts[lessonId] ?? 0;
    }
    return Object.values(counts).reduce((sum, count) => sum + count, 0);
  }

  dueQuestionIds(now = new Date()): readonly string[] {
    return dueQuestions(this.state, now);
  }

  markRead(lessonId: string): Promise<void> {
    return this.isRead(lessonId) ? Promise.resolve() : this.replace(markLessonRead(this.state, lessonId, new Date()));
  }

  markUnread(lessonId: string): Promise<void> {
    return this.replace(markLessonUnread(this.state, lessonId));
  }

  recordAnswer(lessonId: string, questionId: string, correct: boolean): Promise<void> {
    return this.replace(recordAnswer(this.state, { lessonId, questionId, correct, now: new Date() }));
  }

  recordQuizResult(lessonId: string, score: number): Promise<void> {
    return this.replace(recordQuizResult(this.state, lessonId, score, new Date()));
  }

  recordPracticeExam(exam: PracticeExamRecord): Promise<void> {
    return this.replace(recordPracticeExam(this.state, exam));
  }

  /**
   * Replaces the whole state (import, reset). Memory changes at once; the write follows in order
   * and a failed one is reported once and retried (see LatestStateWriter), so this never rejects.
   */
  replace(next: ProgressState): Promise<void> {
    this.state = next;
    this.changeEmitter.fire();
    return this.writer.enqueue(next);
  }

  private reportWriteFailure(error: unknown): void {
    this.output.error(`Could not save progress (it is kept in memory and will be saved again): ${error instanceof Error && error.stack ? error.stack : String(error)}`);
    void vscode.window.showWarningMessage(vscode.l10n.t('Your Learn GenAI progress could not be saved. It is kept and saving is retried; see the Learn GenAI output for details.'));
  }

  private readStored(): ProgressState {
    const raw = this.memento.get<unknown>(storageKey);
    const parsed = parseStoredProgress(raw);
    switch (parsed.kind) {
      case 'ok':
        return parsed.state;
      case 'empty':
        return emptyProgress();
      case 'corrupt':
      case 'unknownVersion': {
        const backupKey = `${backupKeyPrefix}${new Date().toISOString()}`;
        void this.memento.update(backupKey, raw);
        void this.memento.update(storageKey, undefined);
        const reason = parsed.kind === 'corrupt' ? parsed.reason : `version ${String(parsed.version)}`;
        this.output.error(`Saved progress could not be read (${reason}); kept as ${backupKey}.`);
        void vscode.window.showWarningMessage(
          vscode.l10n.t('Your saved Learn GenAI progress could not be read, so it was set aside as a backup and you start fresh. Nothing was deleted; see the Learn GenAI output for details.'),
        );
        return emptyProgress();
      }
    }
  }
}
