import * as assert from 'assert';
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultSamplingLabels, parseSamplingBlock, renderSamplingWidget } from '../../../src/lessons/sampling/renderSamplingBlock';
import { sanitizeLesson } from '../../../src/webview/lesson/sanitizeLesson';

const lesson = readFileSync(path.resolve(__dirname, '..', '..', '..', 'lessons', 'en', 'inference-parameters.md'), 'utf8');
const block = /```sampling\n([\s\S]*?)```/.exec(lesson)![1];

/**
 * The lesson page's widget code in a standards DOM (jsdom): the placeholder survives the page's
 * sanitizer, and moving a slider recomputes the table. Expected numbers are from Python's math.exp.
 */
describe('Sampling widget on the lesson page', () => {
  let window: JSDOM['window'];
  let figure: HTMLElement;
  const cell = (token: string) => [...figure.querySelectorAll('tr')].find((row) => row.textContent?.includes(`"${token}"`))!.querySelector('td.sampling-probability')!.textContent;
  const move = (label: string, value: string) => {
    const input = [...figure.querySelectorAll('input')].find((candidate) => figure.querySelector(`label[for="${candidate.id}"]`)?.textContent === label)!;
    input.value = value;
    input.dispatchEvent(new window.Event('input'));
  };

  before(async () => {
    const dom = new JSDOM('<!DOCTYPE html><body><article></article></body>');
    window = dom.window;
    Object.assign(globalThis, { document: window.document });
    const article = window.document.querySelector('article')!;
    article.innerHTML = sanitizeLesson(createDOMPurify(window), renderSamplingWidget(parseSamplingBlock(block)!, defaultSamplingLabels)).html;
    const { hydrateSamplingWidgets } = await import('../../../src/webview/lesson/samplingWidget');
    hydrateSamplingWidgets(article);
    figure = article.querySelector('figure.sampling-widget')!;
  });

  after(() => {
    Reflect.deleteProperty(globalThis, 'document');
  });

  it('keeps the placeholder through the sanitizer and hydrates it into two labeled range inputs', () => {
    assert.ok(figure.classList.contains('hydrated'));
    const inputs = [...figure.querySelectorAll('input[type="range"]')];
    assert.strictEqual(inputs.length, 2);
    for (const input of inputs) {
      assert.ok(figure.querySelector(`label[for="${input.id}"]`), `${input.id} has a label`);
    }
    assert.strictEqual(cell(' coffee'), '48.0%');
  });

  it('sharpens the distribution when the temperature slider moves to 0.5', () => {
    move('Temperature', '0.5');
    assert.strictEqual(cell(' coffee'), '72.9%');
    assert.strictEqual(cell(' walk'), '14.7%');
  });

  it('cuts the tail when top-p moves to 0.9, and says how many tokens remain', () => {
    move('Top-p', '0.9');
    const cut = [...figure.querySelectorAll('tr.cut')].map((row) => row.querySelector('code')?.textContent);
    assert.deepStrictEqual(cut, ['" pizza"', '" run"', '" nap"']);
    assert.match(figure.querySelector('.sampling-summary')!.textContent, /keeps 3 of 6/);
  });

  it('says greedy decoding at temperature 0 and puts all probability on the top token', () => {
    move('Temperature', '0');
    assert.strictEqual(cell(' coffee'), '100.0%');
    assert.match(figure.querySelector('.sampling-summary')!.textContent, /greedy/);
  });
});
