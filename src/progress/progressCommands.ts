import * as vscode from 'vscode';
import { CommandIds } from '../commandIds';
import { createProgressExport, maxProgressImportBytes, parseProgressExport, type ProgressImportResult } from './progressSerialization';
import { emptyProgress } from './progressState';
import type { ProgressStore } from './progressStore';

const jsonFilters = { JSON: ['json'] };

/** Export, import and reset of the learner's progress; the current progress is untouched on any failure. */
export function registerProgressCommands(progress: ProgressStore, output: vscode.LogOutputChannel): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(CommandIds.exportProgress, async (target?: unknown) => {
      const uri = target instanceof vscode.Uri ? target : await vscode.window.showSaveDialog({
        title: vscode.l10n.t('Export Learn GenAI progress'),
        filters: jsonFilters,
        defaultUri: vscode.workspace.workspaceFolders?.[0] ? vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, 'learn-genai-progress.json') : undefined,
      });
      if (!uri) {
        return;
      }
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(createProgressExport(progress.current, new Date())));
      void vscode.window.showInformationMessage(vscode.l10n.t('Progress exported to {0}.', uri.path.split('/').pop() ?? uri.toString()));
    }),
    vscode.commands.registerCommand(CommandIds.importProgress, async (source?: unknown) => {
      const uri = source instanceof vscode.Uri ? source : (await vscode.window.showOpenDialog({ title: vscode.l10n.t('Import Learn GenAI progress'), filters: jsonFilters, canSelectMany: false }))?.[0];
      if (!uri) {
        return false;
      }
      let result: ProgressImportResult;
      try {
        const stat = await vscode.workspace.fs.stat(uri);
        result = stat.size > maxProgressImportBytes
          ? { kind: 'tooLarge', maxBytes: maxProgressImportBytes }
          : parseProgressExport(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
      } catch (error) {
        output.error(`Cannot read ${uri.toString()}: ${String(error)}`);
        void vscode.window.showErrorMessage(vscode.l10n.t('The file could not be read. Your current progress is unchanged.'));
        return false;
      }
      if (result.kind !== 'ok') {
        output.warn(`Refused progress import from ${uri.toString()}: ${JSON.stringify(result)}`);
        void vscode.window.showErrorMessage(importRefusal(result));
        return false;
      }
      await progress.replace(result.state);
      void vscode.window.showInformationMessage(vscode.l10n.t('Progress imported (exported on {0}).', new Date(result.exportedAt).toLocaleString(vscode.env.language)));
      return true;
    }),
    vscode.commands.registerCommand(CommandIds.resetProgress, async (confirmed?: unknown) => {
      const reset = vscode.l10n.t('Reset Progress');
      const answer = confirmed === true ? reset : await vscode.window.showWarningMessage(
        vscode.l10n.t('Reset all Learn GenAI progress? Read lessons, quiz scores and review schedules will be cleared. Export your progress first if you may want it back.'),
        { modal: true },
        reset,
      );
      if (answer === reset) {
        await progress.replace(emptyProgress());
      }
    }),
  ];
}

function importRefusal(result: Exclude<ProgressImportResult, { kind: 'ok' }>): string {
  const unchanged = vscode.l10n.t('Your current progress is unchanged.');
  switch (result.kind) {
    case 'tooLarge':
      return `${vscode.l10n.t('The file is larger than {0} MB, too large to be a Learn GenAI progress export.', Math.round(result.maxBytes / 1024 / 1024))} ${unchanged}`;
    case 'notJson':
      return `${vscode.l10n.t('The file is not JSON, so it is not a Learn GenAI progress export.')} ${unchanged}`;
    case 'notOurFormat':
      return `${vscode.l10n.t('The file is JSON but not a Learn GenAI progress export.')} ${unchanged}`;
    case 'newerVersion':
      return `${vscode.l10n.t('The file comes from a newer version of Learn GenAI (format {0}). Update the extension, then import it again.', result.version)} ${unchanged}`;
    case 'invalidContent':
      return `${vscode.l10n.t('The file looks like a Learn GenAI export but its content is damaged: {0}', result.reason)} ${unchanged}`;
  }
}
