import * as assert from 'assert';
import type { LearnGenaiApi } from '../../../src/api';
import { activateExtension, closeAllEditors, waitFor } from '../support/extensionApi';
import * as vscode from 'vscode';
import { parse as parseYaml } from 'yaml';

const lessonId = 'what-is-generative-ai';

describe('Quiz panel', () => {
  let api: LearnGenaiApi;

  before(async () => {
    api = await activateExtension();
  });

  afterEach(async () => {
    await closeAllEditors();
  });

  it('opens a lesson quiz with every question of the lesson bank', async () => {
    const lesson = (await api.lessons.catalog()).find(lessonId);
    assert.ok(lesson, `lesson ${lessonId} is in the catalog`);
    // The expected count comes from a plain YAML parser, not from the quiz parser under test.
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(api.lessons.quizFile(lesson)));
    const expected = (parseYaml(text) as { questions: unknown[] }).questions.length;
    assert.ok(expected >= 10, `the bank holds ${expected} questions`);

    await vscode.commands.executeCommand('learnGenai.openQuiz', { lessonId });

    const panel = await waitFor(() => api.activeQuizPanel(), 'the quiz panel to open');
    assert.deepStrictEqual(panel.request, { kind: 'lesson', lessonId });
    assert.strictEqual(panel.questionCount, expected);
    assert.strictEqual(panel.currentQuestionNumber, 1);
    await waitFor(() => (panel.isPageReady ? true : undefined), 'the quiz page to say it is ready', 20_000);
  });

  it('reuses the open panel for another quiz', async () => {
    await vscode.commands.executeCommand('learnGenai.openQuiz', { lessonId });
    const first = await waitFor(() => api.activeQuizPanel(), 'the quiz panel to open');
    await vscode.commands.executeCommand('learnGenai.openQuiz', { kind: 'lesson', lesson: { id: 'transformers-attention' } });
    assert.strictEqual(api.activeQuizPanel(), first);
    assert.deepStrictEqual(first.request, { kind: 'lesson', lessonId: 'transformers-attention' });
  });
});
