// How one token reads on the page: its text (optionally with visible whitespace) or its ids.
import type { ShownToken } from '../../tokenizerView/tokenizerMessages';

export interface DisplayOptions {
  readonly showIds: boolean;
  readonly showWhitespace: boolean;
}

const visibleMarks: Record<string, string> = { ' ': '·', '\t': '→', '\r\n': '↵\n', '\n': '↵\n', '\r': '␍' };

/** Spaces, tabs and line breaks as · → ↵ (␍ for a lone carriage return), keeping the real line breaks. */
export function withVisibleWhitespace(text: string): string {
  return text.replace(/\r\n|[ \t\r\n]/g, (match) => visibleMarks[match] ?? match);
}

/** The text as the page draws it: CR LF is one line break, a lone CR draws nothing. */
function drawnText(text: string): string {
  return text.replace(/\r\n?/g, (match) => (match.length === 2 ? '\n' : ''));
}

/** The ids instead of the text, keeping the text's line breaks so the layout still follows the lines. */
function idsText(token: ShownToken): string {
  const ids = token.ids.length > 0 ? token.ids.join(' ') : '∅';
  const breaks = token.text.match(/\r\n|\n|\r/g)?.length ?? 0;
  return ids + '\n'.repeat(breaks);
}

export function tokenContent(token: ShownToken, options: DisplayOptions): string {
  if (options.showIds) {
    return idsText(token);
  }
  return options.showWhitespace ? withVisibleWhitespace(token.text) : drawnText(token.text);
}

/** The text in quotes for a screen reader, with whitespace named by its visible marks. */
export function spokenText(text: string): string {
  return `"${withVisibleWhitespace(text).replace(/\n/g, '')}"`;
}
