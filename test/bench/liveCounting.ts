// Bench rows for the live counter: CPU per one-character edit with a full recount (the 0.1.0
// counter: getText() of the whole document, then count it) and with the block index (only the
// blocks the edit touches are read and counted), on 1 MiB and 10 MiB documents; and whether the
// index's count after 1,000 random edits equals a full recount.
import { build } from 'esbuild';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as blockIndexModule from '../../src/tokenCounter/blockTokenIndex';
import type { Encoder } from '../../src/tokenEngine';
import { tokenizerCacheDirectory } from '../support/nodeTokenizerLoader';
import { seededRandom } from '../unit/tokenEngine/fuzzText';
import type { BenchRow } from './benchReport';
import { ChunkedDocument } from './chunkedDocument';
import { collectGarbage, median, percentile } from './measuring';

type BlockIndexModule = typeof blockIndexModule;

const randomEdits = 1000;
const fullRecountEdits = { small: 20, large: 6 };
const editCharacters = ['a', 'e', ' ', '\n', '.', '1', 'x', '(', 'é'];

/** The block index as the extension ships it: bundled and minified (see engineBundle.ts). */
export async function importBlockIndex(root: string): Promise<BlockIndexModule> {
  const outfile = path.join(tokenizerCacheDirectory(), 'bench', 'blockTokenIndex.mjs');
  await build({
    entryPoints: [path.join(root, 'src', 'tokenCounter', 'blockTokenIndex.ts')],
    outfile,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    logLevel: 'warning',
  });
  return (await import(pathToFileURL(outfile).href)) as BlockIndexModule;
}

/**
 * CPU time (user + system, all threads) since `start`, in milliseconds: on a shared machine wall
 * time also counts the turns other processes take.
 */
