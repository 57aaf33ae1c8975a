import * as vscode from 'vscode';
import { samplingWidgetLabels } from './sampling/samplingWidgetLabels';
import { CommandIds } from '../commandIds';
import { Disposable } from '../common/disposable';
import { PanelSlot, WebviewPageHost, panelWebviewOptions } from '../common/webviewPageHost';
import { themedIcon } from '../common/vscodeThemedIcon';
import type { ProgressStore } from '../progress/progressStore';
import { parseLessonPageMessage, type FromLessonPage, type LessonPageContent, type LessonPageState, type ToLessonPage } from './lessonMessages';
import type { LessonRepository } from './lessonRepository';
import type { Lesson } from './lessonTypes';
import { renderLesson, type ExamMapLabels, type LessonRenderLabels } from './renderLesson';
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
  private static readonly slot = new PanelSlot<LessonPanel>();

  private readonly page: WebviewPageHost<FromLessonPage.Message, ToLessonPage.Message>;
  private lessonId: string | undefined;
  private shownContent: LessonPageContent | undefined;
  private pendingSection: string | undefined;
  private resourceRootsKey = '';

  static async show(context: LessonPanelContext, lessonId: string, section?: string): Promise<LessonPanel> {
    const panel = LessonPanel.slot.revealOrCreate(() => new LessonPanel(
      vscode.window.createWebviewPanel(LessonPanel.viewType, vscode.l10n.t('Lesson'), vscode.ViewColumn.Active, { enableFindWidget: true, retainContextWhenHidden: false }),
      context,
    ));
    await panel.showLesson(lessonId, section);
    return panel;
  }

  static revive(panel: vscode.WebviewPanel, context: LessonPanelContext, memento: LessonPanelMemento | undefined): void {
    if (typeof memento?.lessonId !== 'string') {
      panel.dispose();
      return;
    }
    LessonPanel.slot.hold(new LessonPanel(panel, context)).showInBackground(memento.lessonId);
  }

  /** The panel on screen, for tests and for commands that act on the open lesson. */
  static get active(): LessonPanel | undefined {
    return LessonPanel.slot.active;
  }

  private constructor(readonly panel: vscode.WebviewPanel, private readonly context: LessonPanelContext) {
    super();
    this._register(panel);
    this.updateResourceRoots();
    this.page = this._register(new WebviewPageHost(panel.webview, {
      name: 'lesson page',
      output: context.output,
      parse: parseLessonPageMessage,
      errorMessage: (text) => ({ type: 'hostError', text }),
    }, (message) => this.handle(message)));
    this._register(context.progress.onDidChange(() => {
      if (this.lessonId) {
        this.page.post({ type: 'readState', isRead: context.progress.isRead(this.lessonId) });
      }
    }));
    this._register(context.repository.onDidChange(() => {
      if (this.lessonId) {
        this.showInBackground(this.lessonId);
      }
    }));
    const state: LessonPageState = { labels: pageLabels() };
    this.page.render({
      extensionUri: context.extensionUri,
      title: vscode.l10n.t('Lesson'),
      script: 'lesson.js',
      styles: ['webview.css', 'lesson.css'],
      initialState: state,
      language: context.repository.locale,
    });
  }

  /** For callers nobody awaits: a failure is logged and shown on the page. */
  private showInBackground(lessonId: string): void {
    this.showLesson(lessonId).catch((error: unknown) => this.page.reportError(error));
  }

  /**
   * The page may load the course's and the user's lesson folders; those folders change with the
   * settings, so the roots are set again before each lesson (only when they differ: setting
   * options is cheap, but there is no need to touch the webview otherwise).
   */
  private updateResourceRoots(): void {
    const extra = [vscode.Uri.joinPath(this.context.extensionUri, 'lessons'), ...this.context.userLessonRoots()];
    const key = extra.map((uri) => uri.toString()).join('\n');
    if (key !== this.resourceRootsKey) {
      this.resourceRootsKey = key;
      this.panel.webview.options = panelWebviewOptions(this.context.extensionUri, extra);
    }
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
    this.panel.iconPath = themedIcon(this.context.extensionUri, 'lesson');
    this.updateResourceRoots();
    if (this.page.isReady) {
      this.shownContent = await this.content(lesson);
      this.page.post({ type: 'show', lesson: this.shownContent });
    }
  }

  private async content(lesson: Lesson): Promise<LessonPageContent> {
    const catalog = await this.context.repository.catalog();
    const folder = this.context.repository.lessonFolder(lesson);
    const rendered = renderLesson(lesson.body, {
      labels: renderLabels(),
      resolveImage: (relative) => this.panel.webview.asWebviewUri(vscode.Uri.joinPath(folder, relative)).toString(),
      exam: { guide: lesson.examGuide, map: lesson.examMap, labels: examMapLabels() },
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
      hasQuiz: await this.context.repository.hasQuiz(lesson),
      ...(section ? { scrollTo: rendered.headings.find((heading) => heading.text === section || heading.id === section)?.id ?? section } : {}),
    };
  }

  private async handle(message: FromLessonPage.Message): Promise<void> {
    switch (message.type) {
      case 'ready':
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
    sampling: samplingWidgetLabels(),
    invalidDiagram: vscode.l10n.t('This diagram was not shown: it names no built-in diagram, has no caption, or misses some of its text.'),
  };
}

function examMapLabels(): ExamMapLabels {
  return {
    title: vscode.l10n.t('Exam map'),
    guide: vscode.l10n.t('Exam guide'),
    item: vscode.l10n.t('Exam guide item'),
    section: vscode.l10n.t('Section of this lesson'),
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
    dismiss: vscode.l10n.t('Dismiss'),
    removedContent: vscode.l10n.t('Some content of this lesson was removed because lessons may not contain it: {0}.'),
  };
}
