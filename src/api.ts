/*
 * What `activate` returns: a small, deliberate surface for this extension's integration tests,
 * in the spirit of CodeTour's src/api.ts. Tests drive the extension through its commands and read
 * what it shows through this API; they do not reach into the objects behind it.
 *
 * Rules for adding to it:
 * - Only what a test must read or cannot do through a command (reads, `refresh`/`settled` waits,
 *   and a few test actions that stand in for a click in a webview).
 * - Each entry is a narrow interface (a `Pick` of the members tests use), so the live object's
 *   other members, its emitters and its disposables are not part of the contract.
 * - Webview panels are reached through `active*Panel()`, because the test bundle has its own copy
 *   of each module and cannot see the extension's static `active` fields.
 *
 * Example (test/integration/support/extensionApi.ts activates and returns it):
 *   const api = await activateExtension();
 *   await vscode.commands.executeCommand('learnGenai.openLesson', { lessonId: 'tokens-embeddings-vectors' });
 *   const content = await waitFor(() => api.activeLessonPanel()?.lastContent, 'the lesson page');
 */
import type { ChunksViewProvider } from './chunkingView/chunksViewProvider';
import type { CodeInsight } from './codeInsight/registerCodeInsight';
import type { FewShotCommand } from './fewShot/convertToFewShotCommand';
import type { GlossaryRepository } from './glossary/glossaryRepository';
import type { LessonPanel } from './lessons/lessonPanel';
import type { LessonRepository } from './lessons/lessonRepository';
import type { LessonTreeProvider } from './lessons/lessonTreeProvider';
import type { PracticeExamPanel } from './practiceExam/practiceExamPanel';
import type { ProgressStore } from './progress/progressStore';
import type { QuizPanel } from './quiz/quizPanel';
import type { TokenCountStatusBar } from './tokenCounter/tokenCountStatusBar';
import type { TokenizerViewProvider } from './tokenizerView/tokenizerViewProvider';

/** The status bar counter: what it shows, and a way to wait for the latest count. */
export type TokenCounterApi = Pick<TokenCountStatusBar, 'refresh' | 'currentSummary' | 'currentDisplay'>;

/** The Tokenizer view: the tokens on screen, a way to wait for them, and the model list the page shows. */
export type TokenizerViewApi = Pick<TokenizerViewProvider, 'currentTokens' | 'settled' | 'modelListShown'>;

/** The lessons as loaded (catalog, language, where a lesson's quiz file is). */
export type LessonsApi = Pick<LessonRepository, 'catalog' | 'locale' | 'quizFile'>;

/** The Lessons tree as VS Code reads it. */
export type LessonTreeApi = Pick<LessonTreeProvider, 'getChildren' | 'getTreeItem'>;

/** The learner's progress; `markRead`/`markUnread` set up a test's starting state. */
export type ProgressApi = Pick<ProgressStore, 'current' | 'isRead' | 'markRead' | 'markUnread'>;

/** The lesson page on screen: what it was last asked to show, its tab title, and the folders it may load from. */
export interface LessonPanelApi {
  readonly lastContent: LessonPanel['lastContent'];
  readonly title: string;
  readonly resourceRoots: readonly string[];
}

/** The quiz on screen. */
export type QuizPanelApi = Pick<QuizPanel, 'request' | 'questionCount' | 'currentQuestionNumber' | 'isPageReady'>;

/** The practice exam on screen; `submitAnswer`/`finish` stand in for the learner's clicks. */
export type PracticeExamPanelApi = Pick<PracticeExamPanel, 'currentSession' | 'lastResult' | 'isPageReady' | 'submitAnswer' | 'finish'>;

export type ChunksViewApi = Pick<ChunksViewProvider, 'current' | 'applyStrategy' | 'decorations' | 'exportTo'>;
export type FewShotApi = Pick<FewShotCommand, 'pickers' | 'forgetLastChoice'>;
export type GlossaryApi = Pick<GlossaryRepository, 'get'>;
export type CodeInsightApi = Omit<CodeInsight, 'disposables'>;

/**
 * Each entry of the API: the live object `activate` made (`part`) and the narrow view of it that
 * the API hands out (`api`). One table, so the two can never list different entries.
 */
