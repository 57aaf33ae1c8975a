import * as vscode from 'vscode';
import { CommandIds } from '../commandIds';
import type { EncoderRegistry } from '../tokenEngine';
import { readTokenSettings } from '../models/tokenSettings';
import { validatePromptInput } from './promptInputLimits';
import { parsePrompt } from './promptParser';
import { toPlainText, toSnippetString } from './snippetTemplate';
import type { TemplateTexts } from './templateContent';
import { isTemplateFormat, renderFewShotTemplate, type TemplateFormat } from './templateFormats';

/** Arguments other commands (lesson "try it" buttons) and tests pass to skip the pickers. */
export interface ConvertToFewShotArguments {
  readonly text?: string;
  readonly shots?: number;
  readonly format?: TemplateFormat;
  /** Where the template goes: over the selection (default with an editor) or a new editor. */
  readonly target?: 'replace' | 'newEditor';
}

export interface ConvertToFewShotResult {
  readonly document: vscode.TextDocument;
  readonly plainText: string;
  readonly tokens: number;
}

const lastChoiceKey = 'learnGenai.fewShot.lastChoice';
const inContextLessonId = 'prompt-engineering-in-context';

interface Choice {
  readonly shots: number;
  readonly format: TemplateFormat;
}

/**
 * "Convert Prompt to Few-Shot Template": reads the selected prompt (or the document), keeps the
 * examples it already holds, and inserts a zero-, one- or few-shot template in the chosen format as
 * a snippet the learner tabs through.
 */
export async function convertToFewShot(
  memento: vscode.Memento,
  encoders: EncoderRegistry,
  argument?: unknown,
): Promise<ConvertToFewShotResult | undefined> {
  const args = readArguments(argument);
  const editor = vscode.window.activeTextEditor;
  const source = args.text ?? (editor ? textOf(editor) : undefined);
  if (source === undefined) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open or select a prompt first, then run "Convert Prompt to Few-Shot Template".'));
    return undefined;
  }
  const problem = validatePromptInput(source);
  if (problem) {
    const message = problem.kind === 'empty'
      ? vscode.l10n.t('The prompt is empty. Select the prompt you want to turn into a few-shot template.')
      : vscode.l10n.t('The prompt has {0} characters; the few-shot command works on prompts up to {1}. Select a smaller part.', problem.length.toLocaleString(vscode.env.language), problem.maxLength.toLocaleString(vscode.env.language));
    void vscode.window.showWarningMessage(message);
    return undefined;
  }
  const choice = await chooseOutput(memento, args);
  if (!choice) {
    return undefined;
  }
  const parsed = parsePrompt(source);
  const rendered = renderFewShotTemplate(parsed, { format: choice.format, shots: choice.shots, texts: templateTexts() });
  const plainText = toPlainText(rendered.template);
  const snippet = new vscode.SnippetString(toSnippetString(rendered.template));
  const document = await insert(snippet, args, editor, args.text === undefined, rendered.languageId);
  const model = readTokenSettings().model;
  const tokens = (await encoders.get(model.encoding)).count(plainText);
  void announce(tokens, model.label, rendered.examplesFound, choice);
  return { document, plainText, tokens };
}

function readArguments(argument: unknown): ConvertToFewShotArguments {
  if (typeof argument !== 'object' || argument === null) {
    return {};
  }
  const record = argument as Record<string, unknown>;
  return {
    ...(typeof record.text === 'string' ? { text: record.text } : {}),
    ...(typeof record.shots === 'number' && Number.isInteger(record.shots) && record.shots >= 0 ? { shots: record.shots } : {}),
    ...(isTemplateFormat(record.format) ? { format: record.format } : {}),
    ...(record.target === 'replace' || record.target === 'newEditor' ? { target: record.target } : {}),
  };
}

function textOf(editor: vscode.TextEditor): string {
  const selection = editor.selection;
  return selection.isEmpty ? editor.document.getText() : editor.document.getText(selection);
}

async function chooseOutput(memento: vscode.Memento, args: ConvertToFewShotArguments): Promise<Choice | undefined> {
  const last = memento.get<Choice>(lastChoiceKey) ?? { shots: 3, format: 'plain' };
  const shots = args.shots ?? (await pickShots(last.shots));
  if (shots === undefined) {
    return undefined;
  }
  const format = args.format ?? (await pickFormat(last.format));
  if (format === undefined) {
    return undefined;
  }
  const choice = { shots, format };
  await memento.update(lastChoiceKey, choice);
  return choice;
}

