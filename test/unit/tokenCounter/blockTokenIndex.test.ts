import * as assert from 'node:assert/strict';
import { encodingNames, type OpenAiEncodingName } from '../../../src/tokenEngine';
import { BlockTokenIndex, type BlockIndexOptions } from '../../../src/tokenCounter/blockTokenIndex';
import { countCharacters } from '../../../src/tokenCounter/tokenSummary';
import { encoderFor, referenceEncode } from '../tokenEngine/referenceTokenizers';
import { randomText, seededRandom } from '../tokenEngine/fuzzText';

/** Small blocks, so short texts have many of them and every path (reads, long stretches, async counts) runs. */
const smallBlocks: Partial<BlockIndexOptions> = {
  preferredBlockLength: 48,
  maxBlockLength: 160,
  minBlockLength: 16,
  readLength: 400,
  syncLimit: 300,
  sliceMilliseconds: 0,
};

/** A document as a string, with the reads the index makes counted. */
class TextModel {
  unitsRead = 0;
  constructor(public text: string) {}

  readonly read = (start: number, end: number): string => {
    assert.ok(start >= 0 && start <= end && end <= this.text.length, `read ${start}-${end} inside ${this.text.length}`);
    this.unitsRead += end - start;
    return this.text.slice(start, end);
  };

  /**
   * A random replacement: insert, delete or replace; half of them next to a space or line break,
   * where blocks are cut, so edits often land on a cut and change what surrounds it.
   */
  randomEdit(random: () => number): { offset: number; removed: number; inserted: string } {
    const offset = random() < 0.5 ? this.nearCutCandidate(random) : Math.floor(random() * (this.text.length + 1));
    const roll = random();
    const removed = roll < 0.4 ? 0 : Math.min(this.text.length - offset, Math.floor(random() * (roll < 0.9 ? 4 : 300)));
    const inserted = roll > 0.3 && roll < 0.8 ? randomText(random, roll < 0.75 ? 2 : 40) : roll >= 0.8 ? shortEdits[Math.floor(random() * shortEdits.length)] : '';
    this.text = this.text.slice(0, offset) + inserted + this.text.slice(offset + removed);
    return { offset, removed, inserted };
  }

  private nearCutCandidate(random: () => number): number {
    const from = Math.floor(random() * this.text.length);
    const found = this.text.slice(from).search(/[ \n]/);
    const position = found < 0 ? this.text.length : from + found;
    return Math.max(0, Math.min(this.text.length, position + Math.floor(random() * 3) - 1));
  }
}

/** One-character edits that join or split words, numbers and whitespace runs. */
const shortEdits = [' ', 'a', 'Z', '1', '\n', '\r', '\t', '.', "'", 'é', '中', '😀'];

function referenceCount(encoding: OpenAiEncodingName, text: string): number {
  return referenceEncode(encoding, text).length;
}

