import * as vscode from 'vscode';
import { CommandIds } from '../commandIds';
import { Disposable } from '../common/disposable';
import { PanelSlot, WebviewPageHost, panelWebviewOptions } from '../common/webviewPageHost';
import type { LessonRepository } from '../lessons/lessonRepository';
import type { ProgressStore } from '../progress/progressStore';
import { loadAllQuestionBanks } from '../quiz/quizBanks';
import { reportQuizProblemsTo } from '../quiz/quizProblemMessages';
import { quizPageLabels } from '../quiz/quizPageLabels';
import type { PageAnswer } from '../quiz/quizMessages';
import { presentQuestion } from '../quiz/quizPresentation';
import { drawPracticeExam, type ExamPoolQuestion } from './drawPracticeExam';
import { practiceExamMinutes, questionTask } from './examBlueprint';
import { parseExamPageMessage, type FromExamPage, type PracticeExamPageState, type PracticeExamResult, type ToExamPage } from './practiceExamMessages';
import { examPageLabels, taskTitle } from './practiceExamLabels';
import { PracticeExamSession, unansweredGrade } from './practiceExamSession';

export interface PracticeExamContext {
  readonly extensionUri: vscode.Uri;
  readonly repository: LessonRepository;
  readonly progress: ProgressStore;
  readonly output: vscode.LogOutputChannel;
}

export interface PracticeExamOptions {
  readonly size: number;
  readonly timed: boolean;
  /** Fixes the draw (tests); a fresh one otherwise. */
  readonly seed?: string;
}

/**
 * The practice exam: one panel, questions drawn across every lesson's quiz in the exam's
 * proportions, no feedback until the end, then the scaled score, per-task results and a review.
 * Answers feed spaced review and the attempt is kept in progress.
 */
export class PracticeExamPanel extends Disposable {
  static readonly viewType = 'learnGenai.practiceExam';
  private static readonly slot = new PanelSlot<PracticeExamPanel>();

  private readonly page: WebviewPageHost<FromExamPage.Message, ToExamPage.Message>;
  private session: PracticeExamSession | undefined;
  private options: PracticeExamOptions | undefined;
  private result: PracticeExamResult | undefined;
  private deadlineTimer: ReturnType<typeof setTimeout> | undefined;

