// Messages between the lesson page (webview) and the extension host, typed once for both sides.
// A message from the webview is input, not truth: `parseLessonPageMessage` checks it on arrival.
import { isBoundedString, isRecord, type HostErrorMessage } from '../common/webviewMessages';

export interface LessonLink {
  readonly id: string;
  readonly title: string;
}

export interface LessonPageContent {
  readonly id: string;
  readonly title: string;
  readonly html: string;
  readonly moduleTitle: string;
  readonly position: { readonly index: number; readonly total: number };
  readonly minutes: number;
  readonly examObjective: string;
  readonly previous?: LessonLink;
  readonly next?: LessonLink;
  readonly isRead: boolean;
  readonly hasQuiz: boolean;
  /** Heading id to scroll to once shown. */
  readonly scrollTo?: string;
}

export interface LessonPageLabels {
  readonly previous: string;
  readonly next: string;
  readonly takeQuiz: string;
  readonly minutes: string;
  readonly lessonOf: string;
  readonly read: string;
  readonly examObjective: string;
  readonly onThisPage: string;
  readonly dismiss: string;
  /** "Some content was removed…: {0}", {0} lists what was removed. */
  readonly removedContent: string;
}

export namespace ToLessonPage {
  export interface Show {
    readonly type: 'show';
    readonly lesson: LessonPageContent;
  }
  export interface ReadState {
    readonly type: 'readState';
    readonly isRead: boolean;
  }
  export type Message = Show | ReadState | HostErrorMessage;
}

export namespace FromLessonPage {
  export interface Ready {
    readonly type: 'ready';
  }
  export interface OpenLesson {
    readonly type: 'openLesson';
    readonly lessonId: string;
    readonly section?: string;
  }
  export interface RunTryIt {
    readonly type: 'runTryIt';
    readonly command: string;
    readonly args: unknown;
  }
  export interface ReachedEnd {
    readonly type: 'reachedEnd';
    readonly lessonId: string;
  }
  export interface OpenQuiz {
    readonly type: 'openQuiz';
    readonly lessonId: string;
  }
  export type Message = Ready | OpenLesson | RunTryIt | ReachedEnd | OpenQuiz;
}

/** The initial state handed to the page in `data-state`. */
export interface LessonPageState {
  readonly labels: LessonPageLabels;
}

export function parseLessonPageMessage(message: unknown): FromLessonPage.Message | undefined {
  if (!isRecord(message)) {
    return undefined;
  }
  switch (message.type) {
    case 'ready':
      return { type: 'ready' };
    case 'openLesson':
      if (!isBoundedString(message.lessonId) || (message.section !== undefined && !isBoundedString(message.section, 500))) {
        return undefined;
      }
      return { type: 'openLesson', lessonId: message.lessonId, ...(message.section !== undefined ? { section: message.section } : {}) };
    case 'runTryIt':
      return isBoundedString(message.command) ? { type: 'runTryIt', command: message.command, args: message.args } : undefined;
    case 'reachedEnd':
      return isBoundedString(message.lessonId) ? { type: 'reachedEnd', lessonId: message.lessonId } : undefined;
    case 'openQuiz':
      return isBoundedString(message.lessonId) ? { type: 'openQuiz', lessonId: message.lessonId } : undefined;
    default:
      return undefined;
  }
}
