import * as vscode from 'vscode';
import { CommandIds } from '../commandIds';
import { Disposable } from '../common/disposable';
import { PanelSlot, WebviewPageHost, panelWebviewOptions } from '../common/webviewPageHost';
import { themedIcon } from '../common/vscodeThemedIcon';
import type { LessonRepository } from '../lessons/lessonRepository';
import { passingScore } from '../progress/progressState';
import type { ProgressStore } from '../progress/progressStore';
import { loadAllQuestionBanks, loadQuestionBank, pickQuestions } from './quizBanks';
import { parseQuizPageMessage, type FromQuizPage, type QuizMemento, type QuizPageState, type ToQuizPage } from './quizMessages';
import { quizPageLabels } from './quizPageLabels';
import { reportQuizProblemsTo } from './quizProblemMessages';
import { presentQuestion, type PresentedQuestion } from './quizPresentation';
import { QuizSession, type QuizRequest } from './quizSession';
import type { GradeResult } from './quizTypes';

export interface QuizPanelContext {
  readonly extensionUri: vscode.Uri;
  readonly repository: LessonRepository;
  readonly progress: ProgressStore;
  readonly output: vscode.LogOutputChannel;
}

/** A session ready to show, with what the panel needs around it. */
interface PreparedQuiz {
  readonly session: QuizSession;
  readonly title: string;
  /** Lesson quizzes: the number of questions in the whole quiz, for the lesson's score. */
  readonly quizSize: number;
}

/**
 * The quiz page: one webview panel that asks a session's questions one at a time. The host keeps
 * the truth: the page gets no answer key until it submits, and every answer is checked, graded and
 * recorded here.
 */
export class QuizPanel extends Disposable {
  static readonly viewType = 'learnGenai.quiz';
  private static readonly slot = new PanelSlot<QuizPanel>();

  private readonly page: WebviewPageHost<FromQuizPage.Message, ToQuizPage.Message>;
  private quiz: PreparedQuiz | undefined;
  private finished = false;

  /** Opens (or reuses) the panel on a new session; shows a message instead when there is nothing to ask. */
  static async show(context: QuizPanelContext, request: QuizRequest): Promise<QuizPanel | undefined> {
    const quiz = await prepareQuiz(context, request);
    if (!quiz) {
      return undefined;
    }
    const panel = QuizPanel.slot.revealOrCreate(() => new QuizPanel(
      vscode.window.createWebviewPanel(QuizPanel.viewType, quiz.title, vscode.ViewColumn.Active, { retainContextWhenHidden: false }),
      context,
    ));
    panel.begin(quiz);
    return panel;
  }

  /** After a reload: the quiz starts again from its first question. */
  static async revive(panel: vscode.WebviewPanel, context: QuizPanelContext, memento: unknown): Promise<void> {
    const request = requestFromMemento(memento);
    const quiz = request && (await prepareQuiz(context, request));
    if (!quiz) {
      panel.dispose();
      return;
    }
    QuizPanel.slot.hold(new QuizPanel(panel, context)).begin(quiz);
  }

  /** The panel on screen, for tests and commands. */
  static get active(): QuizPanel | undefined {
    return QuizPanel.slot.active;
  }

  private constructor(readonly panel: vscode.WebviewPanel, private readonly context: QuizPanelContext) {
    super();
    this._register(panel);
    panel.webview.options = panelWebviewOptions(context.extensionUri);
    panel.iconPath = themedIcon(context.extensionUri, 'quiz');
    this.page = this._register(new WebviewPageHost(panel.webview, {
      name: 'quiz page',
      output: context.output,
      parse: parseQuizPageMessage,
      errorMessage: (text) => ({ type: 'hostError', text }),
    }, (message) => this.handle(message)));
    const state: QuizPageState = { labels: quizPageLabels() };
    this.page.render({
      extensionUri: context.extensionUri,
      title: vscode.l10n.t('Quiz'),
      script: 'quiz.js',
      styles: ['webview.css', 'quiz.css'],
      initialState: state,
      language: context.repository.locale,
    });
  }