describe('BlockTokenIndex', () => {
  for (const encoding of encodingNames) {
    it(`counts like a full js-tiktoken recount after every edit of random edit scripts (${encoding})`, async function () {
      this.timeout(60_000);
      const encoder = await encoderFor(encoding);
      const random = seededRandom(15);
      let edits = 0;
      for (let script = 0; script < 20; script++) {
        const model = new TextModel(randomText(random, 200));
        const index = new BlockTokenIndex(encoder, model.text.length, smallBlocks);
        for (let step = 0; step < 40; step++) {
          // Several changes before a count, as when edits arrive during the counter's debounce.
          const changes = 1 + Math.floor(random() * 3);
          for (let change = 0; change < changes; change++) {
            const edit = model.randomEdit(random);
            index.applyChange(edit.offset, edit.removed, edit.inserted.length);
            edits++;
          }
          assert.equal(await index.settle(model.read), true);
          const expected = referenceCount(encoding, model.text);
          assert.deepEqual(index.total, { tokens: expected, characters: countCharacters(model.text) }, `script ${script}, step ${step}: ${JSON.stringify(model.text)}`);
        }
        assert.ok(index.blockCount > 1 || model.text.length < 200, `the text was cut into blocks (${index.blockCount} for ${model.text.length} units)`);
      }
      assert.ok(edits > 1500, `${edits} edits checked`);
    });

    it(`counts random ranges like js-tiktoken counts their text (${encoding})`, async () => {
      const encoder = await encoderFor(encoding);
      const random = seededRandom(7);
      for (let sample = 0; sample < 30; sample++) {
        const model = new TextModel(randomText(random, 300));
        const index = new BlockTokenIndex(encoder, model.text.length, smallBlocks);
        await index.settle(model.read);
        for (let range = 0; range < 10; range++) {
          const start = Math.floor(random() * model.text.length);
          const end = start + Math.floor(random() * (model.text.length - start + 1));
          const text = model.text.slice(start, end);
          const counted = await index.countRange(model.read, start, end);
          assert.deepEqual(counted, { tokens: referenceCount(encoding, text), characters: countCharacters(text) }, `${start}-${end} of ${JSON.stringify(model.text)}`);
        }
      }
    });
  }

  it('stays exact when edits arrive while it is counting, between its slices', async () => {
    const encoder = await encoderFor('o200k_base');
    const random = seededRandom(99);
    let editsDuringCount = 0;
    for (let script = 0; script < 20; script++) {
      const model = new TextModel(randomText(random, 400));
      const index: BlockTokenIndex = new BlockTokenIndex(encoder, model.text.length, {
        ...smallBlocks,
        yieldToHost: () => {
          if (random() < 0.5) {
            const edit = model.randomEdit(random);
            index.applyChange(edit.offset, edit.removed, edit.inserted.length);
            editsDuringCount++;
          }
          return Promise.resolve();
        },
      });
      assert.equal(await index.settle(model.read), true);
      assert.equal(index.total?.tokens, referenceCount('o200k_base', model.text), `script ${script}`);
    }
    assert.ok(editsDuringCount > 20, `${editsDuringCount} edits landed during counts`);
  });

  it('keeps what it counted when cancelled, and finishes on the next settle', async () => {
    const encoder = await encoderFor('cl100k_base');
    const model = new TextModel(randomText(seededRandom(3), 500));
    let pauses = 0;
    const signal = { isCancellationRequested: false };
    const index = new BlockTokenIndex(encoder, model.text.length, {
      ...smallBlocks,
      yieldToHost: () => {
        signal.isCancellationRequested = ++pauses >= 3;
        return Promise.resolve();
      },
    });
    assert.equal(await index.settle(model.read, signal), false);
    const cancelledTotal = index.total;
    assert.equal(cancelledTotal, undefined, 'a cancelled count shows no total');
    assert.equal(await index.settle(model.read), true);
    assert.equal(index.total?.tokens, referenceCount('cl100k_base', model.text));
  });

  it('re-reads only the blocks around a one-character edit in a 1 MB document', async () => {
    const encoder = await encoderFor('o200k_base');
    const random = seededRandom(5);
    let text = '';
    while (text.length < 1_000_000) {
      text += randomText(random, 50);
    }
    const model = new TextModel(text);
    const index = new BlockTokenIndex(encoder, model.text.length);
    await index.settle(model.read);
    for (let edit = 0; edit < 50; edit++) {
      model.unitsRead = 0;
      const offset = Math.floor(random() * model.text.length);
      model.text = `${model.text.slice(0, offset)}x${model.text.slice(offset)}`;
      index.applyChange(offset, 0, 1);
      await index.settle(model.read);
      assert.ok(model.unitsRead <= 4 * 16_384, `edit ${edit} read ${model.unitsRead} units`);
    }
    assert.equal(index.total?.tokens, referenceCount('o200k_base', model.text));
  });

  it('keeps an encoding without a safe-cut rule in one block, recounting the whole text', async () => {
    const encoder = await encoderFor('o200k_base');
    const withoutRule = { count: (text: string) => encoder.count(text), countAsync: encoder.countAsync.bind(encoder), safeCuts: undefined };
    const model = new TextModel('Hello world. '.repeat(2000));
    const index = new BlockTokenIndex(withoutRule, model.text.length);
    await index.settle(model.read);
    model.text = `x${model.text}`;
    model.unitsRead = 0;
    index.applyChange(0, 0, 1);
    await index.settle(model.read);
    assert.equal(index.total?.tokens, referenceCount('o200k_base', model.text));
    assert.equal(model.unitsRead, model.text.length);
    assert.equal(index.blockCount, 1);
    assert.equal(index.isIncremental, false);
  });

  it('rejects a change outside the document', async () => {
    const encoder = await encoderFor('o200k_base');
    const index = new BlockTokenIndex(encoder, 10);
    assert.throws(() => index.applyChange(8, 5, 0), RangeError);
  });
});
