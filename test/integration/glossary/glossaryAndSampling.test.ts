import * as assert from 'assert';
import * as vscode from 'vscode';
import type { LearnGenaiApi } from '../../../src/extension';
import { activateExtension, closeAllEditors, waitFor } from '../support/extensionApi';

const setLessonSetting = (key: string, value: unknown) =>
  vscode.workspace.getConfiguration('learnGenai.lessons').update(key, value, vscode.ConfigurationTarget.Workspace);

/** The JSON a sampling placeholder hands to the page, decoded as the page decodes it. */
function samplingData(html: string): { spec: { tokens: string[]; logits: number[] }; labels: { temperature: string } } {
  const encoded = /<figure class="sampling-widget" data-sampling="([^"]+)">/.exec(html)?.[1];
  assert.ok(encoded, 'the lesson has a sampling widget placeholder');
  const binary = atob(encoded);
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (character) => character.charCodeAt(0)))) as ReturnType<typeof samplingData>;
}

describe('Glossary and the Inference parameters lesson', () => {
  let api: LearnGenaiApi;

  before(async () => {
    api = await activateExtension();
  });

  afterEach(async () => {
    await closeAllEditors();
    await setLessonSetting('language', undefined);
    await setLessonSetting('extraFolders', undefined);
  });

  for (const [language, title, coffee] of [['en', 'Inference parameters', ' coffee'], ['pt-br', 'Parâmetros de inferência', ' café']] as const) {
    it(`opens the lesson in ${language} with the sampling widget and its starting table (48.0% at temperature 1)`, async () => {
      await setLessonSetting('language', language);
      await vscode.commands.executeCommand('learnGenai.openLesson', { lessonId: 'inference-parameters' });
      const content = await waitFor(() => {
        const shown = api.activeLessonPanel()?.lastContent;
        return shown?.id === 'inference-parameters' && shown.title === title ? shown : undefined;
      }, `the lesson in ${language}`);
      const data = samplingData(content.html);
      assert.strictEqual(data.spec.tokens[0], coffee);
      assert.deepStrictEqual(data.spec.logits, [3.0, 2.2, 2.0, 1.2, 0.5, -1.0]);
      // softmax([3, 2.2, 2, 1.2, 0.5, -1])[0] = 0.480098 (Python math.exp); en and pt-br both print one decimal.
      assert.match(content.html, /<td>48[.,]0%<\/td>/);
      assert.strictEqual(content.hasQuiz, true);
    });
  }

  it('loads the course glossary in both languages with the same ids and the canonical Portuguese term', async () => {
    const english = await api.glossary.get('en');
    const portuguese = await api.glossary.get('pt-br');
    assert.ok(english.entries.length >= 80, `${english.entries.length} entries`);
    assert.deepStrictEqual(portuguese.entries.map((entry) => entry.id), english.entries.map((entry) => entry.id));
    assert.strictEqual(portuguese.byCodeName('temperature')?.term, 'Temperatura');
    assert.strictEqual(english.byCodeName('topP')?.id, 'top-p');
    assert.deepStrictEqual(english.byId('temperature')?.lesson, { lessonId: 'inference-parameters', anchor: 'temperature' });
  });

  it('adds a user folder\'s glossary entries and reports its problems in the Problems panel with their line', async () => {
    const folder = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'glossary-lessons');
    const file = vscode.Uri.joinPath(folder, 'glossary', 'en.yaml');
    const text = [
      'terms:',
      '  - id: house-style',
      '    term: House style',
      '    codeNames: [houseStyle]',
      '    definition: Our team\'s tone for generated replies. It is checked in review.',
      '    watchOut: Keep it short.',
      '    lesson: inference-parameters#temperature',
      '  - id: Bad Id',
      '    term: Broken',
      '    definition: One. Two.',
      '    watchOut: None.',
      '    lesson: inference-parameters',
    ].join('\n');
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
    await setLessonSetting('extraFolders', ['glossary-lessons']);
    const glossary = await waitFor(async () => {
      const loaded = await api.glossary.get('en');
      return loaded.byCodeName('houseStyle') ? loaded : undefined;
    }, 'the user glossary entry');
    assert.strictEqual(glossary.byId('house-style')?.term, 'House style');
    assert.ok(glossary.byId('temperature'), 'the course entries are still there');
    const diagnostics = await waitFor(() => {
      const found = vscode.languages.getDiagnostics(file);
      return found.length > 0 ? found : undefined;
    }, 'a diagnostic on the user glossary');
    assert.strictEqual(diagnostics[0].range.start.line, 7);
    assert.match(diagnostics[0].message, /Bad Id/);
    await setLessonSetting('extraFolders', undefined);
    await waitFor(() => (vscode.languages.getDiagnostics(file).length === 0 ? true : undefined), 'the diagnostic to clear');
  });
});