  /** Opens (or reuses) the panel on a new exam; tells the learner when no quiz has questions. */
  static async show(context: PracticeExamContext, options: PracticeExamOptions): Promise<PracticeExamPanel | undefined> {
    const session = await drawSession(context, options);
    if (!session) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No lesson has quiz questions for a practice exam yet.'));
      return undefined;
    }
    const panel = PracticeExamPanel.slot.revealOrCreate(() => new PracticeExamPanel(
      vscode.window.createWebviewPanel(PracticeExamPanel.viewType, vscode.l10n.t('Practice Exam'), vscode.ViewColumn.Active, { retainContextWhenHidden: true }),
      context,
    ));
    panel.begin(session, options);
    return panel;
  }

  static get active(): PracticeExamPanel | undefined {
    return PracticeExamPanel.slot.active;
  }

  private constructor(readonly panel: vscode.WebviewPanel, private readonly context: PracticeExamContext) {
    super();
    this._register(panel);
    panel.webview.options = panelWebviewOptions(context.extensionUri);
    panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'media', 'activity-bar.svg');
    this.page = this._register(new WebviewPageHost(panel.webview, {
      name: 'practice exam page',
      output: context.output,
      parse: parseExamPageMessage,
      errorMessage: (text) => ({ type: 'hostError', text }),
    }, (message) => this.handle(message)));
    const state: PracticeExamPageState = { labels: { ...quizPageLabels(), ...examPageLabels() } };
    this.page.render({
      extensionUri: context.extensionUri,
      title: vscode.l10n.t('Practice Exam'),
      script: 'exam.js',
      styles: ['webview.css', 'quiz.css', 'exam.css'],
      initialState: state,
      language: context.repository.locale,
    });
    this._register({ dispose: () => this.clearTimer() });
  }

  /** For tests: the exam on screen. */
  get currentSession(): PracticeExamSession | undefined {
    return this.session;
  }

  get lastResult(): PracticeExamResult | undefined {
    return this.result;
  }

  get isPageReady(): boolean {
    return this.page.isReady;
  }

  private begin(session: PracticeExamSession, options: PracticeExamOptions): void {
    this.session = session;
    this.options = options;
    this.result = undefined;
    this.clearTimer();
    if (session.deadline !== undefined) {
      // The host ends the exam on time even when the page is hidden or its timer is late.
      this.deadlineTimer = setTimeout(() => void this.finish(), Math.max(0, session.deadline - Date.now()) + 250);
    }
    if (this.page.isReady) {
      this.showStart();
    }
  }

  private async handle(message: FromExamPage.Message): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.showStart();
        return;
      case 'answer':
        await this.submitAnswer(message.questionId, message.answer);
        return;
      case 'finish':
        await this.finish();
        return;
      case 'newExam':
        if (this.options) {
          const session = await drawSession(this.context, { ...this.options, seed: undefined });
          if (session) {
            this.begin(session, { ...this.options, seed: undefined });
          }
        }
        return;
      case 'openSection':
        await vscode.commands.executeCommand(CommandIds.openLesson, { lessonId: message.lessonId, section: message.section });
        return;
    }
  }

  private showStart(): void {
    const session = this.session;
    if (!session) {
      return;
    }
    if (this.result) {
      this.page.post({ type: 'result', result: this.result });
      return;
    }
    this.page.post({ type: 'start', title: vscode.l10n.t('Practice Exam: {0} questions', session.total), total: session.total, ...(session.deadline !== undefined ? { deadline: session.deadline } : {}) });
    this.showCurrent();
  }

  private showCurrent(): void {
    const session = this.session;
    const current = session?.current;
    if (!session || !current) {
      return;
    }
    this.page.post({
      type: 'question',
      question: current.presented.page,
      index: session.currentIndex + 1,
      total: session.total,
      answeredCount: session.answeredCount,
      isLast: session.currentIndex === session.total - 1,
    });
  }

  /** What the page's Next and Skip do (an undefined answer skips); public so tests can answer. */
  async submitAnswer(questionId: string, answer: PageAnswer | undefined): Promise<void> {
    const session = this.session;
    if (!session || session.isFinished) {
      return;
    }
    const outcome = session.submit(questionId, answer, Date.now());
    if (outcome.kind === 'ignored') {
      this.context.output.warn(`Ignored an answer from the practice exam page: ${outcome.reason}.`);
    }
    if (session.isFinished) {
      await this.finish();
    } else {
      this.showCurrent();
    }
  }

  /** Ends the exam (idempotent), records it, and shows the result. */
  async finish(): Promise<void> {
    const session = this.session;
    if (!session || this.result) {
      return;
    }
    this.clearTimer();
    session.finish();
    const score = session.score();
    const lessons = new Map((await this.context.repository.catalog()).lessons.map((lesson) => [lesson.id, lesson]));
    this.result = {
      scaledScore: score.scaledScore,
      passed: score.passed,
      correct: score.correct,
      total: score.total,
      byTask: score.byTask.map((task) => ({ ...task, title: taskTitle(task.task) })),
      entries: session.questions.map(({ presented, task }) => {
        const answered = session.answerTo(presented.question.id);
        return {
          question: presented.page,
          answered: answered !== undefined,
          correct: answered?.grade.correct === true,
          feedback: presented.feedback(answered?.grade ?? unansweredGrade(presented.question)),
          task,
          review: { lessonId: presented.lessonId, section: presented.question.section || (lessons.get(presented.lessonId)?.title ?? '') },
        };
      }),
    };
    this.page.post({ type: 'result', result: this.result });
    for (const { presented } of session.questions) {
      const answered = session.answerTo(presented.question.id);
      if (answered) {
        await this.context.progress.recordAnswer(presented.lessonId, presented.question.id, answered.grade.correct);
      }
    }
    await this.context.progress.recordPracticeExam({
      finishedAt: new Date().toISOString(),
      correct: score.correct,
      total: score.total,
      scaledScore: score.scaledScore,
      passed: score.passed,
      timed: session.deadline !== undefined,
      byTask: score.byTask,
    });
  }

  private clearTimer(): void {
    if (this.deadlineTimer !== undefined) {
      clearTimeout(this.deadlineTimer);
      this.deadlineTimer = undefined;
    }
  }
}

async function drawSession(context: PracticeExamContext, options: PracticeExamOptions): Promise<PracticeExamSession | undefined> {
  const { lessons } = await context.repository.catalog();
  const byId = new Map(lessons.map((lesson) => [lesson.id, lesson]));
  const banks = await loadAllQuestionBanks(context.repository, reportQuizProblemsTo(context.repository));
  const pool: ExamPoolQuestion[] = banks.flatMap((bank) => {
    const lesson = byId.get(bank.lessonId);
    return bank.questions.flatMap((question) => {
      const task = lesson && questionTask(lesson, question.section);
      return task ? [{ lessonId: bank.lessonId, question, task }] : [];
    });
  });
  if (pool.length === 0) {
    return undefined;
  }
  const seed = options.seed ?? createSeed();
  const learnerSeed = context.progress.current.shuffleSeed;
  const drawn = drawPracticeExam(pool, options.size, seed);
  const deadline = options.timed ? Date.now() + practiceExamMinutes * 60_000 : undefined;
  return new PracticeExamSession(drawn.map((entry) => ({ presented: presentQuestion(entry.lessonId, entry.question, learnerSeed), task: entry.task })), deadline);
}

function createSeed(): string {
  return Array.from(globalThis.crypto.getRandomValues(new Uint8Array(8)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
