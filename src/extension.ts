import * as vscode from 'vscode';
import { createApi, type LearnGenaiApi } from './api';
import { CommandIds } from './commandIds';
import { FewShotCommand } from './fewShot/convertToFewShotCommand';
import { registerLessonCommands } from './lessons/lessonCommands';
import { LessonPanel, lessonPanelSerializer, type LessonPanelContext } from './lessons/lessonPanel';
import { LessonRepository } from './lessons/lessonRepository';
import { LessonTreeProvider } from './lessons/lessonTreeProvider';
import { startPracticeExam } from './practiceExam/practiceExamCommand';
import { PracticeExamPanel } from './practiceExam/practiceExamPanel';
import { registerProgressCommands } from './progress/progressCommands';
import { ProgressStore } from './progress/progressStore';
import { registerQuizCommands } from './quiz/quizCommands';
import { QuizPanel, quizPanelSerializer } from './quiz/quizPanel';
import { selectModel } from './models/selectModelCommand';
import { addTokenizerFromFile } from './models/addTokenizerCommand';
import { loadModelCatalog } from './models/modelCatalogRepository';
import { showTokensForSelection, showTokensForText } from './tokenizerView/showTokensCommands';
import { TokenizerViewProvider } from './tokenizerView/tokenizerViewProvider';
import { ChunksViewProvider } from './chunkingView/chunksViewProvider';
import { exportChunksCommand, showChunksForEditor, showChunksForSample } from './chunkingView/showChunksCommands';
import { TokenCountStatusBar } from './tokenCounter/tokenCountStatusBar';
import { createEncoderRegistry } from './models/extensionEncoderRegistry';
import { GlossaryRepository } from './glossary/glossaryRepository';
import { registerCodeInsight } from './codeInsight/registerCodeInsight';

export type { LearnGenaiApi } from './api';

export async function activate(context: vscode.ExtensionContext): Promise<LearnGenaiApi> {
  const output = vscode.window.createOutputChannel('Learn GenAI', { log: true });
  // Every feature reads the catalog synchronously, so it is installed before any is wired.
  await loadModelCatalog(context.extensionUri, output);
  const encoders = createEncoderRegistry(context.extensionUri);
  const tokenCounter = new TokenCountStatusBar(encoders);
  const tokenizerView = new TokenizerViewProvider(context.extensionUri, encoders, output);
  const chunksView = new ChunksViewProvider(context.extensionUri, encoders, output, context.globalState);
  const progress = new ProgressStore(context.globalState, output);
  const lessons = new LessonRepository(context.extensionUri, output);
  const lessonTree = new LessonTreeProvider(lessons, progress);
  const fewShot = new FewShotCommand(context.globalState, encoders);
  const glossary = new GlossaryRepository(context.extensionUri, lessons, output);
  const codeInsight = registerCodeInsight(context.extensionUri, encoders, glossary, lessons, output);
  const panelContext: LessonPanelContext = {
    extensionUri: context.extensionUri,
    repository: lessons,
    progress,
    output,
    userLessonRoots: () => lessons.userFolders(),
  };
  context.subscriptions.push(
    output,
    tokenCounter,
    tokenizerView,
    vscode.window.registerWebviewViewProvider(TokenizerViewProvider.viewType, tokenizerView),
    vscode.commands.registerCommand(CommandIds.showTokensForSelection, () => showTokensForSelection(tokenizerView)),
    vscode.commands.registerCommand(CommandIds.showTokensForText, (args: unknown) => showTokensForText(tokenizerView, args, output)),
    chunksView,
    vscode.window.registerWebviewViewProvider(ChunksViewProvider.viewType, chunksView),
    vscode.commands.registerCommand(CommandIds.showChunks, () => showChunksForEditor(chunksView)),
    vscode.commands.registerCommand(CommandIds.showChunksForSample, (args: unknown) => showChunksForSample(chunksView, args, output)),
    vscode.commands.registerCommand(CommandIds.exportChunks, () => exportChunksCommand(chunksView)),
    progress,
    lessons,
    lessonTree,
    glossary,
    ...codeInsight.disposables,
    vscode.commands.registerCommand(CommandIds.selectModel, (modelId?: unknown) => selectModel(typeof modelId === 'string' ? modelId : undefined, context.globalState)),
    vscode.commands.registerCommand(CommandIds.addTokenizerFromFile, (uri?: unknown) => addTokenizerFromFile(encoders, output, uri instanceof vscode.Uri ? uri : undefined)),
    fewShot,
    vscode.commands.registerCommand(CommandIds.convertToFewShot, (argument?: unknown) => fewShot.run(argument)),
    ...registerLessonCommands(panelContext, lessons, progress),
    vscode.window.registerWebviewPanelSerializer(LessonPanel.viewType, lessonPanelSerializer(panelContext)),
    ...registerQuizCommands(panelContext),
    vscode.commands.registerCommand(CommandIds.startPracticeExam, (argument?: unknown) => startPracticeExam(panelContext, argument)),
    ...registerProgressCommands(progress, output),
    vscode.window.registerWebviewPanelSerializer(QuizPanel.viewType, quizPanelSerializer(panelContext)),
  );
  return createApi({
    tokenCounter,
    tokenizerView,
    lessons,
    lessonTree,
    progress,
    activeLessonPanel: () => LessonPanel.active,
    activeQuizPanel: () => QuizPanel.active,
    activePracticeExamPanel: () => PracticeExamPanel.active,
    chunksView,
    fewShot,
    glossary,
    codeInsight,
  });
}

export function deactivate(): void {
  // Everything is released through context.subscriptions.
}
