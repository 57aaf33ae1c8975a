// The commands that open the Chunks view: on the editor's document or selection, on a lesson's
// sample document, and export of the latest chunks.
import * as vscode from 'vscode';
import type { ChunkingStrategy } from '../chunking/chunkTypes';
import { separatorsFor } from '../chunking/separatorPresets';
import type { ChunksViewProvider } from './chunksViewProvider';
import { isChunkable } from './chunkSource';
import type { ExportFormat } from './exportChunksCommand';
import { isSampleId, sampleText } from './sampleDocuments';

export async function showChunksForEditor(view: ChunksViewProvider): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!isChunkable(editor)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a document (or select text in it) to see how it would be chunked.'));
    return;
  }
  await view.showForEditor(editor);
}

/** Small enough chunks that the sample, a short FAQ, splits into about ten. */
const sampleStrategy: ChunkingStrategy = { kind: 'recursive', chunkSize: 400, chunkOverlap: 80, separators: separatorsFor('markdown'), preset: 'markdown', lengthUnit: 'characters' };

/** Opens a sample document in an untitled editor and chunks it: the lesson's "try it". */
export async function showChunksForSample(view: ChunksViewProvider, args: unknown, output: vscode.LogOutputChannel): Promise<void> {
  const sample = typeof args === 'object' && args !== null ? (args as { sample?: unknown }).sample : undefined;
  if (!isSampleId(sample)) {
    output.warn(`showChunksForSample: unknown sample ${JSON.stringify(sample)}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('This sample document does not exist.'));
    return;
  }
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: sampleText(sample) });
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  await view.showForEditor(editor, sampleStrategy);
}

export async function exportChunksCommand(view: ChunksViewProvider): Promise<void> {
  const items: { label: string; format: ExportFormat }[] = [
    { label: vscode.l10n.t('JSON Lines (one chunk per line)'), format: 'jsonl' },
    { label: vscode.l10n.t('JSON (one document)'), format: 'json' },
  ];
  const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Export the chunks as') });
  if (picked) {
    await view.exportTo(picked.format);
  }
}
