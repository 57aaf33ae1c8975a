import { Marked, type Tokens } from 'marked';
import markedAlert from 'marked-alert';
import { getHeadingList, gfmHeadingId, resetHeadings } from 'marked-gfm-heading-id';
import { parse as parseYaml } from 'yaml';
import { escapeHtml } from '../common/html';
import { parseDiagramBlock, renderDiagram } from './diagrams/renderDiagram';
import type { ExamMapEntry } from './lessonTypes';
import { parseSamplingBlock, renderSamplingWidget, samplingBlockLanguage, defaultSamplingLabels } from './sampling/renderSamplingBlock';
import type { SamplingWidgetLabels } from './sampling/samplingSpec';
import { checkTryIt } from './tryItCommands';

/** Localized words the rendered page needs; the host passes them in. */
export interface LessonRenderLabels {
  readonly misconception: string;
  readonly takeaways: string;
  readonly exam: string;
  readonly note: string;
  readonly tip: string;
  readonly warning: string;
  readonly invalidTryIt: string;
  /** Optional so hosts built before diagrams existed still compile; without it a refused diagram shows only an icon. */
  readonly invalidDiagram?: string;
  /** The sampling widget's words; English when absent. */
  readonly sampling?: SamplingWidgetLabels;
}

/** Localized words of the exam map. */
export interface ExamMapLabels {
  readonly title: string;
  readonly guide: string;
  readonly item: string;
  readonly section: string;
}

export interface LessonRenderOptions {
  readonly labels: LessonRenderLabels;
  /** Turns an image path relative to the lesson into a URL the page may load, or undefined to drop it. */
  readonly resolveImage: (relativePath: string) => string | undefined;
  /** The lesson's exam map, shown at the end of the page with links to its sections. */
  readonly exam?: { readonly guide?: string; readonly map?: readonly ExamMapEntry[]; readonly labels: ExamMapLabels };
}

export interface RenderedHeading {
  readonly level: number;
  readonly text: string;
  readonly id: string;
}

export interface RenderedLesson {
  /** HTML to be sanitized by the page before it is shown (lessons can come from user folders). */
  readonly html: string;
  readonly headings: readonly RenderedHeading[];
  /** How many try-it blocks were refused (unknown command or bad arguments). */
  readonly refusedTryIts: number;
  /** How many diagram blocks were refused (unknown diagram, no caption, or a missing text key). */
  readonly refusedDiagrams: number;
  /** Exam-map sections that name no heading of the lesson. */
  readonly unknownExamMapSections: readonly string[];
}

const codicon = (name: string): string => `<span class="codicon codicon-${name}" aria-hidden="true"></span>`;

/** Base64 of UTF-8 JSON, so arguments survive any attribute quoting and any sanitizer. */
export function encodeArguments(args: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(args));
  let binary = '';
  for (const byte of bytes) {
    binary += String.fromCharCode(byte);
  }
  return btoa(binary);
}

/**
 * Renders a lesson's Markdown with `marked`: GitHub heading ids, alert callouts (with the course's
 * misconception, takeaways and exam variants), "try it" blocks as buttons for allowed commands only,
 * `lesson:` links as in-page navigation, and images through `resolveImage`.
 */
