// Small builders for the lesson diagrams. Shapes carry classes, never colors: the lesson page's
// stylesheet maps the classes to --vscode-* theme colors, so the same SVG reads in light, dark and
// high-contrast themes (an SVG loaded through <img> could not see those variables).
import { escapeHtml } from '../../common/html';

export type Tone = 'plain' | 'blue' | 'green' | 'orange' | 'purple';

export interface LabelOptions {
  readonly anchor?: 'start' | 'middle' | 'end';
  readonly className?: string;
}

const lineHeight = 15;

/** A rectangle; `tone` picks a translucent theme chart color behind the text. */
export function box(x: number, y: number, width: number, height: number, tone: Tone = 'plain', extraClass = ''): string {
  const classes = ['dg-box', `dg-tone-${tone}`, extraClass].filter(Boolean).join(' ');
  return `<rect class="${classes}" x="${x}" y="${y}" width="${width}" height="${height}" rx="6"/>`;
}

/** Text centered vertically on y; a "\n" in the text starts a new line. */
export function label(x: number, y: number, text: string, options: LabelOptions = {}): string {
  const lines = text.split('\n');
  const firstY = y - ((lines.length - 1) * lineHeight) / 2 + 4.5;
  const anchor = options.anchor ?? 'middle';
  const spans = lines
    .map((line, index) => `<tspan x="${x}" y="${round(firstY + index * lineHeight)}">${escapeHtml(line)}</tspan>`)
    .join('');
  const classes = ['dg-text', options.className].filter(Boolean).join(' ');
  return `<text class="${classes}" text-anchor="${anchor}">${spans}</text>`;
}

/** A box with a centered label, the commonest part of every diagram. */
export function labelledBox(x: number, y: number, width: number, height: number, text: string, tone: Tone = 'plain'): string {
  return box(x, y, width, height, tone) + label(x + width / 2, y + height / 2, text);
}

/** A straight arrow; `markerId` is the id of the arrowhead from `arrowheadDefinition`. */
export function arrow(x1: number, y1: number, x2: number, y2: number, markerId: string, extraClass = ''): string {
  return `<line class="dg-arrow ${extraClass}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" marker-end="url(#${markerId})"/>`;
}

/** A curved or bent arrow along an SVG path. */
export function pathArrow(d: string, markerId: string, extraClass = ''): string {
  return `<path class="dg-arrow ${extraClass}" d="${d}" fill="none" marker-end="url(#${markerId})"/>`;
}

export function arrowheadDefinition(markerId: string): string {
  return `<defs><marker id="${markerId}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path class="dg-arrowhead" d="M0,0 L10,5 L0,10 z"/></marker></defs>`;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