async function pickShots(last: number): Promise<number | undefined> {
  const items: (vscode.QuickPickItem & { shots?: number })[] = [
    { label: vscode.l10n.t('Zero-shot'), description: vscode.l10n.t('instruction and input only'), shots: 0 },
    { label: vscode.l10n.t('One-shot'), description: vscode.l10n.t('one example'), shots: 1 },
    { label: vscode.l10n.t('Few-shot (3)'), description: vscode.l10n.t('three examples'), shots: 3 },
    { label: vscode.l10n.t('Other number of examples…') },
  ];
  const picker = vscode.window.createQuickPick<(typeof items)[number]>();
  picker.title = vscode.l10n.t('How many examples?');
  picker.items = items;
  picker.activeItems = items.filter((item) => item.shots === last);
  const picked = await new Promise<(typeof items)[number] | undefined>((resolve) => {
    picker.onDidAccept(() => resolve(picker.selectedItems[0]));
    picker.onDidHide(() => resolve(undefined));
    picker.show();
  });
  picker.dispose();
  if (!picked) {
    return undefined;
  }
  if (picked.shots !== undefined) {
    return picked.shots;
  }
  const typed = await vscode.window.showInputBox({
    title: vscode.l10n.t('How many examples?'),
    value: String(last),
    validateInput: (value) => (/^\d{1,2}$/.test(value.trim()) ? undefined : vscode.l10n.t('Enter a whole number from 0 to 99.')),
  });
  return typed === undefined ? undefined : Number(typed.trim());
}

async function pickFormat(last: TemplateFormat): Promise<TemplateFormat | undefined> {
  const items: (vscode.QuickPickItem & { format: TemplateFormat })[] = [
    { label: vscode.l10n.t('Plain text'), description: vscode.l10n.t('instruction, labeled examples, input'), format: 'plain' },
    { label: vscode.l10n.t('Chat messages (JSON)'), description: vscode.l10n.t('system, then user/assistant example pairs'), format: 'chat-json' },
    { label: vscode.l10n.t('XML-tagged examples'), description: vscode.l10n.t('<examples><example>…</example></examples>'), format: 'xml' },
    { label: 'Prompty', description: vscode.l10n.t('YAML front matter and role-tagged body'), format: 'prompty' },
  ];
  const picker = vscode.window.createQuickPick<(typeof items)[number]>();
  picker.title = vscode.l10n.t('Template format');
  picker.items = items;
  picker.activeItems = items.filter((item) => item.format === last);
  const picked = await new Promise<(typeof items)[number] | undefined>((resolve) => {
    picker.onDidAccept(() => resolve(picker.selectedItems[0]));
    picker.onDidHide(() => resolve(undefined));
    picker.show();
  });
  picker.dispose();
  return picked?.format;
}

async function insert(
  snippet: vscode.SnippetString,
  args: ConvertToFewShotArguments,
  editor: vscode.TextEditor | undefined,
  fromEditor: boolean,
  languageId: string,
): Promise<vscode.TextDocument> {
  const replace = fromEditor && editor !== undefined && args.target !== 'newEditor';
  if (replace) {
    const range = editor.selection.isEmpty
      ? new vscode.Range(editor.document.positionAt(0), editor.document.positionAt(editor.document.getText().length))
      : editor.selection;
    await editor.insertSnippet(snippet, range);
    return editor.document;
  }
  const document = await vscode.workspace.openTextDocument({ language: languageId, content: '' });
  const target = await vscode.window.showTextDocument(document);
  await target.insertSnippet(snippet, new vscode.Position(0, 0));
  return document;
}

async function announce(tokens: number, modelLabel: string, examplesFound: number, choice: Choice): Promise<void> {
  const count = tokens.toLocaleString(vscode.env.language);
  const found = vscode.l10n.t('{0} example(s) found in the prompt', examplesFound);
  const openLesson = vscode.l10n.t('Learn about in-context learning');
  const picked = await vscode.window.showInformationMessage(
    vscode.l10n.t('Few-shot template ({0} shots) inserted: {1} tokens for {2}; {3}. Press Tab to move between placeholders.', choice.shots, count, modelLabel, found),
    openLesson,
  );
  if (picked === openLesson) {
    await vscode.commands.executeCommand(CommandIds.openLesson, { lessonId: inContextLessonId });
  }
}

function templateTexts(): TemplateTexts {
  return {
    instructionPlaceholder: vscode.l10n.t('Describe the task'),
    exampleInputPlaceholder: (n) => vscode.l10n.t('example input {0}', n),
    exampleOutputPlaceholder: (n) => vscode.l10n.t('expected output {0}', n),
    inputPlaceholder: vscode.l10n.t('input'),
    inputLabel: vscode.l10n.t('Input'),
    outputLabel: vscode.l10n.t('Output'),
    templateName: vscode.l10n.t('Few-shot prompt'),
    templateDescription: vscode.l10n.t('Made with Learn GenAI from a prompt and its examples'),
  };
}
