import * as assert from 'assert';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import type { LearnGenaiApi } from '../../../src/extension';
import { activateExtension, closeAllEditors, extensionId, resetModel, waitFor } from '../support/extensionApi';
import { referenceCount } from '../support/referenceTokenizer';

interface YamlEntry { readonly id: string; readonly term: string; readonly definition: string; readonly codeNames?: readonly string[] }

/** The glossary entry for a code name, read straight from the shipped YAML (not through the extension's parser). */
async function shippedEntry(locale: string, codeName: string): Promise<YamlEntry> {
  const uri = vscode.Uri.joinPath(vscode.extensions.getExtension(extensionId)!.extensionUri, 'lessons', 'glossary', `${locale}.yaml`);
  const data = parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri))) as { terms: YamlEntry[] };
  const entry = data.terms.find((term) => term.codeNames?.includes(codeName));
  assert.ok(entry, `the ${locale} glossary has an entry for ${codeName}`);
  return entry;
}

/** Hover text as a reader sees it: Markdown escapes and non-breaking spaces undone. */
async function hoverText(document: vscode.TextDocument, needle: string): Promise<string> {
  const position = document.positionAt(document.getText().indexOf(needle) + 2);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return normalizedHoverText(hovers);
}

/** The hovers' Markdown as plain, single-spaced text. */
function normalizedHoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value)))
    .join('\n')
    .replace(/&nbsp;/g, ' ')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|~$])/g, '$1')
    .replace(/\s+/g, ' ');
}

const portuguese = () => vscode.env.language.toLowerCase().startsWith('pt');
const firstWords = (text: string) => text.replace(/\s+/g, ' ').split(' ').slice(0, 8).join(' ');

const pythonSample = `from openai import OpenAI
client = OpenAI()
prompt = "Explain what a context window is, in two sentences. Depois, em português: janela de contexto!"
reply = client.chat.completions.create(
    model="gpt-4",
    messages=[{"role": "user", "content": prompt}],
    temperature=1.4,
)
`;

const typescriptSample = `import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
const client = new BedrockRuntimeClient({ region: 'us-east-1' });
const command = new ConverseCommand({
  modelId: 'amazon.nova-lite-v1:0',
  messages: [{ role: 'user', content: [{ text: 'What is top-p?' }] }],
  inferenceConfig: { maxTokens: 256, topP: 0.9 },
});
`;