  /** What the session asks, for tests. */
  get request(): QuizRequest | undefined {
    return this.quiz?.session.request;
  }

  get questionCount(): number {
    return this.quiz?.session.total ?? 0;
  }

  /** 1-based number of the question on screen; 0 before a session starts. */
  get currentQuestionNumber(): number {
    return this.quiz ? this.quiz.session.currentIndex + 1 : 0;
  }

  get isPageReady(): boolean {
    return this.page.isReady;
  }

  private begin(quiz: PreparedQuiz): void {
    this.quiz = quiz;
    this.finished = false;
    this.panel.title = quiz.title;
    if (this.page.isReady) {
      this.showCurrent();
    }
  }

  /** Everything the page needs to show where the learner is; also after the page was reloaded. */
  private showCurrent(): void {
    if (!this.quiz) {
      return;
    }
    const { session, title } = this.quiz;
    this.post({ type: 'start', title, memento: mementoOf(session.request) });
    if (this.finished) {
      this.showSummary();
      return;
    }
    const presented = session.current;
    if (!presented) {
      return;
    }
    this.post({ type: 'question', question: presented.page, index: session.currentIndex + 1, total: session.total, isLast: session.currentIndex === session.total - 1 });
    const answered = session.answerTo(presented.question.id);
    if (answered) {
      this.post(feedbackMessage(presented, answered.grade));
    }
  }

  private async handle(message: FromQuizPage.Message): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.showCurrent();
        return;
      case 'submit':
        await this.submit(message);
        return;
      case 'next':
        await this.next();
        return;
      case 'retryMistakes':
        await this.restart('mistakes');
        return;
      case 'retake':
        await this.restart('all');
        return;
      case 'backToLesson': {
        const request = this.quiz?.session.request;
        if (request?.kind === 'lesson') {
          await vscode.commands.executeCommand(CommandIds.openLesson, { lessonId: request.lessonId });
        }
        return;
      }
      case 'openSection':
        await vscode.commands.executeCommand(CommandIds.openLesson, { lessonId: message.lessonId, section: message.section });
        return;
    }
  }

  private async submit(message: FromQuizPage.Submit): Promise<void> {
    const session = this.quiz?.session;
    if (!session) {
      return;
    }
    const outcome = session.submit(message.questionId, message.answer);
    if (outcome.kind === 'ignored') {
      this.context.output.warn(`Ignored an answer from the quiz page: ${outcome.reason}.`);
      return;
    }
    this.post(feedbackMessage(outcome.presented, outcome.grade));
    // The store reports and retries a failed write itself; the quiz goes on either way.
    await this.context.progress.recordAnswer(outcome.presented.lessonId, outcome.presented.question.id, outcome.grade.correct);
  }

  private async next(): Promise<void> {
    const session = this.quiz?.session;
    if (!session || this.finished) {
      return;
    }
    if (session.advance()) {
      this.showCurrent();
      return;
    }
    if (!session.isFinished) {
      return;
    }
    this.finished = true;
    const request = session.request;
    if (request.kind === 'lesson') {
      await this.context.progress.recordQuizResult(request.lessonId, session.lessonScore(this.quiz?.quizSize ?? session.total));
    }
    this.showSummary();
  }

  private showSummary(): void {
    if (!this.quiz) {
      return;
    }
    const { session, quizSize } = this.quiz;
    const results = session.results();
    const isLesson = session.request.kind === 'lesson';
    this.post({
      type: 'summary',
      summary: {
        correctCount: results.correctCount,
        total: results.total,
        score: results.score,
        ...(isLesson ? { passed: session.lessonScore(quizSize) >= passingScore } : {}),
        passingScore,
        entries: results.entries,
        canRetryMistakes: results.mistakeIds.length > 0,
        canGoBackToLesson: isLesson,
      },
    });
  }

  private async restart(which: 'mistakes' | 'all'): Promise<void> {
    const session = this.quiz?.session;
    if (!session) {
      return;
    }
    const results = session.results();
    const request = session.request;
    let next: QuizRequest;
    if (which === 'mistakes') {
      if (results.mistakeIds.length === 0) {
        return;
      }
      next = request.kind === 'lesson'
        ? { kind: 'lesson', lessonId: request.lessonId, onlyQuestionIds: results.mistakeIds, carriedCorrectCount: (request.carriedCorrectCount ?? 0) + results.correctCount }
        : { kind: 'review', onlyQuestionIds: results.mistakeIds };
    } else {
      next = request.kind === 'lesson'
        ? { kind: 'lesson', lessonId: request.lessonId }
        : { kind: 'review', onlyQuestionIds: session.questions.map((presented) => presented.question.id) };
    }
    const quiz = await prepareQuiz(this.context, next);
    if (quiz) {
      this.begin(quiz);
    }
  }

  private post(message: ToQuizPage.Message): void {
    this.page.post(message);
  }
}

