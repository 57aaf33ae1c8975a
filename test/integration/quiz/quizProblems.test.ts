import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, waitFor } from '../support/extensionApi';

const encode = (text: string) => new TextEncoder().encode(text);
const lessonFile = (id: string) => `---\nid: ${id}\ntitle: ${id}\nmodule: my-module\norder: 1\nexamObjective: Practice\nconcepts: [token]\nminutes: 3\n---\n# ${id}\n\nHello.\n`;
const portuguese = vscode.env.language.startsWith('pt');

async function setLessonSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('learnGenai.lessons').update(key, value, vscode.ConfigurationTarget.Workspace);
}

function diagnosticsOn(uri: vscode.Uri): Promise<readonly vscode.Diagnostic[]> {
  return waitFor(() => {
    const found = vscode.languages.getDiagnostics(uri);
    return found.length > 0 ? found : undefined;
  }, `a diagnostic on ${uri.path}`);
}

describe('Quiz file problems', () => {
  let folder: vscode.Uri;

  before(async () => {
    folder = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'quiz-problem-lessons');
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'broken-quiz.md'), encode(lessonFile('broken-quiz')));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'broken-quiz.quiz.yaml'), encode([
      'lesson: broken-quiz',
      'questions:',
      '  - id: q1',
      '    kind: essay',
      '    prompt: Why?',
      '    section: Intro',
      '',
    ].join('\n')));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'huge-quiz.md'), encode(lessonFile('huge-quiz')));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'huge-quiz.quiz.yaml'), encode(`lesson: huge-quiz\n# ${'x'.repeat(2 * 1024 * 1024)}\nquestions: []\n`));
    await setLessonSetting('extraFolders', ['quiz-problem-lessons']);
  });

  after(async () => {
    await closeAllEditors();
    await setLessonSetting('extraFolders', undefined);
  });

  it('puts a problem in a user quiz file into the Problems panel, on its line, in the display language', async () => {
    await vscode.commands.executeCommand('learnGenai.openQuiz', { lessonId: 'broken-quiz' });
    const diagnostics = await diagnosticsOn(vscode.Uri.joinPath(folder, 'broken-quiz.quiz.yaml'));
    const unknownKind = diagnostics.find((diagnostic) => diagnostic.code === 'unknownKind');
    assert.ok(unknownKind, diagnostics.map((diagnostic) => diagnostic.message).join(' | '));
    assert.strictEqual(unknownKind.range.start.line, 3, 'the line of `kind: essay` (0-based)');
    assert.strictEqual(unknownKind.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(unknownKind.message, portuguese
      ? 'A pergunta q1 tem o tipo `essay`; use single, multiple, ordering ou matching.'
      : 'Question q1 has kind `essay`; use single, multiple, ordering or matching.');
  });

  it('skips a quiz file over the size limit with a diagnostic instead of reading it', async () => {
    await vscode.commands.executeCommand('learnGenai.openQuiz', { lessonId: 'huge-quiz' });
    const diagnostics = await diagnosticsOn(vscode.Uri.joinPath(folder, 'huge-quiz.quiz.yaml'));
    assert.strictEqual(diagnostics[0].code, 'tooLarge');
    assert.match(diagnostics[0].message, /1024 KB/);
  });
});
