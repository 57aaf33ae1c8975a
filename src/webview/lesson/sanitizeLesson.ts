import type { DOMPurify } from 'dompurify';

/**
 * What a lesson may contain after sanitizing, on top of DOMPurify's defaults. Lessons can come from
 * user folders, so forms and form controls (which could post or phish), `<base>`, and styles or
 * frames are removed; the page's own attributes for try-it buttons and lesson links are kept.
 */
export const lessonSanitizeConfig = {
  ADD_ATTR: ['data-command', 'data-args', 'data-lesson', 'data-section'],
  FORBID_TAGS: ['form', 'input', 'textarea', 'select', 'option', 'base', 'style', 'link', 'meta', 'iframe', 'frame', 'object', 'embed'],
  FORBID_ATTR: ['action', 'formaction', 'style'],
};

export interface SanitizedLesson {
  readonly html: string;
  /** Names of the elements and attributes removed ("form", "onclick"...), each once, in order. */
  readonly removed: readonly string[];
}

/** Sanitizes a rendered lesson and says what was removed, so the page can tell the reader. */
export function sanitizeLesson(purify: DOMPurify, html: string): SanitizedLesson {
  const clean = purify.sanitize(html, lessonSanitizeConfig);
  const removed = new Set<string>();
  for (const entry of purify.removed) {
    const name = 'attribute' in entry && entry.attribute ? entry.attribute.name : 'element' in entry ? entry.element.nodeName.toLowerCase() : '';
    // DOMPurify reports the wrapper elements of a parsed fragment too; they are not lesson content.
    if (name && !['body', 'html', 'head', '#text', '#comment'].includes(name)) {
      removed.add(name);
    }
  }
  return { html: clean, removed: [...removed] };
}
