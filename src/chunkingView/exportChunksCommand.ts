// Export of the latest chunks as JSON or JSON Lines, to a file the learner picks.
import * as vscode from 'vscode';
import { chunksAsJson, chunksAsJsonLines } from '../chunking/chunkExport';
import type { ChunkRun } from './chunkRun';

export type ExportFormat = 'json' | 'jsonl';

/** Writes the chunks to `target`, or to a file chosen in a save dialog; the written file, or undefined when cancelled. */
export async function exportChunks(run: ChunkRun, format: ExportFormat, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const { document } = run.source;
  const name = document.uri.path.split('/').pop() || 'document';
  const destination = target ?? await vscode.window.showSaveDialog({
    defaultUri: document.isUntitled ? undefined : vscode.Uri.joinPath(document.uri, '..', `${name}.chunks.${format}`),
    filters: format === 'json' ? { JSON: ['json'] } : { 'JSON Lines': ['jsonl'] },
    title: vscode.l10n.t('Export chunks'),
  });
  if (!destination) {
    return undefined;
  }
  const { text } = run.source;
  const content = format === 'json'
    ? chunksAsJson(run.result.chunks, { source: document.uri.toString(), text, strategy: run.strategy, model: run.model.id, encoding: run.model.encoding })
    : chunksAsJsonLines(run.result.chunks, text);
  try {
    await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(content));
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not write {0}: {1}', destination.toString(), error instanceof Error ? error.message : String(error)));
    return undefined;
  }
  if (!target) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0} chunks to {1}.', run.result.chunks.length, destination.path.split('/').pop() ?? ''));
  }
  return destination;
}
