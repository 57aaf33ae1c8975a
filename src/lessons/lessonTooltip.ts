/**
 * The Markdown of a lesson's tooltip in the tree. A user lesson's title and exam objective are
 * text, not Markdown: escaped, so `[x](command:...)`, `<img>` or `**` in them show as written.
 */
export function lessonTooltipMarkdown(title: string, summary: string, examObjective: string): string {
  return `**${escapeMarkdown(title)}**\n\n${escapeMarkdown(summary)}\n\n${escapeMarkdown(examObjective)}`;
}

/** Backslash-escapes every ASCII punctuation character Markdown could read as syntax (CommonMark §2.4). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&"'$%=:;,/?@^]/g, '\\$&').replace(/\r?\n/g, ' ');
}