describe('Code insight', () => {
  let api: LearnGenaiApi;

  before(async () => {
    api = await activateExtension();
  });

  afterEach(async () => {
    await closeAllEditors();
    await resetModel();
    await vscode.workspace.getConfiguration('learnGenai.codeInsight').update('gentleChecks', undefined, vscode.ConfigurationTarget.Global);
  });

  it('hovers temperature=1.4 in Python with the glossary entry, the value note and the lesson and quiz links', async () => {
    const document = await vscode.workspace.openTextDocument({ content: pythonSample, language: 'python' });
    await vscode.window.showTextDocument(document);
    const entry = await shippedEntry(api.lessons.locale, 'temperature');
    const text = await hoverText(document, 'temperature=1.4');
    assert.ok(text.includes(entry.term), `term ${entry.term} in: ${text}`);
    assert.ok(text.includes(firstWords(entry.definition)), `definition in: ${text}`);
    const note = portuguese()
      ? 'temperature 1,4: acima de 1 a maioria dos provedores deixa a saída visivelmente aleatória'
      : 'temperature 1.4: above 1 most providers make output noticeably random';
    assert.ok(text.includes(note), `value note in: ${text}`);
    assert.ok(text.includes('command:learnGenai.openLesson') && text.includes('command:learnGenai.openQuiz'), 'lesson and quiz links');
    assert.ok(text.includes(portuguese() ? 'Abrir a seção da lição' : 'Open lesson section'));
  });

  it('hovers topP in a TypeScript Converse call with the top_p entry and the share it keeps (our provider, asked directly)', async () => {
    // vscode.executeHoverProvider also waits for the TypeScript server, which in the 1.91 web worker
    // can take minutes; the Python test above goes through the command, this one asks our provider.
    const document = await vscode.workspace.openTextDocument({ content: typescriptSample, language: 'typescript' });
    const entry = await shippedEntry(api.lessons.locale, 'topP');
    const position = document.positionAt(document.getText().indexOf('topP: 0.9') + 2);
    const hover = await api.codeInsight.hovers.provideHover(document, position);
    const text = normalizedHoverText(hover ? [hover] : []);
    assert.ok(text.includes(entry.term), `term ${entry.term} in: ${text}`);
    assert.ok(text.includes(firstWords(entry.definition)), `definition in: ${text}`);
    assert.ok(text.includes(portuguese() ? 'somam 90%' : 'add up to 90%'), `value note in: ${text}`);
  });

  it('shows no hover on a temperature field outside any SDK call', async () => {
    const document = await vscode.workspace.openTextDocument({ content: 'weather = {"temperature": 1.4}\n', language: 'python' });
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(0, 14));
    assert.ok(hovers.every((hover) => hover.contents.every((content) => !(typeof content === 'string' ? content : content.value).includes('openLesson'))));
  });

  it('puts the exact token count (js-tiktoken) of each prompt above it, for the call\'s model or the chosen one', async () => {
    const document = await vscode.workspace.openTextDocument({ content: pythonSample, language: 'python' });
    const lenses = await waitFor(async () => {
      const found = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri);
      return found.length >= 2 && found.every((lens) => lens.command) ? found : undefined;
    }, 'prompt lenses', 20_000);
    const literal = 'Explain what a context window is, in two sentences. Depois, em português: janela de contexto!';
    const [assigned, messages] = lenses;
    assert.strictEqual(assigned.range.start.line, 2);
    assert.ok(assigned.command!.title.startsWith(`≈ ${referenceCount(literal, 'o200k_base')} tokens · GPT-5`), assigned.command!.title);
    assert.strictEqual(messages.range.start.line, 5);
    assert.ok(messages.command!.title.startsWith(`≈ ${referenceCount(literal, 'cl100k_base')} tokens · GPT-4 ·`), messages.command!.title);
    assert.strictEqual(assigned.command!.command, 'learnGenai.showTokensForText');
    assert.deepStrictEqual(assigned.command!.arguments, [{ text: literal, encoding: 'o200k_base' }]);
    await vscode.commands.executeCommand(assigned.command!.command, ...assigned.command!.arguments ?? []);
    await waitFor(() => (api.tokenizerView.currentTokens()?.text === literal ? true : undefined), 'the tokenizer view to show the prompt', 30_000);
  });

  it('says when a template literal was counted without its placeholders', async () => {
    const content = 'import OpenAI from "openai";\nconst systemPrompt = `You review ${language} code. Be brief.`;\n';
    const document = await vscode.workspace.openTextDocument({ content, language: 'typescript' });
    const [lens] = await waitFor(async () => {
      const found = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri);
      return found.length === 1 && found[0].command ? found : undefined;
    }, 'the template lens', 20_000);
    assert.ok(lens.command!.title.startsWith(`≈ ${referenceCount('You review  code. Be brief.', 'o200k_base')} tokens`), lens.command!.title);
    assert.ok(lens.command!.title.includes(portuguese() ? '1 marcadores de fora' : '1 placeholders left out'), lens.command!.title);
  });

  it('adds an Information diagnostic for chunk_overlap >= chunk_size and removes it when the code is fixed or the checks are off', async () => {
    const content = 'from langchain_text_splitters import RecursiveCharacterTextSplitter\nsplitter = RecursiveCharacterTextSplitter(chunk_size=200, chunk_overlap=250)\n';
    const document = await vscode.workspace.openTextDocument({ content, language: 'python' });
    const editor = await vscode.window.showTextDocument(document);
    const ours = () => vscode.languages.getDiagnostics(document.uri).filter((diagnostic) => diagnostic.source === 'Learn GenAI');
    const [diagnostic] = await waitFor(() => (ours().length === 1 ? ours() : undefined), 'the chunk overlap diagnostic');
    assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Information);
    assert.strictEqual(typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code, 'chunkOverlapNotSmaller');
    assert.ok(diagnostic.message.includes('(250)') && diagnostic.message.includes('(200)'), diagnostic.message);

    const overlap = content.indexOf('250');
    await editor.edit((edit) => edit.replace(new vscode.Range(document.positionAt(overlap), document.positionAt(overlap + 3)), '20'));
    await waitFor(() => (ours().length === 0 ? true : undefined), 'the diagnostic to go once the overlap is smaller');

    await editor.edit((edit) => edit.replace(new vscode.Range(document.positionAt(overlap), document.positionAt(overlap + 2)), '900'));
    await waitFor(() => (ours().length === 1 ? true : undefined), 'the diagnostic to come back');
    await vscode.workspace.getConfiguration('learnGenai.codeInsight').update('gentleChecks', false, vscode.ConfigurationTarget.Global);
    await waitFor(() => (ours().length === 0 ? true : undefined), 'the diagnostic to go when the checks are turned off');
  });

  it('flags temperature above 1 for a Bedrock Anthropic model, never as a warning or error', async () => {
    const content = 'import boto3\nclient = boto3.client("bedrock-runtime")\nclient.converse(modelId="anthropic.claude-3-haiku-20240307-v1:0", messages=m, inferenceConfig={"temperature": 1.4})\n';
    const document = await vscode.workspace.openTextDocument({ content, language: 'python' });
    await vscode.window.showTextDocument(document);
    const diagnostics = await waitFor(() => {
      const found = vscode.languages.getDiagnostics(document.uri).filter((diagnostic) => diagnostic.source === 'Learn GenAI');
      return found.length > 0 ? found : undefined;
    }, 'the Anthropic temperature diagnostic');
    assert.deepStrictEqual(diagnostics.map((diagnostic) => diagnostic.severity), [vscode.DiagnosticSeverity.Information]);
    assert.ok(diagnostics[0].message.includes('0–1'), diagnostics[0].message);
  });

  it('hovers temperature in a Gemini GenerateContentConfig with Gemini\'s 0–2 range and flags 2.5 as an Information diagnostic', async () => {
    const content = 'from google import genai\nfrom google.genai import types\nclient = genai.Client()\n'
      + 'response = client.models.generate_content(\n    model="gemini-2.5-flash",\n    contents="Explain how AI works in a few words",\n'
      + '    config=types.GenerateContentConfig(temperature=2.5, max_output_tokens=500),\n)\n';
    const document = await vscode.workspace.openTextDocument({ content, language: 'python' });
    await vscode.window.showTextDocument(document);
    const entry = await shippedEntry(api.lessons.locale, 'temperature');
    const text = await hoverText(document, 'temperature=2.5');
    assert.ok(text.includes(entry.term), `term ${entry.term} in: ${text}`);
    const note = portuguese()
      ? 'temperature 2,5: Gemini aceita temperature de 0 a 2, então este valor é rejeitado.'
      : 'temperature 2.5: Gemini accepts temperature from 0 to 2, so this value is rejected.';
    assert.ok(text.includes(note), `value note in: ${text}`);
    const diagnostics = await waitFor(() => {
      const found = vscode.languages.getDiagnostics(document.uri).filter((diagnostic) => diagnostic.source === 'Learn GenAI');
      return found.length > 0 ? found : undefined;
    }, 'the Gemini temperature diagnostic');
    assert.deepStrictEqual(diagnostics.map((diagnostic) => [diagnostic.severity, typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code]),
      [[vscode.DiagnosticSeverity.Information, 'temperatureAboveProviderRange']]);
    assert.ok(diagnostics[0].message.includes('Gemini'), diagnostics[0].message);
  });

  it('contributes the Get Started walkthrough with six steps that complete on real events', () => {
    const manifest = vscode.extensions.getExtension(extensionId)!.packageJSON as {
      contributes: { walkthroughs: { id: string; steps: { id: string; completionEvents: string[] }[] }[]; commands: { command: string }[] };
    };
    const [walkthrough] = manifest.contributes.walkthroughs;
    assert.strictEqual(walkthrough.id, 'learnGenai.getStarted');
    assert.deepStrictEqual(walkthrough.steps.map((step) => step.completionEvents), [
      ['onCommand:learnGenai.showTokensForSelection'],
      ['onView:learnGenai.tokenizer'],
      ['onCommand:learnGenai.openLesson'],
      ['onContext:learnGenai.codeInsight.hoverShown'],
      ['onCommand:learnGenai.openQuiz'],
      ['onCommand:learnGenai.convertToFewShot'],
    ]);
    const commands = new Set(manifest.contributes.commands.map((command) => command.command));
    for (const event of walkthrough.steps.flatMap((step) => step.completionEvents).filter((event) => event.startsWith('onCommand:'))) {
      assert.ok(commands.has(event.slice('onCommand:'.length)), `${event} names a contributed command`);
    }
  });

  it('opens the sample file from the walkthrough as an editable Python document whose temperature hovers', async () => {
    await vscode.commands.executeCommand('learnGenai.openSampleFile');
    const editor = await waitFor(() => (vscode.window.activeTextEditor?.document.languageId === 'python' ? vscode.window.activeTextEditor : undefined), 'the sample editor');
    assert.strictEqual(editor.document.isUntitled, true);
    const text = await hoverText(editor.document, 'temperature=1.4');
    assert.ok(text.includes('command:learnGenai.openLesson'), text);
  });
});
