import * as assert from 'assert';
import * as vscode from 'vscode';
import type { LearnGenaiApi } from '../../../src/extension';
import { activateExtension, closeAllEditors, waitFor } from '../support/extensionApi';

const labelText = (item: vscode.TreeItem): string => (typeof item.label === 'string' ? item.label : item.label?.label ?? '');

async function treeLessons(api: LearnGenaiApi): Promise<{ module: string; title: string; id: string; contextValue?: string }[]> {
  const tree = api.lessonTree;
  const result: { module: string; title: string; id: string; contextValue?: string }[] = [];
  for (const moduleNode of await tree.getChildren()) {
    const moduleItem = tree.getTreeItem(moduleNode);
    for (const lessonNode of await tree.getChildren(moduleNode)) {
      if (lessonNode.kind === 'lesson') {
        const item = tree.getTreeItem(lessonNode);
        result.push({ module: labelText(moduleItem), title: labelText(item), id: lessonNode.lesson.id, contextValue: item.contextValue });
      }
    }
  }
  return result;
}

async function setLessonSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('learnGenai.lessons').update(key, value, vscode.ConfigurationTarget.Workspace);
}

describe('Lessons', () => {
  let api: LearnGenaiApi;

  before(async () => {
    api = await activateExtension();
  });

  afterEach(async () => {
    await closeAllEditors();
    await setLessonSetting('language', undefined);
    await setLessonSetting('extraFolders', undefined);
  });

  it('lists the course in the tree by module, in English and in Portuguese', async () => {
    await setLessonSetting('language', 'en');
    const english = await waitFor(async () => {
      const lessons = await treeLessons(api);
      return lessons.some((lesson) => lesson.title === 'Transformers and self-attention') ? lessons : undefined;
    }, 'English lessons');
    assert.ok(english.length >= 7, `${english.length} lessons`);
    assert.strictEqual(english[0].module, 'How generative models work');
    await setLessonSetting('language', 'pt-br');
    const portuguese = await waitFor(async () => {
      const lessons = await treeLessons(api);
      return lessons[0]?.module === 'Como os modelos generativos funcionam' ? lessons : undefined;
    }, 'Portuguese lessons');
    assert.deepStrictEqual(portuguese.map((lesson) => lesson.id), english.map((lesson) => lesson.id));
    assert.notDeepStrictEqual(portuguese.map((lesson) => lesson.title), english.map((lesson) => lesson.title));
  });

  it('opens a lesson in a panel rendered from its Markdown, with its title, a code block and try-it buttons', async () => {
    await setLessonSetting('language', 'en');
    await vscode.commands.executeCommand('learnGenai.openLesson', { lessonId: 'transformers-attention' });
    const content = await waitFor(() => api.activeLessonPanel()?.lastContent, 'the lesson page');
    assert.strictEqual(content.id, 'transformers-attention');
    assert.match(content.html, /<h1 id="transformers-and-self-attention">Transformers and self-attention<\/h1>/);
    assert.match(content.html, /<pre><code class="language-(ts|typescript)">/);
    assert.match(content.html, /<button type="button" class="try-it" data-command="learnGenai\.(showTokensForText|openQuiz)"/);
    assert.strictEqual(content.previous?.id, 'tokens-embeddings-vectors');
    assert.ok(content.next, 'has a next lesson');
    assert.strictEqual(api.activeLessonPanel()?.title, 'Transformers and self-attention');
  });

  it('marks a lesson read and unread, and the tree shows it', async () => {
    const treeState = async () => (await treeLessons(api)).find((lesson) => lesson.id === 'what-is-generative-ai')?.contextValue;
    await api.progress.markUnread('what-is-generative-ai');
    await vscode.commands.executeCommand('learnGenai.markLessonRead', { lessonId: 'what-is-generative-ai' });
    assert.strictEqual(api.progress.isRead('what-is-generative-ai'), true);
    assert.strictEqual(await waitFor(async () => ((await treeState()) === 'lesson.read' ? 'lesson.read' : undefined), 'the tree to show the lesson read'), 'lesson.read');
    await vscode.commands.executeCommand('learnGenai.markLessonUnread', { lessonId: 'what-is-generative-ai' });
    assert.strictEqual(api.progress.isRead('what-is-generative-ai'), false);
    assert.strictEqual(await waitFor(async () => ((await treeState()) === 'lesson.unread' ? 'lesson.unread' : undefined), 'the tree to show the lesson unread'), 'lesson.unread');
  });

  it('loads lessons from a user folder, and a malformed one gives a diagnostic with its line while the rest still load', async () => {
    const root = vscode.workspace.workspaceFolders?.[0]?.uri;
    assert.ok(root, 'the test workbench opens a folder');
    const folder = vscode.Uri.joinPath(root, 'my-lessons');
    const good = `---\nid: my-own-lesson\ntitle: My own lesson\nmodule: my-module\norder: 1\nexamObjective: Practice\nconcepts: [token]\nminutes: 3\n---\n# My own lesson\n\nHello.\n`;
    const bad = `---\nid: broken-lesson\ntitle: Broken\norder: [1\n---\n# Broken\n`;
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'good.md'), new TextEncoder().encode(good));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'bad.md'), new TextEncoder().encode(bad));
    await setLessonSetting('language', 'en');
    await setLessonSetting('extraFolders', ['my-lessons']);
    const lessons = await waitFor(async () => {
      const list = await treeLessons(api);
      return list.some((lesson) => lesson.id === 'my-own-lesson') ? list : undefined;
    }, 'the user lesson in the tree');
    assert.ok(lessons.length >= 8, 'the course lessons still load');
    const userModule = vscode.env.language.startsWith('pt') ? 'Suas lições' : 'Your lessons';
    assert.strictEqual(lessons.find((lesson) => lesson.id === 'my-own-lesson')?.module, userModule, 'a localized module for user lessons');
    const diagnostics = await waitFor(() => {
      const found = vscode.languages.getDiagnostics(vscode.Uri.joinPath(folder, 'bad.md'));
      return found.length > 0 ? found : undefined;
    }, 'a diagnostic on bad.md');
    assert.strictEqual(diagnostics[0].severity, vscode.DiagnosticSeverity.Error);
    assert.ok(diagnostics[0].range.start.line >= 1, `line ${diagnostics[0].range.start.line}`);
    assert.ok(!lessons.some((lesson) => lesson.id === 'broken-lesson'));
  });

  it('lets an open lesson page load images from a lesson folder added after it opened', async () => {
    await setLessonSetting('language', 'en');
    await vscode.commands.executeCommand('learnGenai.openLesson', { lessonId: 'what-is-generative-ai' });
    await waitFor(() => api.activeLessonPanel()?.lastContent, 'the first lesson page');
    const folder = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'picture-lessons');
    const lesson = `---\nid: picture-lesson\ntitle: Picture lesson\nmodule: my-module\norder: 1\nexamObjective: Look\nconcepts: [token]\nminutes: 1\n---\n# Picture lesson\n\n![a dot](dot.svg)\n`;
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'picture.md'), new TextEncoder().encode(lesson));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'dot.svg'), new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><circle cx="2" cy="2" r="2"/></svg>'));
    await setLessonSetting('extraFolders', ['picture-lessons']);
    await waitFor(async () => ((await treeLessons(api)).some((entry) => entry.id === 'picture-lesson') ? true : undefined), 'the picture lesson in the tree');
    await vscode.commands.executeCommand('learnGenai.openLesson', { lessonId: 'picture-lesson' });
    const content = await waitFor(() => (api.activeLessonPanel()?.lastContent?.id === 'picture-lesson' ? api.activeLessonPanel()?.lastContent : undefined), 'the picture lesson page');
    assert.match(content.html, /<img src="[^"]*dot\.svg"/);
    const roots = api.activeLessonPanel()?.resourceRoots ?? [];
    assert.ok(roots.includes(folder.toString()), `the page may load from ${folder.toString()}: ${roots.join(', ')}`);
  });

  it('skips a user lesson file over 1 MB with a diagnostic instead of reading it', async () => {
    const folder = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'big-lessons');
    const huge = `---\nid: huge\ntitle: Huge\nmodule: m\norder: 1\nexamObjective: x\nconcepts: [token]\nminutes: 1\n---\n${'word '.repeat(250_000)}`;
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'huge.md'), new TextEncoder().encode(huge));
    await setLessonSetting('extraFolders', ['big-lessons']);
    const diagnostics = await waitFor(() => {
      const found = vscode.languages.getDiagnostics(vscode.Uri.joinPath(folder, 'huge.md'));
      return found.length > 0 ? found : undefined;
    }, 'a diagnostic on huge.md');
    assert.match(diagnostics[0].message, /1024/);
    assert.ok(!(await treeLessons(api)).some((lesson) => lesson.id === 'huge'));
  });
});
