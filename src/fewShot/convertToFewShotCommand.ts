import * as vscode from 'vscode';
import { CommandIds } from '../commandIds';
import { modelTokenCount, type ModelInfo } from '../models/modelCatalog';
import { readTokenSettings } from '../models/tokenSettings';
import type { EncoderRegistry } from '../tokenEngine';
import { lintExamples } from './exampleLint';
import { type ShotChoice, selectExamples } from './exampleSelection';
import { FewShotPickers } from './fewShotPickers';
import { FewShotPreview, previewScheme } from './fewShotPreviewProvider';
import { describeFinding, isOwnPlaceholder, structureSummary, templateTexts } from './fewShotWording';
import { type ParsedPrompt } from './parsedPrompt';
import { validatePromptInput } from './promptInputLimits';
import { parsePrompt } from './promptParser';
import { isShotCount } from './shotLimits';
import { exampleOffsets, toPlainText, toSnippetString } from './snippetTemplate';
import { isTemplateFormat, languageFor, renderFewShotTemplate, type TemplateFormat } from './templateFormats';

/** Arguments other commands (lesson "try it" buttons) and tests pass to skip the questions. */
export interface ConvertToFewShotArguments {
  readonly text?: string;
  readonly shots?: number;
  /** Keep the examples that fit this many tokens instead of a number of shots. */
  readonly tokenBudget?: number;
  readonly format?: TemplateFormat;
  /** Where the template goes: a new editor (default) or over the selection. */
  readonly target?: 'replace' | 'newEditor';
}

export interface ConvertToFewShotResult {
  readonly document: vscode.TextDocument;
  readonly plainText: string;
  readonly tokens: number;
  /** The result message as shown to the learner. */
  readonly message: string;
  readonly parsed: ParsedPrompt;
}

const lastChoiceKey = 'learnGenai.fewShot.lastChoice.v2';
const inContextLessonId = 'prompt-engineering-in-context';
const promptLanguages: ReadonlySet<string> = new Set(['markdown', 'plaintext', 'prompty']);
const promptFileEndings = /\.(?:md|markdown|txt|prompt|prompty)$/i;

interface RememberedChoice {
  readonly shots?: ShotChoice;
  readonly format: TemplateFormat;
}

interface PromptSource {
  readonly text: string;
  /** Where the prompt came from in an editor, when it can be replaced. */
  readonly range: vscode.Range | undefined;
  readonly editor: vscode.TextEditor | undefined;
}

/**
 * "Convert Prompt to Few-Shot Template": reads the selected prompt's own structure, says what it
 * found, asks how many examples and which format, previews the template, and only then writes it
 * (a new editor by default), with a token count and lint of the examples.
 */
export class FewShotCommand implements vscode.Disposable {
  readonly pickers = new FewShotPickers();
  private readonly preview = new FewShotPreview();
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('learnGenai.fewShot');
  private readonly registration = vscode.workspace.registerTextDocumentContentProvider(previewScheme, this.preview);

  constructor(private readonly memento: vscode.Memento, private readonly encoders: EncoderRegistry) {}

  /** Forgets the remembered shots and format, as on a first run (tests start from there). */
  async forgetLastChoice(): Promise<void> {
    await this.memento.update(lastChoiceKey, undefined);
  }

  dispose(): void {
    this.registration.dispose();
    this.preview.dispose();
    this.diagnostics.dispose();
  }

