import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ChunkingStrategy } from '../../../src/chunking/chunkTypes';
import type { ChunksViewApi } from '../../../src/api';
import type { ChunkRun } from '../../../src/chunkingView/chunksViewProvider';
import { sampleText, type SampleId } from '../../../src/chunkingView/sampleDocuments';
import { activateExtension, closeAllEditors, resetModel, waitFor } from '../support/extensionApi';
import { referenceCount } from '../support/referenceTokenizer';
import golden from './sampleChunks.golden.json';

type Offsets = readonly { readonly start: number; readonly end: number }[];

/** Waits for a finished run over `document` with a strategy of `kind`. */
function runFor(view: ChunksViewApi, document: vscode.TextDocument, kind: ChunkingStrategy['kind']): Promise<ChunkRun> {
  return waitFor(() => {
    const run = view.current;
    return run?.source.document === document && run.source.version === document.version && run.strategy.kind === kind ? run : undefined;
  }, `chunks of ${document.uri.toString()} by ${kind}`, 20_000);
}

function offsetsOf(run: ChunkRun): Offsets {
  return run.result.chunks.map((chunk) => ({ start: chunk.start, end: chunk.end }));
}

describe('Chunks view', () => {
  let view: ChunksViewApi;

  before(async () => {
    view = (await activateExtension()).chunksView;
  });

  afterEach(async () => {
    await closeAllEditors();
    await resetModel();
  });

  for (const sample of ['rag-faq-en', 'rag-faq-pt-br'] as const satisfies readonly SampleId[]) {
    it(`the lesson's try-it chunks the ${sample} sample into LangChain's chunks, with js-tiktoken's token counts`, async () => {
      await vscode.commands.executeCommand('learnGenai.showChunksForSample', { sample });
      const document = await waitFor(() => vscode.window.activeTextEditor?.document.getText() === sampleText(sample) ? vscode.window.activeTextEditor.document : undefined, 'the sample document');
      const run = await runFor(view, document, 'recursive');
      assert.deepStrictEqual(offsetsOf(run), golden[sample].recursive.chunks);
      const text = document.getText();
      for (const chunk of run.result.chunks) {
        assert.strictEqual(chunk.tokens, referenceCount(text.slice(chunk.start, chunk.end), 'o200k_base'), `tokens of chunk ${chunk.number}`);
      }
    });
  }

  it('draws alternating bands on the chunks and outlines their overlaps', async () => {
    await vscode.commands.executeCommand('learnGenai.showChunksForSample', { sample: 'rag-faq-en' });
    const editor = await waitFor(() => vscode.window.activeTextEditor?.document.getText() === sampleText('rag-faq-en') ? vscode.window.activeTextEditor : undefined, 'the sample editor');
    await runFor(view, editor.document, 'recursive');
    await view.applyStrategy({ kind: 'tokenSplitter', chunkSize: 120, chunkOverlap: 20 });
    const run = await runFor(view, editor.document, 'tokenSplitter');
    const expected = golden['rag-faq-en'].tokenSplitter.chunks;
    assert.deepStrictEqual(offsetsOf(run), expected);
    const drawn = await waitFor(() => view.decorations.drawnIn(editor), 'decorations in the editor');
    const range = (start: number, end: number) => new vscode.Range(editor.document.positionAt(start), editor.document.positionAt(end));
    const same = (actual: readonly vscode.Range[], wanted: readonly vscode.Range[], what: string) => {
      assert.strictEqual(actual.length, wanted.length, what);
      actual.forEach((item, index) => assert.ok(item.isEqual(wanted[index]), `${what} ${index}`));
    };
    same(drawn.odd, expected.filter((_, index) => index % 2 === 0).map((chunk) => range(chunk.start, chunk.end)), 'odd bands');
    same(drawn.even, expected.filter((_, index) => index % 2 === 1).map((chunk) => range(chunk.start, chunk.end)), 'even bands');
    const overlaps = expected.slice(1).map((next, index) => range(next.start, expected[index].end));
    assert.ok(overlaps.length >= 4);
    same(drawn.overlaps, overlaps, 'overlaps');
  });

  it('exports the chunks as JSON Lines: one valid object per chunk, with its text at its offsets and its counts', async () => {
    await vscode.commands.executeCommand('learnGenai.showChunksForSample', { sample: 'rag-faq-pt-br' });
    const document = await waitFor(() => vscode.window.activeTextEditor?.document.getText() === sampleText('rag-faq-pt-br') ? vscode.window.activeTextEditor.document : undefined, 'the sample document');
    const run = await runFor(view, document, 'recursive');
    const target = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'sample.chunks.jsonl');
    const written = await view.exportTo('jsonl', target);
    assert.strictEqual(written?.toString(), target.toString());
    const lines = new TextDecoder().decode(await vscode.workspace.fs.readFile(target)).trimEnd().split('\n');
    assert.strictEqual(lines.length, golden['rag-faq-pt-br'].recursive.chunks.length);
    const text = document.getText();
    lines.forEach((line, index) => {
      const chunk = JSON.parse(line) as { number: number; start: number; end: number; characters: number; tokens: number; text: string };
      assert.strictEqual(chunk.number, index + 1);
      assert.strictEqual(chunk.text, text.slice(chunk.start, chunk.end));
      assert.strictEqual(chunk.characters, chunk.text.length);
      assert.strictEqual(chunk.tokens, run.result.chunks[index].tokens);
    });
    await vscode.workspace.fs.delete(target);
  });

  it('chunks a selection with offsets into the selection and bands at the selected text', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: sampleText('rag-faq-en') });
    const editor = await vscode.window.showTextDocument(document);
    const selected = new vscode.Selection(new vscode.Position(8, 0), new vscode.Position(20, 0));
    editor.selection = selected;
    await view.applyStrategy({ kind: 'bedrockFixed', maxTokens: 60, overlapPercentage: 20 });
    await vscode.commands.executeCommand('learnGenai.showChunks');
    const run = await runFor(view, document, 'bedrockFixed');
    assert.ok(run.source.range?.isEqual(selected));
    const base = document.offsetAt(selected.start);
    const selectedText = document.getText(selected);
    const last = run.result.chunks[run.result.chunks.length - 1];
    assert.strictEqual(run.result.chunks[0].start, 0);
    assert.strictEqual(last.end, selectedText.length);
    assert.strictEqual(run.result.sourceTokens, referenceCount(selectedText, 'o200k_base'));
    const drawn = await waitFor(() => view.decorations.drawnIn(editor), 'decorations in the editor');
    assert.ok(drawn.odd[0].isEqual(new vscode.Range(document.positionAt(base + run.result.chunks[0].start), document.positionAt(base + run.result.chunks[0].end))));
  });
});