export function quizPanelSerializer(context: QuizPanelContext): vscode.WebviewPanelSerializer<unknown> {
  return {
    deserializeWebviewPanel: (panel, state) => QuizPanel.revive(panel, context, state),
  };
}

/** Loads the questions a request asks for; tells the learner and returns undefined when there are none. */
async function prepareQuiz(context: QuizPanelContext, request: QuizRequest): Promise<PreparedQuiz | undefined> {
  const report = reportQuizProblemsTo(context.repository);
  const seed = context.progress.current.shuffleSeed;
  if (request.kind === 'lesson') {
    const lesson = (await context.repository.catalog()).find(request.lessonId);
    if (!lesson) {
      void vscode.window.showErrorMessage(vscode.l10n.t('There is no lesson "{0}".', request.lessonId));
      return undefined;
    }
    const bank = await loadQuestionBank(context.repository, lesson, report);
    const only = request.onlyQuestionIds && new Set(request.onlyQuestionIds);
    const questions = (bank?.questions ?? []).filter((question) => !only || only.has(question.id));
    if (questions.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('The lesson "{0}" has no quiz yet.', lesson.title));
      return undefined;
    }
    return {
      session: new QuizSession(request, questions.map((question) => presentQuestion(lesson.id, question, seed))),
      title: vscode.l10n.t('Quiz: {0}', lesson.title),
      quizSize: bank?.questions.length ?? questions.length,
    };
  }
  const banks = await loadAllQuestionBanks(context.repository, report);
  const picked = pickQuestions(banks, request.onlyQuestionIds ?? context.progress.dueQuestionIds());
  if (picked.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No questions are due for review right now.'));
    return undefined;
  }
  return {
    session: new QuizSession(request, picked.map(({ lessonId, question }) => presentQuestion(lessonId, question, seed))),
    title: vscode.l10n.t('Review Due Questions'),
    quizSize: picked.length,
  };
}

function feedbackMessage(presented: PresentedQuestion, grade: GradeResult): ToQuizPage.ShowFeedback {
  return {
    type: 'feedback',
    questionId: presented.question.id,
    correct: grade.correct,
    feedback: presented.feedback(grade),
    review: { lessonId: presented.lessonId, section: presented.question.section },
  };
}

function mementoOf(request: QuizRequest): QuizMemento {
  return request.kind === 'lesson' ? { kind: 'lesson', lessonId: request.lessonId } : { kind: 'review' };
}

/** The page's saved state is input too: only a well-formed memento restarts a quiz. */
function requestFromMemento(memento: unknown): QuizRequest | undefined {
  if (typeof memento !== 'object' || memento === null) {
    return undefined;
  }
  const record = memento as { kind?: unknown; lessonId?: unknown };
  if (record.kind === 'lesson' && typeof record.lessonId === 'string') {
    return { kind: 'lesson', lessonId: record.lessonId };
  }
  return record.kind === 'review' ? { kind: 'review' } : undefined;
}