  async run(argument?: unknown): Promise<ConvertToFewShotResult | undefined> {
    const args = readArguments(argument);
    const source = readSource(args);
    if (source === undefined) {
      return undefined;
    }
    const problem = validatePromptInput(source.text);
    if (problem) {
      const message = problem.kind === 'empty'
        ? vscode.l10n.t('The prompt is empty. Select the prompt you want to turn into a few-shot template.')
        : vscode.l10n.t('The prompt has {0} characters; the few-shot command works on prompts up to {1}. Select a smaller part.', problem.length.toLocaleString(vscode.env.language), problem.maxLength.toLocaleString(vscode.env.language));
      void vscode.window.showWarningMessage(message);
      return undefined;
    }
    const texts = templateTexts();
    const parsed = parsePrompt(source.text, { isOwnPlaceholder: isOwnPlaceholder(texts) });
    const model = readTokenSettings().model;
    const encoder = await this.encoders.get(model.encoding);
    // Estimated families (Claude, Nova...) get the catalog's calibrated count, as everywhere else.
    const exampleTokens = parsed.examples.map((example) => modelTokenCount(model, encoder.count(exampleText(parsed, example.values, texts.inputLabel, texts.outputLabel))));
    const remembered = this.memento.get<RememberedChoice>(lastChoiceKey);
    const interactive = args.shots === undefined && args.tokenBudget === undefined;
    const shots = args.tokenBudget !== undefined ? { kind: 'fitTokens', budget: args.tokenBudget } as const
      : args.shots !== undefined ? { kind: 'count', shots: args.shots } as const
      : await this.pickers.pickShots(structureSummary(parsed), parsed.examples.length, remembered?.shots);
    if (shots === undefined) {
      return undefined;
    }
    const format = args.format ?? (await this.pickers.pickFormat(remembered?.format ?? 'plain'));
    if (format === undefined) {
      return undefined;
    }
    await this.memento.update(lastChoiceKey, { shots, format } satisfies RememberedChoice);
    const selection = selectExamples(parsed, shots, (index) => exampleTokens[index] ?? 0);
    const template = renderFewShotTemplate(parsed, format, selection, texts);
    const plainText = toPlainText(template);
    const languageId = languageFor(format, await vscode.languages.getLanguages());

    let target = args.target ?? 'newEditor';
    if (interactive || args.format === undefined) {
      const previewUri = await this.preview.show(plainText, languageId, vscode.l10n.t('Few-shot template preview'));
      const chosen = await this.pickers.pickDestination(source.range !== undefined);
      await this.preview.close(previewUri);
      if (chosen === undefined) {
        return undefined;
      }
      target = chosen;
    }
    const document = await insert(new vscode.SnippetString(toSnippetString(template)), target, source, languageId);
    const tokens = modelTokenCount(model, encoder.count(plainText));
    const findings = lintExamples(parsed);
    this.publishDiagnostics(document, plainText, exampleOffsets(template), selection.kept, exampleTokens, findings.map(describeFinding));
    const message = resultMessage(parsed, selection.kept.length, selection.padded, tokens, model, findings.map(describeFinding));
    void this.announce(message);
    return { document, plainText, tokens, message, parsed };
  }

  private publishDiagnostics(document: vscode.TextDocument, plainText: string, offsets: readonly number[], kept: readonly number[], exampleTokens: readonly number[], lint: readonly string[]): void {
    // The snippet is in the document by now; when its text is where we wrote it, point at each example.
    const base = document.getText().indexOf(plainText.slice(0, 200));
    if (base < 0) {
      return;
    }
    const at = (offset: number): vscode.Range => {
      const position = document.positionAt(base + offset);
      return new vscode.Range(position, document.lineAt(position.line).range.end);
    };
    const diagnostics = kept.map((found, index) => {
      const diagnostic = new vscode.Diagnostic(at(offsets[index] ?? 0), vscode.l10n.t('Example {0}: {1} tokens', found + 1, exampleTokens[found] ?? 0), vscode.DiagnosticSeverity.Information);
      diagnostic.source = 'Learn GenAI';
      return diagnostic;
    });
    for (const text of lint) {
      const diagnostic = new vscode.Diagnostic(at(0), text, vscode.DiagnosticSeverity.Information);
      diagnostic.source = 'Learn GenAI';
      diagnostics.push(diagnostic);
    }
    this.diagnostics.set(document.uri, diagnostics);
  }