function cpuMilliseconds(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** One random one-character edit: an insertion, or a deletion of one unit that is not half a surrogate pair. */
function randomEdit(document: ChunkedDocument, random: () => number): { offset: number; removed: number; inserted: string } {
  const offset = Math.floor(random() * document.length);
  if (random() < 0.3 && offset + 1 < document.length && !/[\ud800-\udfff]/.test(document.read(offset, offset + 2))) {
    return { offset, removed: 1, inserted: '' };
  }
  const before = offset > 0 ? document.read(offset - 1, offset) : '';
  const at = /[\ud800-\udbff]/.test(before) ? offset - 1 : offset;
  return { offset: at, removed: 0, inserted: editCharacters[Math.floor(random() * editCharacters.length)] };
}

/** The 0.1.0 counter's cost per edit: the whole text read and counted again. */
function fullRecountMilliseconds(encoder: Encoder, text: string, edits: number): number {
  const document = new ChunkedDocument(text);
  const random = seededRandom(11);
  const times: number[] = [];
  for (let edit = 0; edit < edits; edit++) {
    const change = randomEdit(document, random);
    document.replace(change.offset, change.removed, change.inserted);
    collectGarbage();
    const start = process.cpuUsage();
    encoder.count(document.text());
    times.push(cpuMilliseconds(start));
  }
  return median(times);
}

interface IncrementalResult {
  readonly medianMilliseconds: number;
  readonly p99Milliseconds: number;
  readonly exact: boolean;
  readonly blocks: number;
}

type EditScript = (document: ChunkedDocument, random: () => number) => { offset: number; removed: number; inserted: string };

/**
 * Typing: bursts of 20 keystrokes at a cursor (one in ten a backspace), the cursor then moving to
 * a random place. As in an editor, consecutive edits touch the same blocks, on either document size.
 */
function typing(): EditScript {
  let cursor = -1;
  let keystrokes = 0;
  return (document, random) => {
    if (cursor < 0 || keystrokes++ % 20 === 0) {
      cursor = randomEdit(document, random).offset;
    }
    if (random() < 0.1 && cursor > 0 && !/[\ud800-\udfff]/.test(document.read(cursor - 1, cursor))) {
      cursor--;
      return { offset: cursor, removed: 1, inserted: '' };
    }
    const inserted = editCharacters[Math.floor(random() * editCharacters.length)];
    cursor += inserted.length;
    return { offset: cursor - inserted.length, removed: 0, inserted };
  };
}

/** Per edit: the change recorded, then the touched blocks read (getText of their range) and counted. */
async function incrementalRun(module: BlockIndexModule, encoder: Encoder, text: string, script: EditScript): Promise<IncrementalResult> {
  const document = new ChunkedDocument(text);
  const index = new module.BlockTokenIndex(encoder, document.length);
  await index.settle(document.read);
  const random = seededRandom(12);
  const times: number[] = [];
  collectGarbage();
  for (let edit = 0; edit < randomEdits; edit++) {
    const change = script(document, random);
    document.replace(change.offset, change.removed, change.inserted);
    const start = process.cpuUsage();
    index.applyChange(change.offset, change.removed, change.inserted.length);
    await index.settle(document.read);
    times.push(cpuMilliseconds(start));
  }
  const exact = index.total?.tokens === encoder.count(document.text());
  return { medianMilliseconds: median(times), p99Milliseconds: percentile(times, 99), exact, blocks: index.blockCount };
}

export async function liveCountingRows(encoding: string, encoder: Encoder, module: BlockIndexModule, tenMebibytes: string): Promise<BenchRow[]> {
  const oneMebibyte = tenMebibytes.slice(0, tenMebibytes.length / 10);
  const fullSmall = fullRecountMilliseconds(encoder, oneMebibyte, fullRecountEdits.small);
  const fullLarge = fullRecountMilliseconds(encoder, tenMebibytes, fullRecountEdits.large);
  const small = await incrementalRun(module, encoder, oneMebibyte, typing());
  const large = await incrementalRun(module, encoder, tenMebibytes, typing());
  const scatteredSmall = await incrementalRun(module, encoder, oneMebibyte, randomEdit);
  const scatteredLarge = await incrementalRun(module, encoder, tenMebibytes, randomEdit);
  const growth = large.medianMilliseconds / small.medianMilliseconds;
  const fullNote = 'the 0.1.0 counter: whole text read and counted after each one-character edit (CPU time, median)';
  const indexNote = (result: IncrementalResult, scattered: IncrementalResult): string =>
    `block index: change recorded, touched blocks read and counted; CPU time per keystroke, median of ${randomEdits} typed in bursts of 20, ` +
    `p99 ${result.p99Milliseconds.toFixed(2)} ms; ${result.blocks} blocks. Scattered random edits (colder piece cache): median ${scattered.medianMilliseconds.toFixed(2)} ms, p99 ${scattered.p99Milliseconds.toFixed(2)} ms`;
  const exact = small.exact && large.exact && scatteredSmall.exact && scatteredLarge.exact;
  return [
    { encoding, measure: 'live count per edit, full recount, 1 MiB', unit: 'ms', values: { engine: fullSmall }, note: fullNote },
    { encoding, measure: 'live count per edit, full recount, 10 MiB', unit: 'ms', values: { engine: fullLarge }, note: fullNote },
    { encoding, measure: 'live count per edit, block index, 1 MiB', unit: 'ms', values: { engine: small.medianMilliseconds }, ratio: `${(fullSmall / small.medianMilliseconds).toFixed(0)}x faster`, note: indexNote(small, scatteredSmall) },
    {
      encoding,
      measure: 'live count per edit, block index, 10 MiB',
      unit: 'ms',
      values: { engine: large.medianMilliseconds },
      ratio: `${growth.toFixed(2)}x the 1 MiB figure`,
      target: '<2 ms, <=2x 1 MiB',
      pass: large.medianMilliseconds < 2 && growth <= 2,
      note: indexNote(large, scatteredLarge),
    },
    {
      encoding,
      measure: `live count after ${randomEdits.toLocaleString('en')} random edits = full recount`,
      unit: 'exact',
      values: { engine: exact },
      target: 'exact',
      pass: exact,
      note: 'typed and scattered, on both documents, against the engine counting the final text whole',
    },
  ];
}
