import * as vscode from 'vscode';
import { CommandIds } from '../commandIds';
import { Disposable } from '../common/disposable';
import { webviewPage, webviewResourceRoots } from '../common/webviewHtml';
import type { ProgressStore } from '../progress/progressStore';
import { parseLessonPageMessage, type FromLessonPage, type LessonPageContent, type LessonPageState, type ToLessonPage } from './lessonMessages';
import type { LessonRepository } from './lessonRepository';
import type { Lesson } from './lessonTypes';
import { renderLesson, type LessonRenderLabels } from './renderLesson';
import { checkTryIt } from './tryItCommands';

/** What the page remembers through `setState`, so the serializer can restore it after a reload. */
interface LessonPanelMemento {
  readonly lessonId?: string;
}

/**
 * The lesson page: one webview panel that shows a lesson rendered from Markdown and follows the
 * learner's prev/next and lesson links. It marks the lesson read when the learner reaches its end.
 */
export class LessonPanel extends Disposable {
  static readonly viewType = 'learnGenai.lesson';
  private static current: LessonPanel | undefined;

  private lessonId: string | undefined;
  private pageReady = false;
  private shownContent: LessonPageContent | undefined;
  private pendingSection: string | undefined;

  static async show(context: LessonPanelContext, lessonId: string, section?: string): Promise<LessonPanel> {
    if (!LessonPanel.current) {
      const panel = vscode.window.createWebviewPanel(LessonPanel.viewType, vscode.l10n.t('Lesson'), vscode.ViewColumn.Active, {
        enableScripts: true,
        enableFindWidget: true,
        retainContextWhenHidden: false,
        localResourceRoots: LessonPanel.resourceRoots(context),
      });
      LessonPanel.current = new LessonPanel(panel, context);
    } else {
      LessonPanel.current.panel.reveal(undefined, false);
    }
    await LessonPanel.current.showLesson(lessonId, section);
    return LessonPanel.current;
  }

  static revive(panel: vscode.WebviewPanel, context: LessonPanelContext, memento: LessonPanelMemento | undefined): void {
    panel.webview.options = { enableScripts: true, localResourceRoots: LessonPanel.resourceRoots(context) };
    LessonPanel.current?.dispose();
    LessonPanel.current = new LessonPanel(panel, context);
    if (typeof memento?.lessonId === 'string') {
      void LessonPanel.current.showLesson(memento.lessonId);
    } else {
      panel.dispose();
    }
  }

  /** The panel on screen, for tests and for commands that act on the open lesson. */
  static get active(): LessonPanel | undefined {
    return LessonPanel.current;
  }

  private static resourceRoots(context: LessonPanelContext): vscode.Uri[] {
    return webviewResourceRoots(context.extensionUri, [vscode.Uri.joinPath(context.extensionUri, 'lessons'), ...context.userLessonRoots()]);
  }

  private constructor(readonly panel: vscode.WebviewPanel, private readonly context: LessonPanelContext) {
    super();
    this._register(panel);
    this._register(panel.onDidDispose(() => {
      if (LessonPanel.current === this) {
        LessonPanel.current = undefined;
      }
      this.dispose();
    }));
    this._register(panel.webview.onDidReceiveMessage((data: unknown) => this.onMessage(data)));
    this._register(context.progress.onDidChange(() => {
      if (this.lessonId && this.pageReady) {
        this.post({ type: 'readState', isRead: context.progress.isRead(this.lessonId) });
      }
    }));
    this._register(context.repository.onDidChange(() => {
      if (this.lessonId) {
        void this.showLesson(this.lessonId);
      }
    }));
    const state: LessonPageState = { labels: pageLabels() };
    panel.webview.html = webviewPage({
      webview: panel.webview,
      extensionUri: context.extensionUri,
      title: vscode.l10n.t('Lesson'),
      script: 'lesson.js',
      styles: ['webview.css', 'lesson.css'],
      initialState: state,
      language: context.repository.locale,
    });
  }

  get shownLessonId(): string | undefined {
    return this.lessonId;
  }

  /** What the page was last asked to show (tests compare it with the lesson file). */
  get lastContent(): LessonPageContent | undefined {
    return this.shownContent;
  }

  async showLesson(lessonId: string, section?: string): Promise<void> {
    const catalog = await this.context.repository.catalog();
    const lesson = catalog.find(lessonId);
    if (!lesson) {
      void vscode.window.showErrorMessage(vscode.l10n.t('There is no lesson "{0}".', lessonId));
      return;
    }
    this.lessonId = lesson.id;
    this.pendingSection = section;
    this.panel.title = lesson.title;
    this.panel.iconPath = vscode.Uri.joinPath(this.context.extensionUri, 'media', 'activity-bar.svg');
    if (this.pageReady) {
      this.shownContent = await this.content(lesson);
      this.post({ type: 'show', lesson: this.shownContent });
    }
  }