  private async announce(message: string): Promise<void> {
    const openLesson = vscode.l10n.t('Learn about in-context learning');
    const picked = await vscode.window.showInformationMessage(message, openLesson);
    if (picked === openLesson) {
      await vscode.commands.executeCommand(CommandIds.openLesson, { lessonId: inContextLessonId });
    }
  }
}

function readArguments(argument: unknown): ConvertToFewShotArguments {
  if (typeof argument !== 'object' || argument === null) {
    return {};
  }
  const record = argument as Record<string, unknown>;
  return {
    ...(typeof record.text === 'string' ? { text: record.text } : {}),
    ...(isShotCount(record.shots) ? { shots: record.shots } : {}),
    ...(typeof record.tokenBudget === 'number' && Number.isInteger(record.tokenBudget) && record.tokenBudget >= 0 ? { tokenBudget: record.tokenBudget } : {}),
    ...(isTemplateFormat(record.format) ? { format: record.format } : {}),
    ...(record.target === 'replace' || record.target === 'newEditor' ? { target: record.target } : {}),
  };
}

/** The selection; with none, the whole document only when it is a prompt file, else a request to select. */
function readSource(args: ConvertToFewShotArguments): PromptSource | undefined {
  if (args.text !== undefined) {
    return { text: args.text, range: undefined, editor: undefined };
  }
  const editor = vscode.window.activeTextEditor;
  if (editor === undefined) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open or select a prompt first, then run "Convert Prompt to Few-Shot Template".'));
    return undefined;
  }
  const document = editor.document;
  if (!editor.selection.isEmpty) {
    return { text: document.getText(editor.selection), range: editor.selection, editor };
  }
  if (promptLanguages.has(document.languageId) || promptFileEndings.test(document.fileName)) {
    const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
    return { text: document.getText(), range: whole, editor };
  }
  void vscode.window.showInformationMessage(vscode.l10n.t('Select the prompt in this file first: with nothing selected, only a whole prompt file (Markdown, text, .prompt, Prompty) is converted.'));
  return undefined;
}

async function insert(snippet: vscode.SnippetString, target: 'replace' | 'newEditor', source: PromptSource, languageId: string): Promise<vscode.TextDocument> {
  if (target === 'replace' && source.editor !== undefined && source.range !== undefined) {
    const editor = await vscode.window.showTextDocument(source.editor.document, source.editor.viewColumn);
    await editor.insertSnippet(snippet, source.range);
    return editor.document;
  }
  const document = await vscode.workspace.openTextDocument({ language: languageId, content: '' });
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(snippet, new vscode.Position(0, 0));
  return document;
}

/** An example as the plain template writes it, for its exact token count. */
function exampleText(parsed: ParsedPrompt, values: readonly string[], inputLabel: string, outputLabel: string): string {
  const labels = parsed.fieldLabels ?? [inputLabel, outputLabel];
  return values.map((value, field) => `${labels[field] ?? ''}: ${value}`).join('\n');
}

function resultMessage(parsed: ParsedPrompt, kept: number, padded: number, tokens: number, model: ModelInfo, lint: readonly string[]): string {
  // An estimate never reads as exact: "≈ 1,234 tokens for Claude Sonnet 4.5 (estimate)".
  const isEstimate = model.count === 'estimate';
  const count = `${isEstimate ? '≈ ' : ''}${tokens.toLocaleString(vscode.env.language)}`;
  const modelLabel = isEstimate ? vscode.l10n.t('{0} (estimate)', model.label) : model.label;
  const head = vscode.l10n.t('Few-shot template ready: {0} of {1} examples kept, {2} added as placeholders; {3} tokens for {4}. Press Tab to move between placeholders.', kept, parsed.examples.length, padded, count, modelLabel);
  return lint.length === 0 ? head : `${head} ${vscode.l10n.t('Check the examples: {0}.', lint.join('; '))}`;
}
