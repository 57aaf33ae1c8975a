// Gentle checks as Information diagnostics (never warnings or errors), each with a code that opens
// the lesson section, and a quick fix that does the same.
import * as vscode from 'vscode';
import { CommandIds } from '../commandIds';
import type { GlossaryRepository } from '../glossary/glossaryRepository';
import type { LessonRepository } from '../lessons/lessonRepository';
import type { ModelInfo } from '../models/modelCatalog';
import type { EncoderRegistry } from '../tokenEngine';
import { sourceLanguageOf } from './analyzeSource';
import { catalogModelLimits } from './catalogLimits';
import { findingMessage } from './codeInsightWording';
import type { CodeInsightSettings } from './codeInsightSettings';
import { commandLink } from './codeInsightHoverProvider';
import { gentleChecks, type GentleFinding, type PromptCount } from './gentleChecks';
import type { InsightCache } from './insightCache';
import { countPrompts } from './promptTokenLensProvider';

export const gentleCheckSource = 'Learn GenAI';

export interface GentleCheckDependencies {
  readonly cache: InsightCache;
  readonly encoders: EncoderRegistry;
  readonly glossary: GlossaryRepository;
  readonly lessons: LessonRepository;
  readonly settings: () => CodeInsightSettings;
  readonly chosenModel: () => ModelInfo;
  readonly output: vscode.LogOutputChannel;
}

/** Where each check sends the learner when the glossary has no entry for it yet. */
const fallbackLessons: Readonly<Record<string, { lessonId: string; anchor?: string }>> = {
  temperature: { lessonId: 'inference-parameters', anchor: 'temperature' },
  top_p: { lessonId: 'inference-parameters', anchor: 'top-p' },
  max_tokens: { lessonId: 'inference-parameters' },
  chunk_size: { lessonId: 'tokens-embeddings-vectors', anchor: 'chunking' },
  context_window: { lessonId: 'what-is-generative-ai', anchor: 'the-context-window' },
};

const debounceMs = 300;

export class GentleCheckDiagnosticsProvider implements vscode.Disposable, vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];
  private readonly collection = vscode.languages.createDiagnosticCollection('learnGenai.codeInsight');
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly links = new WeakMap<vscode.Diagnostic, { lessonId: string; anchor?: string }>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly dependencies: GentleCheckDependencies) {
    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument((document) => this.schedule(document)),
      vscode.workspace.onDidChangeTextDocument((event) => this.schedule(event.document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.collection.delete(document.uri)),
    );
    this.refreshAll();
  }

  /** Re-checks every open document (settings, model or glossary changed). */
  refreshAll(): void {
    vscode.workspace.textDocuments.forEach((document) => this.schedule(document));
  }

  private schedule(document: vscode.TextDocument): void {
    if (!sourceLanguageOf(document.languageId)) {
      return;
    }
    const key = document.uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.set(key, setTimeout(() => {
      this.pending.delete(key);
      this.check(document).catch((error: unknown) => this.dependencies.output.error(`Gentle checks failed on ${key}: ${String(error)}`));
    }, debounceMs));
  }

  private async check(document: vscode.TextDocument): Promise<void> {
    const language = sourceLanguageOf(document.languageId);
    if (!language || document.isClosed || !this.dependencies.settings().gentleChecks) {
      this.collection.delete(document.uri);
      return;
    }
    const version = document.version;
    const insight = this.dependencies.cache.get(document.uri.toString(), version, language, () => document.getText());
    const counted = (await countPrompts(insight.prompts, this.dependencies.encoders, this.dependencies.chosenModel())) ?? [];
    const counts = new Map(counted.map((item): [unknown, PromptCount] => [item.prompt, { count: item.count, modelLabel: item.model.label, contextWindow: item.model.contextWindow }]));
    const findings = gentleChecks(insight, { limits: catalogModelLimits, promptCount: (prompt) => counts.get(prompt) });
    const diagnostics = await Promise.all(findings.map((finding) => this.diagnosticFor(document, finding)));
    if (document.version === version && !document.isClosed) {
      this.collection.set(document.uri, diagnostics);
    }
  }

  private async diagnosticFor(document: vscode.TextDocument, finding: GentleFinding): Promise<vscode.Diagnostic> {
    const { lessons } = this.dependencies;
    const glossary = await this.dependencies.glossary.get(lessons.locale).catch(() => undefined);
    const entry = glossary?.byCodeName(finding.glossaryCodeName);
    const link = entry?.lesson ?? fallbackLessons[finding.glossaryCodeName] ?? { lessonId: 'inference-parameters' };
    const lesson = (await lessons.catalog().catch(() => undefined))?.find(link.lessonId);
    const reading = entry && lesson ? `${entry.term} (${lesson.title})` : lesson?.title ?? entry?.term ?? link.lessonId;
    const range = new vscode.Range(document.positionAt(finding.start), document.positionAt(finding.end));
    const diagnostic = new vscode.Diagnostic(range, findingMessage(finding, reading), vscode.DiagnosticSeverity.Information);
    diagnostic.source = gentleCheckSource;
    diagnostic.code = {
      value: finding.code,
      target: vscode.Uri.parse(commandLink(CommandIds.openLesson, { lessonId: link.lessonId, ...(link.anchor ? { section: link.anchor } : {}) })),
    };
    this.links.set(diagnostic, link);
    return diagnostic;
  }

  provideCodeActions(_document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    return context.diagnostics.flatMap((diagnostic) => {
      const link = this.links.get(diagnostic) ?? this.linkFromCode(diagnostic);
      if (!link || diagnostic.source !== gentleCheckSource) {
        return [];
      }
      const action = new vscode.CodeAction(vscode.l10n.t('Open the lesson section about this'), vscode.CodeActionKind.QuickFix);
      action.diagnostics = [diagnostic];
      action.command = { title: action.title, command: CommandIds.openLesson, arguments: [{ lessonId: link.lessonId, ...(link.anchor ? { section: link.anchor } : {}) }] };
      return [action];
    });
  }

  /** Diagnostics come back as copies in code action requests: read the link from the code's command target. */
  private linkFromCode(diagnostic: vscode.Diagnostic): { lessonId: string; anchor?: string } | undefined {
    const code = diagnostic.code;
    if (typeof code !== 'object' || !code.target.query) {
      return undefined;
    }
    try {
      const [argument] = JSON.parse(decodeURIComponent(code.target.query)) as [{ lessonId?: unknown; section?: unknown }];
      return typeof argument?.lessonId === 'string'
        ? { lessonId: argument.lessonId, ...(typeof argument.section === 'string' ? { anchor: argument.section } : {}) }
        : undefined;
    } catch {
      return undefined;
    }
  }

  /** The diagnostics of a document, for tests. */
  diagnosticsOf(uri: vscode.Uri): readonly vscode.Diagnostic[] {
    const diagnostics: readonly vscode.Diagnostic[] | undefined = this.collection.get(uri);
    return diagnostics ?? [];
  }

  dispose(): void {
    this.pending.forEach((timer) => clearTimeout(timer));
    for (const subscription of this.subscriptions) {
      subscription.dispose();
    }
    this.collection.dispose();
  }
}