export function renderLesson(markdown: string, options: LessonRenderOptions): RenderedLesson {
  const { labels } = options;
  let refusedTryIts = 0;
  let refusedDiagrams = 0;
  let diagramCount = 0;
  const marked = new Marked(
    gfmHeadingId(),
    markedAlert({
      variants: [
        { type: 'misconception', icon: codicon('lightbulb-autofix'), title: labels.misconception },
        { type: 'takeaways', icon: codicon('checklist'), title: labels.takeaways },
        { type: 'exam', icon: codicon('mortar-board'), title: labels.exam },
        { type: 'note', icon: codicon('info'), title: labels.note },
        { type: 'tip', icon: codicon('lightbulb'), title: labels.tip },
        { type: 'warning', icon: codicon('warning'), title: labels.warning },
        { type: 'caution', icon: codicon('warning'), title: labels.warning },
        { type: 'important', icon: codicon('report'), title: labels.note },
      ],
    }),
    {
      gfm: true,
      renderer: {
        code({ text, lang }: Tokens.Code): string | false {
          if (lang?.trim() === 'diagram') {
            const spec = parseDiagramBlock(text);
            if (!spec) {
              refusedDiagrams++;
              return `<p class="diagram-invalid">${codicon('warning')} ${escapeHtml(labels.invalidDiagram ?? '')}</p>`;
            }
            diagramCount++;
            return renderDiagram(spec, `dg-${spec.name}-${diagramCount}`);
          }
          if (lang?.trim() === samplingBlockLanguage) {
            const spec = parseSamplingBlock(text);
            return spec
              ? renderSamplingWidget(spec, labels.sampling ?? defaultSamplingLabels)
              : `<p class="try-it-invalid">${codicon('warning')} ${escapeHtml(labels.invalidTryIt)}</p>`;
          }
          if (lang?.trim() !== 'tryit') {
            return false;
          }
          const button = renderTryIt(text);
          if (!button) {
            refusedTryIts++;
            return `<p class="try-it-invalid">${codicon('warning')} ${escapeHtml(labels.invalidTryIt)}</p>`;
          }
          return button;
        },
        link({ href, title, tokens }: Tokens.Link): string | false {
          const inner = this.parser.parseInline(tokens);
          if (href.startsWith('lesson:')) {
            const [lessonId, section] = href.slice('lesson:'.length).split('#', 2);
            const sectionAttribute = section ? ` data-section="${escapeHtml(decodeSection(section))}"` : '';
            return `<a href="#" class="lesson-link" data-lesson="${escapeHtml(lessonId)}"${sectionAttribute}>${inner}</a>`;
          }
          if (/^https?:/i.test(href) || href.startsWith('#')) {
            return `<a href="${escapeHtml(href)}"${title ? ` title="${escapeHtml(title)}"` : ''}>${inner}</a>`;
          }
          // Other schemes (command:, file:, javascript: ...) never become live links in a lesson.
          return `<span class="dead-link">${inner}</span>`;
        },
        image({ href, title, text }: Tokens.Image): string {
          const source = /^[a-z][a-z0-9+.-]*:/i.test(href) ? undefined : options.resolveImage(href);
          if (!source) {
            return `<span class="missing-image">${escapeHtml(text)}</span>`;
          }
          return `<img src="${escapeHtml(source)}" alt="${escapeHtml(text)}"${title ? ` title="${escapeHtml(title)}"` : ''}>`;
        },
      },
    },
  );
  resetHeadings();
  const html = marked.parse(markdown, { async: false });
  const headings = getHeadingList().map(({ level, text, id }) => ({ level, text: decodeEntities(text), id }));
  const examMap = renderExamMap(options.exam, headings);
  return { html: html + examMap.html, headings, refusedTryIts, refusedDiagrams, unknownExamMapSections: examMap.unknownSections };
}

/** The exam map: each guide item with a link to the section that teaches it. */
function renderExamMap(
  exam: LessonRenderOptions['exam'],
  headings: readonly RenderedHeading[],
): { html: string; unknownSections: string[] } {
  const entries = exam?.map ?? [];
  if (!exam || (entries.length === 0 && !exam.guide)) {
    return { html: '', unknownSections: [] };
  }
  const { labels } = exam;
  const unknownSections: string[] = [];
  const rows = entries.map((entry) => {
    const heading = headings.find((candidate) => candidate.level > 1 && candidate.text === entry.section);
    if (!heading) {
      unknownSections.push(entry.section);
    }
    const section = heading
      ? `<a href="#${escapeHtml(heading.id)}" class="section-link">${escapeHtml(entry.section)}</a>`
      : `<span class="dead-link">${escapeHtml(entry.section)}</span>`;
    const task = entry.ref.split('/')[0];
    return `<tr><td><span class="exam-task">${escapeHtml(task)}</span> ${escapeHtml(entry.item)}</td><td>${section}</td></tr>`;
  });
  const guide = exam.guide ? `<p class="exam-guide"><strong>${escapeHtml(labels.guide)}:</strong> ${escapeHtml(exam.guide)}</p>` : '';
  const table = rows.length > 0
    ? `<table><thead><tr><th>${escapeHtml(labels.item)}</th><th>${escapeHtml(labels.section)}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
    : '';
  const html = `<section class="exam-map"><h2>${codicon('mortar-board')} ${escapeHtml(labels.title)}</h2>${guide}${table}</section>`;
  return { html, unknownSections };
}

function renderTryIt(source: string): string | undefined {
  let data: unknown;
  try {
    data = parseYaml(source);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null) {
    return undefined;
  }
  const { command, label, args } = data as { command?: unknown; label?: unknown; args?: unknown };
  const tryIt = checkTryIt(command, args);
  if (!tryIt || typeof label !== 'string' || label.trim() === '') {
    return undefined;
  }
  return `<p class="try-it-row"><button type="button" class="try-it" data-command="${escapeHtml(tryIt.command)}" data-args="${encodeArguments(tryIt.args)}">${codicon('play')} ${escapeHtml(label)}</button></p>`;
}

/** A `lesson:id#section` anchor, %-decoded; kept as written when its escapes are malformed (`%E0%A4%A`). */
function decodeSection(section: string): string {
  try {
    return decodeURIComponent(section);
  } catch {
    return section;
  }
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
