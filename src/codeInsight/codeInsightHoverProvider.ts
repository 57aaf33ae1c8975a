// Hovers that explain GenAI code (JS, TS, Python) and glossary terms in prompt files (Markdown, plain text).
import * as vscode from 'vscode';
import { CommandIds } from '../commandIds';
import type { Glossary } from '../glossary';
import type { GlossaryRepository } from '../glossary/glossaryRepository';
import type { LessonRepository } from '../lessons/lessonRepository';
import { sourceLanguageOf } from './analyzeSource';
import { catalogModelLimits } from './catalogLimits';
import { valueNoteMessage } from './codeInsightWording';
import type { CodeInsightSettings } from './codeInsightSettings';
import { completeHoverStep } from './walkthroughProgressCommand';
import { codeHoverAt, mayExplainWord, termHoverAt, type HoverModel } from './hoverModel';
import { isParameterName } from './sdkVocabulary';
import type { InsightCache } from './insightCache';

export const proseLanguages = ['markdown', 'plaintext', 'prompt', 'prompty'];

export interface CodeInsightHoverDependencies {
  readonly cache: InsightCache;
  readonly glossary: GlossaryRepository;
  readonly lessons: LessonRepository;
  readonly settings: () => CodeInsightSettings;
  readonly output: vscode.LogOutputChannel;
}

/** A `command:` link with JSON arguments, as MarkdownString command links take them. */
export function commandLink(command: string, argument: unknown): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify([argument]))}`;
}

export class CodeInsightHoverProvider implements vscode.HoverProvider {
  private hoverShown = false;

  constructor(private readonly dependencies: CodeInsightHoverDependencies) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    if (!this.dependencies.settings().hovers) {
      return undefined;
    }
    const glossary = await this.loadGlossary();
    const model = this.modelAt(document, position, glossary);
    if (!model) {
      return undefined;
    }
    if (!this.hoverShown) {
      this.hoverShown = true;
      void completeHoverStep(this.dependencies.output);
    }
    return new vscode.Hover(hoverMarkdown(model), new vscode.Range(document.positionAt(model.start), document.positionAt(model.end)));
  }

  /** The hover model alone, without VS Code objects: what the bench and tests time. */
  modelAt(document: vscode.TextDocument, position: vscode.Position, glossary: Glossary | undefined): HoverModel | undefined {
    const language = sourceLanguageOf(document.languageId);
    if (language) {
      if (!this.mayExplainAt(document, position, glossary)) {
        return undefined;
      }
      const offset = document.offsetAt(position);
      const insight = this.dependencies.cache.around(document.uri.toString(), document.version, language, () => document.getText(), offset);
      return codeHoverAt(insight, offset, glossary, catalogModelLimits);
    }
    if (!proseLanguages.includes(document.languageId)) {
      return undefined;
    }
    const line = document.lineAt(position.line);
    const model = termHoverAt(line.text, position.character, glossary);
    const lineStart = document.offsetAt(line.range.start);
    return model ? { ...model, start: lineStart + model.start, end: lineStart + model.end } : undefined;
  }

  /** The word under the cursor, or the key before a literal value under it (`temperature=1.4`), names something explainable. */
  private mayExplainAt(document: vscode.TextDocument, position: vscode.Position, glossary: Glossary | undefined): boolean {
    const line = document.lineAt(position.line).text;
    const word = document.getWordRangeAtPosition(position, /[A-Za-z_$][\w$]*/);
    if (word && mayExplainWord(line.slice(word.start.character, word.end.character), glossary)) {
      return true;
    }
    // On a value: the nearest key before it on the line (`"temperature": 1.4`, `topP: 0.9`, `top_p=0.9`).
    const key = /([A-Za-z_$][\w$]*)["']?\s*[:=]\s*[^:=]*$/.exec(line.slice(0, position.character));
    return key !== null && isParameterName(key[1]);
  }

  private async loadGlossary(): Promise<Glossary | undefined> {
    try {
      return await this.dependencies.glossary.get(this.dependencies.lessons.locale);
    } catch (error) {
      this.dependencies.output.warn(`Code insight hover without a glossary: ${String(error)}`);
      return undefined;
    }
  }
}

/**
 * Prose as Markdown text: syntax characters and theme-icon openers escaped, spaces kept. (appendText
 * turns spaces into &nbsp;, which stops a hover's lines from wrapping between words.)
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~$]/g, '\\$&').replace(/\s+/g, ' ');
}

export function hoverMarkdown(model: HoverModel): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString(undefined, true);
  markdown.isTrusted = { enabledCommands: [CommandIds.openLesson, CommandIds.openQuiz] };
  const { entry, note } = model;
  if (entry) {
    markdown.appendMarkdown('**');
    markdown.appendMarkdown(escapeMarkdown(entry.term));
    // A code span shows backslash escapes literally, so the name goes in as is (identifiers and words only; backticks removed).
    markdown.appendMarkdown(`** · \`${model.name.replace(/[`\r\n]/g, '')}\`\n\n`);
  }
  if (note) {
    markdown.appendMarkdown('$(lightbulb) ');
    markdown.appendMarkdown(escapeMarkdown(valueNoteMessage(note)));
    markdown.appendMarkdown('\n\n');
  }
  if (entry) {
    markdown.appendMarkdown(escapeMarkdown(entry.definition));
    markdown.appendMarkdown('\n\n');
    if (entry.typicalValues) {
      markdown.appendMarkdown(`*${vscode.l10n.t('Typical values:')}* `);
      markdown.appendMarkdown(escapeMarkdown(entry.typicalValues));
      markdown.appendMarkdown('\n\n');
    }
    markdown.appendMarkdown(`*${vscode.l10n.t('Watch out:')}* `);
    markdown.appendMarkdown(escapeMarkdown(entry.watchOut));
    markdown.appendMarkdown('\n\n');
    const section = entry.lesson.anchor;
    markdown.appendMarkdown(`[$(book) ${vscode.l10n.t('Open lesson section')}](${commandLink(CommandIds.openLesson, { lessonId: entry.lesson.lessonId, ...(section ? { section } : {}) })})`);
    markdown.appendMarkdown(` · [$(checklist) ${vscode.l10n.t('Quiz me on this')}](${commandLink(CommandIds.openQuiz, { lessonId: entry.lesson.lessonId })})`);
  }
  return markdown;
}
