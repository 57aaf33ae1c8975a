import * as vscode from 'vscode';
import { Disposable } from '../common/disposable';
import { parseStoredProgress, serializeProgress } from './progressSerialization';
import { dueCountByLesson, dueQuestions, emptyProgress, isLessonPassed, markLessonRead, markLessonUnread, recordAnswer, recordQuizResult } from './progressState';
import type { ProgressState } from './progressTypes';

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
  private writing: Promise<void> = Promise.resolve();

  readonly onDidChange = this.changeEmitter.event;

  constructor(private readonly memento: vscode.Memento & { setKeysForSync(keys: readonly string[]): void }, private readonly output: vscode.LogOutputChannel) {
    super();
    memento.setKeysForSync([storageKey]);
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

  /** Replaces the whole state (import, reset). */
  replace(next: ProgressState): Promise<void> {
    this.state = next;
    this.changeEmitter.fire();
    // Writes are chained so an older one can never land after a newer one.
    this.writing = this.writing.then(() => this.memento.update(storageKey, serializeProgress(next)));
    return this.writing;
  }

  reset(): Promise<void> {
    return this.replace(emptyProgress());
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
