import DOMPurify from 'dompurify';
import type { FromLessonPage, LessonPageContent, LessonPageState, ToLessonPage } from '../../lessons/lessonMessages';
import { showHostError } from '../common/hostError';
import { codicon, element, format, initialState, vscodeApi } from '../common/vscodeApi';
import { hydrateSamplingWidgets } from './samplingWidget';
import { sanitizeLesson } from './sanitizeLesson';

const vscode = vscodeApi<{ lessonId?: string }, FromLessonPage.Message>();
const { labels } = initialState<LessonPageState>();
const root = document.getElementById('root')!;
let current: LessonPageContent | undefined;
let endObserver: IntersectionObserver | undefined;

window.addEventListener('message', (event: MessageEvent<ToLessonPage.Message>) => {
  const message = event.data;
  switch (message.type) {
    case 'show':
      show(message.lesson);
      break;
    case 'readState':
      if (current) {
        current = { ...current, isRead: message.isRead };
        document.querySelector('.read-badge')?.toggleAttribute('hidden', !message.isRead);
      }
      break;
    case 'hostError':
      showHostError(message.text, labels.dismiss);
      break;
  }
});

root.addEventListener('click', (event) => {
  const target = (event.target as HTMLElement).closest<HTMLElement>('button.try-it, a.lesson-link, a.section-link, [data-open-lesson], [data-open-quiz]');
  if (!target) {
    return;
  }
  event.preventDefault();
  if (target.matches('button.try-it')) {
    vscode.postMessage({ type: 'runTryIt', command: target.dataset.command ?? '', args: decodeArguments(target.dataset.args) });
  } else if (target.matches('a.section-link')) {
    // In-page links (the exam map's): the webview does not scroll to a #fragment by itself.
    document.getElementById(decodeURIComponent((target.getAttribute('href') ?? '').slice(1)))?.scrollIntoView();
  } else if (target.matches('a.lesson-link')) {
    vscode.postMessage({ type: 'openLesson', lessonId: target.dataset.lesson ?? '', ...(target.dataset.section ? { section: target.dataset.section } : {}) });
  } else if (target.dataset.openLesson) {
    vscode.postMessage({ type: 'openLesson', lessonId: target.dataset.openLesson });
  } else if (target.dataset.openQuiz) {
    vscode.postMessage({ type: 'openQuiz', lessonId: target.dataset.openQuiz });
  }
});

function decodeArguments(encoded: string | undefined): unknown {
  try {
    const binary = atob(encoded ?? '');
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (character) => character.charCodeAt(0))));
  } catch {
    return undefined;
  }
}

function show(lesson: LessonPageContent): void {
  const sameLesson = current?.id === lesson.id;
  current = lesson;
  vscode.setState({ lessonId: lesson.id });
  document.title = lesson.title;
  const article = element('article', { className: 'lesson-body' });
  // Lessons can come from user folders: only sanitized HTML reaches the page, and the reader is
  // told when something was removed (as VS Code's Markdown preview does).
  const sanitized = sanitizeLesson(DOMPurify, lesson.html);
  article.innerHTML = sanitized.html;
  if (sanitized.removed.length > 0) {
    article.prepend(element('p', { className: 'removed-content-notice', role: 'note' }, codicon('shield'), ` ${format(labels.removedContent, sanitized.removed.map((name) => `<${name}>`).join(', '))}`));
  }
  hydrateSamplingWidgets(article);
  root.replaceChildren(header(lesson), article, footer(lesson), element('div', { className: 'end-sentinel', 'aria-hidden': 'true' }));
  watchEnd(lesson.id);
  if (lesson.scrollTo) {
    document.getElementById(lesson.scrollTo)?.scrollIntoView();
  } else if (!sameLesson) {
    window.scrollTo(0, 0);
  }
}

function header(lesson: LessonPageContent): HTMLElement {
  const readBadge = element('span', { className: 'read-badge' }, codicon('check'), ` ${labels.read}`);
  readBadge.hidden = !lesson.isRead;
  return element(
    'header',
    { className: 'lesson-header' },
    element('nav', { className: 'breadcrumb', 'aria-label': lesson.moduleTitle },
      element('span', {}, lesson.moduleTitle),
      element('span', { className: 'separator', 'aria-hidden': 'true' }, '·'),
      element('span', {}, format(labels.lessonOf, lesson.position.index, lesson.position.total)),
      element('span', { className: 'separator', 'aria-hidden': 'true' }, '·'),
      element('span', {}, format(labels.minutes, lesson.minutes)),
      readBadge),
  );
}

function footer(lesson: LessonPageContent): HTMLElement {
  const nav = element('nav', { className: 'lesson-nav', 'aria-label': `${labels.previous} / ${labels.next}` });
  if (lesson.previous) {
    nav.append(element('button', { type: 'button', className: 'secondary', 'data-open-lesson': lesson.previous.id, title: lesson.previous.title }, codicon('arrow-left'), ` ${labels.previous}: ${lesson.previous.title}`));
  } else {
    nav.append(element('span'));
  }
  if (lesson.next) {
    nav.append(element('button', { type: 'button', className: 'secondary', 'data-open-lesson': lesson.next.id, title: lesson.next.title }, `${labels.next}: ${lesson.next.title} `, codicon('arrow-right')));
  }
  const quiz = lesson.hasQuiz
    ? element('button', { type: 'button', className: 'primary take-quiz', 'data-open-quiz': lesson.id }, codicon('checklist'), ` ${labels.takeQuiz}`)
    : '';
  return element('footer', { className: 'lesson-footer' },
    element('p', { className: 'exam-objective' }, element('strong', {}, `${labels.examObjective}: `), lesson.examObjective),
    quiz,
    nav);
}

/** Marks the lesson read once its end has been on screen. */
function watchEnd(lessonId: string): void {
  endObserver?.disconnect();
  const sentinel = document.querySelector('.end-sentinel');
  if (!sentinel) {
    return;
  }
  endObserver = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) {
      endObserver?.disconnect();
      vscode.postMessage({ type: 'reachedEnd', lessonId });
    }
  });
  endObserver.observe(sentinel);
}

vscode.postMessage({ type: 'ready' });
