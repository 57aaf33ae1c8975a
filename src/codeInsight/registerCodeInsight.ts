// Wires code insight into VS Code: hovers, prompt token lenses and gentle checks, with one
// settings snapshot and one analysis cache shared by all three.
import * as vscode from 'vscode';
import type { GlossaryRepository } from '../glossary/glossaryRepository';
import type { LessonRepository } from '../lessons/lessonRepository';
import { affectsTokenSettings, readTokenSettings } from '../models/tokenSettings';
import type { EncoderRegistry } from '../tokenEngine';
import { CodeInsightHoverProvider, proseLanguages } from './codeInsightHoverProvider';
import { affectsCodeInsightSettings, readCodeInsightSettings } from './codeInsightSettings';
import { GentleCheckDiagnosticsProvider } from './gentleCheckDiagnosticsProvider';
import { InsightCache } from './insightCache';
import { openSampleFile } from './openSampleFileCommand';
import { CommandIds } from '../commandIds';
import { PromptTokenLensProvider } from './promptTokenLensProvider';

const codeLanguages = ['python', 'javascript', 'typescript', 'javascriptreact', 'typescriptreact'];

export interface CodeInsight {
  readonly hovers: CodeInsightHoverProvider;
  readonly lenses: PromptTokenLensProvider;
  readonly checks: GentleCheckDiagnosticsProvider;
  readonly disposables: readonly vscode.Disposable[];
}

export function registerCodeInsight(extensionUri: vscode.Uri, encoders: EncoderRegistry, glossary: GlossaryRepository, lessons: LessonRepository, output: vscode.LogOutputChannel): CodeInsight {
  let settings = readCodeInsightSettings();
  let chosenModel = readTokenSettings().model;
  const cache = new InsightCache();
  const hovers = new CodeInsightHoverProvider({ cache, glossary, lessons, settings: () => settings, output });
  const lenses = new PromptTokenLensProvider({ cache, encoders, settings: () => settings, chosenModel: () => chosenModel });
  const checks = new GentleCheckDiagnosticsProvider({ cache, encoders, glossary, lessons, settings: () => settings, chosenModel: () => chosenModel, output });
  const codeSelector = codeLanguages.map((language) => ({ language }));
  const disposables = [
    lenses,
    checks,
    vscode.commands.registerCommand(CommandIds.openSampleFile, () => openSampleFile(extensionUri, output)),
    vscode.languages.registerHoverProvider([...codeSelector, ...proseLanguages.map((language) => ({ language }))], hovers),
    vscode.languages.registerCodeLensProvider(codeSelector, lenses),
    vscode.languages.registerCodeActionsProvider(codeSelector, checks, { providedCodeActionKinds: GentleCheckDiagnosticsProvider.providedCodeActionKinds }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (affectsCodeInsightSettings(event) || affectsTokenSettings(event)) {
        settings = readCodeInsightSettings();
        chosenModel = readTokenSettings().model;
        lenses.refresh();
        checks.refreshAll();
      }
    }),
    glossary.onDidChange(() => checks.refreshAll()),
    vscode.workspace.onDidCloseTextDocument((document) => cache.forget(document.uri.toString())),
  ];
  return { hovers, lenses, checks, disposables };
}
