import * as assert from 'assert';
import * as vscode from 'vscode';
import type { LearnGenaiApi } from '../../../src/extension';
import { activateExtension, closeAllEditors, waitFor } from '../support/extensionApi';

async function openLesson(api: LearnGenaiApi, language: string, lessonId: string) {
  await vscode.workspace.getConfiguration('learnGenai.lessons').update('language', language, vscode.ConfigurationTarget.Workspace);
  await vscode.commands.executeCommand('learnGenai.openLesson', { lessonId });
  return waitFor(() => {
    const content = api.activeLessonPanel()?.lastContent;
    // The page's own words (such as the exam map's title) follow VS Code's display language, not the lesson's.
    return content?.id === lessonId && content.html.includes('<section class="exam-map">') ? content : undefined;
  }, `${lessonId} in ${language}`);
}

describe('Course lessons of issue 13 (Task 2.2, Task 2.3, diagrams, exam map)', () => {
  let api: LearnGenaiApi;

  before(async () => {
    api = await activateExtension();
  });

  afterEach(async () => {
    await closeAllEditors();
    await vscode.workspace.getConfiguration('learnGenai.lessons').update('language', undefined, vscode.ConfigurationTarget.Workspace);
  });

  for (const [language, capabilitiesTitle, awsTitle] of [
    ['en', 'Capabilities, limitations and choosing a model', 'Generative AI services on AWS'],
    ['pt-br', 'Capacidades, limitações e escolha de modelo', 'Serviços de IA generativa na AWS'],
  ] as const) {
    it(`opens the Task 2.2 lesson in ${language} with its exam map linking to its sections`, async () => {
      const content = await openLesson(api, language, 'capabilities-and-limitations');
      assert.strictEqual(api.activeLessonPanel()?.title, capabilitiesTitle);
      const links = [...content.html.matchAll(/<section class="exam-map">[\s\S]*?<\/section>/g)][0]?.[0].match(/<a href="#[^"]+" class="section-link">/g) ?? [];
      assert.ok(links.length >= 4, `${links.length} exam-map links`);
      for (const link of links) {
        assert.ok(content.html.includes(` id="${link.slice('<a href="#'.length, link.indexOf('" class='))}"`), `${link} points at a heading on the page`);
      }
      assert.strictEqual(content.hasQuiz, true);
    });

    it(`opens the Task 2.3 lesson in ${language} with the RAG diagram as inline, captioned SVG`, async () => {
      const content = await openLesson(api, language, 'aws-generative-ai-services');
      assert.strictEqual(api.activeLessonPanel()?.title, awsTitle);
      assert.match(content.html, /<figure class="diagram" data-diagram="rag-pipeline"><svg class="dg" role="img"[^>]*>[\s\S]*<\/svg><figcaption id="[^"]+">[^<]{40,}<\/figcaption><\/figure>/);
      assert.match(content.html, language === 'en' ? /<tspan[^>]*>Vector store<\/tspan>/ : /<tspan[^>]*>Banco vetorial<\/tspan>/);
    });
  }

  it('lists the new module last in the tree', async () => {
    await vscode.workspace.getConfiguration('learnGenai.lessons').update('language', 'en', vscode.ConfigurationTarget.Workspace);
    const tree = api.lessonTree;
    const titles = await waitFor(async () => {
      const modules = await tree.getChildren();
      const labels = modules.map((node) => {
        const label = tree.getTreeItem(node).label;
        return typeof label === 'string' ? label : label?.label ?? '';
      });
      return labels.includes('Generative AI on AWS') ? labels : undefined;
    }, 'the Generative AI on AWS module');
    assert.strictEqual(titles[titles.length - 1], 'Generative AI on AWS');
  });
});