  private async content(lesson: Lesson): Promise<LessonPageContent> {
    const catalog = await this.context.repository.catalog();
    const folder = this.context.repository.lessonFolder(lesson);
    const rendered = renderLesson(lesson.body, {
      labels: renderLabels(),
      resolveImage: (relative) => this.panel.webview.asWebviewUri(vscode.Uri.joinPath(folder, relative)).toString(),
    });
    const { previous, next } = catalog.neighbours(lesson.id);
    const section = this.pendingSection;
    this.pendingSection = undefined;
    const moduleTitle = catalog.modules.find((module) => catalog.lessonsIn(module.id).includes(lesson))?.title ?? '';
    return {
      id: lesson.id,
      title: lesson.title,
      html: rendered.html,
      moduleTitle,
      position: catalog.positionInModule(lesson.id) ?? { index: 1, total: 1 },
      minutes: lesson.minutes,
      examObjective: lesson.examObjective,
      ...(previous ? { previous: { id: previous.id, title: previous.title } } : {}),
      ...(next ? { next: { id: next.id, title: next.title } } : {}),
      isRead: this.context.progress.isRead(lesson.id),
      hasQuiz: (await this.context.repository.readQuizText(lesson)) !== undefined,
      ...(section ? { scrollTo: rendered.headings.find((heading) => heading.text === section || heading.id === section)?.id ?? section } : {}),
    };
  }

  private async onMessage(data: unknown): Promise<void> {
    const message = parseLessonPageMessage(data);
    if (!message) {
      this.context.output.warn(`Ignored a malformed message from the lesson page: ${safeJson(data)}`);
      return;
    }
    await this.handle(message);
  }

  private async handle(message: FromLessonPage.Message): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.pageReady = true;
        if (this.lessonId) {
          await this.showLesson(this.lessonId, this.pendingSection);
        }
        return;
      case 'openLesson':
        await this.showLesson(message.lessonId, message.section);
        return;
      case 'runTryIt': {
        const tryIt = checkTryIt(message.command, message.args);
        if (!tryIt) {
          void vscode.window.showWarningMessage(vscode.l10n.t('This lesson asked to run "{0}", which lessons may not run.', message.command));
          return;
        }
        await vscode.commands.executeCommand(tryIt.command, tryIt.args);
        return;
      }
      case 'reachedEnd':
        if (message.lessonId === this.lessonId) {
          await this.context.progress.markRead(message.lessonId);
        }
        return;
      case 'openQuiz':
        await vscode.commands.executeCommand(CommandIds.openQuiz, { lessonId: message.lessonId });
        return;
    }
  }

  private post(message: ToLessonPage.Message): void {
    void this.panel.webview.postMessage(message);
  }
}

export interface LessonPanelContext {
  readonly extensionUri: vscode.Uri;
  readonly repository: LessonRepository;
  readonly progress: ProgressStore;
  readonly output: vscode.LogOutputChannel;
  userLessonRoots(): vscode.Uri[];
}

export function lessonPanelSerializer(context: LessonPanelContext): vscode.WebviewPanelSerializer<LessonPanelMemento> {
  return {
    deserializeWebviewPanel(panel, state) {
      LessonPanel.revive(panel, context, state);
      return Promise.resolve();
    },
  };
}

function renderLabels(): LessonRenderLabels {
  return {
    misconception: vscode.l10n.t('Common misconception'),
    takeaways: vscode.l10n.t('Key takeaways'),
    exam: vscode.l10n.t('For the exam'),
    note: vscode.l10n.t('Note'),
    tip: vscode.l10n.t('Tip'),
    warning: vscode.l10n.t('Warning'),
    invalidTryIt: vscode.l10n.t('This "try it" block was not shown: its command is not allowed or its arguments are invalid.'),
  };
}

function pageLabels(): LessonPageState['labels'] {
  return {
    previous: vscode.l10n.t('Previous'),
    next: vscode.l10n.t('Next'),
    takeQuiz: vscode.l10n.t('Take the quiz'),
    minutes: vscode.l10n.t('{0} min read'),
    lessonOf: vscode.l10n.t('Lesson {0} of {1}'),
    read: vscode.l10n.t('Read'),
    examObjective: vscode.l10n.t('Exam objective'),
    onThisPage: vscode.l10n.t('On this page'),
  };
}

function safeJson(data: unknown): string {
  try {
    return JSON.stringify(data).slice(0, 200);
  } catch {
    return String(data);
  }
}