interface ApiEntries {
  readonly tokenCounter: { readonly part: TokenCountStatusBar; readonly api: TokenCounterApi };
  readonly tokenizerView: { readonly part: TokenizerViewProvider; readonly api: TokenizerViewApi };
  readonly lessons: { readonly part: LessonRepository; readonly api: LessonsApi };
  readonly lessonTree: { readonly part: LessonTreeProvider; readonly api: LessonTreeApi };
  readonly progress: { readonly part: ProgressStore; readonly api: ProgressApi };
  readonly activeLessonPanel: { readonly part: () => LessonPanel | undefined; readonly api: () => LessonPanelApi | undefined };
  readonly activeQuizPanel: { readonly part: () => QuizPanel | undefined; readonly api: () => QuizPanelApi | undefined };
  readonly activePracticeExamPanel: { readonly part: () => PracticeExamPanel | undefined; readonly api: () => PracticeExamPanelApi | undefined };
  readonly chunksView: { readonly part: ChunksViewProvider; readonly api: ChunksViewApi };
  readonly fewShot: { readonly part: FewShotCommand; readonly api: FewShotApi };
  readonly glossary: { readonly part: GlossaryRepository; readonly api: GlossaryApi };
  readonly codeInsight: { readonly part: CodeInsight; readonly api: CodeInsightApi };
}

/** What `activate` returns: the narrow view of every entry in ApiEntries. */
export interface LearnGenaiApi extends Readonly<{ [Entry in keyof ApiEntries]: ApiEntries[Entry]['api'] }> {
  /** Bumped when an entry changes shape, so a test bundle and an extension build that disagree fail clearly. */
  readonly version: 1;
}

/** The live objects `activate` made; `createApi` hands out only the narrow views above. */
export type ApiParts = Readonly<{ [Entry in keyof ApiEntries]: ApiEntries[Entry]['part'] }>;

/** Binds a method so the API entry works when called on its own (`const { refresh } = api.tokenCounter`). */
function bound<T extends object, K extends keyof T>(target: T, key: K): T[K] {
  const member = target[key];
  return (typeof member === 'function' ? (member as (...args: unknown[]) => unknown).bind(target) : member) as T[K];
}

export function createApi(parts: ApiParts): LearnGenaiApi {
  const { tokenCounter, tokenizerView, lessons, lessonTree, progress } = parts;
  const lessonPanelViews = new WeakMap<LessonPanel, LessonPanelApi>();
  return Object.freeze({
    version: 1,
    tokenCounter: Object.freeze({
      refresh: bound(tokenCounter, 'refresh'),
      get currentSummary() { return tokenCounter.currentSummary; },
      get currentDisplay() { return tokenCounter.currentDisplay; },
    }),
    tokenizerView: Object.freeze({ currentTokens: bound(tokenizerView, 'currentTokens'), settled: bound(tokenizerView, 'settled'), modelListShown: bound(tokenizerView, 'modelListShown') }),
    lessons: Object.freeze({
      catalog: bound(lessons, 'catalog'),
      get locale() { return lessons.locale; },
      quizFile: bound(lessons, 'quizFile'),
    }),
    lessonTree: Object.freeze({ getChildren: bound(lessonTree, 'getChildren'), getTreeItem: bound(lessonTree, 'getTreeItem') }),
    progress: Object.freeze({
      get current() { return progress.current; },
      isRead: bound(progress, 'isRead'),
      markRead: bound(progress, 'markRead'),
      markUnread: bound(progress, 'markUnread'),
    }),
    activeLessonPanel: () => {
      const panel = parts.activeLessonPanel();
      if (!panel) {
        return undefined;
      }
      // One view per panel, so tests can compare what two calls return.
      let view = lessonPanelViews.get(panel);
      if (!view) {
        view = Object.freeze({
          get lastContent() { return panel.lastContent; },
          get title() { return panel.panel.title; },
          get resourceRoots() { return (panel.panel.webview.options.localResourceRoots ?? []).map((uri) => uri.toString()); },
        });
        lessonPanelViews.set(panel, view);
      }
      return view;
    },
    activeQuizPanel: parts.activeQuizPanel,
    activePracticeExamPanel: parts.activePracticeExamPanel,
    chunksView: parts.chunksView,
    fewShot: parts.fewShot,
    glossary: parts.glossary,
    codeInsight: parts.codeInsight,
  });
}
